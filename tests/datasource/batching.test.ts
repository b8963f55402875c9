/**
 * @jest-environment jsdom
 */
/**
 * Batching end to end on every engine under test: the panels of one refresh go through
 * DataSource.query() at once, and the wall's stat queries (metrics of the same range, comparison and
 * filters) are answered by one statement. Each panel's frames must be exactly those it gets when it
 * runs alone, but for meta.executedQueryString, which shows the statement that ran; and the refresh
 * must send fewer statements than the panels alone do.
 */
import './lib/environment';

import fs from 'fs';
import path from 'path';

import { CoreApp, type DataFrame, type DataQueryRequest, type DataQueryResponse, dateTime } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { DataSource } from '../../src/datasource/DataSource';
import type { SalesDataQuery } from '../../src/datasource/types';
import { FIXTURE, FIXTURE_ZONE, Q1_2024 } from '../fixtures/handmade';
import {
  createExecutor,
  dropSchema,
  enginesUnderTest,
  loadWarehouse,
  scratchSchemaName,
  skipEnginesNotRun,
} from '../lib/warehouses';
import { instanceSettings, TestDataSourceSrv, WAREHOUSE_GRAFANA_TYPE } from './lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource, type TestBackend } from './lib/sqlStandIn';
import { TestTemplateSrv, type TestVariable } from './lib/templateSrv';

interface Dashboard {
  panels: Array<{ title: string; targets?: SalesDataQuery[]; panels?: Dashboard['panels'] }>;
}

/** The executive wall's stat panels: metrics queries of this quarter against the previous one. */
function wallStats(): SalesDataQuery[] {
  const file = path.resolve(__dirname, '../../dashboards/executive-wall.json');
  const wall = JSON.parse(fs.readFileSync(file, 'utf8')) as Dashboard;
  const panels = wall.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  return panels.flatMap((panel) =>
    (panel.targets ?? []).filter((target) => target.kind === 'metrics' && !(target.groupBy ?? []).length)
  );
}

const stat = (metrics: string[], extra: Partial<SalesDataQuery> = {}): SalesDataQuery =>
  ({
    refId: 'A',
    kind: 'metrics',
    metrics,
    compare: 'previous_period',
    compareToDate: true,
    filters: [{ dimension: 'region', op: 'in', values: ['$region'] }],
    ...extra,
  }) as SalesDataQuery;

function attainment(metric: string, period: string, groupBy: string[], pace = 'linear'): SalesDataQuery {
  return {
    refId: 'A',
    kind: 'attainment',
    metric,
    period,
    pace,
    groupBy,
    filters: [{ dimension: 'region', op: 'in', values: ['$region'] }],
  } as SalesDataQuery;
}

/** The panels with a time range of their own, and it (the others have the dashboard's, Q1 2024). */
const MARCH_2024 = { from: Date.parse('2024-03-01T05:00:00Z'), to: Date.parse('2024-04-01T04:00:00Z'), raw: 'now/M' };
const MONTH_PANEL = attainment('bookings', 'month', ['rep']);
const OWN_RANGES = new Map([[MONTH_PANEL, MARCH_2024]]);

function byChannel(metrics: string[]): SalesDataQuery {
  return {
    refId: 'A',
    kind: 'metrics',
    metrics,
    groupBy: ['channel'],
    filters: [{ dimension: 'channel', op: 'in', values: ['$channel'] }],
  } as SalesDataQuery;
}

/** Panels besides the wall's: some merge with it or with each other, some cannot. */
const OTHERS: SalesDataQuery[] = [
  // snapshots rebuilt at the previous period's end, one without a previous value: notices of their own
  stat(['open_pipeline', 'commit_pipeline']),
  stat(['bookings', 'won_deals'], { refId: 'B', groupBy: ['region'] }),
  stat(['bookings'], { compare: 'previous_year', compareToDate: false }),
  stat(['win_rate', 'collections'], { compare: 'previous_year', compareToDate: false }),
  stat(['no_such_metric']),
  { refId: 'A', kind: 'timeseries', metrics: ['bookings'], grain: 'month' } as SalesDataQuery,
  // grouped queries merge only where they read the same rows: CAC and LTV with and without their ratio …
  byChannel(['cac', 'ltv', 'ltv_cac']),
  byChannel(['cac', 'ltv']),
  // … but not won deals by region with bookings and won deals by region (the groups with bookings differ)
  stat(['won_deals'], { groupBy: ['region'] }),
  // attainment of one metric, grouping and filters, in one statement whatever the period and linear or
  // working-day pacing; each gets the groups with rows or targets in its own period (reps without
  // bookings this month have some this year)
  attainment('bookings', 'quarter', ['rep']),
  attainment('bookings', 'month', ['rep']),
  attainment('bookings', 'year', ['rep']),
  attainment('bookings', 'quarter', ['rep'], 'working_days'),
  attainment('bookings', 'quarter', ['rep'], 'seasonal'),
  attainment('bookings', 'month', []),
  attainment('bookings', 'year', []),
  attainment('visits', 'month', ['team']),
  attainment('visits', 'year', ['team']),
  attainment('new_customers', 'month', ['region']),
  attainment('new_customers', 'quarter', ['region']),
  attainment('collections', 'month', ['region']),
  attainment('collections', 'year', ['region']),
  // a panel of its own range (this month, as a panel's relative time gives it) merges too
  MONTH_PANEL,
];
const GROUPED = { cacLtv: [OTHERS.length - 17, OTHERS.length - 16], regions: [1, OTHERS.length - 15] };
/** the attainment panels by rep: the first four merge, the seasonal one runs alone */
const ATTAINMENT_BY_REP = [0, 1, 2, 3, 4].map((index) => OTHERS.length - 14 + index);

