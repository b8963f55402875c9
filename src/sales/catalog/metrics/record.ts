import type { Formula } from '../../sql/formulas';

/** How a metric's values read: drives the unit in field config and how empty buckets are filled. */
export type MetricUnit =
  | 'currency'
  | 'count'
  | 'ratio'
  | 'days'
  | 'hours'
  | 'score'
  | 'nps'
  | 'per_day'
  | 'status'
  /** a mean of −1 (negative), 0 and 1 (positive) */
  | 'sentiment';

/**
 * docs/frames.md, What the comparisons mean. flow: events dated in the window (cut to date with compareToDate);
 * snapshot: a state as of an instant (now, or the matching instant of the previous window), its window
 * never cut; cohort: a population picked by one date and judged as of now; plan: targets and what
 * derives from them (attainment kind).
 */
export type TimeBehaviour = 'flow' | 'snapshot' | 'cohort' | 'plan';

export type MetricFamily =
  'deals' | 'pipeline' | 'customers' | 'leads' | 'visits' | 'targets' | 'collections' | 'satisfaction' | 'feedback';

/**
 * What is written once per metric. The tables it reads and the dimensions it can be grouped by are
 * derived from its formula (metrics/scope.ts); its label and description are the English defaults of
 * the translation keys `metric.<id>.label` and `metric.<id>.description`.
 */
interface RecordBase {
  id: string;
  label: string;
  description: string;
  unit: MetricUnit;
  family: MetricFamily;
  /** sums and counts: an empty bucket is 0; everything else is null (no data) */
  additive: boolean;
  /** how the metric relates to time: which window it counts and how it is compared */
  timeBehaviour: TimeBehaviour;
  /** a smaller value is better (scorecards invert it) */
  lowerIsBetter?: boolean;
}

/** A metric the metric compilers compute from its formula. */
export interface FormulaRecord extends RecordBase {
  formula: Formula;
  targetBased?: undefined;
}

/**
 * A metric of the targets family: the attainment kind computes it from the targets and, for most,
 * the actual of the query's target metric (bookings by default).
 */
export interface PlanRecord extends RecordBase {
  /** target-family metrics follow the query's target metric (bookings by default) */
  targetBased: true;
  /** compares the target with the actual (else reads the targets alone) */
  readsActual: boolean;
  formula?: undefined;
}

export type MetricRecord = FormulaRecord | PlanRecord;

type Draft<R> = Omit<R, 'additive'> & { id: string };

/** A sum or a count: an empty bucket is 0. */
export const additive = <const Id extends string>(record: Draft<FormulaRecord> & { id: Id }) =>
  ({ ...record, additive: true }) as FormulaRecord & { id: Id };

/** A ratio, mean, maximum or median: an empty bucket has no value. */
export const nonAdditive = <const Id extends string>(record: Draft<FormulaRecord> & { id: Id }) =>
  ({ ...record, additive: false }) as FormulaRecord & { id: Id };

/** A metric of the targets family (never additive: prorated targets and ratios of them). */
export const planMetric = <const Id extends string>(record: Omit<Draft<PlanRecord>, 'targetBased'> & { id: Id }) =>
  ({ ...record, additive: false, targetBased: true }) as PlanRecord & { id: Id };
