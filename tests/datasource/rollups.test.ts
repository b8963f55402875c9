/**
 * @jest-environment jsdom
 */
/**
 * The data source reads rollups (issue 23): on every engine, after `salesperf rollup`'s statements have
 * built the fixture's daily rollups as of FIXTURE_NOW, a data source naming their schema answers a
 * refresh of flow-metric panels with the frames of one that does not, while its statements read the
 * rollup schema (the other's never do). Rollups older than the maximum age are not read, a schema with
 * no freshness table answers from the fact tables without an error, and "Save & test" says which it
 * is. Statements are counted where the stand-in Grafana SQL backend receives them.
 */
import './lib/environment';

import {
  CoreApp,
  type DataFrame,
  dataFrameToJSON,
  type DataQueryRequest,
  dateTime,
  type RawTimeRange,
} from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { DataSource } from '../../src/datasource/DataSource';
import type { SalesDataQuery, SalesDataSourceOptions } from '../../src/datasource/types';
import { ROLLUP_FRESHNESS_TABLE } from '../../src/sales/sql/rollups';
import { FIXTURE, FIXTURE_NOW, FIXTURE_ZONE, Q1_2024 } from '../fixtures/handmade';
import { buildRollups } from '../lib/rollups';
import { describeOnEveryEngine } from '../lib/warehouses';
import { instanceSettings, TestDataSourceSrv, WAREHOUSE_GRAFANA_TYPE } from './lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource, type TestBackend } from './lib/sqlStandIn';
import { TestTemplateSrv } from './lib/templateSrv';

const HOUR = 3_600_000;
const WAREHOUSE_UID = 'warehouse';
/** March 2023 to March 2024 in New York */
const THIRTEEN_MONTHS = { from: Date.parse('2023-03-01T05:00:00Z'), to: Q1_2024.to };

const QUARTER: SalesDataQuery[] = [
  {
    refId: 'by-region',
    kind: 'metrics',
    metrics: ['bookings', 'win_rate', 'avg_deal_size', 'pipeline_created', 'leads_created'],
    groupBy: ['region'],
  },
  {
    refId: 'bookings-to-date',
    kind: 'metrics',
    metrics: ['bookings'],
    compare: 'previous_period',
    compareToDate: true,
  },
];
const SERIES: SalesDataQuery[] = [
  {
    refId: 'by-month',
    kind: 'timeseries',
    metrics: ['bookings', 'opportunities_created', 'win_rate'],
    grain: 'month',
    compare: 'previous_year',
  },
];

let now = FIXTURE_NOW;

function request(
  targets: SalesDataQuery[],
  range: { from: number; to: number },
  raw: RawTimeRange,
  skipQueryCache = false
): DataQueryRequest<SalesDataQuery> {
  return {
    requestId: `rollups-${targets[0].refId}`,
    interval: '1d',
    intervalMs: 86_400_000,
    range: { from: dateTime(range.from), to: dateTime(range.to - 1), raw },
    scopedVars: {},
    targets,
    timezone: FIXTURE_ZONE,
    app: CoreApp.Dashboard,
    startTime: now,
    skipQueryCache,
  };
}

/** Frame values by refId, floats to 12 significant digits (sums split between rollup and fact differ in the last bit). */
async function refresh(ds: DataSource, skipQueryCache = false): Promise<Record<string, unknown[]>> {
  const responses = await Promise.all([
    lastValueFrom(ds.query(request(QUARTER, Q1_2024, { from: 'now/fQ', to: 'now/fQ' }, skipQueryCache))),
    lastValueFrom(ds.query(request(SERIES, THIRTEEN_MONTHS, { from: 'now-12M/M', to: 'now/M' }, skipQueryCache))),
  ]);
  const frames: Record<string, unknown[]> = {};
  for (const response of responses) {
    expect(response.errors ?? []).toEqual([]);
    for (const frame of response.data as DataFrame[]) {
      const json = dataFrameToJSON(frame);
      (frames[frame.refId!] ??= []).push({
        fields: json.schema?.fields.map((field) => field.name),
        values: json.data?.values.map((column) =>
          column.map((value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value))
        ),
      });
    }
  }
  expect(Object.keys(frames).sort()).toEqual(['bookings-to-date', 'by-month', 'by-region']);
  return frames;
}

const rollupSchemaOf = (schema: string) => `${schema}_rollups`;
/** a schema where no rollup was ever built */
const unbuiltSchemaOf = (schema: string) => `${schema}_unbuilt`;

