/**
 * @jest-environment jsdom
 */
/**
 * Benchmark, not a check: one dashboard refresh of 12 panels (6 distinct SQL statements) through the
 * data source on a DuckDB warehouse of demo data, in the same run as two baselines:
 *   - the same panels without sharing (each panel on a warehouse data source uid of its own, so no
 *     two panels can share a round trip; same engine, same SQL, same concurrency);
 *   - the engine alone (runQuery on the Node executor, no Grafana layer) for the 6 distinct queries.
 * Prints warehouse requests, median milliseconds and the ratios. Nothing is asserted about time.
 *
 *   npm run bench:datasource  (SALESPERF_BENCH_SCALE=1 SALESPERF_BENCH_ROUNDS=7 to change scale and rounds)
 */
import '../lib/environment';

import { CoreApp, type DataQueryRequest, dateTime } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { DataSource } from '../../../src/datasource/DataSource';
import type { SalesDataQuery } from '../../../src/datasource/types';
import { createExecutor, type NodeExecutor } from '../../../src/node/executors';
import { seedWarehouse } from '../../../src/node/seed/seed';
import { runQuery } from '../../../src/sales/engine';
import type { SalesQuery } from '../../../src/sales/types';
import { instanceSettings, TestDataSourceSrv } from '../lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource } from '../lib/sqlStandIn';
import { TestTemplateSrv } from '../lib/templateSrv';

const enabled = process.env.SALESPERF_BENCH === '1';
const scale = Number(process.env.SALESPERF_BENCH_SCALE ?? 1);
const rounds = Number(process.env.SALESPERF_BENCH_ROUNDS ?? 7);
const schema = 'bench';
const zone = 'Europe/Berlin';
const range = { from: Date.parse('2025-01-01T00:00:00+01:00'), to: Date.parse('2026-01-01T00:00:00+01:00') };

const KPIS: SalesQuery = {
  kind: 'metrics',
  metrics: ['bookings', 'won_deals', 'win_rate', 'avg_deal_size', 'open_pipeline', 'new_customers'],
};
const TREND: SalesQuery = { kind: 'timeseries', metrics: ['bookings'], grain: 'month', compare: 'previous_year' };
const DISTINCT: SalesQuery[] = [
  KPIS,
  TREND,
  { kind: 'funnel', mode: 'reached', measure: 'count' },
  { kind: 'attainment', metric: 'bookings', groupBy: ['region'], pace: 'linear' },
  {
    kind: 'scorecard',
    entity: 'rep',
    metrics: [
      { id: 'bookings', weight: 2 },
      { id: 'win_rate', weight: 1 },
    ],
    normalize: 'percentile',
  },
  { kind: 'metrics', metrics: ['bookings', 'win_rate'], groupBy: ['team'] },
];
// six stat panels show one field each of the same KPI query; two panels show the same trend
const PANELS: SalesQuery[] = [KPIS, KPIS, KPIS, KPIS, KPIS, KPIS, TREND, TREND, ...DISTINCT.slice(2)];

function request(query: SalesQuery, panel: number): DataQueryRequest<SalesDataQuery> {
  return {
    requestId: `Q${panel}`,
    interval: '1d',
    intervalMs: 86_400_000,
    range: { from: dateTime(range.from), to: dateTime(range.to), raw: { from: 'now-1y', to: 'now' } },
    scopedVars: {},
    targets: [{ refId: 'A', ...query } as SalesDataQuery],
    timezone: zone,
    app: CoreApp.Dashboard,
    startTime: Date.now(),
    panelId: panel,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

(enabled ? describe : describe.skip)(
  `dashboard refresh benchmark (scale ${scale}; set SALESPERF_BENCH=1 to run)`,
  () => {
    let executor: NodeExecutor;

    beforeAll(async () => {
      await initPluginTranslations('seed-salesperf-datasource', []);
      executor = createExecutor('duckdb', ':memory:');
      await seedWarehouse(executor, { schema, seed: 7, scale, end: '2025-12-31' });
      const uids = ['shared', ...PANELS.map((_, panel) => `own-${panel}`)];
      setDataSourceSrv(
        new TestDataSourceSrv(
          uids.map((uid) => {
            const settings = instanceSettings(uid, 'motherduck-duckdb-datasource', uid);
            return { settings, api: new StandInSqlDataSource(settings) };
          })
        )
      );
      setTemplateSrv(new TestTemplateSrv());
    }, 600_000);

    afterAll(async () => {
      await executor?.close();
    });

    it('prints requests and times of a refresh with and without sharing, and of the engine alone', async () => {
      const backend = installSqlBackend(new Proxy({}, { get: () => executor }) as Record<string, NodeExecutor>);
      const refresh = async (shared: boolean) => {
        const before = backend.calls.length;
        const started = performance.now();
        const responses = await Promise.all(
          PANELS.map((query, panel) => {
            const ds = new DataSource(
              instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales', {
                warehouseUid: shared ? 'shared' : `own-${panel}`,
                schema,
              })
            );
            return lastValueFrom(ds.query(request(query, panel)));
          })
        );
        const failed = responses.flatMap((response) => response.errors ?? []);
        if (failed.length) {
          throw new Error(failed.map((error) => error.message).join('\n'));
        }
        return { ms: performance.now() - started, requests: backend.calls.length - before };
      };
      const engineAlone = async () => {
        const started = performance.now();
        await Promise.all(
          DISTINCT.map((query) =>
            runQuery(query, {
              executor,
              location: { schema },
              range,
              currentTime: range.to,
              timeZone: zone,
              fiscalYearStartMonth: 1,
            })
          )
        );
        return performance.now() - started;
      };

      await refresh(true);
      await refresh(false);
      await engineAlone();
      const times = { shared: [] as number[], unshared: [] as number[], engine: [] as number[] };
      let requests = { shared: 0, unshared: 0 };
      for (let round = 0; round < rounds; round++) {
        // alternate the order so that neither case always runs on a warmer cache
        const order =
          round % 2 ? (['unshared', 'shared', 'engine'] as const) : (['shared', 'engine', 'unshared'] as const);
        for (const name of order) {
          if (name === 'engine') {
            times.engine.push(await engineAlone());
          } else {
            const result = await refresh(name === 'shared');
            times[name].push(result.ms);
            requests = { ...requests, [name]: result.requests };
          }
        }
      }
      const [shared, unshared, engine] = [median(times.shared), median(times.unshared), median(times.engine)];
      // eslint-disable-next-line no-console
      console.log(
        [
          `dashboard refresh, ${PANELS.length} panels, ${DISTINCT.length} distinct statements, DuckDB scale ${scale}, median of ${rounds} rounds`,
          `  shared in-flight SQL : ${requests.shared} warehouse requests, ${shared.toFixed(1)} ms`,
          `  without sharing      : ${requests.unshared} warehouse requests, ${unshared.toFixed(1)} ms`,
          `  engine alone (${DISTINCT.length} q)   : ${engine.toFixed(1)} ms`,
          `  ratio without/with sharing: ${(unshared / shared).toFixed(2)}; data source / engine alone: ${(shared / engine).toFixed(2)}`,
        ].join('\n')
      );
      expect(requests).toEqual({ shared: DISTINCT.length, unshared: PANELS.length });
    }, 600_000);
  }
);
