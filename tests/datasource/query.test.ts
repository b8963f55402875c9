/**
 * @jest-environment jsdom
 */
/**
 * DataSource.query() end to end: a SalesQuery goes through the engine, the SQL goes through a Grafana
 * SQL data source (Grafana's DataSourceWithBackend answered by a backend that runs the SQL on DuckDB or
 * PGlite) and the frames come back. Only Grafana's runtime services are stood in for: the data source
 * service, the template service and the HTTP backend. Expected numbers are worked out by hand from
 * tests/fixtures/handmade.ts for Q1 2024 in New York, with two team names made hostile.
 */
import './lib/environment';

import { CoreApp, type DataFrame, type DataQueryRequest, type DataQueryResponse, dateTime } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { DataSource } from '../../src/datasource/DataSource';
import type { SalesDataQuery, SalesDataSourceOptions } from '../../src/datasource/types';
import type { SalesVariableSupport } from '../../src/datasource/variables/VariableSupport';
import type { NodeExecutor } from '../../src/node/executors';
import { FIXTURE, FIXTURE_ZONE, Q1_2024 } from '../fixtures/handmade';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';
import { instanceSettings, TestDataSourceSrv } from './lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource, type TestBackend } from './lib/sqlStandIn';
import { TestTemplateSrv, type TestVariable } from './lib/templateSrv';

// two teams renamed: quotes, backslashes, `$`, Grafana variable syntax, comment markers
const HOSTILE_WEST = "West-B 'O''Brien' \\ -- /* $team */ ; DROP TABLE reps";
const HOSTILE_EAST = 'East-B ${region} $__all \\x24 " `';

const fixture = {
  ...FIXTURE,
  reps: FIXTURE.reps.map((rep) =>
    rep.rep_id === 'r6' ? { ...rep, team: HOSTILE_WEST } : rep.rep_id === 'r3' ? { ...rep, team: HOSTILE_EAST } : rep
  ),
};

const engines = [
  { engine: 'duckdb', url: ':memory:', uid: 'wh-duckdb', type: 'motherduck-duckdb-datasource' },
  { engine: 'pglite', url: 'memory://', uid: 'wh-pglite', type: 'grafana-postgresql-datasource' },
] as const;

const schema = scratchSchemaName('ds_query');
const executors: Record<string, NodeExecutor> = {};
let backend: TestBackend;

function salesDataSource(jsonData: SalesDataSourceOptions, name = 'Sales Performance'): DataSource {
  return new DataSource(instanceSettings('salesperf', 'seed-salesperf-datasource', name, jsonData));
}

function useRuntime(variables: TestVariable[] = [], extra: Array<{ uid: string; type: string }> = []) {
  const warehouses = [...engines, ...extra].map(({ uid, type }) => {
    const settings = instanceSettings(uid, type, `Warehouse ${uid}`, { database: schema });
    return { settings, api: new StandInSqlDataSource(settings) };
  });
  setDataSourceSrv(new TestDataSourceSrv(warehouses));
  setTemplateSrv(new TestTemplateSrv(variables));
}

function request(
  targets: SalesDataQuery[],
  extra: Partial<DataQueryRequest<SalesDataQuery>> = {}
): DataQueryRequest<SalesDataQuery> {
  return {
    requestId: 'Q100',
    interval: '1d',
    intervalMs: 86_400_000,
    // Grafana ends a range on the last millisecond of its unit
    range: { from: dateTime(Q1_2024.from), to: dateTime(Q1_2024.to - 1), raw: { from: 'now/fQ', to: 'now/fQ' } },
    scopedVars: {},
    targets,
    timezone: FIXTURE_ZONE,
    app: CoreApp.Dashboard,
    startTime: Date.now(),
    ...extra,
  };
}

const run = (
  ds: DataSource,
  targets: SalesDataQuery[],
  extra?: Partial<DataQueryRequest<SalesDataQuery>>
): Promise<DataQueryResponse> => lastValueFrom(ds.query(request(targets, extra)));

function rows(frame: DataFrame): Array<Record<string, unknown>> {
  return Array.from({ length: frame.length }, (_, row) =>
    Object.fromEntries(frame.fields.map((field) => [field.name, field.values[row]]))
  );
}

