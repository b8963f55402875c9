import { getMetric, listMetrics, type MetricDef } from '../catalog/metrics';
import { SalesError } from '../errors';
import { checkPaceMode, checkTargetMetric } from '../sql/attainment';
import type { DimensionId, Filter, PaceMode, TargetMetric } from '../types';
import type { AlertWindow } from './windows';

/** What an alert rule measures: one number per group of a catalog metric over a window. */
export interface AlertSpec {
  /** a catalog metric (docs/metrics.md) whose value the warehouse computes wholly in SQL */
  metric: string;
  /** target-family metrics (target, attainment, pace …): the target they follow, bookings by default */
  targetMetric?: TargetMetric;
  /** target-family metrics: pacing by calendar days (linear, the default) or working days */
  pace?: PaceMode;
  groupBy?: DimensionId[];
  filters?: Filter[];
  window: AlertWindow;
}

/**
 * How an alertable metric is computed: `metrics` as the metrics kind computes it, `attainment` as the
 * attainment kind's field of that name, with the pacing the browser does (analytics/pacing) written
 * in SQL (alerts/pacingSql).
 */
export type AlertBasis =
  | { kind: 'metrics'; metric: MetricDef }
  | { kind: 'attainment'; metric: MetricDef; targetMetric: TargetMetric; pace: Exclude<PaceMode, 'seasonal'> };

/**
 * Which catalog metrics an alert can watch: those whose final value the warehouse computes in one
 * statement. Grafana evaluates alerts on its server from the SQL data source's rows; whatever the
 * pack computes in the browser never reaches it. So:
 * - every metric of the metrics kind (deals, pipeline, customers, leads, visits, collections,
 *   satisfaction): its value is the statement's;
 * - the target family's numbers (target, attainment, expected to date, pace, gap, needed per day,
 *   projected, coverage) with linear or working-days pacing: the elapsed share is written in SQL;
 * - not `status` (a word, not a number: alert on pace below the cautioned threshold instead), not
 *   seasonal pacing (its share of last year's daily profile is computed in the browser), not
 *   coverage of targets other than bookings (it has no pipeline: always empty);
 * - forecasts, funnel conversion, scorecard scores and ranks, commissions and comparisons
 *   (`_previous`, `_change`) are not catalog metrics an alert names: they are computed in the browser
 *   from several rows or periods.
 */
export function alertBasis(spec: AlertSpec): AlertBasis {
  if (typeof spec?.metric !== 'string') {
    throw new SalesError('An alert needs a metric: a catalog metric id such as bookings or overdue_receivables.');
  }
  refuseBrowserComputed(spec.metric);
  const metric = getMetric(spec.metric);
  if (!metric.targetBased) {
    if (spec.targetMetric !== undefined || spec.pace !== undefined) {
      throw new SalesError(
        `The alert on ${metric.id} sets ${spec.targetMetric !== undefined ? 'targetMetric' : 'pace'}: only target-family metrics (attainment, pace …) take one.`
      );
    }
    return { kind: 'metrics', metric };
  }
  if (metric.id === 'status') {
    throw new SalesError(
      'status cannot be alerted on: it is a word (on_track, cautioned, off_track), and an alert compares a number. Alert on pace below the cautioned threshold (0.9 by default) instead.'
    );
  }
  const targetMetric = checkTargetMetric(spec.targetMetric);
  const pace = checkPaceMode(spec.pace);
  if (pace === 'seasonal') {
    throw new SalesError(
      `${metric.id} with seasonal pacing cannot be alerted on: its elapsed share is last year's cumulative daily profile, which the pack computes in the browser, not in the warehouse. Use linear or working_days pacing.`
    );
  }
  if (metric.id === 'coverage' && targetMetric !== 'bookings') {
    throw new SalesError(
      `coverage of the ${targetMetric} target cannot be alerted on: coverage is open pipeline ÷ gap, and only bookings have a pipeline (it is always empty for ${targetMetric}).`
    );
  }
  return { kind: 'attainment', metric, targetMetric, pace };
}

/**
 * Numbers the pack shows that are not catalog metrics: each is computed in the browser from several rows
 * or periods, which Grafana's alerting never runs. Named here so that asking for one says why.
 */
const BROWSER_COMPUTED: Array<[RegExp, string]> = [
  [/^forecast/, 'forecasts are fitted in the browser (or by the forecast kind) from the monthly history'],
  [/^(funnel|conversion|stage_conversion)/, 'funnel conversion is computed in the browser from the stage counts'],
  [/^(scorecard|score|rank)/, 'scorecard scores and ranks weigh several metrics of every rep against each other'],
  [/^commission/, 'commissions apply the plan to attainment in the browser'],
  [/_(previous|change)$/, 'comparisons with a previous period are computed in the browser from two periods'],
];

function refuseBrowserComputed(id: string): void {
  for (const [pattern, why] of BROWSER_COMPUTED) {
    if (pattern.test(id)) {
      throw new SalesError(
        `${id} cannot be alerted on: ${why}, and Grafana evaluates alert rules on its server from the warehouse's rows alone. Alert on a catalog metric (${alertableMetricIds().slice(0, 4).join(', ')} …).`,
        'invalid_query'
      );
    }
  }
}

/** The catalog metrics an alert rule can watch (with linear or working-days pacing for the target family). */
export function alertableMetricIds(): string[] {
  return listMetrics()
    .filter((metric) => metric.id !== 'status')
    .map((metric) => metric.id);
}
