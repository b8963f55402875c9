/**
 * `salesperf rollup` builds the rollups on a DuckDB file and says what it built; `salesperf query
 * --rollup-schema` then reads them and prints the frames it prints without; wrong input is named.
 */
import { runSalesperf } from '../lib/cli';
import { roundedFrames } from '../lib/frames';
import { rollupTables } from '../../src/sales/sql/rollups';
import { FIXTURE, FIXTURE_NOW } from '../fixtures/handmade';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';

describe('salesperf rollup', () => {
  const schema = scratchSchemaName('clirollup');
  const rollupSchema = `${schema}_rollups`;
  const url = `/tmp/${schema}-warehouse.duckdb`;
  const connection = ['--engine', 'duckdb', '--url', url, '--schema', schema];
  const now = new Date(FIXTURE_NOW).toISOString();
  const query = [
    '--from',
    '2024-01-01',
    '--to',
    '2024-04-01',
    '--tz',
    'America/New_York',
    '--now',
    now,
    '--query',
    '{"kind":"metrics","metrics":["bookings","win_rate","leads_created"],"groupBy":["region"],"compare":"previous_year"}',
  ];

  beforeAll(async () => {
    const executor = createExecutor('duckdb', url);
    await loadWarehouse(executor, schema, FIXTURE);
    await executor.close();
  });

  afterAll(async () => {
    const executor = createExecutor('duckdb', url);
    await dropSchema(executor, rollupSchema);
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('builds every rollup table and says which days they hold', async () => {
    const { code, out, err } = await runSalesperf('rollup', ...connection, '--tz', 'America/New_York', '--now', now);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    for (const table of rollupTables()) {
      expect(out).toMatch(new RegExp(`${rollupSchema}\\.${table.name}: [1-9]\\d* rows`));
    }
    expect(out).toContain('they hold the days before 2024-03-15 (America/New_York)');
  });

  it('gives query the same frames with the rollups as without, reading them', async () => {
    const without = await runSalesperf('query', ...connection, ...query);
    const withRollups = await runSalesperf('query', ...connection, ...query, '--rollup-schema', rollupSchema);
    expect(withRollups.code).toBe(0);
    expect(roundedFrames(JSON.parse(withRollups.out))).toEqual(roundedFrames(JSON.parse(without.out)));
    expect(JSON.parse(withRollups.out)[0].schema.meta.executedQueryString).toContain(rollupSchema);
    expect(JSON.parse(without.out)[0].schema.meta.executedQueryString).not.toContain(rollupSchema);
  });

  it('leaves out the rollups of a table the warehouse lacks, saying so, and builds the rest', async () => {
    const other = scratchSchemaName('clirollup');
    const executor = createExecutor('duckdb', url);
    await loadWarehouse(executor, other, { ...FIXTURE, visit_feedback: [] });
    await executor.run(`DROP TABLE "${other}"."visit_feedback"`);
    await executor.close();
    try {
      const { code, out, err } = await runSalesperf(
        'rollup',
        ...['--engine', 'duckdb', '--url', url, '--schema', other, '--now', now]
      );
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(/visit_feedback_by_reported_at: not built: .*visit_feedback/);
      // the activities' feedback has a table of its own: the activities' other rollups are built
      expect(out).toMatch(/activities_by_completed_at_fbv: not built: .*visit_feedback/);
      expect(out).toMatch(/activities_by_completed_at: [1-9]\d* rows/);
      expect(out).toMatch(/opportunities_by_close_date: [1-9]\d* rows/);
    } finally {
      const cleanup = createExecutor('duckdb', url);
      await dropSchema(cleanup, `${other}_rollups`);
      await dropSchema(cleanup, other);
      await cleanup.close();
    }
  });

  it('--print prints the statements without running them', async () => {
    const { code, out } = await runSalesperf('rollup', ...connection, '--rollup-schema', 'elsewhere', '--print');
    expect(code).toBe(0);
    expect(out).toContain('CREATE TABLE "elsewhere"."opportunities_by_close_date" AS SELECT');
    expect(out).toContain('CREATE TABLE "elsewhere"."rollup_freshness" AS SELECT');
  });

  it.each([
    [['--rollup-schema', schema], `--rollup-schema must differ from --schema (${schema})`],
    [['--tz', 'Mars/Olympus'], '--tz "Mars/Olympus" is not an IANA time zone'],
    [['--now', 'yesterday'], '--now "yesterday" is not a time'],
    [['--rollup-schema', 'no good'], 'rollup schema name'],
  ])('names wrong input: %j', async (args, message) => {
    const { code, err } = await runSalesperf('rollup', ...connection, ...args);
    expect(code).not.toBe(0);
    expect(err).toContain(message);
  });

  it('query names a rollup schema that holds no rollups, and rollups too old for --now', async () => {
    const missing = await runSalesperf('query', ...connection, ...query, '--rollup-schema', 'nothing_here');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('--rollup-schema nothing_here: its freshness table cannot be read');
    const later = query.map((arg) => (arg === now ? '2024-03-20T00:00:00Z' : arg));
    const stale = await runSalesperf('query', ...connection, ...later, '--rollup-schema', rollupSchema);
    expect(stale.code).not.toBe(0);
    expect(stale.err).toContain('more than 36 hours before --now');
  });
});