beforeAll(async () => {
  await initPluginTranslations('seed-salesperf-datasource', []);
  for (const { engine, url, uid } of engines) {
    executors[uid] = createExecutor(engine, url);
    await loadWarehouse(executors[uid], schema, fixture);
  }
  backend = installSqlBackend(executors);
});

afterAll(async () => {
  for (const executor of Object.values(executors)) {
    await dropSchema(executor, schema).catch(() => undefined);
    await executor.close();
  }
});

/** One instance, as Grafana keeps one per data source, with the warehouse profile already read. */
function warmedDataSource(jsonData: SalesDataSourceOptions): () => DataSource {
  const instance = salesDataSource(jsonData);
  beforeAll(async () => {
    useRuntime();
    await run(instance, [{ refId: 'warm-up', kind: 'values', dimension: 'region' }]);
  });
  return () => instance;
}

describe.each(engines)('through a $type warehouse ($engine)', ({ uid }) => {
  const ds = warmedDataSource({ warehouseUid: uid, schema });

  beforeEach(() => useRuntime());

  it('computes bookings by region, and the SQL that ran is in the frame for the query inspector', async () => {
    const before = backend.calls.length;
    const response = await run(ds(), [
      { refId: 'A', kind: 'metrics', metrics: ['bookings', 'won_deals'], groupBy: ['region'] },
    ]);
    expect(response.errors).toBeUndefined();
    expect(response.data).toHaveLength(1);
    const [frame] = response.data as DataFrame[];
    expect(frame.refId).toBe('A');
    // East: o1 1000 + o2 2500 + o4 0 (r1, r2); West: o7 3000 + o18 200 (r4) + o15 1800 (r6)
    expect(rows(frame)).toEqual([
      { region: 'East', bookings: 3500, won_deals: 3 },
      { region: 'West', bookings: 5000, won_deals: 3 },
    ]);
    const sent = backend.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toContain('/api/ds/query');
    expect(frame.meta?.executedQueryString).toBe(sent[0].queries[0].rawSql);
    expect(frame.meta?.custom).toEqual({
      kind: 'metrics',
      // Q1 in New York; the range was over at the request's now: counted whole, snapshots as of its end
      periods: [{ from: Q1_2024.from, to: Q1_2024.to, countedTo: Q1_2024.to, asOf: Q1_2024.to }],
    });
  });

  it('reads a range picked as now/fQ as a quarter: its previous period is the previous quarter', async () => {
    // Jan 1 to Jan 20: quarter to date and month to date at once; the dashboard's now/fQ says which
    const range = (from: string) => ({
      from: dateTime(Q1_2024.from),
      to: dateTime(Date.parse('2024-01-20T05:00:00Z') - 1),
      raw: { from, to: 'now' },
    });
    const query: SalesDataQuery = { refId: 'A', kind: 'metrics', metrics: ['bookings'], compare: 'previous_period' };
    const [quarter] = (await run(ds(), [query], { range: range('now/fQ') })).data as DataFrame[];
    // Q4 2023: o19 (Oct 1) 600 + o8 (Dec 31) 800
    expect(rows(quarter)[0].bookings_previous).toBe(1400);
    const [month] = (await run(ds(), [query], { range: range('now/M') })).data as DataFrame[];
    // December 2023: o8
    expect(rows(month)[0].bookings_previous).toBe(800);
  });

  it('answers a timeseries by month with one bucket per month of the quarter', async () => {
    const response = await run(ds(), [{ refId: 'B', kind: 'timeseries', metrics: ['bookings'], grain: 'month' }]);
    const [frame] = response.data as DataFrame[];
    // January o1 1000 + o15 1800 + o18 200; February o4 0; March o2 2500 + o7 3000
    expect(frame.fields.map((field) => field.name)).toEqual(['time', 'bookings']);
    expect(frame.fields[0].values).toEqual([
      Date.parse('2024-01-01T05:00:00Z'),
      Date.parse('2024-02-01T05:00:00Z'),
      Date.parse('2024-03-01T05:00:00Z'),
    ]);
    expect(frame.fields[1].values).toEqual([3000, 0, 5500]);
    // the data source's name for the field; displayName stays the user's
    expect(frame.fields[1].config.displayNameFromDS).toBe('Bookings');
    expect(frame.fields[1].config.displayName).toBeUndefined();
  });

  it('expands a multi-value variable of hostile team names into filter values that match exactly', async () => {
    useRuntime([
      {
        name: 'team',
        value: [HOSTILE_WEST, HOSTILE_EAST],
        options: [HOSTILE_WEST, HOSTILE_EAST, 'East-A', 'West-A'],
        multi: true,
      },
    ]);
    const response = await run(ds(), [
      {
        refId: 'A',
        kind: 'metrics',
        metrics: ['bookings', 'lost_deals'],
        groupBy: ['team'],
        filters: [{ dimension: 'team', op: 'in', values: ['$team'] }],
      },
    ]);
    expect(response.errors).toBeUndefined();
    // r3 (East-B): no won deal, lost o5 and o16; r6 (West-B): won o15 1800
    expect(rows(response.data[0])).toEqual(
      [
        { team: HOSTILE_EAST, bookings: 0, lost_deals: 2 },
        { team: HOSTILE_WEST, bookings: 1800, lost_deals: 0 },
      ].sort((a, b) => (a.team < b.team ? -1 : 1))
    );
  });
});

