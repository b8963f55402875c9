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
  type MetricFamily,
  type MetricUnit,
  type Normalization,
  type PaceMode,
  type QueryKind,
  type ScorecardEntity,
  type TargetMetric,
} from '../sales';

/**
 * The words of the catalog and of the query model in the user's language. Every entry has its own
 * literal key so that `npm run i18n:extract` and the i18n test see it; the English defaults are the
 * catalog's own labels and descriptions (a test keeps them equal).
 */

export interface CatalogText {
  label: string;
  description: string;
}

/** A metric's label and description; the catalog's English for an id this file does not know yet. */
export function metricText(id: string): CatalogText {
  return metricTexts(id) ?? fallback(() => getMetric(id), id);
}

export function dimensionText(id: string): CatalogText {
  return dimensionTexts(id) ?? fallback(() => getDimension(id), id);
}

function fallback(lookup: () => CatalogText, id: string): CatalogText {
  try {
    const { label, description } = lookup();
    return { label, description };
  } catch {
    return { label: id, description: '' };
  }
}

function metricTexts(id: string): CatalogText | undefined {
  switch (id) {
    case 'bookings':
      return {
        label: t('metric.bookings.label', 'Bookings'),
        description: t('metric.bookings.description', 'Total amount of deals won, by close date.'),
      };
    case 'won_deals':
      return {
        label: t('metric.won_deals.label', 'Won deals'),
        description: t('metric.won_deals.description', 'Number of deals won, by close date.'),
      };
    case 'lost_deals':
      return {
        label: t('metric.lost_deals.label', 'Lost deals'),
        description: t('metric.lost_deals.description', 'Number of deals lost, by close date.'),
      };
    case 'win_rate':
      return {
        label: t('metric.win_rate.label', 'Win rate'),
        description: t('metric.win_rate.description', 'Won deals ÷ (won + lost deals), by close date.'),
      };
    case 'win_rate_amount':
      return {
        label: t('metric.win_rate_amount.label', 'Win rate (amount)'),
        description: t('metric.win_rate_amount.description', 'Won amount ÷ (won + lost amount), by close date.'),
      };
    case 'cohort_win_rate':
      return {
        label: t('metric.cohort_win_rate.label', 'Cohort win rate'),
        description: t(
          'metric.cohort_win_rate.description',
          'Of the deals created in the range, the share won so far.'
        ),
      };
    case 'avg_deal_size':
      return {
        label: t('metric.avg_deal_size.label', 'Average deal size'),
        description: t('metric.avg_deal_size.description', 'Mean amount of the deals won.'),
      };
    case 'largest_deal':
      return {
        label: t('metric.largest_deal.label', 'Largest deal'),
        description: t('metric.largest_deal.description', 'The largest amount won.'),
      };
    case 'sales_cycle_days':
      return {
        label: t('metric.sales_cycle_days.label', 'Sales cycle'),
        description: t('metric.sales_cycle_days.description', 'Mean days from creation to close of the deals won.'),
      };
    case 'median_sales_cycle_days':
      return {
        label: t('metric.median_sales_cycle_days.label', 'Median sales cycle'),
        description: t(
          'metric.median_sales_cycle_days.description',
          'Median days from creation to close of the deals won.'
        ),
      };
    case 'open_pipeline':
      return {
        label: t('metric.open_pipeline.label', 'Open pipeline'),
        description: t('metric.open_pipeline.description', 'Amount of open deals expected to close in the range.'),
      };
    case 'weighted_pipeline':
      return {
        label: t('metric.weighted_pipeline.label', 'Weighted pipeline'),
        description: t(
          'metric.weighted_pipeline.description',
          'Open pipeline weighted by each deal’s probability (or its stage’s).'
        ),
      };
    case 'open_deals':
      return {
        label: t('metric.open_deals.label', 'Open deals'),
        description: t('metric.open_deals.description', 'Number of open deals expected to close in the range.'),
      };
    case 'commit_pipeline':
      return {
        label: t('metric.commit_pipeline.label', 'Commit'),
        description: t('metric.commit_pipeline.description', 'Open pipeline in the commit forecast category.'),
      };
    case 'best_case_pipeline':
      return {
        label: t('metric.best_case_pipeline.label', 'Best case'),
        description: t('metric.best_case_pipeline.description', 'Open pipeline in the best case forecast category.'),
      };
    case 'pipeline_created':
      return {
        label: t('metric.pipeline_created.label', 'Pipeline created'),
        description: t('metric.pipeline_created.description', 'Amount of the deals created in the range, any status.'),
      };
    case 'opportunities_created':
      return {
        label: t('metric.opportunities_created.label', 'Opportunities created'),
        description: t('metric.opportunities_created.description', 'Number of deals created in the range.'),
      };
    case 'stale_deals':
      return {
        label: t('metric.stale_deals.label', 'Stale deals'),
        description: t(
          'metric.stale_deals.description',
          'Open deals older than 14 days with no completed activity in the last 14 days (as of now).'
        ),
      };
    case 'new_customers':
      return {
        label: t('metric.new_customers.label', 'New customers'),
        description: t('metric.new_customers.description', 'Customers whose first won deal closed in the range.'),
      };
    case 'active_customers':
      return {
        label: t('metric.active_customers.label', 'Active customers'),
        description: t('metric.active_customers.description', 'Distinct customers with a deal won in the range.'),
      };
    case 'ltv':
      return {
        label: t('metric.ltv.label', 'Customer lifetime value'),
        description: t(
          'metric.ltv.description',
          'Won amount before the end of the range ÷ customers with a won deal before it.'
        ),
      };
    case 'cac':
      return {
        label: t('metric.cac.label', 'Customer acquisition cost'),
        description: t('metric.cac.description', 'Marketing spend in the range (prorated by days) ÷ new customers.'),
      };
    case 'ltv_cac':
      return {
        label: t('metric.ltv_cac.label', 'LTV ÷ CAC'),
        description: t('metric.ltv_cac.description', 'Customer lifetime value ÷ customer acquisition cost.'),
      };
    case 'leads_created':
      return {
        label: t('metric.leads_created.label', 'Leads created'),
        description: t('metric.leads_created.description', 'Number of leads created in the range.'),
      };
    case 'lead_conversion_rate':
      return {
        label: t('metric.lead_conversion_rate.label', 'Lead conversion rate'),
        description: t(
          'metric.lead_conversion_rate.description',
          'Share of the leads created in the range that have converted.'
        ),
      };
    case 'lead_response_hours':
      return {
        label: t('metric.lead_response_hours.label', 'Lead response time'),
        description: t(
          'metric.lead_response_hours.description',
          'Mean hours from a lead’s creation to its first contact.'
        ),
      };
    case 'pool_leads':
      return {
        label: t('metric.pool_leads.label', 'Leads in the public pool'),
        description: t(
          'metric.pool_leads.description',
          'Unassigned leads still new or being worked, created before the end of the range (as of now).'
        ),
      };
    case 'aged_pool_leads':
      return {
        label: t('metric.aged_pool_leads.label', 'Pool leads waiting over 3 days'),
        description: t(
          'metric.aged_pool_leads.description',
          'Leads in the public pool created more than 3 days before now, unclaimed since (as of now).'
        ),
      };
    case 'pool_lead_age_days':
      return {
        label: t('metric.pool_lead_age_days.label', 'Pool lead age'),
        description: t(
          'metric.pool_lead_age_days.description',
          'Mean days since creation of the leads in the public pool (as of now).'
        ),
      };
    case 'visits_planned':
      return {
        label: t('metric.visits_planned.label', 'Visits planned'),
        description: t('metric.visits_planned.description', 'Visits planned in the range (the visit plan).'),
      };
    case 'visits_completed':
      return {
        label: t('metric.visits_completed.label', 'Visits completed'),
        description: t('metric.visits_completed.description', 'Visits completed in the range (the daily reports).'),
      };
    case 'visit_completion_rate':
      return {
        label: t('metric.visit_completion_rate.label', 'Visit plan completion'),
        description: t(
          'metric.visit_completion_rate.description',
          'Of the visits planned in the range and already due (before now), the share completed.'
        ),
      };
    case 'activities_completed':
      return {
        label: t('metric.activities_completed.label', 'Activities completed'),
        description: t('metric.activities_completed.description', 'Activities of any type completed in the range.'),
      };
    case 'activities_per_won_deal':
      return {
        label: t('metric.activities_per_won_deal.label', 'Activities per won deal'),
        description: t(
          'metric.activities_per_won_deal.description',
          'Activities completed ÷ deals won in the range (0 when there are won deals and no activity).'
        ),
      };
    case 'target':
      return {
        label: t('metric.target.label', 'Target'),
        description: t('metric.target.description', 'Target prorated to the range by days of overlap.'),
      };
    case 'attainment':
      return {
        label: t('metric.attainment.label', 'Attainment'),
        description: t('metric.attainment.description', 'Actual ÷ target.'),
      };
    case 'expected_to_date':
      return {
        label: t('metric.expected_to_date.label', 'Expected to date'),
        description: t('metric.expected_to_date.description', 'Target × the elapsed share of the range.'),
      };
    case 'pace':
      return {
        label: t('metric.pace.label', 'Pace'),
        description: t('metric.pace.description', 'Actual ÷ expected to date.'),
      };
    case 'gap':
      return {
        label: t('metric.gap.label', 'Gap to target'),
        description: t('metric.gap.description', 'What is left to reach the target: max(target − actual, 0).'),
      };
    case 'required_run_rate':
      return {
        label: t('metric.required_run_rate.label', 'Needed per day'),
        description: t('metric.required_run_rate.description', 'Gap ÷ the days left in the range.'),
      };
    case 'projected':
      return {
        label: t('metric.projected.label', 'Projected'),
        description: t(
          'metric.projected.description',
          'Actual ÷ the elapsed share of the range (run rate to the end of the range).'
        ),
      };
    case 'coverage':
      return {
        label: t('metric.coverage.label', 'Pipeline coverage'),
        description: t(
          'metric.coverage.description',
          'Open pipeline closing between now and the end of the range ÷ gap.'
        ),
      };
    case 'status':
      return {
        label: t('metric.status.label', 'Status'),
        description: t(
          'metric.status.description',
          'on_track when pace ≥ 1.0, cautioned when ≥ 0.9, else off_track (thresholds configurable).'
        ),
      };
    case 'collections':
      return {
        label: t('metric.collections.label', 'Collections'),
        description: t('metric.collections.description', 'Payments received in the range.'),
      };
    case 'invoiced':
      return {
        label: t('metric.invoiced.label', 'Invoiced'),
        description: t('metric.invoiced.description', 'Invoices issued in the range.'),
      };
    case 'amount_due':
      return {
        label: t('metric.amount_due.label', 'Amount due'),
        description: t('metric.amount_due.description', 'Invoices falling due in the range.'),
      };
    case 'collection_rate':
      return {
        label: t('metric.collection_rate.label', 'Collection rate'),
        description: t(
          'metric.collection_rate.description',
          'Payments received so far on the invoices due in the range ÷ their amount.'
        ),
      };
    case 'overdue_receivables':
      return {
        label: t('metric.overdue_receivables.label', 'Overdue receivables'),
        description: t(
          'metric.overdue_receivables.description',
          'Unpaid amount of the invoices due before today (as of now).'
        ),
      };
    case 'csat':
      return {
        label: t('metric.csat.label', 'CSAT'),
        description: t('metric.csat.description', 'Mean satisfaction score (1–5) of the responses in the range.'),
      };
    case 'nps':
      return {
        label: t('metric.nps.label', 'NPS'),
        description: t(
          'metric.nps.description',
          '100 × (share of promoters, 9–10 − share of detractors, 0–6) of the responses in the range.'
        ),
      };
    case 'feedback_reports':
      return {
        label: t('metric.feedback_reports.label', 'Feedback reports'),
        description: t('metric.feedback_reports.description', 'Market feedback reported from visits in the range.'),
      };
    case 'visits_with_feedback_rate':
      return {
        label: t('metric.visits_with_feedback_rate.label', 'Visits with feedback'),
        description: t(
          'metric.visits_with_feedback_rate.description',
          'Of the visits completed in the range, the share whose report carries market feedback.'
        ),
      };
    case 'competitor_mentions':
      return {
        label: t('metric.competitor_mentions.label', 'Competitor mentions'),
        description: t('metric.competitor_mentions.description', 'Feedback about a competitor reported in the range.'),
      };
    case 'feedback_sentiment':
      return {
        label: t('metric.feedback_sentiment.label', 'Feedback sentiment'),
        description: t(
          'metric.feedback_sentiment.description',
          'Mean sentiment of the feedback reported in the range, from −1 (negative) to 1 (positive).'
        ),
      };
    case 'open_issues':
      return {
        label: t('metric.open_issues.label', 'Open issues'),
        description: t(
          'metric.open_issues.description',
          'Reported issues (feedback with a severity) not resolved as of now, whenever reported.'
        ),
      };
    case 'issue_resolution_days':
      return {
        label: t('metric.issue_resolution_days.label', 'Issue resolution time'),
        description: t(
          'metric.issue_resolution_days.description',
          'Mean days from report to resolution of the feedback resolved in the range.'
        ),
      };
    default:
      return undefined;
  }
}

