/**
 * Warehouses shaped the way real CRM exports are: each case is a mutated copy of the hand-made
 * fixture warehouse, and must give the same numbers as the pristine copy or an error naming the
 * cause, on every engine (DuckDB and PGlite always; PostgreSQL, MariaDB — in CI in MySQL 8's strict
 * sql_mode — and ClickHouse when their URLs are set).
 */
import { compileQuery, runQuery, type EngineContext } from '../../src/sales/engine';
import type { RollupState } from '../../src/sales/sql/rollups';
import { listMetrics } from '../../src/sales/catalog/metrics';
import { getDialect } from '../../src/sales/sql/dialects';
import type { DataFrameJSON, Dialect, SalesQuery } from '../../src/sales/types';
import { checkWarehouse } from '../../src/sales/warehouse/check';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { introspectProfile } from '../../src/sales/warehouse/profile';
import type { NodeExecutor } from '../../src/node/executors';
import { FIXTURE, fixtureContext, Q1_2025 } from '../fixtures/handmade';
import { buildRollups } from '../lib/rollups';
import {
  createExecutor,
  dropSchema,
  enginesUnderTest,
  loadWarehouse,
  scratchSchemaName,
  skipEnginesNotRun,
} from '../lib/warehouses';

type Casts = Record<string, string | null>;

/** Rebuilds a table with some columns cast (or dropped: null), keeping its name and rows. */
async function rebuild(executor: NodeExecutor, schema: string, table: string, casts: Casts): Promise<void> {
  const q = getDialect(executor.dialect).quoteIdent;
  const def = CONTRACT.find((candidate) => candidate.name === table)!;
  const select = def.columns
    .filter((column) => casts[column.name] !== null)
    .map((column) => `${casts[column.name] ?? q(column.name)} AS ${q(column.name)}`)
    .join(', ');
  const source = `${q(schema)}.${q(table)}`;
  const target = `${q(schema)}.${q(`${table}_new`)}`;
  const engine = executor.dialect === 'clickhouse' ? ' ENGINE = Memory' : '';
  await executor.run(`CREATE TABLE ${target}${engine} AS SELECT ${select} FROM ${source}`);
  await executor.run(`DROP TABLE ${source}`);
  await executor.run(
    executor.dialect === 'mysql' || executor.dialect === 'clickhouse'
      ? `RENAME TABLE ${target} TO ${source}`
      : `ALTER TABLE ${target} RENAME TO ${q(table)}`
  );
}

const TIMESTAMP_COLUMNS = CONTRACT.flatMap((def) =>
  def.columns.filter((column) => column.type === 'timestamp').map((column) => [def.name, column.name] as const)
).filter(([table]) => FIXTURE[table]?.length);

/** Every timestamp column as a timestamp without time zone holding wall times of `zone` (a fixed offset in MySQL). */
function zonelessCast(dialect: Dialect, column: string, zone: string, hours: number): string {
  const q = getDialect(dialect).quoteIdent(column);
  switch (dialect) {
    case 'postgres':
      return `(${q} AT TIME ZONE '${zone}')`;
    case 'duckdb':
      return `timezone('${zone}', ${q})`;
    case 'mysql':
      return `(${q} + INTERVAL ${hours} HOUR)`;
    case 'clickhouse':
      // DateTime holds instants whatever zone it shows: the closest shape is one without a declared zone
      return `toDateTime(${q})`;
  }
}

const AMOUNT_AS: Record<
  Dialect,
  { float: (c: string) => string; text: (c: string) => string; timestamp: (c: string) => string }
> = {
  postgres: {
    float: (c) => `CAST(${c} AS double precision)`,
    text: (c) => `CAST(${c} AS text)`,
    timestamp: (c) => `CAST(${c} AS timestamp)`,
  },
  duckdb: {
    float: (c) => `CAST(${c} AS DOUBLE)`,
    text: (c) => `CAST(${c} AS VARCHAR)`,
    timestamp: (c) => `CAST(${c} AS TIMESTAMP)`,
  },
  mysql: {
    float: (c) => `CAST(${c} AS DOUBLE)`,
    text: (c) => `CAST(${c} AS CHAR)`,
    timestamp: (c) => `CAST(${c} AS DATETIME)`,
  },
  clickhouse: {
    float: (c) => `toFloat64(${c})`,
    text: (c) => `toString(${c})`,
    timestamp: (c) => `toDateTime(${c}, 'UTC')`,
  },
};

