import type { TableId } from '../catalog/tables';
import { DAY_MS } from '../catalog/time';
import type { SqlDialect, ZoneSpec } from './dialect';
import type { FactId } from './facts';
import type { MacroWindowSql } from './macroBounds';
import { windowSql } from './windows';

/**
 * The building blocks of the metrics' formulas (each metric's own is in its record,
 * catalog/metrics/): components aggregated in one pass over a fact table, and a final expression over
 * the components' totals. Ratios are built from summed numerators and denominators, never from
 * averages of ratios.
 */

/** The period a component is evaluated over, as of `now` (min(to, current time) unless a snapshot's instant). */
export interface Window {
  period: number;
  /** names the window's columns: the period, with an `s` for a snapshot window */
  key: string;
  from: number;
  to: number;
  now: number;
  /** the first dates whose local midnight is at or after from, to and now */
  fromDate: string;
  toDate: string;
  nowDate: string;
  /** the zone's date at now ("due before today") */
  todayDate: string;
  /** now is the current time: the state at now is today's state, else it is rebuilt from event dates */
  live: boolean;
  /** alert rules: the bounds as expressions of the data source's time macro (sql/macroBounds.ts); else literals */
  sql?: MacroWindowSql;
  /**
   * The whole local days [startDate, endDate) of the window a rollup answers (sql/rollups.ts): rows
   * dated in them are not read from the fact table. startDate is the window's fromDate; from and to
   * are the instants those days span.
   */
  rolledUp?: { startDate: string; endDate: string; from: number; to: number };
}

/** The date a record is placed in the range by, or a special rule. */
export type Anchor =
  | { kind: 'date' | 'timestamp'; column: string }
  /** as of now: the component's condition uses the window's now */
  | { kind: 'snapshot' }
  /** every record dated before the end of the range */
  | { kind: 'before_to'; column: string }
  /** dated between now and the end of the range */
  | { kind: 'now_to'; column: string }
  /** rows covering a period (start and end dates, inclusive) that overlaps the range */
  | { kind: 'overlap'; start: string; end: string };

export type Aggregate = 'sum' | 'count' | 'max' | 'count_distinct' | 'median';

export interface ExprContext {
  d: SqlDialect;
  col(alias: string, column: string): string;
  w: Window;
  zone: ZoneSpec;
  /** a warehouse table, qualified and quoted */
  table(id: TableId): string;
  /** a column of a table in a subquery (`alias.column`), read as the contract means it */
  read(expr: string, table: TableId, column: string): string;
}

export interface Component {
  id: string;
  fact: FactId;
  anchor: Anchor;
  agg: Aggregate;
  value?: (x: ExprContext) => string;
  when?: (x: ExprContext) => string;
  /** tables read by subqueries or derived joins (sql/derived.ts) in value or when */
  tables?: TableId[];
}

export interface FinalContext {
  d: SqlDialect;
  /** the total of a component over the group */
  c(componentId: string): string;
}

export interface Formula {
  components: Component[];
  final(x: FinalContext): string;
  /**
   * Snapshot metrics whose state at a past instant the event dates cannot rebuild: true for a window
   * where the metric has no value (null, with a notice), never a number built from today's state alone.
   */
  unavailableAt?(w: Window): boolean;
}

const closeDate: Anchor = { kind: 'date', column: 'close_date' };
const createdAt: Anchor = { kind: 'timestamp', column: 'created_at' };
const reportedAt: Anchor = { kind: 'timestamp', column: 'reported_at' };
const resolvedAt: Anchor = { kind: 'timestamp', column: 'resolved_at' };

const status = (x: ExprContext, value: string) => `${x.col('o', 'status')} = ${x.d.string(value)}`;
const amount = (x: ExprContext) => x.col('o', 'amount');
const won = (x: ExprContext) => status(x, 'won');
const bounds = (x: ExprContext) => windowSql(x.d, x.w);
const at = (x: ExprContext) => bounds(x).now;
// forecast_category is NOT NULL in the contract (salesperf check reports nulls)
const notOmitted = (x: ExprContext) => `${x.col('o', 'forecast_category')} <> ${x.d.string('omitted')}`;
/**
 * A deal was open at the window's now: open today, or (now being past) created by then and closed
 * after that date. A deal closed since then counts whatever its forecast category says today.
 */