describeOnEveryEngine(
  'the data source reading rollups on $label',
  'ds_rollups',
  FIXTURE,
  ({ engine, executor, schema }) => {
    const rollupSchema = rollupSchemaOf(schema);
    let backend: TestBackend;

    function salesDataSource(options: Partial<SalesDataSourceOptions> = {}): DataSource {
      const jsonData: SalesDataSourceOptions = {
        warehouseUid: WAREHOUSE_UID,
        schema,
        closedPeriodCacheMinutes: 0,
        ...options,
      };
      return new DataSource(instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', jsonData));
    }

    /** The SQL statements `work` sent to the warehouse. */
    async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
      const before = backend.calls.length;
      await work();
      return backend.calls.slice(before).flatMap((call) => call.queries.map((query) => query.rawSql ?? ''));
    }

    const freshnessReads = (statements: string[]) =>
      statements.filter((sql) => sql.includes(ROLLUP_FRESHNESS_TABLE)).length;
    /** the statements of panels (not the freshness read) that read the rollup schema */
    const rollupReads = (statements: string[]) =>
      statements.filter((sql) => sql.includes(rollupSchema) && !sql.includes(ROLLUP_FRESHNESS_TABLE)).length;

    let plainFrames: Record<string, unknown[]>;

    beforeAll(async () => {
      await initPluginTranslations('seed-salesperf-datasource', []);
      const settings = instanceSettings(WAREHOUSE_UID, WAREHOUSE_GRAFANA_TYPE[engine], 'Warehouse', {
        database: schema,
      });
      setDataSourceSrv(new TestDataSourceSrv([{ settings, api: new StandInSqlDataSource(settings) }]));
      setTemplateSrv(new TestTemplateSrv([]));
      backend = installSqlBackend({ [WAREHOUSE_UID]: executor });
      jest.spyOn(Date, 'now').mockImplementation(() => now);
      await buildRollups(executor, schema, rollupSchema);
      now = FIXTURE_NOW;
      const plain = salesDataSource();
      const statementsPlain = await statementsOf(async () => (plainFrames = await refresh(plain)));
      // a data source without a rollup schema never reads one
      expect(statementsPlain.filter((sql) => sql.includes(rollupSchema))).toEqual([]);
    });

    afterAll(() => {
      jest.restoreAllMocks();
    });

    it('answers the frames of the fact tables while reading the rollups, their state once per five minutes', async () => {
      now = FIXTURE_NOW;
      const ds = salesDataSource({ rollupSchema });
      let frames: Record<string, unknown[]> = {};
      const cold = await statementsOf(async () => (frames = await refresh(ds)));
      expect(frames).toEqual(plainFrames);
      expect(freshnessReads(cold)).toBe(1);
      expect(rollupReads(cold)).toBeGreaterThanOrEqual(3);

      now = FIXTURE_NOW + 60_000;
      const warm = await statementsOf(async () => (frames = await refresh(ds)));
      expect(frames).toEqual(plainFrames);
      expect(freshnessReads(warm)).toBe(0);
      expect(rollupReads(warm)).toBe(rollupReads(cold));

      // Show SQL shows the statement that runs
      const range = {
        from: dateTime(Q1_2024.from),
        to: dateTime(Q1_2024.to - 1),
        raw: { from: 'now/fQ', to: 'now/fQ' },
      };
      expect((await ds.compiledSql(QUARTER[0], range, FIXTURE_ZONE)).sql).toContain(rollupSchema);
      expect((await salesDataSource().compiledSql(QUARTER[0], range, FIXTURE_ZONE)).sql).not.toContain(rollupSchema);

      // a forced refresh (the refresh picker, Explore) reads the state again
      const forced = await statementsOf(() => refresh(ds, true));
      expect(freshnessReads(forced)).toBe(1);
      now = FIXTURE_NOW + 6 * 60_000;
      expect(freshnessReads(await statementsOf(() => refresh(ds)))).toBe(1);
    });

    it('does not read rollups older than the maximum age', async () => {
      now = FIXTURE_NOW + 2 * HOUR;
      for (const [hours, read] of [
        [1, false],
        [3, true],
      ] as const) {
        const ds = salesDataSource({ rollupSchema, rollupMaxAgeHours: hours });
        let frames: Record<string, unknown[]> = {};
        const statements = await statementsOf(async () => (frames = await refresh(ds)));
        expect(freshnessReads(statements)).toBe(1);
        expect(rollupReads(statements) > 0).toBe(read);
        // two hours later the current month holds two more hours, the same for both
        expect(frames).toEqual(await refresh(salesDataSource()));
      }
    });

    it('answers from the fact tables when the rollup schema has no freshness table, trying again after five minutes', async () => {
      now = FIXTURE_NOW;
      const ds = salesDataSource({ rollupSchema: unbuiltSchemaOf(schema) });
      let frames: Record<string, unknown[]> = {};
      const first = await statementsOf(async () => (frames = await refresh(ds)));
      expect(frames).toEqual(plainFrames);
      expect(first.filter((sql) => sql.includes(unbuiltSchemaOf(schema)))).toHaveLength(1);
      now = FIXTURE_NOW + 60_000;
      expect(freshnessReads(await statementsOf(() => refresh(ds)))).toBe(0);
      now = FIXTURE_NOW + 5 * 60_000;
      expect(freshnessReads(await statementsOf(() => refresh(ds)))).toBe(1);
    });

    it('says in "Save & test" what the rollup schema holds', async () => {
      now = FIXTURE_NOW;
      const fresh = await salesDataSource({ rollupSchema }).testDatasource();
      expect(fresh.status).toBe('success');
      expect(fresh.message).toContain(
        `Rollups in "${rollupSchema}": built 2024-03-15T16:00:00.000Z, hold the days before 2024-03-15 in America/New_York`
      );
      expect(fresh.message).toMatch(/^Warehouse "Warehouse"/);

      now = FIXTURE_NOW + 40 * HOUR;
      const stale = await salesDataSource({ rollupSchema }).testDatasource();
      expect(stale.status).toBe('success');
      expect(stale.message).toContain(
        `Rollups in "${rollupSchema}" were built 2024-03-15T16:00:00.000Z, more than the maximum age of 36 hours ago, so they are not read`
      );

      now = FIXTURE_NOW;
      const unbuilt = await salesDataSource({ rollupSchema: unbuiltSchemaOf(schema) }).testDatasource();
      expect(unbuilt.status).toBe('success');
      expect(unbuilt.message).toContain(
        `Rollups: schema "${unbuiltSchemaOf(schema)}" has no rollup freshness table (they were never built there, or are being rebuilt), so queries read the fact tables: run \`salesperf rollup\` to build them.`
      );

      const none = await salesDataSource().testDatasource();
      expect(none.message).not.toContain('Rollups');
    });
  },
  { alsoDrop: (schema) => [rollupSchemaOf(schema)] }
);
