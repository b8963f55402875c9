import { getMetric, listMetrics, type MetricDef } from '../catalog/metrics';
import { type Phrase, phrase, salesError } from '../errors';
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
    throw salesError('alert.needs-metric', {});
  }
  refuseBrowserComputed(spec.metric);
  const metric = getMetric(spec.metric);
  if (!metric.targetBased) {
    if (spec.targetMetric !== undefined || spec.pace !== undefined) {
      throw salesError('alert.target-option', {
        id: metric.id,
        option: spec.targetMetric !== undefined ? 'targetMetric' : 'pace',
      });
    }
    return { kind: 'metrics', metric };
  }
  if (metric.id === 'status') {
    throw salesError('alert.status', {});
  }
  const targetMetric = checkTargetMetric(spec.targetMetric);
  const pace = checkPaceMode(spec.pace);
  if (pace === 'seasonal') {
    throw salesError('alert.seasonal', { id: metric.id });
  }
  if (metric.id === 'coverage' && targetMetric !== 'bookings') {
    throw salesError('alert.coverage', { target: targetMetric });
  }
  return { kind: 'attainment', metric, targetMetric, pace };
}

/**
 * Numbers the pack shows that are not catalog metrics: each is computed in the browser from several rows
 * or periods, which Grafana's alerting never runs. Named here so that asking for one says why.
 */
const BROWSER_COMPUTED: Array<[RegExp, Phrase]> = [
  [/^forecast/, phrase('alert.why.forecast', {})],
  [/^(funnel|conversion|stage_conversion)/, phrase('alert.why.funnel', {})],
  [/^(scorecard|score|rank)/, phrase('alert.why.scorecard', {})],
  [/^commission/, phrase('alert.why.commission', {})],
  [/_(previous|change)$/, phrase('alert.why.comparison', {})],
];

function refuseBrowserComputed(id: string): void {
  for (const [pattern, why] of BROWSER_COMPUTED) {
    if (pattern.test(id)) {
      throw salesError(
        'alert.browser-computed',
        { id, why, examples: alertableMetricIds().slice(0, 4).join(', ') },
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