const openAt = (x: ExprContext) =>
  x.w.live
    ? status(x, 'open')
    : `${x.col('o', 'created_at')} <= ${at(x)} AND (${status(x, 'open')} OR ${x.col('o', 'close_date')} > ${bounds(x).todayDate})`;
/** In the pipeline at the window's now (docs/metrics.md, open_pipeline). */
const isOpenPipeline = (x: ExprContext) =>
  x.w.live
    ? `${status(x, 'open')} AND ${notOmitted(x)}`
    : `${x.col('o', 'created_at')} <= ${at(x)} AND ((${status(x, 'open')} AND ${notOmitted(x)}) OR (${x.col('o', 'status')} <> ${x.d.string('open')} AND ${x.col('o', 'close_date')} > ${bounds(x).todayDate}))`;
const cycleDays = (x: ExprContext) =>
  `(${x.d.dateDayNumber(x.col('o', 'close_date'))} - ${x.d.localDayNumber(x.col('o', 'created_at'), x.zone)})`;

const zeroIfNull = (expr: string) => `COALESCE(${expr}, 0)`;
/**
 * A ratio of component totals: null when the denominator is 0 or empty; a numerator without rows (its
 * fact has none in the group, as activities for a rep with won deals only) is 0, not null.
 */
export const ratioOf = (numerator: string, denominator: string) =>
  `${zeroIfNull(numerator)} / NULLIF(${denominator}, 0)`;

const opp = (
  id: string,
  agg: Aggregate,
  anchor: Anchor,
  when?: Component['when'],
  value?: Component['value']
): Component => ({
  id,
  fact: 'opportunities',
  anchor,
  agg,
  when,
  value,
});

/**
 * amount × days of overlap with the window ÷ days in the row's period (start and end dates inclusive),
 * in floating point: a decimal column keeps its scale through a division on ClickHouse (12 visits ×
 * 31/91 would read 4.08) and MySQL, and a prorated figure is a fraction anyway.
 */
export function prorated(d: SqlDialect, amount: string, startDate: string, endDate: string, w: Window): string {
  const start = d.dateDayNumber(startDate);
  const end = `(${d.dateDayNumber(endDate)} + 1)`;
  const from = d.dateDayNumber(windowSql(d, w).fromDate);
  const to = d.dateDayNumber(windowSql(d, w).toDate);
  return `${d.toDouble(amount)} * (least(${end}, ${to}) - greatest(${start}, ${from})) / (${end} - ${start})`;
}

export const STALE_DAYS = 14;
/** A pool lead unclaimed for longer than this is aged (aged_pool_leads). */
const POOL_WAIT_DAYS = 3;

