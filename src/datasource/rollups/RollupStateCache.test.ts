import type { RollupState } from '../../sales';
import { ROLLUP_STATE_TTL_MS, RollupStateCache } from './RollupStateCache';

const STATE: RollupState = {
  schema: 'sales_rollups',
  sourceSchema: 'sales',
  timeZone: 'America/New_York',
  coveredUntil: '2024-03-15',
  builtAt: Date.parse('2024-03-15T06:00:00Z'),
  tables: ['opportunities_by_close_date'],
};

describe('the rollup state cache', () => {
  let now = 0;
  let reads = 0;
  const cache = () => new RollupStateCache(ROLLUP_STATE_TTL_MS, () => now);
  const reading = (result: RollupState | Error | undefined) => () => {
    reads += 1;
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
  };

  beforeEach(() => {
    now = 1_000_000;
    reads = 0;
  });

  it('reads each warehouse and schema once per five minutes, sharing a read in flight', async () => {
    const states = cache();
    const [first, second] = await Promise.all([
      states.get('wh', 'sales_rollups', reading(STATE)),
      states.get('wh', 'sales_rollups', reading(STATE)),
    ]);
    expect(first).toEqual({ state: STATE });
    expect(second).toBe(first);
    expect(reads).toBe(1);
    await states.get('other', 'sales_rollups', reading(undefined));
    await states.get('wh', 'other_rollups', reading(undefined));
    expect(reads).toBe(3);
    now += ROLLUP_STATE_TTL_MS - 1;
    expect(await states.get('wh', 'sales_rollups', reading(undefined))).toEqual({ state: STATE });
    expect(reads).toBe(3);
    now += 1;
    expect(await states.get('wh', 'sales_rollups', reading(undefined))).toEqual({ state: undefined });
    expect(reads).toBe(4);
  });

  it('keeps a failed read as no rollups, and tries again after the TTL', async () => {
    const states = cache();
    const missing = new Error('relation "sales_rollups.rollup_freshness" does not exist');
    expect(await states.get('wh', 'sales_rollups', reading(missing))).toEqual({ error: missing });
    expect(await states.get('wh', 'sales_rollups', reading(STATE))).toEqual({ error: missing });
    expect(reads).toBe(1);
    now += ROLLUP_STATE_TTL_MS;
    expect(await states.get('wh', 'sales_rollups', reading(STATE))).toEqual({ state: STATE });
    expect(reads).toBe(2);
  });

  it('forgets a warehouse’s reads when cleared (a forced refresh), and keeps a lookup made elsewhere', async () => {
    const states = cache();
    await states.get('wh', 'sales_rollups', reading(undefined));
    await states.get('other', 'sales_rollups', reading(undefined));
    states.clear('wh');
    expect(await states.get('wh', 'sales_rollups', reading(STATE))).toEqual({ state: STATE });
    expect(await states.get('other', 'sales_rollups', reading(STATE))).toEqual({ state: undefined });
    expect(reads).toBe(3);
    states.set('other', 'sales_rollups', { state: STATE });
    expect(await states.get('other', 'sales_rollups', reading(undefined))).toEqual({ state: STATE });
    expect(reads).toBe(3);
  });
});