describe('template variables in filters (DuckDB)', () => {
  const ds = () => salesDataSource({ warehouseUid: 'wh-duckdb', schema });
  const bookings = async (filterValues: string[], variables: TestVariable[], scopedVars = {}) => {
    useRuntime(variables);
    const response = await run(
      ds(),
      [
        {
          refId: 'A',
          kind: 'metrics',
          metrics: ['bookings'],
          filters: [{ dimension: 'region', op: 'in', values: filterValues }],
        },
      ],
      {
        scopedVars,
      }
    );
    expect(response.errors).toBeUndefined();
    return response.data[0].fields.find((field: { name: string }) => field.name === 'bookings').values[0];
  };
  const region = (value: string | string[], more: Partial<TestVariable> = {}): TestVariable => ({
    name: 'region',
    value,
    options: ['East', 'West'],
    ...more,
  });

  it.each([
    ['$region', 'East', 3500],
    ['${region}', 'West', 5000],
    ['[[region]]', 'West', 5000],
    ['${region:csv}', 'East', 3500],
  ])('%s set to %s', async (reference, value, expected) => {
    expect(await bookings([reference], [region(value)])).toBe(expected);
  });

  it('several values of a multi-value variable', async () => {
    expect(await bookings(['$region'], [region(['East', 'West'], { multi: true })])).toBe(8500);
  });

  it('All drops the filter, with or without a custom all value', async () => {
    expect(await bookings(['$region'], [region('$__all', { includeAll: true, multi: true })])).toBe(8500);
    // a custom all value (.*) would match nothing if it reached the filter
    expect(await bookings(['$region'], [region(['$__all'], { includeAll: true, allValue: '.*', multi: true })])).toBe(
      8500
    );
  });

  it('a repeated panel’s scoped value wins over the dashboard value', async () => {
    expect(await bookings(['$region'], [region('East')], { region: { text: 'West', value: 'West' } })).toBe(5000);
  });

  it('text that names no variable is a literal value', async () => {
    expect(await bookings(['$nowhere'], [region('East')])).toBe(0);
  });

  it('a value that reads like a variable ([[region]]) stays a literal: the SQL never holds [[', async () => {
    // a variable's value is taken literally; the encoder writes [ with a character function
    useRuntime([region('East'), { name: 'team', value: 'a[[region]]b' }]);
    const response = await run(ds(), [
      {
        refId: 'A',
        kind: 'metrics',
        metrics: ['bookings'],
        filters: [{ dimension: 'team', op: 'in', values: ['$team'] }],
      },
    ]);
    expect(response.errors ?? []).toEqual([]);
    const frame = response.data[0];
    expect(frame.meta?.executedQueryString).not.toContain('[[');
    // no team is called a[[region]]b: no bookings
    expect(frame.fields.find((field: { name: string }) => field.name === 'bookings')?.values[0]).toBe(0);
  });

  it('ad hoc filters narrow every query; an unsupported operator is named', async () => {
    useRuntime();
    const west = await run(ds(), [{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }], {
      filters: [{ key: 'region', operator: '=', value: 'West' }],
    });
    expect(west.data[0].fields[0].values).toEqual([5000]);
    const notEast = await run(ds(), [{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }], {
      filters: [{ key: 'team', operator: '!=|', value: 'East-A', values: ['East-A', HOSTILE_WEST] }],
    });
    // everything but r1, r2 and r6: o7 3000 + o18 200
    expect(notEast.data[0].fields[0].values).toEqual([3200]);
    const regex = await run(ds(), [{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }], {
      filters: [{ key: 'region', operator: '=~', value: 'W.*' }],
    });
    expect(regex.errors?.[0]).toMatchObject({ refId: 'A', message: expect.stringContaining('uses the operator "=~"') });
  });
});