const COMPONENTS = {
  won_amount: opp('won_amount', 'sum', closeDate, won, amount),
  won_count: opp('won_count', 'count', closeDate, won),
  lost_amount: opp('lost_amount', 'sum', closeDate, (x) => status(x, 'lost'), amount),
  lost_count: opp('lost_count', 'count', closeDate, (x) => status(x, 'lost')),
  largest_won: opp('largest_won', 'max', closeDate, won, amount),
  won_cycle_days: opp('won_cycle_days', 'sum', closeDate, won, cycleDays),
  won_cycle_median: opp('won_cycle_median', 'median', closeDate, won, cycleDays),
  created_count: opp('created_count', 'count', createdAt),
  created_amount: opp('created_amount', 'sum', createdAt, undefined, amount),
  created_won_count: opp('created_won_count', 'count', createdAt, won),
  open_amount: opp('open_amount', 'sum', closeDate, isOpenPipeline, amount),
  open_weighted: opp(
    'open_weighted',
    'sum',
    closeDate,
    isOpenPipeline,
    (x) => `${amount(x)} * COALESCE(${x.col('o', 'probability')}, ${x.col('s', 'probability')})`
  ),
  open_count: opp('open_count', 'count', closeDate, isOpenPipeline),
  commit_amount: opp(
    'commit_amount',
    'sum',
    closeDate,
    (x) => `${isOpenPipeline(x)} AND ${x.col('o', 'forecast_category')} = ${x.d.string('commit')}`,
    amount
  ),
  best_case_amount: opp(
    'best_case_amount',
    'sum',
    closeDate,
    (x) => `${isOpenPipeline(x)} AND ${x.col('o', 'forecast_category')} = ${x.d.string('best_case')}`,
    amount
  ),
  remaining_pipeline: opp(
    'remaining_pipeline',
    'sum',
    { kind: 'now_to', column: 'close_date' },
    isOpenPipeline,
    amount
  ),
  stale_count: {
    // activities in the STALE_DAYS before now, per deal: sql/derived.ts
    ...opp(
      'stale_count',
      'count',
      { kind: 'snapshot' },
      (x) =>
        `${openAt(x)} AND ${x.col('o', 'created_at')} < ${bounds(x).nowMinus(STALE_DAYS * DAY_MS)} AND ` +
        `COALESCE(${x.col('ract', `recent_${x.w.key}`)}, 0) = 0`
    ),
    tables: ['activities'] as TableId[],
  },
  new_customer_count: {
    ...opp(
      'new_customer_count',
      'count',
      closeDate,
      // each customer's first won deal: sql/derived.ts
      (x) => `${won(x)} AND ${x.col('fwd', 'first_won')} IS NOT NULL`
    ),
  },
  active_customer_count: opp('active_customer_count', 'count_distinct', closeDate, won, (x) =>
    x.col('o', 'customer_id')
  ),
  ltv_amount: opp('ltv_amount', 'sum', { kind: 'before_to', column: 'close_date' }, won, amount),
  ltv_customers: opp('ltv_customers', 'count_distinct', { kind: 'before_to', column: 'close_date' }, won, (x) =>
    x.col('o', 'customer_id')
  ),
  spend_amount: {
    id: 'spend_amount',
    fact: 'marketing_spend',
    anchor: { kind: 'overlap', start: 'period_start', end: 'period_end' },
    agg: 'sum',
    value: (x) => prorated(x.d, x.col('ms', 'amount'), x.col('ms', 'period_start'), x.col('ms', 'period_end'), x.w),
  },
  leads_count: { id: 'leads_count', fact: 'leads', anchor: createdAt, agg: 'count' },
  leads_converted: {
    id: 'leads_converted',
    fact: 'leads',
    anchor: createdAt,
    agg: 'count',
    when: (x) => `${x.col('l', 'converted_at')} IS NOT NULL`,
  },
  response_hours: {
    id: 'response_hours',
    fact: 'leads',
    anchor: createdAt,
    agg: 'sum',
    when: (x) => `${x.col('l', 'first_contact_at')} IS NOT NULL`,
    value: (x) =>
      `(${x.d.epochSeconds(x.col('l', 'first_contact_at'))} - ${x.d.epochSeconds(x.col('l', 'created_at'))}) / 3600`,
  },
  responded_count: {
    id: 'responded_count',
    fact: 'leads',
    anchor: createdAt,
    agg: 'count',
    when: (x) => `${x.col('l', 'first_contact_at')} IS NOT NULL`,
  },
  pool_count: {
    id: 'pool_count',
    fact: 'leads',
    anchor: { kind: 'snapshot' },
    agg: 'count',
    when: (x) => isPoolLead(x),
  },
  aged_pool_count: {
    id: 'aged_pool_count',
    fact: 'leads',
    anchor: { kind: 'snapshot' },
    agg: 'count',
    when: (x) => `${isPoolLead(x)} AND ${x.col('l', 'created_at')} < ${bounds(x).nowMinus(POOL_WAIT_DAYS * DAY_MS)}`,
  },
  pool_age_days: {
    id: 'pool_age_days',
    fact: 'leads',
    anchor: { kind: 'snapshot' },
    agg: 'sum',
    when: (x) => isPoolLead(x),
    value: (x) => `(${x.d.epochSeconds(at(x))} - ${x.d.epochSeconds(x.col('l', 'created_at'))}) / 86400`,
  },
  visits_planned: {
    id: 'visits_planned',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'planned_at' },
    agg: 'count',
    when: (x) => isVisit(x),
  },
  // plans already due: planned before now (docs/metrics.md, visit_completion_rate)
  visits_due: {
    id: 'visits_due',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'planned_at' },
    agg: 'count',
    when: (x) => `${isVisit(x)} AND ${x.col('a', 'planned_at')} < ${at(x)}`,
  },
  visits_due_done: {
    id: 'visits_due_done',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'planned_at' },
    agg: 'count',
    when: (x) =>
      `${isVisit(x)} AND ${x.col('a', 'planned_at')} < ${at(x)} AND ${x.col('a', 'completed_at')} IS NOT NULL`,
  },
  visits_completed: {
    id: 'visits_completed',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'completed_at' },
    agg: 'count',
    when: (x) => isVisit(x),
  },
  activities_completed: {
    id: 'activities_completed',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'completed_at' },
    agg: 'count',
  },
  payments_amount: {
    id: 'payments_amount',
    fact: 'payments',
    anchor: { kind: 'date', column: 'received_at' },
    agg: 'sum',
    value: (x) => x.col('pm', 'amount'),
  },
  invoiced_amount: {
    id: 'invoiced_amount',
    fact: 'invoices',
    anchor: { kind: 'date', column: 'issued_at' },
    agg: 'sum',
    value: (x) => x.col('i', 'amount'),
  },
  due_amount: {
    id: 'due_amount',
    fact: 'invoices',
    anchor: { kind: 'date', column: 'due_at' },
    agg: 'sum',
    value: (x) => x.col('i', 'amount'),
  },
  due_paid: {
    id: 'due_paid',
    fact: 'invoices',
    anchor: { kind: 'date', column: 'due_at' },
    agg: 'sum',
    value: (x) => `COALESCE(${x.col('pay', `paid_${x.w.key}`)}, 0)`,
    tables: ['payments'] as TableId[],
  },
  overdue_amount: {
    id: 'overdue_amount',
    fact: 'invoices',
    anchor: { kind: 'snapshot' },
    agg: 'sum',
    // due before the day of now: an invoice due today is not overdue
    when: (x) => `${x.col('i', 'due_at')} < ${bounds(x).todayDate}`,
    value: (x) => `greatest(${x.col('i', 'amount')} - COALESCE(${x.col('pay', `paid_${x.w.key}`)}, 0), 0)`,
    tables: ['payments'] as TableId[],
  },
  csat_sum: {
    id: 'csat_sum',
    fact: 'csat_responses',
    anchor: { kind: 'timestamp', column: 'responded_at' },
    agg: 'sum',
    value: (x) => x.col('cs', 'score'),
  },
  csat_count: {
    id: 'csat_count',
    fact: 'csat_responses',
    anchor: { kind: 'timestamp', column: 'responded_at' },
    agg: 'count',
    when: (x) => `${x.col('cs', 'score')} IS NOT NULL`,
  },
  nps_count: {
    id: 'nps_count',
    fact: 'csat_responses',
    anchor: { kind: 'timestamp', column: 'responded_at' },
    agg: 'count',
    when: (x) => `${x.col('cs', 'nps')} IS NOT NULL`,
  },
  nps_promoters: {
    id: 'nps_promoters',
    fact: 'csat_responses',
    anchor: { kind: 'timestamp', column: 'responded_at' },
    agg: 'count',
    when: (x) => `${x.col('cs', 'nps')} >= 9`,
  },
  nps_detractors: {
    id: 'nps_detractors',
    fact: 'csat_responses',
    anchor: { kind: 'timestamp', column: 'responded_at' },
    agg: 'count',
    when: (x) => `${x.col('cs', 'nps')} <= 6`,
  },
  feedback_count: { id: 'feedback_count', fact: 'visit_feedback', anchor: reportedAt, agg: 'count' },
  competitor_count: {
    id: 'competitor_count',
    fact: 'visit_feedback',
    anchor: reportedAt,
    agg: 'count',
    when: (x) => `${x.col('vf', 'category')} = ${x.d.string('competitor')}`,
  },
  sentiment_sum: {
    id: 'sentiment_sum',
    fact: 'visit_feedback',
    anchor: reportedAt,
    agg: 'sum',
    value: (x) => x.col('vf', 'sentiment'),
  },
  sentiment_count: {
    id: 'sentiment_count',
    fact: 'visit_feedback',
    anchor: reportedAt,
    agg: 'count',
    when: (x) => `${x.col('vf', 'sentiment')} IS NOT NULL`,
  },
  open_issue_count: {
    id: 'open_issue_count',
    fact: 'visit_feedback',
    anchor: { kind: 'snapshot' },
    agg: 'count',
    when: (x) => isOpenIssue(x, x.w.now),
  },
  resolution_days: {
    id: 'resolution_days',
    fact: 'visit_feedback',
    anchor: resolvedAt,
    agg: 'sum',
    value: (x) =>
      `(${x.d.epochSeconds(x.col('vf', 'resolved_at'))} - ${x.d.epochSeconds(x.col('vf', 'reported_at'))}) / 86400`,
  },
  resolved_count: { id: 'resolved_count', fact: 'visit_feedback', anchor: resolvedAt, agg: 'count' },
  visits_with_feedback: {
    id: 'visits_with_feedback',
    fact: 'activities',
    anchor: { kind: 'timestamp', column: 'completed_at' },
    agg: 'count',
    // the feedback reports per activity: sql/derived.ts
    when: (x) => `${isVisit(x)} AND ${x.col('fbv', 'reports')} IS NOT NULL`,
    tables: ['visit_feedback'] as TableId[],
  },
} satisfies Record<string, Component>;

