import { salesError } from '../errors';
import type { DimensionId } from '../types';
import type { TableId } from './tables';

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

export interface MetricDef {
  id: string;
  label: string;
  description: string;
  unit: MetricUnit;
  family: MetricFamily;
  /** the warehouse tables the metric reads */
  tables: TableId[];
  /** the dimensions it can be grouped and filtered by */
  dimensions: DimensionId[];
  /** sums and counts: an empty bucket is 0; everything else is null (no data) */
  additive: boolean;
  /** how the metric relates to time: which window it counts and how it is compared */
  timeBehaviour: TimeBehaviour;
  /** a smaller value is better (scorecards invert it) */
  lowerIsBetter?: boolean;
  /** target-family metrics follow the query's target metric (bookings by default) */
  targetBased?: boolean;
}

const REP: DimensionId[] = ['rep', 'team', 'manager', 'region'];
const CUSTOMER: DimensionId[] = ['customer_tier', 'industry', 'dealer'];
const DEAL: DimensionId[] = [...REP, 'product', 'product_line', 'channel', ...CUSTOMER, 'stage', 'forecast_category'];
const LEAD: DimensionId[] = [...REP, 'lead_source'];
const ACTIVITY: DimensionId[] = [...REP, ...CUSTOMER];
const TARGET: DimensionId[] = ['rep', 'team', 'region', 'product', 'dealer'];
const FEEDBACK: DimensionId[] = [
  ...REP,
  ...CUSTOMER,
  'product',
  'product_line',
  'feedback_category',
  'competitor',
  'feedback_severity',
];

const DEAL_TABLES: TableId[] = ['opportunities', 'reps', 'products', 'customers', 'stages'];
const INVOICE_TABLES: TableId[] = ['invoices', 'reps', 'customers'];
const FEEDBACK_TABLES: TableId[] = ['visit_feedback', 'reps', 'customers', 'products'];

type Def = Omit<MetricDef, 'additive'> & { additive?: boolean };

const sum = (def: Def): MetricDef => ({ additive: true, ...def });
const ratio = (def: Def): MetricDef => ({ additive: false, ...def });

