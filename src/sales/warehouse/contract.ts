import { COMMISSION_CALCS } from '../analytics/commission';
import { PLAN_PERIODS } from '../analytics/commissionPeriods';
import { salesError } from '../errors';
import { TARGET_ACTUALS } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import type { TargetMetric } from '../types';

/**
 * The warehouse contract as data: the one definition that the DDL generator,
 * the contract check, the demo-data generator and the loaders all read.
 */

/**
 * Logical column types. `amount`, `ratio` and `score` are exact decimals of different precision:
 * money, probabilities in 0..1, and survey scores.
 */
export type LogicalType = 'text' | 'integer' | 'amount' | 'ratio' | 'score' | 'boolean' | 'date' | 'timestamp';

/**
 * How long a text column may be where the engine needs a length (MariaDB VARCHAR, so it can be
 * indexed); `long` is free text (a visit report), never indexed and never cut.
 */
export type TextSize = 'id' | 'code' | 'name' | 'long';

export interface ColumnDef {
  name: string;
  type: LogicalType;
  nullable: boolean;
  size?: TextSize;
  /** The column holds a key of another table (checked for orphans). */
  references?: { table: TableId; column: string };
  /** Allowed values (checked); other values make metrics silently miss rows. */
  values?: readonly string[];
  /** Inclusive bounds of numeric values (checked). */
  range?: readonly [number, number];
  /** Amounts must not be negative (checked). */
  nonNegative?: boolean;
  /**
   * A column added to the contract after its table: a warehouse without it still runs every query
   * that does not need it (check warns, naming this), so older warehouses keep working.
   */
  addedLater?: { needs: string };
}

export interface TableDef {
  name: TableId;
  required: boolean;
  /** What the table feeds, for the message when an optional table is absent. */
  feeds: string;
  columns: ColumnDef[];
  primaryKey: string[];
  /** Indexes that the KPI queries use (PostgreSQL, MariaDB). */
  indexes: string[][];
  /** MergeTree sort key (ClickHouse): columns that are never null, in the order queries filter on them. */
  sortKey: string[];
}

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export const FORECAST_CATEGORIES = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const;
export const LEAD_STATUSES = ['new', 'working', 'converted', 'disqualified'] as const;
export const ACTIVITY_TYPES = ['visit', 'call', 'meeting', 'email', 'demo'] as const;
/** the metrics targets are set for, in the catalog's order (each measured against its actual there) */
export const TARGET_METRICS = Object.keys(TARGET_ACTUALS) as TargetMetric[];
export const COMP_MEASURES = ['bookings', 'collections'] as const;
// the plan periods and calculations the commission engine knows
export const COMP_PERIODS = PLAN_PERIODS;
export const COMP_CALCS = COMMISSION_CALCS;
export const ADJUSTMENT_KINDS = ['spif', 'bonus', 'clawback', 'draw', 'manual'] as const;
export const FEEDBACK_CATEGORIES = [
  'customer_opinion',
  'competitor',
  'dealer',
  'price',
  'product_issue',
  'logistics',
] as const;
export const FEEDBACK_SEVERITIES = ['low', 'medium', 'high'] as const;

const id = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'text',
  nullable: false,
  size: 'id',
  ...extra,
});
const text = (name: string, size: TextSize, nullable = false, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'text',
  nullable,
  size,
  ...extra,
});
const ref = (name: string, table: TableId, nullable = false): ColumnDef =>
  id(name, { nullable, references: { table, column: PRIMARY_KEY_OF[table] } });
const col = (name: string, type: LogicalType, nullable = false, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type,
  nullable,
  ...extra,
});
const money = (name: string): ColumnDef => col(name, 'amount', false, { nonNegative: true });
const probability = (name: string, nullable = false): ColumnDef => col(name, 'ratio', nullable, { range: [0, 1] });

const PRIMARY_KEY_OF: Record<string, string> = {
  reps: 'rep_id',
  products: 'product_id',
  customers: 'customer_id',
  stages: 'stage',
  opportunities: 'opportunity_id',
  invoices: 'invoice_id',
  comp_plans: 'plan_id',
  activities: 'activity_id',
};