async function dropSchemaTable(executor: NodeExecutor, schema: string, table: string): Promise<void> {
  const q = getDialect(executor.dialect).quoteIdent;
  await executor.run(`DROP TABLE ${q(schema)}.${q(table)}`);
}

const METRICS = listMetrics()
  .filter((metric) => !metric.targetBased)
  .map((metric) => metric.id);

/** The numbers the cases compare: every metric, day buckets in two zones, the funnel, attainment, the pipeline forecast, commissions. */
const QUERIES: Array<{ name: string; query: SalesQuery; timeZone?: string; range?: { from: number; to: number } }> = [
  { name: 'every metric', query: { kind: 'metrics', metrics: METRICS } },
  {
    name: 'metrics by region',
    query: {
      kind: 'metrics',
      metrics: ['bookings', 'new_customers', 'sales_cycle_days', 'weighted_pipeline', 'collection_rate'],
      groupBy: ['region'],
    },
  },
  ...['America/New_York', 'Asia/Shanghai'].map((timeZone) => ({
    name: `day buckets in ${timeZone}`,
    timeZone,
    query: {
      kind: 'timeseries',
      metrics: [
        'opportunities_created',
        'pipeline_created',
        'leads_created',
        'activities_completed',
        'csat',
        'bookings',
      ],
      grain: 'day',
    } as SalesQuery,
  })),
  { name: 'reached funnel', query: { kind: 'funnel', mode: 'reached', measure: 'amount' } },
  { name: 'snapshot funnel', query: { kind: 'funnel', mode: 'snapshot', measure: 'amount', groupBy: ['region'] } },
  { name: 'attainment', query: { kind: 'attainment', groupBy: ['region'] } },
  { name: 'attainment by dealer', query: { kind: 'attainment', groupBy: ['region', 'dealer'] } },
  { name: 'feedback rows', query: { kind: 'feedback' } },
  { name: 'open issues', query: { kind: 'feedback', openIssues: true } },
  {
    name: 'pipeline forecast',
    query: { kind: 'forecast', metric: 'bookings', grain: 'month', method: 'pipeline', horizon: 1, lookback: 3 },
  },
  { name: 'commissions', range: Q1_2025, query: { kind: 'commission', whatIf: 30000, curve: true, adjustments: true } },
];

/** The numbers and texts of frames, numbers rounded to 9 significant digits (float amounts sum inexactly). */
function numbersOf(frames: DataFrameJSON[]): unknown[] {
  return frames.map((frame) =>
    frame.schema.fields.map((field, index) => [
      field.name,
      frame.data.values[index].map((value) => (typeof value === 'number' ? Number(value.toPrecision(9)) : value)),
    ])
  );
}

skipEnginesNotRun();