const ALL = (name: string): TestVariable => ({ name, value: '$__all', includeAll: true, multi: true, options: [] });
const REFRESHES: Array<{ name: string; variables: TestVariable[] }> = [
  {
    name: 'both regions, everything else All',
    variables: [{ name: 'region', value: ['East', 'West'] }, ALL('team'), ALL('rep'), ALL('product'), ALL('channel')],
  },
  {
    // collections cannot be filtered by product: the wall's collections panel has fewer filters
    name: 'one region and one product',
    variables: [
      { name: 'region', value: ['East'] },
      ALL('team'),
      ALL('rep'),
      { name: 'product', value: ['p1'] },
      ALL('channel'),
    ],
  },
];

const schema = scratchSchemaName('ds_batch');
const engines = enginesUnderTest();
let backend: TestBackend;

function request(target: SalesDataQuery, panelId: number): DataQueryRequest<SalesDataQuery> {
  return {
    requestId: `SQR${panelId}`,
    interval: '1d',
    intervalMs: 86_400_000,
    range: rangeOf(target),
    scopedVars: {},
    targets: [target],
    timezone: FIXTURE_ZONE,
    app: CoreApp.Dashboard,
    startTime: Date.now(),
    panelId,
  };
}

function rangeOf(target: SalesDataQuery) {
  const own = OWN_RANGES.get(target);
  const [from, to, raw] = own ? [own.from, own.to, own.raw] : [Q1_2024.from, Q1_2024.to, 'now/fQ'];
  return { from: dateTime(from), to: dateTime(to - 1), raw: { from: raw, to: raw } };
}

/** The response without the statement that ran, which batching may change. */
function withoutSql(response: DataQueryResponse) {
  return {
    ...response,
    data: (response.data as DataFrame[]).map((frame) => {
      const { executedQueryString: _sql, ...meta } = frame.meta ?? {};
      return { ...frame, meta };
    }),
  };
}

const sqlOf = (response: DataQueryResponse) => (response.data as DataFrame[])[0]?.meta?.executedQueryString;

beforeAll(async () => {
  await initPluginTranslations('seed-salesperf-datasource', []);
});

skipEnginesNotRun();

