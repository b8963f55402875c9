import { t } from '@grafana/i18n';

import {
  type AttainmentPeriod,
  type CommissionPeriodMode,
  type Compare,
  type FilterOp,
  type ForecastMethod,
  type FunnelMeasure,
  type FunnelMode,
  getDimension,
  getMetric,
  type Grain,
  isDimensionId,
  isMetricId,
  type MetricFamily,
  type MetricUnit,
  type Normalization,
  type PaceMode,
  type QueryKind,
  type ScorecardEntity,
  type TargetMetric,
} from '../sales';

/**
 * The words of the catalog and of the query model in the user's language. Metrics and dimensions
 * are translated under keys built from their ids, with the catalog's own labels and descriptions as
 * the English defaults; every other entry has its own literal key.
 */

export interface CatalogText {
  label: string;
  description: string;
}

/**
 * A metric's label and description under its keys `metric.<id>.label` and `metric.<id>.description`,
 * the record's English as the default (`npm run i18n:extract` lists these keys from the catalog);
 * the id itself for an id the catalog does not know.
 */
export function metricText(id: string): CatalogText {
  return isMetricId(id) ? recordText('metric', getMetric(id)) : { label: id, description: '' };
}

/** A dimension's label and description, as metricText (keys `dimension.<id>.label` and `.description`). */
export function dimensionText(id: string): CatalogText {
  return isDimensionId(id) ? recordText('dimension', getDimension(id)) : { label: id, description: '' };
}

function recordText(prefix: 'metric' | 'dimension', record: { id: string } & CatalogText): CatalogText {
  return {
    label: t(`${prefix}.${record.id}.label`, record.label),
    description: t(`${prefix}.${record.id}.description`, record.description),
  };
}

export function unitText(unit: MetricUnit): string {
  switch (unit) {
    case 'currency':
      return t('unit.currency', 'amount');
    case 'count':
      return t('unit.count', 'count');
    case 'ratio':
      return t('unit.ratio', 'percentage');
    case 'days':
      return t('unit.days', 'days');
    case 'hours':
      return t('unit.hours', 'hours');
    case 'score':
      return t('unit.score', 'score');
    case 'nps':
      return t('unit.nps', 'NPS (−100 to 100)');
    case 'per_day':
      return t('unit.per_day', 'amount per day');
    case 'status':
      return t('unit.status', 'status');
    case 'sentiment':
      return t('unit.sentiment', 'sentiment (−1 to 1)');
  }
}

export function kindText(kind: QueryKind): CatalogText {
  switch (kind) {
    case 'metrics':
      return {
        label: t('kind.metrics.label', 'Metrics'),
        description: t('kind.metrics.description', 'One row per group with the chosen metrics over the time range.'),
      };
    case 'timeseries':
      return {
        label: t('kind.timeseries.label', 'Time series'),
        description: t('kind.timeseries.description', 'The chosen metrics per day, week, month, quarter or year.'),
      };
    case 'funnel':
      return {
        label: t('kind.funnel.label', 'Funnel'),
        description: t('kind.funnel.description', 'Deals per stage with conversion, drop-off and days in stage.'),
      };
    case 'attainment':
      return {
        label: t('kind.attainment.label', 'Attainment'),
        description: t('kind.attainment.description', 'Actual against target with pace, projection and status.'),
      };
    case 'forecast':
      return {
        label: t('kind.forecast.label', 'Forecast'),
        description: t('kind.forecast.description', 'A metric per period with a forecast and its prediction interval.'),
      };
    case 'scorecard':
      return {
        label: t('kind.scorecard.label', 'Scorecard'),
        description: t('kind.scorecard.description', 'Reps, teams or regions ranked by a weighted score.'),
      };
    case 'commission':
      return {
        label: t('kind.commission.label', 'Commissions'),
        description: t(
          'kind.commission.description',
          'What each rep earns per plan period: attainment, tier, commission, adjustments, payout and what the next deal pays.'
        ),
      };
    case 'values':
      return {
        label: t('kind.values.label', 'Values'),
        description: t('kind.values.description', 'The values of one dimension, for variables and filters.'),
      };
    case 'feedback':
      return {
        label: t('kind.feedback.label', 'Market feedback'),
        description: t(
          'kind.feedback.description',
          'The latest market feedback of the visit reports, row by row, for a table.'
        ),
      };
  }
}

export function grainText(grain: Grain): string {
  switch (grain) {
    case 'day':
      return t('grain.day', 'Day');
    case 'week':
      return t('grain.week', 'Week');
    case 'month':
      return t('grain.month', 'Month');
    case 'quarter':
      return t('grain.quarter', 'Quarter');
    case 'year':
      return t('grain.year', 'Year');
  }
}