export const CONTRACT: readonly TableDef[] = [
  {
    name: 'reps',
    required: true,
    feeds: 'every metric by rep, team, manager or region',
    columns: [
      id('rep_id'),
      text('rep_name', 'name'),
      text('team', 'name'),
      text('manager', 'name'),
      text('region', 'name'),
      col('hired_on', 'date'),
      col('left_on', 'date', true),
    ],
    primaryKey: ['rep_id'],
    indexes: [],
    sortKey: ['rep_id'],
  },
  {
    name: 'products',
    required: false,
    feeds: 'the product and product_line dimensions',
    columns: [id('product_id'), text('product_name', 'name'), text('product_line', 'name'), money('list_price')],
    primaryKey: ['product_id'],
    indexes: [],
    sortKey: ['product_id'],
  },
  {
    name: 'customers',
    required: false,
    feeds: 'the customer_tier and industry dimensions and the customer metrics',
    columns: [
      id('customer_id'),
      text('customer_name', 'name'),
      text('industry', 'name'),
      text('tier', 'code'),
      text('region', 'name'),
      text('channel', 'code'),
      text('dealer', 'name', true),
      col('created_at', 'timestamp'),
    ],
    primaryKey: ['customer_id'],
    indexes: [],
    sortKey: ['customer_id'],
  },
  {
    name: 'stages',
    required: true,
    feeds: 'the funnel and the weighted pipeline',
    columns: [
      text('stage', 'name'),
      col('position', 'integer'),
      probability('probability'),
      col('is_closed', 'boolean'),
      col('is_won', 'boolean'),
    ],
    primaryKey: ['stage'],
    indexes: [],
    sortKey: ['stage'],
  },
  {
    name: 'opportunities',
    required: true,
    feeds: 'the deal and pipeline metrics',
    columns: [
      id('opportunity_id'),
      ref('customer_id', 'customers'),
      ref('owner_rep_id', 'reps'),
      ref('product_id', 'products', true),
      text('channel', 'code'),
      col('created_at', 'timestamp'),
      col('close_date', 'date', true),
      text('stage', 'name', false, { references: { table: 'stages', column: 'stage' } }),
      text('status', 'code', false, { values: OPPORTUNITY_STATUSES }),
      money('amount'),
      probability('probability', true),
      text('forecast_category', 'code', false, { values: FORECAST_CATEGORIES }),
      text('lost_reason', 'name', true),
    ],
    primaryKey: ['opportunity_id'],
    indexes: [['close_date'], ['created_at'], ['owner_rep_id'], ['customer_id'], ['product_id']],
    sortKey: ['status', 'created_at', 'opportunity_id'],
  },
  {
    name: 'opportunity_stage_history',
    required: false,
    feeds: 'the strict funnel and the days in stage',
    columns: [
      ref('opportunity_id', 'opportunities'),
      text('stage', 'name', false, { references: { table: 'stages', column: 'stage' } }),
      col('entered_at', 'timestamp'),
      col('exited_at', 'timestamp', true),
    ],
    primaryKey: [],
    indexes: [['opportunity_id', 'entered_at']],
    sortKey: ['opportunity_id', 'entered_at'],
  },
  {
    name: 'leads',
    required: false,
    feeds: 'the lead metrics and the public pool',
    columns: [
      id('lead_id'),
      col('created_at', 'timestamp'),
      text('source', 'code'),
      ref('owner_rep_id', 'reps', true),
      col('assigned_at', 'timestamp', true),
      col('first_contact_at', 'timestamp', true),
      col('converted_at', 'timestamp', true),
      ref('opportunity_id', 'opportunities', true),
      text('status', 'code', false, { values: LEAD_STATUSES }),
    ],
    primaryKey: ['lead_id'],
    indexes: [['created_at'], ['owner_rep_id']],
    sortKey: ['created_at', 'lead_id'],
  },
  {
    name: 'activities',
    required: false,
    feeds: 'the visit and activity metrics',
    columns: [
      id('activity_id'),
      ref('rep_id', 'reps'),
      ref('customer_id', 'customers', true),
      ref('opportunity_id', 'opportunities', true),
      text('activity_type', 'code', false, { values: ACTIVITY_TYPES }),
      col('planned_at', 'timestamp', true),
      col('completed_at', 'timestamp', true),
      text('outcome', 'name', true),
    ],
    primaryKey: ['activity_id'],
    indexes: [['completed_at'], ['planned_at'], ['rep_id'], ['opportunity_id']],
    sortKey: ['activity_type', 'rep_id', 'activity_id'],
  },
  {
    name: 'targets',
    required: false,
    feeds: 'targets, attainment and pacing',
    columns: [
      id('target_id'),
      text('metric', 'code', false, { values: TARGET_METRICS }),
      col('period_start', 'date'),
      col('period_end', 'date'),
      ref('rep_id', 'reps', true),
      text('team', 'name', true),
      text('region', 'name', true),
      ref('product_id', 'products', true),
      money('amount'),
      text('dealer', 'name', true, {
        addedLater: { needs: 'targets by dealer (attainment grouped or filtered by dealer)' },
      }),
    ],
    primaryKey: ['target_id'],
    indexes: [['metric', 'period_start', 'period_end']],
    sortKey: ['metric', 'period_start', 'target_id'],
  },
  {
    name: 'invoices',
    required: false,
    feeds: 'invoiced amounts, amounts due, collection rate and overdue receivables',
    columns: [
      id('invoice_id'),
      ref('opportunity_id', 'opportunities', true),
      ref('customer_id', 'customers'),
      ref('rep_id', 'reps'),
      col('issued_at', 'date'),
      col('due_at', 'date'),
      money('amount'),
    ],
    primaryKey: ['invoice_id'],
    indexes: [['issued_at'], ['due_at'], ['rep_id'], ['customer_id']],
    sortKey: ['issued_at', 'invoice_id'],
  },
  {
    name: 'payments',
    required: false,
    feeds: 'collections, collection rate and overdue receivables',
    columns: [id('payment_id'), ref('invoice_id', 'invoices'), col('received_at', 'date'), money('amount')],
    primaryKey: ['payment_id'],
    indexes: [['received_at'], ['invoice_id']],
    sortKey: ['received_at', 'payment_id'],
  },
  {
    name: 'csat_responses',
    required: false,
    feeds: 'CSAT and NPS',
    columns: [
      id('response_id'),
      ref('customer_id', 'customers'),
      ref('rep_id', 'reps', true),
      col('responded_at', 'timestamp'),
      col('score', 'score', false, { range: [1, 5] }),
      col('nps', 'score', true, { range: [0, 10] }),
    ],
    primaryKey: ['response_id'],
    indexes: [['responded_at'], ['rep_id']],
    sortKey: ['responded_at', 'response_id'],
  },
  {
    name: 'marketing_spend',
    required: false,
    feeds: 'customer acquisition cost (cac, ltv_cac)',
    columns: [col('period_start', 'date'), col('period_end', 'date'), text('channel', 'code'), money('amount')],
    primaryKey: [],
    indexes: [['period_start', 'period_end']],
    sortKey: ['period_start', 'channel'],
  },
  // Commission plans (docs/frames.md, commission): small tables, the same rows on every node of a cluster
  {
    name: 'comp_plans',
    required: false,
    feeds: 'commissions (the plans)',
    columns: [
      id('plan_id'),
      text('plan_name', 'name'),
      text('measure', 'code', false, { values: COMP_MEASURES }),
      text('period', 'code', false, { values: COMP_PERIODS }),
      text('calc', 'code', false, { values: COMP_CALCS }),
      // attainment below which nothing is earned; a multiple of the target incentive that caps earnings
      col('gate', 'ratio', true),
      col('cap_multiple', 'ratio', true),
      col('effective_from', 'date'),
      col('effective_to', 'date', true),
    ],
    primaryKey: ['plan_id'],
    indexes: [],
    sortKey: ['plan_id'],
  },
  {
    name: 'comp_plan_tiers',
    required: false,
    feeds: 'commissions (the rates by attainment)',
    columns: [
      ref('plan_id', 'comp_plans'),
      col('lower_attainment', 'ratio'),
      col('upper_attainment', 'ratio', true),
      probability('rate'),
    ],
    primaryKey: [],
    indexes: [],
    sortKey: ['plan_id', 'lower_attainment'],
  },
  {
    name: 'comp_assignments',
    required: false,
    feeds: 'commissions (who is on which plan)',
    columns: [
      ref('rep_id', 'reps'),
      ref('plan_id', 'comp_plans'),
      col('effective_from', 'date'),
      col('effective_to', 'date', true),
      money('target_incentive'),
    ],
    primaryKey: [],
    indexes: [['rep_id']],
    sortKey: ['rep_id', 'effective_from'],
  },
  {
    name: 'comp_adjustments',
    required: false,
    feeds: 'commissions (SPIFs, bonuses, clawbacks, draws)',
    columns: [
      id('adjustment_id'),
      ref('rep_id', 'reps'),
      col('period_start', 'date'),
      text('kind', 'code', false, { values: ADJUSTMENT_KINDS }),
      // signed: clawbacks are negative
      col('amount', 'amount'),
      text('note', 'name', true),
    ],
    primaryKey: ['adjustment_id'],
    indexes: [['rep_id', 'period_start']],
    sortKey: ['period_start', 'adjustment_id'],
  },
  {
    name: 'visit_feedback',
    required: false,
    feeds: 'the market feedback metrics and the feedback kind',
    columns: [
      id('feedback_id'),
      ref('activity_id', 'activities', true),
      ref('rep_id', 'reps'),
      ref('customer_id', 'customers', true),
      col('reported_at', 'timestamp'),
      text('category', 'code', false, { values: FEEDBACK_CATEGORIES }),
      text('competitor', 'name', true),
      ref('product_id', 'products', true),
      col('sentiment', 'integer', false, { range: [-1, 1] }),
      text('severity', 'code', true, { values: FEEDBACK_SEVERITIES }),
      text('text', 'long'),
      col('resolved_at', 'timestamp', true),
    ],
    primaryKey: ['feedback_id'],
    indexes: [['reported_at'], ['activity_id'], ['rep_id'], ['resolved_at']],
    sortKey: ['reported_at', 'feedback_id'],
  },
];

export function getTableDef(name: string): TableDef {
  const table = CONTRACT.find((candidate) => candidate.name === name);
  if (!table) {
    throw salesError(
      'contract.unknown-table',
      { name, tables: CONTRACT.map((t) => t.name).join(', ') },
      'invalid_config'
    );
  }
  return table;
}

/** Pairs of columns that must be ordered: [table, earlier, later]. */
export const ORDERED_COLUMNS: ReadonlyArray<readonly [TableId, string, string]> = [
  ['targets', 'period_start', 'period_end'],
  ['marketing_spend', 'period_start', 'period_end'],
  ['invoices', 'issued_at', 'due_at'],
  ['opportunity_stage_history', 'entered_at', 'exited_at'],
  ['comp_plans', 'effective_from', 'effective_to'],
  ['comp_assignments', 'effective_from', 'effective_to'],
  ['visit_feedback', 'reported_at', 'resolved_at'],
];
