import { type DataFrameJSON, type Executor, localDate } from '../../sales';
import { CachingExecutor } from './CachingExecutor';
import { ClosedPeriodCache } from './ClosedPeriodCache';

const MINUTE = 60_000;

function frame(value: number): DataFrameJSON {
  return { schema: { fields: [{ name: 'v', type: 'number' }] }, data: { values: [[value]] } };
}

/** A warehouse answering each statement with the number of statements it ran so far. */
function countingWarehouse(): Executor & { runs: string[] } {
  const runs: string[] = [];
  return {
    dialect: 'duckdb',
    runs,
    run: async (sql: string) => {
      runs.push(sql);
      return frame(runs.length);
    },
  };
}

describe('the cache of closed-period results', () => {
  let now: number;
  const clock = () => now;
  const key = { warehouseUid: 'wh', sql: 'SELECT 1', day: '2024-03-15' };

  beforeEach(() => {
    now = Date.parse('2024-03-15T12:00:00Z');
  });

  it('returns a kept result until its TTL has passed', () => {
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    cache.set(key, frame(7));
    now += 59 * MINUTE;
    expect(cache.get(key)?.data.values).toEqual([[7]]);
    now += MINUTE;
    expect(cache.get(key)).toBeUndefined();
  });

  it('keeps results per warehouse, statement and day', () => {
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    cache.set(key, frame(1));
    expect(cache.get({ ...key, warehouseUid: 'other' })).toBeUndefined();
    expect(cache.get({ ...key, sql: 'SELECT 2' })).toBeUndefined();
    expect(cache.get({ ...key, day: '2024-03-16' })).toBeUndefined();
    expect(cache.get(key)?.data.values).toEqual([[1]]);
  });

  it('keeps nothing with a TTL of 0', () => {
    const cache = new ClosedPeriodCache(0, clock);
    cache.set(key, frame(1));
    expect(cache.enabled).toBe(false);
    expect(cache.get(key)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets the results of one warehouse on clear', () => {
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    cache.set(key, frame(1));
    cache.set({ ...key, warehouseUid: 'other' }, frame(2));
    cache.clear('wh');
    expect(cache.get(key)).toBeUndefined();
    expect(cache.get({ ...key, warehouseUid: 'other' })?.data.values).toEqual([[2]]);
  });

  it('hands out copies: a caller changing its frame does not change the kept one', () => {
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    cache.set(key, frame(1));
    const first = cache.get(key)!;
    first.data.values[0][0] = 99;
    first.schema.meta = { executedQueryString: 'changed' };
    expect(cache.get(key)).toEqual(frame(1));
  });
});

describe('the executor keeping closed-period results', () => {
  let now = Date.parse('2024-03-15T12:00:00Z');
  const clock = () => now;

  it('reads a closed statement once within the TTL and an open one every time', async () => {
    const warehouse = countingWarehouse();
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    const executor = new CachingExecutor(warehouse, cache, 'wh', '2024-03-15');
    expect(executor.keepsClosedPeriods).toBe(true);
    const closed = await executor.run('SELECT closed', { closed: true });
    expect(await executor.run('SELECT closed', { closed: true })).toEqual(closed);
    await executor.run('SELECT open');
    await executor.run('SELECT open', { closed: false });
    expect(warehouse.runs).toEqual(['SELECT closed', 'SELECT open', 'SELECT open']);
    now += 60 * MINUTE;
    await executor.run('SELECT closed', { closed: true });
    expect(warehouse.runs).toHaveLength(4);
  });

  it('reads again on another day', async () => {
    const warehouse = countingWarehouse();
    const cache = new ClosedPeriodCache(60 * MINUTE, clock);
    await new CachingExecutor(warehouse, cache, 'wh', '2024-03-15').run('SELECT closed', { closed: true });
    await new CachingExecutor(warehouse, cache, 'wh', '2024-03-16').run('SELECT closed', { closed: true });
    expect(warehouse.runs).toHaveLength(2);
  });

  it('passes everything through with a TTL of 0', async () => {
    const warehouse = countingWarehouse();
    const executor = new CachingExecutor(warehouse, new ClosedPeriodCache(0, clock), 'wh', '2024-03-15');
    expect(executor.keepsClosedPeriods).toBe(false);
    await executor.run('SELECT closed', { closed: true });
    await executor.run('SELECT closed', { closed: true });
    expect(warehouse.runs).toHaveLength(2);
  });

  it('names the day in the request time zone', () => {
    const late = Date.parse('2024-03-15T23:30:00Z');
    expect(localDate(late, 'UTC')).toBe('2024-03-15');
    expect(localDate(late, 'Asia/Shanghai')).toBe('2024-03-16');
    expect(localDate(Date.parse('2024-03-15T03:00:00Z'), 'America/New_York')).toBe('2024-03-14');
  });
});