export function compareText(compare: Compare): string {
  switch (compare) {
    case 'previous_period':
      return t('compare.previous_period', 'Previous period');
    case 'previous_year':
      return t('compare.previous_year', 'Same period last year');
  }
}

export function filterOpText(op: FilterOp): string {
  switch (op) {
    case 'in':
      return t('filter-op.in', 'is one of');
    case 'not_in':
      return t('filter-op.not_in', 'is not one of');
    case 'has_value':
      return t('filter-op.has_value', 'has a value');
  }
}

export function funnelModeText(mode: FunnelMode): CatalogText {
  switch (mode) {
    case 'reached':
      return {
        label: t('funnel-mode.reached.label', 'Reached'),
        description: t(
          'funnel-mode.reached.description',
          'Deals created in the range, counted at every stage up to the furthest one they entered.'
        ),
      };
    case 'strict':
      return {
        label: t('funnel-mode.strict.label', 'Strict'),
        description: t(
          'funnel-mode.strict.description',
          'Deals created in the range, counted only at the stages their stage history shows.'
        ),
      };
    case 'snapshot':
      return {
        label: t('funnel-mode.snapshot.label', 'Snapshot'),
        description: t('funnel-mode.snapshot.description', 'Open deals by the stage they are in now.'),
      };
  }
}

export function funnelMeasureText(measure: FunnelMeasure): string {
  switch (measure) {
    case 'count':
      return t('funnel-measure.count', 'Number of deals');
    case 'amount':
      return t('funnel-measure.amount', 'Amount');
  }
}

export function targetMetricText(metric: TargetMetric): string {
  switch (metric) {
    case 'bookings':
      return t('target-metric.bookings', 'Bookings');
    case 'collections':
      return t('target-metric.collections', 'Collections');
    case 'new_customers':
      return t('target-metric.new_customers', 'New customers');
    case 'visits':
      return t('target-metric.visits', 'Visits');
  }
}

export function attainmentPeriodText(period: AttainmentPeriod): CatalogText {
  switch (period) {
    case 'range':
      return {
        label: t('attainment-period.range.label', 'Time range'),
        description: t('attainment-period.range.description', 'Target and pace over the dashboard’s time range.'),
      };
    case 'week':
      return {
        label: t('attainment-period.week.label', 'Whole week'),
        description: t(
          'attainment-period.week.description',
          'Target and pace over the whole week (from Monday) that holds the start of the time range.'
        ),
      };
    case 'month':
      return {
        label: t('attainment-period.month.label', 'Whole month'),
        description: t(
          'attainment-period.month.description',
          'Target and pace over the whole month that holds the start of the time range: this month so far against the month’s target.'
        ),
      };
    case 'quarter':
      return {
        label: t('attainment-period.quarter.label', 'Whole quarter'),
        description: t(
          'attainment-period.quarter.description',
          'Target and pace over the whole fiscal quarter that holds the start of the time range.'
        ),
      };
    case 'year':
      return {
        label: t('attainment-period.year.label', 'Whole year'),
        description: t(
          'attainment-period.year.description',
          'Target and pace over the whole fiscal year that holds the start of the time range.'
        ),
      };
  }
}

export function commissionPeriodText(period: CommissionPeriodMode): CatalogText {
  switch (period) {
    case 'plan':
      return {
        label: t('commission-period.plan.label', 'Whole plan periods'),
        description: t(
          'commission-period.plan.description',
          'Each month, quarter or year of the plan that the time range touches, whole: this quarter so far is paid against the whole quarter’s quota.'
        ),
      };
    case 'range':
      return {
        label: t('commission-period.range.label', 'Time range only'),
        description: t(
          'commission-period.range.description',
          'Only the part of each plan period inside the time range, with the quota prorated by days.'
        ),
      };
  }
}