const METRICS: MetricDef[] = [
  // Deals: opportunities closed in the range (close_date)
  sum({
    id: 'bookings',
    label: 'Bookings',
    description: 'Total amount of deals won, by close date.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'won_deals',
    label: 'Won deals',
    description: 'Number of deals won, by close date.',
    unit: 'count',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'lost_deals',
    label: 'Lost deals',
    description: 'Number of deals lost, by close date.',
    unit: 'count',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'win_rate',
    label: 'Win rate',
    description: 'Won deals ÷ (won + lost deals), by close date.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'win_rate_amount',
    label: 'Win rate (amount)',
    description: 'Won amount ÷ (won + lost amount), by close date.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'cohort_win_rate',
    label: 'Cohort win rate',
    description: 'Of the deals created in the range, the share won so far.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'cohort',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'avg_deal_size',
    label: 'Average deal size',
    description: 'Mean amount of the deals won.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'largest_deal',
    label: 'Largest deal',
    description: 'The largest amount won.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'sales_cycle_days',
    label: 'Sales cycle',
    description: 'Mean days from creation to close of the deals won.',
    unit: 'days',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'median_sales_cycle_days',
    label: 'Median sales cycle',
    description: 'Median days from creation to close of the deals won.',
    unit: 'days',
    family: 'deals',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
    lowerIsBetter: true,
  }),
  // Pipeline: open deals expected to close in the range (forecast category not omitted)
  sum({
    id: 'open_pipeline',
    label: 'Open pipeline',
    description: 'Amount of open deals expected to close in the range.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'weighted_pipeline',
    label: 'Weighted pipeline',
    description: 'Open pipeline weighted by each deal’s probability (or its stage’s).',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'open_deals',
    label: 'Open deals',
    description: 'Number of open deals expected to close in the range.',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'commit_pipeline',
    label: 'Commit',
    description: 'Open pipeline in the commit forecast category.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'best_case_pipeline',
    label: 'Best case',
    description: 'Open pipeline in the best case forecast category.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'pipeline_created',
    label: 'Pipeline created',
    description: 'Amount of the deals created in the range, any status.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'opportunities_created',
    label: 'Opportunities created',
    description: 'Number of deals created in the range.',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'stale_deals',
    label: 'Stale deals',
    description: 'Open deals older than 14 days with no completed activity in the last 14 days (as of now).',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    tables: [...DEAL_TABLES, 'activities'],
    dimensions: DEAL,
    lowerIsBetter: true,
  }),
  // Customers
  sum({
    id: 'new_customers',
    label: 'New customers',
    description: 'Customers whose first won deal closed in the range.',
    unit: 'count',
    family: 'customers',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  sum({
    id: 'active_customers',
    label: 'Active customers',
    description: 'Distinct customers with a deal won in the range.',
    unit: 'count',
    family: 'customers',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'ltv',
    label: 'Customer lifetime value',
    description: 'Won amount before the end of the range ÷ customers with a won deal before it.',
    unit: 'currency',
    family: 'customers',
    timeBehaviour: 'flow',
    tables: DEAL_TABLES,
    dimensions: DEAL,
  }),
  ratio({
    id: 'cac',
    label: 'Customer acquisition cost',
    description: 'Marketing spend in the range (prorated by days) ÷ new customers.',
    unit: 'currency',
    family: 'customers',
    timeBehaviour: 'flow',
    tables: [...DEAL_TABLES, 'marketing_spend'],
    dimensions: ['channel'],
    lowerIsBetter: true,
  }),
  ratio({
    id: 'ltv_cac',
    label: 'LTV ÷ CAC',
    description: 'Customer lifetime value ÷ customer acquisition cost.',
    unit: 'score',
    family: 'customers',
    timeBehaviour: 'flow',
    tables: [...DEAL_TABLES, 'marketing_spend'],
    dimensions: ['channel'],
  }),
  // Leads (created_at)
  sum({
    id: 'leads_created',
    label: 'Leads created',
    description: 'Number of leads created in the range.',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'flow',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
  }),
  ratio({
    id: 'lead_conversion_rate',
    label: 'Lead conversion rate',
    description: 'Share of the leads created in the range that have converted.',
    unit: 'ratio',
    family: 'leads',
    timeBehaviour: 'cohort',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
  }),
  ratio({
    id: 'lead_response_hours',
    label: 'Lead response time',
    description: 'Mean hours from a lead’s creation to its first contact.',
    unit: 'hours',
    family: 'leads',
    timeBehaviour: 'flow',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
    lowerIsBetter: true,
  }),
  sum({
    id: 'pool_leads',
    label: 'Leads in the public pool',
    description: 'Unassigned leads still new or being worked, created before the end of the range (as of now).',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'snapshot',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
    lowerIsBetter: true,
  }),
  sum({
    id: 'aged_pool_leads',
    label: 'Pool leads waiting over 3 days',
    description: 'Leads in the public pool created more than 3 days before now, unclaimed since (as of now).',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'snapshot',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'pool_lead_age_days',
    label: 'Pool lead age',
    description: 'Mean days since creation of the leads in the public pool (as of now).',
    unit: 'days',
    family: 'leads',
    timeBehaviour: 'snapshot',
    tables: ['leads', 'reps'],
    dimensions: LEAD,
    lowerIsBetter: true,
  }),
  // Visits and activities
  sum({
    id: 'visits_planned',
    label: 'Visits planned',
    description: 'Visits planned in the range (the visit plan).',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    tables: ['activities', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'visits_completed',
    label: 'Visits completed',
    description: 'Visits completed in the range (the daily reports).',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    tables: ['activities', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  ratio({
    id: 'visit_completion_rate',
    label: 'Visit plan completion',
    description: 'Of the visits planned in the range and already due (before now), the share completed.',
    unit: 'ratio',
    family: 'visits',
    timeBehaviour: 'cohort',
    tables: ['activities', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'activities_completed',
    label: 'Activities completed',
    description: 'Activities of any type completed in the range.',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    tables: ['activities', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  ratio({
    id: 'activities_per_won_deal',
    label: 'Activities per won deal',
    description: 'Activities completed ÷ deals won in the range (0 when there are won deals and no activity).',
    unit: 'score',
    family: 'visits',
    timeBehaviour: 'flow',
    tables: ['activities', ...DEAL_TABLES],
    dimensions: ACTIVITY,
  }),
  // Targets, attainment and pacing
  ratio({
    id: 'target',
    label: 'Target',
    description: 'Target prorated to the range by days of overlap.',
    unit: 'currency',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products'],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'attainment',
    label: 'Attainment',
    description: 'Actual ÷ target.',
    unit: 'ratio',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'expected_to_date',
    label: 'Expected to date',
    description: 'Target × the elapsed share of the range.',
    unit: 'currency',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products'],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'pace',
    label: 'Pace',
    description: 'Actual ÷ expected to date.',
    unit: 'ratio',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'gap',
    label: 'Gap to target',
    description: 'What is left to reach the target: max(target − actual, 0).',
    unit: 'currency',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'required_run_rate',
    label: 'Needed per day',
    description: 'Gap ÷ the days left in the range.',
    unit: 'per_day',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'projected',
    label: 'Projected',
    description: 'Actual ÷ the elapsed share of the range (run rate to the end of the range).',
    unit: 'currency',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'coverage',
    label: 'Pipeline coverage',
    description: 'Open pipeline closing between now and the end of the range ÷ gap.',
    unit: 'score',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
  }),
  ratio({
    id: 'status',
    label: 'Status',
    description: 'on_track when pace ≥ 1.0, cautioned when ≥ 0.9, else off_track (thresholds configurable).',
    unit: 'status',
    family: 'targets',
    timeBehaviour: 'plan',
    tables: ['targets', 'reps', 'products', ...DEAL_TABLES],
    dimensions: TARGET,
    targetBased: true,
  }),
  // Collections of receivables
  sum({
    id: 'collections',
    label: 'Collections',
    description: 'Payments received in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    tables: ['payments', ...INVOICE_TABLES],
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'invoiced',
    label: 'Invoiced',
    description: 'Invoices issued in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    tables: INVOICE_TABLES,
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'amount_due',
    label: 'Amount due',
    description: 'Invoices falling due in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    tables: INVOICE_TABLES,
    dimensions: ACTIVITY,
  }),
  ratio({
    id: 'collection_rate',
    label: 'Collection rate',
    description: 'Payments received so far on the invoices due in the range ÷ their amount.',
    unit: 'ratio',
    family: 'collections',
    timeBehaviour: 'cohort',
    tables: ['payments', ...INVOICE_TABLES],
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'overdue_receivables',
    label: 'Overdue receivables',
    description: 'Unpaid amount of the invoices due before today (as of now).',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'snapshot',
    tables: ['payments', ...INVOICE_TABLES],
    dimensions: ACTIVITY,
    lowerIsBetter: true,
  }),
  // Satisfaction
  ratio({
    id: 'csat',
    label: 'CSAT',
    description: 'Mean satisfaction score (1–5) of the responses in the range.',
    unit: 'score',
    family: 'satisfaction',
    timeBehaviour: 'flow',
    tables: ['csat_responses', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  ratio({
    id: 'nps',
    label: 'NPS',
    description: '100 × (share of promoters, 9–10 − share of detractors, 0–6) of the responses in the range.',
    unit: 'nps',
    family: 'satisfaction',
    timeBehaviour: 'flow',
    tables: ['csat_responses', 'reps', 'customers'],
    dimensions: ACTIVITY,
  }),
  // Market feedback from the visit reports (reported_at)
  sum({
    id: 'feedback_reports',
    label: 'Feedback reports',
    description: 'Market feedback reported from visits in the range.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'flow',
    tables: FEEDBACK_TABLES,
    dimensions: FEEDBACK,
  }),
  ratio({
    id: 'visits_with_feedback_rate',
    label: 'Visits with feedback',
    description: 'Of the visits completed in the range, the share whose report carries market feedback.',
    unit: 'ratio',
    family: 'feedback',
    timeBehaviour: 'flow',
    tables: ['activities', 'reps', 'customers', 'visit_feedback'],
    dimensions: ACTIVITY,
  }),
  sum({
    id: 'competitor_mentions',
    label: 'Competitor mentions',
    description: 'Feedback about a competitor reported in the range.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'flow',
    tables: FEEDBACK_TABLES,
    dimensions: FEEDBACK,
  }),
  ratio({
    id: 'feedback_sentiment',
    label: 'Feedback sentiment',
    description: 'Mean sentiment of the feedback reported in the range, from −1 (negative) to 1 (positive).',
    unit: 'sentiment',
    family: 'feedback',
    timeBehaviour: 'flow',
    tables: FEEDBACK_TABLES,
    dimensions: FEEDBACK,
  }),
  sum({
    id: 'open_issues',
    label: 'Open issues',
    description: 'Reported issues (feedback with a severity) not resolved as of now, whenever reported.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'snapshot',
    tables: FEEDBACK_TABLES,
    dimensions: FEEDBACK,
    lowerIsBetter: true,
  }),
  ratio({
    id: 'issue_resolution_days',
    label: 'Issue resolution time',
    description: 'Mean days from report to resolution of the feedback resolved in the range.',
    unit: 'days',
    family: 'feedback',
    timeBehaviour: 'flow',
    tables: FEEDBACK_TABLES,
    dimensions: FEEDBACK,
    lowerIsBetter: true,
  }),
];

export const METRIC_IDS = METRICS.map((metric) => metric.id);

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

/** The actual each target metric is measured against. */
export const TARGET_ACTUALS = {
  bookings: 'bookings',
  collections: 'collections',
  new_customers: 'new_customers',
  visits: 'visits_completed',
} as const;
