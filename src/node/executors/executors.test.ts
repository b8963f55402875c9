import { getDialect, getTableDef, SalesError, warehouseDdl } from '../../sales';
import { availableEngines, openScratch, type Scratch } from '../testing/engines';
import { createExecutor, engineDialect } from '.';
import type { RowValue } from './types';

const opportunities = getTableDef('opportunities');
const stages = getTableDef('stages');
const tricky = 'it\'s "odd"\t\\ 中文\nline $1 %s';

// Columns in contract order: opportunity_id, customer_id, owner_rep_id, product_id, channel, created_at,
// close_date, stage, status, amount, probability, forecast_category, lost_reason.
const ROWS: RowValue[][] = [
  [
    'O1',
    'C1',
    'R1',
    null,
    'direct',
    Date.UTC(2024, 0, 2, 3, 4, 5),
    '2024-02-29',
    'Proposal',
    'open',
    1234.5,
    0.35,
    'best_case',
    null,
  ],
  [
    'O2',
    'C2',
    'R1',
    'P1',
    'dealer',
    Date.UTC(2023, 11, 31, 23, 59, 59),
    null,
    'Closed Won',
    'won',
    99999999.99,
    null,
    'closed',
    tricky,
  ],
];

describe.each(availableEngines())('the $engine executor', (target) => {
  let scratch: Scratch;
  const q = getDialect(engineDialect(target.engine)).quoteIdent;
  const table = (name: string) => `${q(scratch.schema)}.${q(name)}`;

  beforeAll(async () => {
    scratch = await openScratch(target);
    const ddl = warehouseDdl(scratch.executor.dialect, scratch.schema, [opportunities, stages]);
    for (const statement of [...ddl.schema, ...ddl.tables]) {
      await scratch.executor.run(statement);
    }
    const writer = await scratch.executor.openWriter(scratch.schema, opportunities);
    await writer.write(ROWS);
    await writer.write([]);
    await writer.close();
    const stageWriter = await scratch.executor.openWriter(scratch.schema, stages);
    await stageWriter.write([
      ['Proposal', 1, 0.5, false, false],
      ['Closed Won', 2, 1, true, true],
    ]);
    await stageWriter.close();
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('returns dates and timestamps as epoch ms, decimals as numbers and text as loaded', async () => {
    const frame = await scratch.executor.run(
      `SELECT opportunity_id, created_at, close_date, amount, probability, lost_reason, product_id FROM ${table('opportunities')} ORDER BY opportunity_id`
    );
    expect(frame.schema.fields.map((field) => [field.name, field.type])).toEqual([
      ['opportunity_id', 'string'],
      ['created_at', 'time'],
      ['close_date', 'time'],
      ['amount', 'number'],
      ['probability', 'number'],
      ['lost_reason', 'string'],
      ['product_id', 'string'],
    ]);
    expect(frame.data.values).toEqual([
      ['O1', 'O2'],
      [Date.UTC(2024, 0, 2, 3, 4, 5), Date.UTC(2023, 11, 31, 23, 59, 59)],
      [Date.UTC(2024, 1, 29), null],
      [1234.5, 99999999.99],
      [0.35, null],
      [null, tricky],
      [null, 'P1'],
    ]);
    expect(frame.schema.meta?.executedQueryString).toContain('ORDER BY opportunity_id');
  });

  it('converts 64-bit counts and decimal sums to numbers', async () => {
    const frame = await scratch.executor.run(
      `SELECT count(*) AS n, sum(amount) AS total FROM ${table('opportunities')}`
    );
    expect(frame.schema.fields.map((field) => field.type)).toEqual(['number', 'number']);
    expect(frame.data.values).toEqual([[2], [100001234.49]]);
  });

  it('types a column from the result metadata even when every value is null or there is no row', async () => {
    const nulls = await scratch.executor.run(
      `SELECT close_date, probability FROM ${table('opportunities')} WHERE opportunity_id = 'O2'`
    );
    expect(nulls.schema.fields.map((field) => field.type)).toEqual(['time', 'number']);
    expect(nulls.data.values).toEqual([[null], [null]]);
    const empty = await scratch.executor.run(`SELECT created_at, amount FROM ${table('opportunities')} WHERE 1 = 0`);
    expect(empty.schema.fields.map((field) => field.type)).toEqual(['time', 'number']);
    expect(empty.data.values).toEqual([[], []]);
  });

  it('reads booleans as the engine reports them', async () => {
    const frame = await scratch.executor.run(`SELECT stage, is_won FROM ${table('stages')} ORDER BY position`);
    const expected = target.engine === 'mysql' || target.engine === 'clickhouse' ? [0, 1] : [false, true];
    expect(frame.data.values[1]).toEqual(expected);
  });

  it('reports an engine error with the engine and the engine message', async () => {
    const failure = scratch.executor.run(`SELECT no_such_column FROM ${table('opportunities')}`);
    await expect(failure).rejects.toBeInstanceOf(SalesError);
    await expect(failure).rejects.toThrow(new RegExp(`^${target.engine}: .*no_such_column`, 's'));
  });
});

describe('createExecutor', () => {
  it('names the engines when the engine is unknown', () => {
    expect(() => createExecutor('oracle', 'x')).toThrow(
      'Unknown engine "oracle": use one of postgres, pglite, mysql, clickhouse, duckdb.'
    );
  });

  it('explains the URL each engine expects', () => {
    expect(() => createExecutor('postgres', 'mysql://x@y/z')).toThrow(
      '"mysql://x@y/z" is not a postgres URL: use postgres://user:password@host:5432/database.'
    );
    expect(() => createExecutor('clickhouse', 'ftp://host')).toThrow('is not a ClickHouse URL');
    expect(() => createExecutor('duckdb', '')).toThrow('The duckdb engine needs a URL');
  });

  it('reports a server that does not answer on first use', async () => {
    const executor = createExecutor('postgres', 'postgres://nobody@127.0.0.1:1/none');
    await expect(executor.run('SELECT 1')).rejects.toThrow(/^postgres: .*ECONNREFUSED/);
    await executor.close();
  });
});