/** The fields of the commission frames (docs/frames.md), in the user's language; undefined for others. */
export function commissionFieldText(name: string, rep: string): string | undefined {
  switch (name) {
    case 'plan_id':
      return t('commission.field.plan-id', 'Plan ID');
    case 'period':
      return t('commission.field.period', 'Period');
    case 'period_start':
      return t('commission.field.period-start', 'Period start');
    case 'period_end':
      return t('commission.field.period-end', 'Period end');
    case 'plan_start':
      return t('commission.field.plan-start', 'On this plan from');
    case 'plan_end':
      return t('commission.field.plan-end', 'On this plan until');
    case 'credited':
      return t('commission.field.credited', 'Credited');
    case 'quota':
      return t('commission.field.quota', 'Quota');
    case 'attainment':
      return t('commission.field.attainment', 'Attainment');
    case 'tier':
      return t('commission.field.tier', 'Tier');
    case 'tier_rate':
      return t('commission.field.tier-rate', 'Tier rate');
    case 'earned':
      return t('commission.field.earned', 'Commission earned');
    case 'adjustments':
      return t('commission.field.adjustments', 'Adjustments');
    case 'payout':
      return t('commission.field.payout', 'Payout');
    case 'effective_rate':
      return t('commission.field.effective-rate', 'Effective rate');
    case 'to_next_tier':
      return t('commission.field.to-next-tier', 'To next tier');
    case 'next_deal_pays':
      return t('commission.field.next-deal-pays', 'Next deal pays');
    case 'target_incentive':
      return t('commission.field.target-incentive', 'Target incentive');
    case 'budget_used':
      return t('commission.field.budget-used', 'Payout of budget');
    case 'reps':
      return t('commission.field.reps', 'Reps');
    case 'status':
      return t('commission.field.status', 'Status');
    case 'current':
      return t('commission.field.current', 'Current');
    case 'curve_earned':
      return t('commission.field.curve-earned', 'Commission at this attainment');
    case 'current_earned':
      return t('commission.field.current-earned', '{{rep}} now', { rep, interpolation: { escapeValue: false } });
    case 'date':
      return t('commission.field.date', 'Date');
    case 'adjustment':
      return t('commission.field.adjustment', 'Adjustment');
    case 'amount':
      return t('commission.field.amount', 'Amount');
    case 'note':
      return t('commission.field.note', 'Note');
    default:
      return undefined;
  }
}

/** Why a commission is what it is (frames/commissionFrame's status ids). */
export function commissionStatusText(id: string): string {
  switch (id) {
    case 'tiered':
      return t('commission.status.tiered', 'On plan');
    case 'below_gate':
      return t('commission.status.below-gate', 'Below gate');
    case 'capped':
      return t('commission.status.capped', 'Capped');
    case 'no_quota':
      return t('commission.status.no-quota', 'No quota');
    case 'no_plan':
      return t('commission.status.no-plan', 'No plan');
    default:
      return id;
  }
}

/** An adjustment's kind as people name it (the warehouse holds spif, bonus, clawback, draw, manual). */
export function adjustmentKindText(id: string): string {
  switch (id) {
    case 'spif':
      return t('commission.adjustment.spif', 'SPIF');
    case 'bonus':
      return t('commission.adjustment.bonus', 'Bonus');
    case 'clawback':
      return t('commission.adjustment.clawback', 'Clawback');
    case 'draw':
      return t('commission.adjustment.draw', 'Draw');
    case 'manual':
      return t('commission.adjustment.manual', 'Manual');
    default:
      return id;
  }
}

/** A forecast category's name (the warehouse holds its id: best_case → "Best case"); other text as is. */
export function forecastCategoryText(id: string): string {
  switch (id) {
    case 'pipeline':
      return t('forecast-category.pipeline', 'Pipeline');
    case 'best_case':
      return t('forecast-category.best_case', 'Best case');
    case 'commit':
      return t('forecast-category.commit', 'Commit');
    case 'closed':
      return t('forecast-category.closed', 'Closed');
    case 'omitted':
      return t('forecast-category.omitted', 'Omitted');
    default:
      return id;
  }
}

export function paceModeText(mode: PaceMode): CatalogText {
  switch (mode) {
    case 'linear':
      return {
        label: t('pace-mode.linear.label', 'Calendar days'),
        description: t('pace-mode.linear.description', 'Expected to date grows evenly with the days of the range.'),
      };
    case 'working_days':
      return {
        label: t('pace-mode.working_days.label', 'Working days'),
        description: t(
          'pace-mode.working_days.description',
          'Expected to date grows with the working days set in the data source.'
        ),
      };
    case 'seasonal':
      return {
        label: t('pace-mode.seasonal.label', 'Seasonal'),
        description: t(
          'pace-mode.seasonal.description',
          'Expected to date follows last year’s share of the same period.'
        ),
      };
  }
}