describe('variable queries (metricFindQuery) and ad hoc values', () => {
  const ds = () => salesDataSource({ warehouseUid: 'wh-pglite', schema });

  it('lists reps as names with ids as values, cascading from region', async () => {
    useRuntime([{ name: 'region', value: 'West', options: ['East', 'West'] }]);
    const values = await ds().metricFindQuery({
      refId: 'rep',
      kind: 'values',
      dimension: 'rep',
      filters: [{ dimension: 'region', op: 'in', values: ['$region'] }],
    });
    expect(values).toEqual([
      { text: 'Dan', value: 'r4' },
      { text: 'Eve', value: 'r5' },
      { text: "O'Brien $Ltd", value: 'r6' },
    ]);
  });

  it('lists teams of the chosen regions; All lists every team', async () => {
    useRuntime([{ name: 'region', value: '$__all', options: ['East', 'West'], includeAll: true, multi: true }]);
    const teams = await ds().metricFindQuery({
      refId: 'team',
      kind: 'values',
      dimension: 'team',
      filters: [{ dimension: 'region', op: 'in', values: ['$region'] }],
    });
    expect(teams.map((team) => team.text)).toEqual(['East-A', HOSTILE_EAST, 'West-A', HOSTILE_WEST].sort());
  });

  it('query variables run through the variable support and answer text and value fields', async () => {
    useRuntime([{ name: 'team', value: ['East-A', HOSTILE_EAST], multi: true }]);
    const variables = ds().variables as SalesVariableSupport;
    const response = await lastValueFrom(
      variables.query(
        request([
          {
            refId: 'rep',
            kind: 'values',
            dimension: 'rep',
            filters: [{ dimension: 'team', op: 'in', values: ['$team'] }],
          },
        ])
      )
    );
    expect(response.errors).toBeUndefined();
    expect(rows(response.data[0])).toEqual([
      { text: 'Alice', value: 'r1' },
      { text: 'Bob', value: 'r2' },
      { text: 'Carol', value: 'r3' },
    ]);
  });

  it('ad hoc keys are the dimensions; values follow the other ad hoc filters where they apply', async () => {
    useRuntime();
    const keys = await ds().getTagKeys();
    expect(keys.map((key) => key.value)).toContain('region');
    expect(keys.find((key) => key.value === 'customer_tier')?.text).toBe('Customer tier');
    const reps = await ds().getTagValues({
      key: 'rep',
      filters: [
        { key: 'team', operator: '=', value: 'East-A' },
        // the values of rep cannot be narrowed by a product: this filter is left out
        { key: 'product', operator: '=', value: 'Widget' },
      ],
    });
    expect(reps).toEqual([
      { text: 'Alice', value: 'r1' },
      { text: 'Bob', value: 'r2' },
    ]);
  });
});