/**
 * An issue (feedback with a severity) open at an instant: reported before it and not resolved by
 * it. As of a past instant this is the state then, rebuilt from reported_at and resolved_at.
 */
export function isOpenIssue(x: Pick<ExprContext, 'col' | 'd'>, at: number): string {
  const resolved = x.col('vf', 'resolved_at');
  return `${x.col('vf', 'severity')} IS NOT NULL AND ${x.col('vf', 'reported_at')} < ${x.d.timestamp(at)} AND (${resolved} IS NULL OR ${resolved} >= ${x.d.timestamp(at)})`;
}

/**
 * In the public pool at the window's now: today, unassigned and new or working; at a past instant,
 * created by then and neither assigned (an owner without assigned_at counts as assigned) nor converted
 * before it. When a lead was disqualified is not recorded: one disqualified today is left out.
 */
function isPoolLead(x: ExprContext): string {
  const l = (column: string) => x.col('l', column);
  const createdBefore = `${l('created_at')} < ${bounds(x).to}`;
  if (x.w.live) {
    return `${l('owner_rep_id')} IS NULL AND ${l('status')} IN (${x.d.string('new')}, ${x.d.string('working')}) AND ${createdBefore}`;
  }
  const t = at(x);
  return (
    `${createdBefore} AND ${l('created_at')} <= ${t} AND ${l('status')} <> ${x.d.string('disqualified')} AND ` +
    `((${l('assigned_at')} IS NULL AND ${l('owner_rep_id')} IS NULL) OR ${l('assigned_at')} > ${t}) AND ` +
    `(${l('converted_at')} IS NULL OR ${l('converted_at')} > ${t})`
  );
}

function isVisit(x: ExprContext): string {
  return `${x.col('a', 'activity_type')} = ${x.d.string('visit')}`;
}

export type ComponentId = keyof typeof COMPONENTS;

/**
 * A metric's formula (catalog/metrics/*): its components, aggregated in one pass over their facts,
 * and the final expression over their totals.
 */
export const formula = (
  ids: ComponentId[],
  final: (c: (id: ComponentId) => string, d: SqlDialect) => string
): Formula => ({
  components: ids.map((id) => COMPONENTS[id]),
  final: (x) => final((id) => x.c(id), x.d),
});

/** A component's total, 0 for a group without rows. */
export const total = (id: ComponentId) => formula([id], (c) => zeroIfNull(c(id)));

export { COMPONENTS };