describe.each(enginesUnderTest())('real warehouse shapes on $engine', ({ engine, url, dialect }) => {
  const executor = createExecutor(engine, url);
  const pristine = scratchSchemaName('pristine');
  const schemas = [pristine];
  const baseline = new Map<string, unknown[]>();

  async function context(schema: string, warehouseTimeZone?: string): Promise<EngineContext> {
    const profile = await introspectProfile(executor, { schema }, warehouseTimeZone);
    return { ...fixtureContext(executor, schema), profile };
  }

  async function numbers(
    schema: string,
    warehouseTimeZone?: string,
    rollups?: RollupState
  ): Promise<Map<string, unknown[]>> {
    const base = { ...(await context(schema, warehouseTimeZone)), rollups };
    const result = new Map<string, unknown[]>();
    for (const { name, query, timeZone, range } of QUERIES) {
      result.set(
        name,
        numbersOf(await runQuery(query, { ...base, timeZone: timeZone ?? base.timeZone, range: range ?? base.range }))
      );
    }
    return result;
  }

  async function mutated(change: (schema: string) => Promise<void>, data = FIXTURE): Promise<string> {
    const schema = scratchSchemaName('shape');
    schemas.push(schema);
    await loadWarehouse(executor, schema, data);
    await change(schema);
    return schema;
  }

  /** Every timestamp column rebuilt as a timestamp without time zone holding wall times of the zone. */
  async function zoneless(schema: string, zone: string, hours: number): Promise<void> {
    for (const table of new Set(TIMESTAMP_COLUMNS.map(([t]) => t))) {
      const casts = Object.fromEntries(
        TIMESTAMP_COLUMNS.filter(([t]) => t === table).map(([, column]) => [
          column,
          zonelessCast(dialect, column, zone, hours),
        ])
      );
      await rebuild(executor, schema, table, casts);
    }
  }

  function expectSameNumbers(actual: Map<string, unknown[]>) {
    for (const [name, expected] of baseline) {
      expect({ [name]: actual.get(name) }).toEqual({ [name]: expected });
    }
  }

  beforeAll(async () => {
    await loadWarehouse(executor, pristine, FIXTURE);
    for (const [name, value] of await numbers(pristine)) {
      baseline.set(name, value);
    }
  });

  afterAll(async () => {
    for (const schema of schemas) {
      await dropSchema(executor, schema);
    }
    await executor.close();
  });

  it('timestamps without time zone holding UTC wall times give the same numbers', async () => {
    const schema = await mutated((s) => zoneless(s, 'UTC', 0));
    expectSameNumbers(await numbers(schema));
    const report = await checkWarehouse(executor, { schema });
    expect(report.usable).toBe(true);
    if (dialect === 'postgres' || dialect === 'duckdb') {
      expect(
        report.issues.find((issue) => issue.code === 'type_warning' && issue.column === 'created_at')?.message
      ).toMatch(/is a timestamp without time zone: its values are read as wall times in UTC/);
    }
  });

  if (dialect !== 'clickhouse') {
    it('timestamps without time zone holding Shanghai wall times, read in the warehouse time zone Asia/Shanghai', async () => {
      const schema = await mutated((s) => zoneless(s, 'Asia/Shanghai', 8));
      expectSameNumbers(await numbers(schema, 'Asia/Shanghai'));
    });
  }

  it('dates stored as timestamps give the same numbers (bookings, new customers, CAC, cycle days, commissions)', async () => {
    const q = getDialect(dialect).quoteIdent;
    const asTimestamp = (column: string) => AMOUNT_AS[dialect].timestamp(q(column));
    const schema = await mutated(async (s) => {
      await rebuild(executor, s, 'opportunities', { close_date: asTimestamp('close_date') });
      await rebuild(executor, s, 'comp_assignments', {
        effective_from: asTimestamp('effective_from'),
        effective_to: asTimestamp('effective_to'),
      });
    });
    expectSameNumbers(await numbers(schema));
  });

  it('rollups built on zone-less timestamps and dates stored as timestamps give the same numbers, and are read', async () => {
    const q = getDialect(dialect).quoteIdent;
    const schema = await mutated(async (s) => {
      await zoneless(s, 'UTC', 0);
      await rebuild(executor, s, 'opportunities', { close_date: AMOUNT_AS[dialect].timestamp(q('close_date')) });
    });
    const rollupSchema = `${schema}_rollups`;
    schemas.push(rollupSchema);
    const profile = await introspectProfile(executor, { schema });
    const rollups = await buildRollups(executor, schema, rollupSchema, { profile });
    expectSameNumbers(await numbers(schema, undefined, rollups));
    const bookings = compileQuery(
      { kind: 'metrics', metrics: ['bookings', 'opportunities_created'] },
      { ...(await context(schema)), dialect, rollups }
    );
    expect(bookings.sql).toContain(rollupSchema);
  });

  it('float amounts give the same numbers (weighted pipeline, snapshot funnel, pipeline forecast)', async () => {
    const q = getDialect(dialect).quoteIdent;
    const schema = await mutated(async (s) => {
      for (const [table, column] of [
        ['opportunities', 'amount'],
        ['invoices', 'amount'],
        ['payments', 'amount'],
        ['comp_assignments', 'target_incentive'],
        ['comp_adjustments', 'amount'],
      ]) {
        await rebuild(executor, s, table, { [column]: AMOUNT_AS[dialect].float(q(column)) });
      }
    });
    expectSameNumbers(await numbers(schema));
  });

  it('a text amount is refused by check and by the query, naming the column and its type', async () => {
    const q = getDialect(dialect).quoteIdent;
    const schema = await mutated((s) =>
      rebuild(executor, s, 'opportunities', { amount: AMOUNT_AS[dialect].text(q('amount')) })
    );
    const report = await checkWarehouse(executor, { schema }, { data: false });
    expect(report.usable).toBe(false);
    expect(report.issues.find((issue) => issue.code === 'wrong_type')).toMatchObject({
      severity: 'error',
      table: 'opportunities',
      column: 'amount',
    });
    await expect(runQuery({ kind: 'metrics', metrics: ['largest_deal'] }, await context(schema))).rejects.toThrow(
      new RegExp(
        `^The query cannot run: column ${schema}\\.opportunities\\.amount has type \\S+.*the contract expects an exact decimal type`
      )
    );
  });

  if (dialect === 'mysql') {
    const caseInsensitive = (s: string) =>
      Promise.all(
        CONTRACT.map((def) =>
          executor.run(
            `ALTER TABLE \`${s}\`.\`${def.name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`
          )
        )
      ).then(() => undefined);
    // one region written three ways, as CRM exports have it
    const regionVariants = async (s: string) => {
      await executor.run(
        `UPDATE \`${s}\`.\`reps\` SET region = CASE rep_id WHEN 'r2' THEN 'east' WHEN 'r3' THEN 'East ' ELSE region END`
      );
    };

    it("tables in a case-insensitive collation other than the connection's give the same numbers (funnel unions included)", async () => {
      const schema = await mutated(caseInsensitive);
      expectSameNumbers(await numbers(schema));
      const report = await checkWarehouse(executor, { schema }, { data: false });
      expect(report.usable).toBe(true);
      expect(report.issues.find((issue) => issue.code === 'collation')?.message).toMatch(
        /use the case-insensitive collation utf8mb4_general_ci: the plugin groups, filters and joins text exactly/
      );
    });

    it('"East", "east" and "East " stay apart in groups, filters and variable values, as in a binary collation', async () => {
      const binary = await mutated(regionVariants);
      const insensitive = await mutated(async (s) => {
        await regionVariants(s);
        await caseInsensitive(s);
      });
      const queries: SalesQuery[] = [
        { kind: 'metrics', metrics: ['bookings', 'won_deals'], groupBy: ['region'] },
        { kind: 'metrics', metrics: ['bookings'], filters: [{ dimension: 'region', op: 'in', values: ['East'] }] },
        { kind: 'values', dimension: 'region' },
        { kind: 'funnel', groupBy: ['region'] },
      ];
      for (const query of queries) {
        const expected = numbersOf(await runQuery(query, await context(binary)));
        expect(numbersOf(await runQuery(query, await context(insensitive)))).toEqual(expected);
      }
      const [regions] = await runQuery(queries[2], await context(insensitive));
      expect(regions.data.values[0]).toEqual(expect.arrayContaining(['East', 'east', 'East ']));
    });
  }

  it('without stage history the default funnel runs (deals at their current stage), the strict one names the table, and check says so', async () => {
    const schema = await mutated((s) => dropSchemaTable(executor, s, 'opportunity_stage_history'));
    const report = await checkWarehouse(executor, { schema }, { data: false });
    expect(report.usable).toBe(true);
    expect(report.issues.find((issue) => issue.table === 'opportunity_stage_history')?.message).toBe(
      'Table opportunity_stage_history is absent (optional): the strict funnel and the days in stage are unavailable (queries that read it: funnel (strict)).'
    );
    const first = async (s: string) => {
      const [frame] = await runQuery({ kind: 'funnel', mode: 'reached' }, await context(s));
      const count = frame.schema.fields.findIndex((field) => field.name === 'count');
      return frame.data.values[count][0];
    };
    // every deal of the cohort reached the first stage, with or without history
    expect(await first(schema)).toBe(await first(pristine));
    await expect(runQuery({ kind: 'funnel', mode: 'strict' }, await context(schema))).rejects.toThrow(
      `The strict funnel cannot run: the table ${schema}.opportunity_stage_history (the stage history it counts) is missing. Use mode reached or snapshot.`
    );
  });

  it('a warehouse from before targets.dealer: check warns, every query but those by dealer runs with the same numbers', async () => {
    // such a warehouse has no dealer rows either
    const schema = await mutated((s) => rebuild(executor, s, 'targets', { dealer: null }), {
      ...FIXTURE,
      targets: FIXTURE.targets.filter((row) => row.dealer === null),
    });
    const report = await checkWarehouse(executor, { schema }, { data: false });
    expect(report.usable).toBe(true);
    expect(report.issues.find((issue) => issue.table === 'targets')).toMatchObject({
      severity: 'warning',
      code: 'missing_column',
      message:
        'Column targets.dealer is missing (added to the contract later, a text type, nullable): queries run without it, except targets by dealer (attainment grouped or filtered by dealer).',
    });
    const base = await context(schema);
    const company = await runQuery({ kind: 'attainment', groupBy: ['region'] }, base);
    expect(numbersOf(company)).toEqual(baseline.get('attainment'));
    await expect(runQuery({ kind: 'attainment', groupBy: ['dealer'] }, base)).rejects.toThrow(
      `The query cannot run: the table ${schema}.targets has no column dealer (the contract expects a text type).`
    );
  });

  it('a dropped column is named, not bound to another table (collection rate)', async () => {
    const schema = await mutated((s) => rebuild(executor, s, 'payments', { amount: null }));
    await expect(runQuery({ kind: 'metrics', metrics: ['collection_rate'] }, await context(schema))).rejects.toThrow(
      `The query cannot run: the table ${schema}.payments has no column amount`
    );
  });

  it('a day grain from 1970 to 9999 is refused at once, naming the bucket count and a coarser grain', async () => {
    const base = await context(pristine);
    const range = { from: Date.UTC(1970, 0, 2), to: Date.UTC(9999, 11, 31) };
    await expect(
      runQuery({ kind: 'timeseries', metrics: ['bookings'], grain: 'day' }, { ...base, range, timeZone: 'UTC' })
    ).rejects.toThrow(
      'The range holds 2,932,895 day buckets, more than the 5,000 a series may have: use a shorter range.'
    );
    const century = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) };
    await expect(
      runQuery(
        { kind: 'timeseries', metrics: ['bookings'], grain: 'day' },
        { ...base, range: century, timeZone: 'UTC' }
      )
    ).rejects.toThrow(
      'The range holds 36,525 day buckets, more than the 5,000 a series may have: use the month grain or a shorter range.'
    );
  });

  it('a range past what the engine can hold is refused naming the limit', async () => {
    const base = await context(pristine);
    const range = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2200, 0, 1) };
    const run = runQuery({ kind: 'metrics', metrics: ['bookings'] }, { ...base, range });
    if (dialect === 'clickhouse') {
      await expect(run).rejects.toThrow(
        "The time range ends at 2200-01-01 00:00 UTC, outside what ClickHouse's Date and DateTime can hold (1970-01-02 to 2105-12-30): choose a range within those dates."
      );
    } else {
      await expect(run).resolves.toHaveLength(1);
    }
    const early = runQuery(
      { kind: 'metrics', metrics: ['bookings'] },
      { ...base, range: { from: Date.UTC(900, 0, 1), to: Date.UTC(2024, 0, 1) } }
    );
    if (dialect === 'clickhouse' || dialect === 'mysql') {
      await expect(early).rejects.toThrow(/^The time range starts at 0900-01-01 00:00 UTC, outside what/);
    } else {
      await expect(early).resolves.toHaveLength(1);
    }
  });

  it('20,000 filter values: the same numbers, or on ClickHouse an error naming max_query_size', async () => {
    const base = await context(pristine);
    const values = [
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      ...Array.from({ length: 20_000 }, (_, index) => `5f0c2a9e-0000-4000-8000-${String(index).padStart(12, '0')}`),
    ];
    const query: SalesQuery = {
      kind: 'metrics',
      metrics: ['bookings'],
      filters: [{ dimension: 'rep', op: 'in', values }],
    };
    if (dialect === 'clickhouse') {
      await expect(runQuery(query, base)).rejects.toThrow(
        /^The query's SQL is [\d,]+ bytes, more than the warehouse's max_query_size \(262,144 bytes\); its filters list 20,006 values: filter on fewer values, or raise max_query_size/
      );
    } else {
      const [frame] = await runQuery(query, base);
      expect(frame.data.values[0]).toEqual([8500]);
    }
  });

  it('a funnel grouped by stage is refused when compiled, not by the warehouse', async () => {
    await expect(runQuery({ kind: 'funnel', groupBy: ['stage'] }, await context(pristine))).rejects.toThrow(
      'The funnel cannot be grouped by stage: its stages are the funnel itself'
    );
  });

  it('early-stage deals without a customer and zone-less timestamps: usable, with warnings that say so', async () => {
    const schema = await mutated(async (s) => {
      const q = getDialect(dialect).quoteIdent;
      await rebuild(executor, s, 'opportunities', {
        customer_id: `CASE WHEN ${q('status')} = 'open' THEN NULL ELSE ${q('customer_id')} END`,
        created_at: zonelessCast(dialect, 'created_at', 'UTC', 0),
      });
    });
    const report = await checkWarehouse(executor, { schema });
    expect(report.usable).toBe(true);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'warning',
          code: 'null_values',
          table: 'opportunities',
          column: 'customer_id',
        }),
      ])
    );
  });
});