function dimensionTexts(id: string): CatalogText | undefined {
  switch (id) {
    case 'rep':
      return {
        label: t('dimension.rep.label', 'Rep'),
        description: t('dimension.rep.description', 'The owning sales rep (filters match rep_id).'),
      };
    case 'team':
      return {
        label: t('dimension.team.label', 'Team'),
        description: t('dimension.team.description', "The owning rep's team."),
      };
    case 'manager':
      return {
        label: t('dimension.manager.label', 'Manager'),
        description: t('dimension.manager.description', "The owning rep's manager."),
      };
    case 'region':
      return {
        label: t('dimension.region.label', 'Region'),
        description: t('dimension.region.description', "The owning rep's region."),
      };
    case 'product':
      return {
        label: t('dimension.product.label', 'Product'),
        description: t('dimension.product.description', 'The product of the deal.'),
      };
    case 'product_line':
      return {
        label: t('dimension.product_line.label', 'Product line'),
        description: t('dimension.product_line.description', 'The product line of the deal.'),
      };
    case 'channel':
      return {
        label: t('dimension.channel.label', 'Channel'),
        description: t(
          'dimension.channel.description',
          'The channel of the deal (direct, dealer, online …) or of the marketing spend.'
        ),
      };
    case 'customer_tier':
      return {
        label: t('dimension.customer_tier.label', 'Customer tier'),
        description: t('dimension.customer_tier.description', 'The tier of the customer (A, B, C …).'),
      };
    case 'industry':
      return {
        label: t('dimension.industry.label', 'Industry'),
        description: t('dimension.industry.description', "The customer's industry."),
      };
    case 'lead_source':
      return {
        label: t('dimension.lead_source.label', 'Lead source'),
        description: t('dimension.lead_source.description', 'Where a lead came from.'),
      };
    case 'stage':
      return {
        label: t('dimension.stage.label', 'Stage'),
        description: t('dimension.stage.description', 'The current stage of the deal.'),
      };
    case 'forecast_category':
      return {
        label: t('dimension.forecast_category.label', 'Forecast category'),
        description: t('dimension.forecast_category.description', 'pipeline, best_case, commit, closed or omitted.'),
      };
    case 'plan':
      return {
        label: t('dimension.plan.label', 'Commission plan'),
        description: t('dimension.plan.description', "The rep's commission plan (filters match plan_id)."),
      };
    case 'dealer':
      return {
        label: t('dimension.dealer.label', 'Dealer'),
        description: t('dimension.dealer.description', "The customer's dealer (empty for customers served directly)."),
      };
    case 'feedback_category':
      return {
        label: t('dimension.feedback_category.label', 'Feedback category'),
        description: t(
          'dimension.feedback_category.description',
          'customer_opinion, competitor, dealer, price, product_issue or logistics.'
        ),
      };
    case 'competitor':
      return {
        label: t('dimension.competitor.label', 'Competitor'),
        description: t('dimension.competitor.description', 'The competitor a feedback report names.'),
      };
    case 'feedback_severity':
      return {
        label: t('dimension.feedback_severity.label', 'Severity'),
        description: t(
          'dimension.feedback_severity.description',
          'The severity of a reported issue: low, medium or high.'
        ),
      };
    default:
      return undefined;
  }
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
