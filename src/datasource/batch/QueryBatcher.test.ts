import { type DataFrameJSON, type EngineContext, type Executor, type SalesQuery, SalesError } from '../../sales';
import { QueryBatcher } from './QueryBatcher';

/** An executor answering one row of the columns a statement names, 1 each; failing where `fails` says. */
function fakeWarehouse(fails: (sql: string) => boolean = () => false) {
  const statements: string[] = [];
  const executor: Executor = {
    dialect: 'postgres',
    run: async (sql) => {
      statements.push(sql);
      if (fails(sql)) {
        throw new SalesError(`refused ${statements.length}`, 'invalid_value');
      }
      const names = [...sql.matchAll(/ AS "([a-z_]+)"/g)].map((match) => match[1]);
      return {
        schema: { fields: names.map((name) => ({ name, type: 'number' })) },
        data: { values: names.map(() => [1]) },
      } as DataFrameJSON;
    },
  };
  const context: EngineContext = {
    executor,
    location: { schema: 'sales' },
    range: { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-04-01T00:00:00Z') },
    currentTime: Date.parse('2024-03-15T00:00:00Z'),
    timeZone: 'UTC',
    fiscalYearStartMonth: 1,
  };
  return { statements, context };
}

const stat = (metrics: string[]): SalesQuery => ({ kind: 'metrics', metrics, compare: 'previous_period' });
const fieldNames = (frames: DataFrameJSON[]) => frames.map((frame) => frame.schema.fields.map((field) => field.name));
const live = () => ({ warehouse: 'wh', signal: new AbortController().signal });

describe('QueryBatcher', () => {
  it('runs the mergeable queries of one window as one statement, each getting its own frame', async () => {
    const { statements, context } = fakeWarehouse();
    const batcher = new QueryBatcher();
    const [bookings, wins] = await Promise.all([
      batcher.run(stat(['bookings']), context, { ...live(), refId: 'A' }),
      batcher.run(stat(['won_deals']), context, { ...live(), refId: 'B' }),
    ]);
    expect(statements).toHaveLength(1);
    expect(fieldNames(bookings)).toEqual([['bookings', 'bookings_previous', 'bookings_change']]);
    expect(fieldNames(wins)).toEqual([['won_deals', 'won_deals_previous', 'won_deals_change']]);
    expect([bookings[0].schema.refId, wins[0].schema.refId]).toEqual(['A', 'B']);
    expect(bookings[0].schema.meta?.executedQueryString).toBe(statements[0]);
  });

  it('gives a query arriving after the window a statement of its own', async () => {
    const { statements, context } = fakeWarehouse();
    const batcher = new QueryBatcher(1);
    const first = batcher.run(stat(['bookings']), context, live());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([first, batcher.run(stat(['won_deals']), context, live())]);
    expect(statements).toHaveLength(2);
  });

  it('runs other queries at once, without waiting for the window', async () => {
    const { statements, context } = fakeWarehouse();
    const batcher = new QueryBatcher(60_000);
    await batcher.run({ kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] }, context, live());
    expect(statements).toHaveLength(1);
  });

  it('leaves out of the statement a query cancelled while it waited', async () => {
    const { statements, context } = fakeWarehouse();
    const batcher = new QueryBatcher();
    const cancelled = new AbortController();
    const gone = batcher.run(stat(['won_deals']), context, { warehouse: 'wh', signal: cancelled.signal });
    const kept = batcher.run(stat(['bookings']), context, live());
    cancelled.abort();
    await expect(gone).rejects.toThrow('cancelled');
    await kept;
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toContain('won_deals');
  });

  it('runs the queries of a failed merged statement alone: each gets its own answer or error', async () => {
    // the warehouse refuses collections, alone or merged
    const { statements, context } = fakeWarehouse((sql) => sql.includes('"collections"'));
    const batcher = new QueryBatcher();
    const [bookings, collections] = await Promise.allSettled([
      batcher.run(stat(['bookings']), context, live()),
      batcher.run(stat(['collections']), context, live()),
    ]);
    expect(statements).toHaveLength(3);
    expect(bookings.status === 'fulfilled' && fieldNames(bookings.value)).toEqual([
      ['bookings', 'bookings_previous', 'bookings_change'],
    ]);
    // refused 1 is the merged statement's error; collections' own run is the second or third statement
    expect(collections.status === 'rejected' && collections.reason.message).toMatch(/^refused [23]$/);
  });
});
