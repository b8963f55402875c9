import { salesError } from '../../errors';
import type { Formula } from '../../sql/formulas';
import type { DimensionId } from '../../types';
import type { TableId } from '../tables';
import { COLLECTION_METRICS } from './collections';
import { CUSTOMER_METRICS } from './customers';
import { DEAL_METRICS } from './deals';
import { FEEDBACK_METRICS } from './feedback';
import { LEAD_METRICS } from './leads';
import { PIPELINE_METRICS } from './pipeline';
import type { MetricRecord } from './record';
import { SATISFACTION_METRICS } from './satisfaction';
import { formulaScope, type MetricScope, planScope } from './scope';
import { TARGET_FAMILY_METRICS } from './targets';
import { VISIT_METRICS } from './visits';

export type { MetricFamily, MetricUnit, TimeBehaviour } from './record';

/** Every metric, one record each, by family (the order of the docs and the editor's lists). */
const RECORDS = [
  ...DEAL_METRICS,
  ...PIPELINE_METRICS,
  ...CUSTOMER_METRICS,
  ...LEAD_METRICS,
  ...VISIT_METRICS,
  ...TARGET_FAMILY_METRICS,
  ...COLLECTION_METRICS,
  ...SATISFACTION_METRICS,
  ...FEEDBACK_METRICS,
];

export type MetricId = (typeof RECORDS)[number]['id'];

/** A metric's record with what it reads and can be grouped and filtered by (derived, metrics/scope.ts). */
export type MetricDef = MetricRecord & {
  id: MetricId;
  /** the warehouse tables the metric reads */
  tables: TableId[];
  /** the dimensions it can be grouped and filtered by */
  dimensions: DimensionId[];
};

/** The actual each target metric is measured against. */
export const TARGET_ACTUALS = {
  bookings: 'bookings',
  collections: 'collections',
  new_customers: 'new_customers',
  visits: 'visits_completed',
} as const satisfies Record<string, MetricId>;

// the targets family follows the query's target metric: its scope is the default one's (bookings)
const DEFAULT_ACTUAL = formulaScope(DEAL_METRICS.find((record) => record.id === TARGET_ACTUALS.bookings)!.formula);

function scopeOf(record: MetricRecord): MetricScope {
  return record.targetBased ? planScope(record.readsActual, DEFAULT_ACTUAL) : formulaScope(record.formula);
}

const METRICS: MetricDef[] = RECORDS.map((record) => ({ ...record, ...scopeOf(record) }));

export const METRIC_IDS: MetricId[] = METRICS.map((metric) => metric.id);

export function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as string[]).includes(id);
}

export function listMetrics(): MetricDef[] {
  return METRICS;
}

export function getMetric(id: string): MetricDef {
  const metric = METRICS.find((candidate) => candidate.id === id);
  if (!metric) {
    throw salesError('metric.unknown', { id, ids: METRIC_IDS.join(', ') });
  }
  return metric;
}

/** The formula of a metric outside the targets family (whose metrics the attainment kind computes). */
export function formulaOf(metric: MetricDef): Formula {
  if (!metric.formula) {
    throw salesError('query.target-family', { id: metric.id });
  }
  return metric.formula;
}

/**
 * How `<metric>_change` compares a value with its previous one (docs/frames.md, What the comparisons mean): relative
 * for counts, amounts and durations; a difference in percentage points for 0..1 ratios (win rate
 * 0.30 → 0.285 is −1.5 points, not −5 %); a difference in points for NPS and sentiment (indexes
 * around zero, where −0.1 → −0.2 is −0.1 points, not −100 %).
 */
export type ChangeScale = 'relative' | 'percentage_points' | 'points';

export function changeScale(metric: MetricDef): ChangeScale {
  return metric.unit === 'ratio'
    ? 'percentage_points'
    : metric.unit === 'nps' || metric.unit === 'sentiment'
      ? 'points'
      : 'relative';
}