export function forecastMethodText(method: ForecastMethod): CatalogText {
  switch (method) {
    case 'auto':
      return {
        label: t('forecast-method.auto.label', 'Automatic'),
        description: t(
          'forecast-method.auto.description',
          'The exponential-smoothing model chosen by AICc, its interval widened to its backtest errors.'
        ),
      };
    case 'linear':
      return {
        label: t('forecast-method.linear.label', 'Linear trend'),
        description: t('forecast-method.linear.description', 'A straight line fitted to the history.'),
      };
    case 'polynomial':
      return {
        label: t('forecast-method.polynomial.label', 'Polynomial trend'),
        description: t('forecast-method.polynomial.description', 'A curve of order 2 or 3 fitted to the history.'),
      };
    case 'exponential':
      return {
        label: t('forecast-method.exponential.label', 'Exponential trend'),
        description: t('forecast-method.exponential.description', 'Growth by a constant rate; needs positive values.'),
      };
    case 'logarithmic':
      return {
        label: t('forecast-method.logarithmic.label', 'Logarithmic trend'),
        description: t('forecast-method.logarithmic.description', 'Growth that slows down over time.'),
      };
    case 'power':
      return {
        label: t('forecast-method.power.label', 'Power trend'),
        description: t(
          'forecast-method.power.description',
          'A power curve fitted to the history; needs positive values.'
        ),
      };
    case 'holt_winters':
      return {
        label: t('forecast-method.holt_winters.label', 'Holt-Winters'),
        description: t(
          'forecast-method.holt_winters.description',
          'Level, trend and season smoothed exponentially; needs two full seasons.'
        ),
      };
    case 'ets':
      return {
        label: t('forecast-method.ets.label', 'Exponential smoothing (ETS)'),
        description: t(
          'forecast-method.ets.description',
          'The exponential-smoothing state-space model with the lowest AICc, as R’s ets().'
        ),
      };
    case 'theta':
      return {
        label: t('forecast-method.theta.label', 'Theta'),
        description: t(
          'forecast-method.theta.description',
          'Simple exponential smoothing plus half the trend line’s slope, seasonally adjusted when the history has a season, as R’s thetaf().'
        ),
      };
    case 'seasonal_naive':
      return {
        label: t('forecast-method.seasonal_naive.label', 'Seasonal naive'),
        description: t(
          'forecast-method.seasonal_naive.description',
          'Each period repeats the same period one season earlier.'
        ),
      };
    case 'run_rate':
      return {
        label: t('forecast-method.run_rate.label', 'Run rate'),
        description: t(
          'forecast-method.run_rate.description',
          'The current period to date, extended at its daily rate.'
        ),
      };
    case 'pipeline':
      return {
        label: t('forecast-method.pipeline.label', 'Pipeline'),
        description: t(
          'forecast-method.pipeline.description',
          'The current period: deals won so far plus the commit and best-case deals closing in it.'
        ),
      };
  }
}

export function seasonalityText(seasonality: 'additive' | 'multiplicative'): string {
  switch (seasonality) {
    case 'additive':
      return t('seasonality.additive', 'Additive');
    case 'multiplicative':
      return t('seasonality.multiplicative', 'Multiplicative');
  }
}

export function entityText(entity: ScorecardEntity): string {
  return dimensionText(entity).label;
}

export function normalizationText(normalization: Normalization): CatalogText {
  switch (normalization) {
    case 'target':
      return {
        label: t('normalization.target.label', '% of target'),
        description: t(
          'normalization.target.description',
          'Each metric as a share of its target, capped at 150 %; metrics without a target are left out.'
        ),
      };
    case 'percentile':
      return {
        label: t('normalization.percentile.label', 'Percentile'),
        description: t('normalization.percentile.description', 'Each metric as the share of entities it beats.'),
      };
    case 'zscore':
      return {
        label: t('normalization.zscore.label', 'Z-score'),
        description: t('normalization.zscore.description', 'Each metric in standard deviations from the mean.'),
      };
  }
}

export function monthText(month: number): string {
  switch (month) {
    case 1:
      return t('month.1', 'January');
    case 2:
      return t('month.2', 'February');
    case 3:
      return t('month.3', 'March');
    case 4:
      return t('month.4', 'April');
    case 5:
      return t('month.5', 'May');
    case 6:
      return t('month.6', 'June');
    case 7:
      return t('month.7', 'July');
    case 8:
      return t('month.8', 'August');
    case 9:
      return t('month.9', 'September');
    case 10:
      return t('month.10', 'October');
    case 11:
      return t('month.11', 'November');
    default:
      return t('month.12', 'December');
  }
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayText(day: number): string {
  switch (day) {
    case 1:
      return t('weekday.1', 'Monday');
    case 2:
      return t('weekday.2', 'Tuesday');
    case 3:
      return t('weekday.3', 'Wednesday');
    case 4:
      return t('weekday.4', 'Thursday');
    case 5:
      return t('weekday.5', 'Friday');
    case 6:
      return t('weekday.6', 'Saturday');
    default:
      return t('weekday.7', 'Sunday');
  }
}

export function familyText(family: MetricFamily): string {
  switch (family) {
    case 'deals':
      return t('family.deals', 'Deals');
    case 'pipeline':
      return t('family.pipeline', 'Pipeline');
    case 'customers':
      return t('family.customers', 'Customers');
    case 'leads':
      return t('family.leads', 'Leads');
    case 'visits':
      return t('family.visits', 'Visits and activities');
    case 'targets':
      return t('family.targets', 'Targets and pacing');
    case 'collections':
      return t('family.collections', 'Collections');
    case 'satisfaction':
      return t('family.satisfaction', 'Satisfaction');
    case 'feedback':
      return t('family.feedback', 'Market feedback');
  }
}