describe.each(engines)('batching the panels of a refresh on $label', ({ engine, url }) => {
  const executor = createExecutor(engine, url);
  const uid = `wh-${engine}`;
  let ds: DataSource;

  function useRuntime(variables: TestVariable[]) {
    const settings = instanceSettings(uid, WAREHOUSE_GRAFANA_TYPE[engine], `Warehouse ${engine}`, { database: schema });
    setDataSourceSrv(new TestDataSourceSrv([{ settings, api: new StandInSqlDataSource(settings) }]));
    setTemplateSrv(new TestTemplateSrv(variables));
  }

  /** A refresh: every panel's query() at once, as Grafana issues them; and the statements it sent. */
  async function refresh(panels: SalesDataQuery[]) {
    const before = backend.calls.length;
    const responses = await Promise.all(panels.map((panel, index) => lastValueFrom(ds.query(request(panel, index)))));
    return { responses, statements: backend.calls.length - before };
  }

  /** The same panels one after the other, so that none can be batched with another. */
  async function oneByOne(panels: SalesDataQuery[]) {
    const before = backend.calls.length;
    const responses: DataQueryResponse[] = [];
    for (const [index, panel] of panels.entries()) {
      responses.push(await lastValueFrom(ds.query(request(panel, index))));
    }
    return { responses, statements: backend.calls.length - before };
  }

  beforeAll(async () => {
    await loadWarehouse(executor, schema, FIXTURE);
    backend = installSqlBackend({ [uid]: executor });
    ds = new DataSource(
      // nothing kept between refreshes: each one reads the warehouse, so batched and alone are compared
      instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', {
        warehouseUid: uid,
        schema,
        closedPeriodCacheMinutes: 0,
      })
    );
    useRuntime(REFRESHES[0].variables);
    // the warehouse profile is read once, before any refresh is measured
    await lastValueFrom(ds.query(request({ refId: 'A', kind: 'values', dimension: 'region' } as SalesDataQuery, 0)));
  });

  afterAll(async () => {
    await dropSchema(executor, schema).catch(() => undefined);
    await executor.close();
  });

  it.each(REFRESHES)(
    'gives every panel the frames it gets alone, from fewer statements ($name)',
    async ({ variables }) => {
      useRuntime(variables);
      const stats = wallStats();
      expect(stats).toHaveLength(6);
      const panels = [...stats, ...OTHERS];

      const alone = await oneByOne(panels);
      const batched = await refresh(panels);

      expect(batched.responses.map(withoutSql)).toEqual(alone.responses.map(withoutSql));
      expect(batched.statements).toBeLessThan(alone.statements);
      // the frames are not empty: the comparison says something
      const [bookings] = alone.responses[0].data as DataFrame[];
      expect(bookings.fields.map((field) => field.name)).toEqual(['bookings', 'bookings_previous', 'bookings_change']);
      expect(alone.responses.find((response) => response.errors)?.errors?.[0].message).toMatch(/no_such_metric/);

      // the wall's deal stats ran as one statement, and each frame shows that statement
      const wallSql = batched.responses.slice(0, 5).map(sqlOf);
      expect(new Set(wallSql).size).toBe(1);
      expect(backend.calls.some((call) => call.queries[0].rawSql === wallSql[0])).toBe(true);
      expect(wallSql[0]).not.toBe(sqlOf(alone.responses[0]));

      const others = batched.responses.slice(stats.length);
      const [cac, cacOnly] = GROUPED.cacLtv.map((index) => others[index]);
      expect((cac.data as DataFrame[])[0].length).toBeGreaterThan(1);
      expect(sqlOf(cacOnly)).toBe(sqlOf(cac));
      expect(sqlOf(cacOnly)).not.toBe(sqlOf(alone.responses[stats.length + GROUPED.cacLtv[1]]));
      const [byRegion, wonByRegion] = GROUPED.regions.map((index) => others[index]);
      expect(sqlOf(byRegion)).not.toBe(sqlOf(wonByRegion));

      const byRep = ATTAINMENT_BY_REP.map((index) => others[index]);
      expect(new Set(byRep.slice(0, 4).map(sqlOf)).size).toBe(1);
      expect(sqlOf(byRep[4])).not.toBe(sqlOf(byRep[0]));
      const [quarter, month] = byRep.map((response) => (response.data as DataFrame[])[0]);
      // not vacuous: the month has fewer reps than the quarter
      expect(month.length).toBeGreaterThan(0);
      expect(month.length).toBeLessThan(quarter.length);
      // March's panel, of its own range, shares the statement (the others' month is January, the range's first)
      const ownMonth = others[OTHERS.indexOf(MONTH_PANEL)];
      expect(sqlOf(ownMonth)).toBe(sqlOf(byRep[0]));
      expect((ownMonth.data as DataFrame[])[0].length).toBeGreaterThan(0);
    }
  );

  it('cancelling one panel leaves the statement it shared with others running for them', async () => {
    useRuntime(REFRESHES[0].variables);
    const [bookings, wonDeals] = wallStats();
    const alone = await lastValueFrom(ds.query(request(wonDeals, 2)));
    const before = backend.calls.length;
    backend.hold();
    const cancelled = ds.query(request(bookings, 1)).subscribe();
    const kept = lastValueFrom(ds.query(request(wonDeals, 2)));
    try {
      // the batch window passes and the merged statement is sent before the first panel goes away
      await new Promise((resolve) => setTimeout(resolve, 50));
      cancelled.unsubscribe();
    } finally {
      backend.release();
    }
    expect(withoutSql(await kept)).toEqual(withoutSql(alone));
    const sent = backend.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].cancelled).toBe(false);
  });

  // last: it drops a table
  it('a merged statement that fails gives each panel what it gets alone: its frames or its error', async () => {
    useRuntime(REFRESHES[0].variables);
    const panels = wallStats();
    await executor.run(`DROP TABLE ${schema}.payments`);
    const alone = await oneByOne(panels);
    const batched = await refresh(panels);
    expect(batched.responses.map(withoutSql)).toEqual(alone.responses.map(withoutSql));
    expect(alone.responses[5].errors?.[0].message).toMatch(/payments/);
    expect(alone.responses[0].errors).toBeUndefined();
  });
});