describe('errors name their cause, per refId', () => {
  beforeEach(() => useRuntime([], [{ uid: 'prom', type: 'prometheus' }]));

  it('no warehouse data source in the settings', async () => {
    const response = await run(salesDataSource({ schema }), [
      { refId: 'A', kind: 'metrics', metrics: ['bookings'] },
      { refId: 'B', kind: 'metrics', metrics: ['won_deals'] },
    ]);
    expect(response.errors?.map((error) => error.refId)).toEqual(['A', 'B']);
    expect(response.errors?.[0].message).toBe(
      'No warehouse data source is configured: open the settings of Sales Performance and choose the SQL data source that reads the warehouse.'
    );
  });

  it('a warehouse uid that does not exist', async () => {
    const response = await run(salesDataSource({ warehouseUid: 'gone', schema }), [
      { refId: 'A', kind: 'metrics', metrics: ['bookings'] },
    ]);
    expect(response.errors?.[0].message).toMatch(/^The warehouse data source with uid "gone" was not found/);
  });

  it('a warehouse of a type the engine writes no SQL for', async () => {
    const response = await run(salesDataSource({ warehouseUid: 'prom', schema }), [
      { refId: 'A', kind: 'metrics', metrics: ['bookings'] },
    ]);
    expect(response.errors?.[0].message).toMatch(
      /^The warehouse data source "Warehouse prom" is of type prometheus, .* grafana-postgresql-datasource, postgres, mysql, grafana-clickhouse-datasource, motherduck-duckdb-datasource\.$/
    );
  });

  it('a missing table, by its name in the warehouse', async () => {
    const ds = salesDataSource({ warehouseUid: 'wh-duckdb', schema, tables: { opportunities: 'deals' } });
    const response = await run(ds, [{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }]);
    expect(response.errors?.[0].message).toBe(`The query cannot run: the table ${schema}.deals is missing.`);
  });

  it('a text amount, refused before any SQL runs, naming the column and its type', async () => {
    const broken = scratchSchemaName('ds_broken');
    const executor = executors['wh-duckdb'];
    await loadWarehouse(executor, broken, FIXTURE);
    await executor.run(`ALTER TABLE ${broken}.opportunities ALTER COLUMN amount TYPE VARCHAR`);
    try {
      const response = await run(salesDataSource({ warehouseUid: 'wh-duckdb', schema: broken }), [
        { refId: 'A', kind: 'metrics', metrics: ['bookings'] },
      ]);
      expect(response.errors?.[0].refId).toBe('A');
      expect(response.errors?.[0].message).toBe(
        `The query cannot run: column ${broken}.opportunities.amount has type VARCHAR, and the contract expects an exact decimal type (e.g. numeric(18,2)) (cast it in a view).`
      );
    } finally {
      await dropSchema(executor, broken);
    }
  });

  it('an SQL error of the warehouse, with the engine’s own message', async () => {
    const broken = scratchSchemaName('ds_broken');
    const executor = executors['wh-duckdb'];
    await loadWarehouse(executor, broken, FIXTURE);
    // a view whose types are right but whose rows fail when read
    await executor.run(`ALTER TABLE ${broken}.opportunities RENAME TO opportunities_data`);
    await executor.run(
      `CREATE VIEW ${broken}.opportunities AS SELECT * REPLACE (CASE WHEN amount >= 0 THEN error('amount feed offline') ELSE amount END AS amount) FROM ${broken}.opportunities_data`
    );
    try {
      const response = await run(salesDataSource({ warehouseUid: 'wh-duckdb', schema: broken }), [
        { refId: 'A', kind: 'metrics', metrics: ['bookings'] },
      ]);
      expect(response.errors?.[0].refId).toBe('A');
      expect(response.errors?.[0].message).toMatch(
        /^The warehouse could not run the query: db query error: .*amount feed offline/
      );
    } finally {
      await dropSchema(executor, broken);
    }
  });

  it('an invalid query fails alone: the other queries of the panel still answer', async () => {
    const ds = salesDataSource({ warehouseUid: 'wh-duckdb', schema });
    const response = await run(ds, [
      { refId: 'A', kind: 'metrics', metrics: ['bookings'], groupBy: ['lead_source'] },
      { refId: 'B', kind: 'metrics', metrics: ['bookings'] },
    ]);
    expect(response.errors).toEqual([
      { refId: 'A', message: expect.stringMatching(/^The metric bookings cannot be grouped by lead_source/) },
    ]);
    expect(response.data.map((frame: DataFrame) => [frame.refId, frame.fields[0].values[0]])).toEqual([['B', 8500]]);
  });
});

