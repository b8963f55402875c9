/**
 * Every alert statement, its time macros expanded exactly as the warehouse's Grafana data source
 * expands them, returns on every engine the numbers `salesperf query` (the engine) gives for the same
 * window and instant, on the hand-made fixture: every alertable metric, every window, both pacings,
 * at an afternoon, at a local midnight and across the daylight-saving change (see specsAt).
 */
import { listMetrics } from '../../src/sales/catalog/metrics';
import type { AlertSpec } from '../../src/sales/alerts/alertable';
import { ALERT_WINDOW_NAMES, type AlertWindow } from '../../src/sales/alerts/windows';
import { FIXTURE, FIXTURE_NOW, FIXTURE_ZONE } from '../fixtures/handmade';
import { describeOnEveryEngine } from '../lib/warehouses';
import { evaluateBoth, expectSameInstances } from './lib/compare';

const PACED = ['target', 'attainment', 'expected_to_date', 'pace', 'gap', 'required_run_rate', 'projected', 'coverage'];

const INSTANTS: Array<[string, number]> = [
  ['Friday 2024-03-15 12:00 New York', FIXTURE_NOW],
  // exactly local midnight: now's date is today, not tomorrow
  ['Sunday 2024-03-10 00:00 New York, the day clocks go forward', Date.parse('2024-03-10T05:00:00Z')],
  // the 23-hour day, after the change
  ['Sunday 2024-03-10 15:00 New York', Date.parse('2024-03-10T19:00:00Z')],
];

const WINDOWS: AlertWindow[] = [...(ALERT_WINDOW_NAMES as AlertWindow[]), { lastDays: 7 }, { lastDays: 100 }];

function regionOrNone(metric: string): AlertSpec['groupBy'] {
  const def = listMetrics().find((m) => m.id === metric)!;
  return def.dimensions.includes('region') ? ['region'] : undefined;
}

/** Every alertable metric outside the target family, this quarter, by region where it has one. */
const METRIC_SPECS: AlertSpec[] = listMetrics()
  .filter((metric) => !metric.targetBased)
  .map((metric) => ({ metric: metric.id, window: 'this_quarter', groupBy: regionOrNone(metric.id) }));

/** The target family's numbers, with both pacings and at each level. */
const PACED_SPECS: AlertSpec[] = PACED.flatMap((metric) =>
  (['linear', 'working_days'] as const).flatMap((pace): AlertSpec[] => [
    { metric, pace, window: 'this_quarter', groupBy: ['region'] },
    { metric, pace, window: 'this_month', groupBy: ['rep'] },
  ])
);

/** A flow, a cohort, a snapshot and a paced number in every window. */
const WINDOW_SPECS: AlertSpec[] = WINDOWS.flatMap((window): AlertSpec[] => [
  { metric: 'bookings', window, groupBy: ['team'] },
  { metric: 'visit_completion_rate', window, groupBy: ['team'] },
  { metric: 'open_pipeline', window },
  { metric: 'pace', window, groupBy: ['region'] },
  { metric: 'required_run_rate', pace: 'working_days', window },
  {
    metric: 'collections',
    targetMetric: undefined,
    window,
    filters: [{ dimension: 'region', op: 'in', values: ['East'] }],
  },
]);

/**
 * What each evaluation checks, to keep the run short: every metric once (in the fixture's zone, at the
 * afternoon instant: a metric's SQL does not change with the zone), the target family's numbers in both
 * zones at that instant, and the windows (with pace of both pacings among them) at every instant and zone.
 */
function specsAt(instant: number, timeZone: string): AlertSpec[] {
  const afternoon = instant === FIXTURE_NOW;
  return [
    ...(afternoon && timeZone === FIXTURE_ZONE ? METRIC_SPECS : []),
    ...(afternoon ? PACED_SPECS : []),
    ...WINDOW_SPECS,
  ];
}

describeOnEveryEngine('alert statements on $label', 'alerts', FIXTURE, ({ executor, schema, cluster }) => {
  const location = cluster ? { schema, cluster: cluster.name } : { schema };

  describe.each(INSTANTS)('evaluated %s', (_, instant) => {
    it.each(['America/New_York', 'Asia/Shanghai'])('gives the engine’s numbers in %s', async (timeZone) => {
      const context = { location, timeZone, fiscalYearStartMonth: timeZone === FIXTURE_ZONE ? 1 : 2 };
      for (const spec of specsAt(instant, timeZone)) {
        const { alert, engine, sql } = await evaluateBoth(spec, context, executor, instant);
        expectSameInstances(alert, engine, `${JSON.stringify(spec)}\n${sql}`);
      }
    });
  });

  it('returns text columns for the labels and exactly one numeric column', async () => {
    const { labels, fieldTypes } = await evaluateBoth(
      { metric: 'pace', window: 'this_quarter', groupBy: ['rep'] },
      { location, timeZone: FIXTURE_ZONE, fiscalYearStartMonth: 1 },
      executor,
      FIXTURE_NOW
    );
    expect(labels).toEqual(['rep', 'rep_id', 'pace']);
    expect(fieldTypes.filter((type) => type === 'number')).toHaveLength(1);
  });
});
