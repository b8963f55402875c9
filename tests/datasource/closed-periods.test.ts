/**
 * @jest-environment jsdom
 */
/**
 * Closed periods are read once (issue 23): on every engine, a data source keeping closed-period
 * results splits a series at its open bucket and a comparison at its current window, answers frames
 * equal to those of the single statements (a data source keeping nothing runs those), and one minute
 * later reads only the open periods again. Statements are counted where the stand-in Grafana SQL
 * backend receives them.
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
import { FIXTURE, FIXTURE_NOW, FIXTURE_ZONE, Q1_2024 } from '../fixtures/handmade';
import { describeOnEveryEngine } from '../lib/warehouses';
import { instanceSettings, TestDataSourceSrv, WAREHOUSE_GRAFANA_TYPE } from './lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource, type TestBackend } from './lib/sqlStandIn';
import { TestTemplateSrv } from './lib/templateSrv';

const MINUTE = 60_000;
const WAREHOUSE_UID = 'warehouse';
/** March 2023 to March 2024 in New York: twelve closed months and the one holding now */
const THIRTEEN_MONTHS = { from: Date.parse('2023-03-01T05:00:00Z'), to: Q1_2024.to };

const filters = [{ dimension: 'region', op: 'not_in', values: ['Nowhere'] }] as SalesDataQuery['filters'];

const SERIES: SalesDataQuery[] = [
  { refId: 'series', kind: 'timeseries', metrics: ['bookings', 'win_rate'], grain: 'month', filters },
  { refId: 'series-by-region', kind: 'timeseries', metrics: ['bookings'], grain: 'month', groupBy: ['region'] },
  // the complete months of history apart from the current one (and its pipeline)
  {
    refId: 'forecast',
    kind: 'forecast',
    metric: 'bookings',
    grain: 'month',
    method: 'linear',
    lookback: 6,
    horizon: 2,
  },
  {
    refId: 'forecast-pipeline',
    kind: 'forecast',
    metric: 'bookings',
    grain: 'quarter',
    method: 'pipeline',
    lookback: 4,
    horizon: 1,
    filters,
  },
];
const QUARTER: SalesDataQuery[] = [
  {
    refId: 'comparison',
    kind: 'metrics',
    metrics: ['bookings', 'win_rate', 'avg_deal_size', 'won_deals'],
    compare: 'previous_period',
    compareToDate: true,
    filters,
  },
  // a snapshot depends on now: never split, never kept
  { refId: 'snapshot', kind: 'metrics', metrics: ['open_pipeline'], compare: 'previous_period', compareToDate: true },
  // groups: a group of one window only has no value the split could give it
  { refId: 'by-region', kind: 'metrics', metrics: ['bookings'], groupBy: ['region'], compare: 'previous_period' },
];
/** statements the single-statement refresh runs, and those of the split one that read closed periods */
const SINGLE_STATEMENTS = SERIES.length + QUARTER.length;
const CLOSED_PARTS = 5;

let now = FIXTURE_NOW;

function request(
  targets: SalesDataQuery[],
  range: { from: number; to: number },
  raw: RawTimeRange
): DataQueryRequest<SalesDataQuery> {
  return {
    requestId: `closed-${targets[0].refId}`,
    interval: '1d',
    intervalMs: 86_400_000,
    range: { from: dateTime(range.from), to: dateTime(range.to - 1), raw },
    scopedVars: {},
    targets,
    timezone: FIXTURE_ZONE,
    app: CoreApp.Dashboard,
    startTime: now,
  };
}

/** The frames of one refresh by refId, without the SQL they name (the split ones name their parts). */
async function refresh(ds: DataSource): Promise<Record<string, unknown[]>> {
  const responses = await Promise.all([
    lastValueFrom(ds.query(request(SERIES, THIRTEEN_MONTHS, { from: 'now-12M/M', to: 'now/M' }))),
    lastValueFrom(ds.query(request(QUARTER, Q1_2024, { from: 'now/fQ', to: 'now/fQ' }))),
  ]);
  const frames: Record<string, unknown[]> = {};
  for (const response of responses) {
    expect(response.errors ?? []).toEqual([]);
    for (const frame of response.data as DataFrame[]) {
      const json = dataFrameToJSON(frame);
      const { executedQueryString: _sql, ...meta } = json.schema?.meta ?? {};
      (frames[frame.refId!] ??= []).push({ ...json, schema: { ...json.schema, meta } });
    }
  }
  return frames;
}

describeOnEveryEngine('closed periods on $label', 'closed_periods', FIXTURE, ({ engine, executor, schema }) => {
  let backend: TestBackend;

  function salesDataSource(closedPeriodCacheMinutes: number): DataSource {
    const jsonData: SalesDataSourceOptions = { warehouseUid: WAREHOUSE_UID, schema, closedPeriodCacheMinutes };
    return new DataSource(instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', jsonData));
  }

  /** The SQL statements `work` sent to the warehouse. */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const before = backend.calls.length;
    await work();
    return backend.calls.slice(before).flatMap((call) => call.queries.map((query) => query.rawSql ?? ''));
  }

  beforeAll(async () => {
    await initPluginTranslations('seed-salesperf-datasource', []);
    const settings = instanceSettings(WAREHOUSE_UID, WAREHOUSE_GRAFANA_TYPE[engine], 'Warehouse', { database: schema });
    setDataSourceSrv(new TestDataSourceSrv([{ settings, api: new StandInSqlDataSource(settings) }]));
    setTemplateSrv(new TestTemplateSrv([]));
    backend = installSqlBackend({ [WAREHOUSE_UID]: executor });
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });

  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('answers the frames of the single statements, then reads only the open periods one minute later', async () => {
    now = FIXTURE_NOW;
    const single = salesDataSource(0);
    const keeping = salesDataSource(60);
    // the warehouse profile is read once per instance, before the refreshes counted here
    for (const ds of [single, keeping]) {
      const values: SalesDataQuery = { refId: 'warm-up', kind: 'values', dimension: 'region' };
      await lastValueFrom(ds.query(request([values], Q1_2024, { from: 'now/fQ', to: 'now/fQ' })));
    }

    let singleFrames: Record<string, unknown[]> = {};
    const singleStatements = await statementsOf(async () => (singleFrames = await refresh(single)));
    expect(singleStatements).toHaveLength(SINGLE_STATEMENTS);

    let coldFrames: Record<string, unknown[]> = {};
    const coldStatements = await statementsOf(async () => (coldFrames = await refresh(keeping)));
    expect(coldStatements).toHaveLength(SINGLE_STATEMENTS + CLOSED_PARTS);
    expect(coldFrames).toEqual(singleFrames);

    now = FIXTURE_NOW + MINUTE;
    let warmFrames: Record<string, unknown[]> = {};
    const warmStatements = await statementsOf(async () => (warmFrames = await refresh(keeping)));
    expect(warmStatements).toHaveLength(SINGLE_STATEMENTS);
    // what is not read again: the closed parts of the cold refresh
    expect(coldStatements.filter((sql) => !warmStatements.includes(sql)).length).toBeGreaterThanOrEqual(CLOSED_PARTS);
    expect(warmFrames).toEqual(await refresh(single));
  });
});