describe('one round trip per distinct SQL, and cancellation', () => {
  const ds = warmedDataSource({ warehouseUid: 'wh-duckdb', schema });
  beforeEach(() => useRuntime());

  it('panels of one refresh with the same query share one warehouse request', async () => {
    const before = backend.calls.length;
    const target: SalesDataQuery = { refId: 'A', kind: 'metrics', metrics: ['bookings'], groupBy: ['team'] };
    const [first, second, other] = await Promise.all([
      run(ds(), [target]),
      run(ds(), [{ ...target, refId: 'B' }]),
      run(ds(), [{ ...target, groupBy: ['region'] }]),
    ]);
    expect(backend.calls.length - before).toBe(2);
    expect(rows(first.data[0])).toEqual(rows(second.data[0]));
    expect(second.data[0].refId).toBe('B');
    expect(rows(other.data[0])).toHaveLength(2);
  });

  it('unsubscribing cancels the warehouse request; nothing is emitted', async () => {
    backend.hold();
    const before = backend.calls.length;
    const emitted: DataQueryResponse[] = [];
    const subscription = ds()
      .query(request([{ refId: 'A', kind: 'metrics', metrics: ['won_deals'], groupBy: ['channel'] }]))
      .subscribe((response) => emitted.push(response));
    await waitFor(() => backend.calls.length > before);
    subscription.unsubscribe();
    backend.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.calls[before].cancelled).toBe(true);
    expect(emitted).toEqual([]);
  });

  it('a shared request keeps running while one panel still waits for it', async () => {
    backend.hold();
    const before = backend.calls.length;
    const target: SalesDataQuery = { refId: 'A', kind: 'metrics', metrics: ['lost_deals'], groupBy: ['channel'] };
    const leaving = ds()
      .query(request([target]))
      .subscribe();
    const staying = run(ds(), [target]);
    await waitFor(() => backend.calls.length > before);
    leaving.unsubscribe();
    backend.release();
    const response = await staying;
    expect(backend.calls.length - before).toBe(1);
    expect(backend.calls[before].cancelled).toBe(false);
    // lost in Q1: o5 dealer, o6 direct, o16 direct
    expect(rows(response.data[0])).toEqual([
      { channel: 'dealer', lost_deals: 1 },
      { channel: 'direct', lost_deals: 2 },
    ]);
  });
});

describe('Save & test runs the contract check through the warehouse', () => {
  beforeEach(() => useRuntime());

  it('reports the tables found and that the warehouse is usable', async () => {
    const result = await salesDataSource({ warehouseUid: 'wh-duckdb', schema }).testDatasource();
    expect(result.status).toBe('success');
    expect(result.message).toContain('Tables found (18 of 18): reps, products, customers, stages, opportunities');
    expect(result.message).toContain('The warehouse meets the contract.');
    expect(result.details?.verboseMessage).toContain(`Warehouse check: duckdb, schema "${schema}"`);
  });

  it('names a missing required table and says the warehouse is not usable', async () => {
    const result = await salesDataSource({
      warehouseUid: 'wh-pglite',
      schema,
      tables: { stages: 'funnel_stages' },
    }).testDatasource();
    expect(result.status).toBe('error');
    expect(result.message).toContain('Missing required tables: funnel_stages.');
    expect(result.message).toContain('does not meet the contract');
  });

  it('is green with the warnings listed when nothing keeps queries from running', async () => {
    const shaped = scratchSchemaName('ds_crm');
    const executor = executors['wh-duckdb'];
    await loadWarehouse(executor, shaped, FIXTURE);
    // a CRM export: early deals without an account, timestamps without time zone
    await executor.run(`ALTER TABLE ${shaped}.opportunities ALTER COLUMN customer_id DROP NOT NULL`);
    await executor.run(`UPDATE ${shaped}.opportunities SET customer_id = NULL WHERE status = 'open'`);
    await executor.run(
      `ALTER TABLE ${shaped}.leads ALTER COLUMN created_at TYPE TIMESTAMP USING timezone('UTC', created_at)`
    );
    try {
      const result = await salesDataSource({ warehouseUid: 'wh-duckdb', schema: shaped }).testDatasource();
      expect(result.status).toBe('success');
      expect(result.message).toMatch(
        /Warnings \(queries run, with these caveats\): .*Column opportunities\.customer_id is NULL in \d+ rows/
      );
      expect(result.message).toContain('Column leads.created_at (TIMESTAMP) is a timestamp without time zone');
      expect(result.message).toContain('The warehouse meets the contract.');
    } finally {
      await dropSchema(executor, shaped);
    }
  });

  it('explains a configuration it cannot use', async () => {
    const result = await salesDataSource({ warehouseUid: 'wh-duckdb', schema: 'bad name' }).testDatasource();
    expect(result).toEqual({ status: 'error', message: expect.stringContaining('"bad name" is not a valid name') });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
}
