import type { TableId } from '../catalog/tables';
import type { DimensionId } from '../types';

/**
 * The fact tables metrics are computed from, the dimension tables they reach, and where each
 * dimension's value comes from (docs/metrics.md lists each metric's dimensions):
 * team, manager and region are the owning rep's; product and product line the deal's product's;
 * tier, industry and dealer the customer's; channel the deal's or the spend row's; the feedback
 * dimensions the feedback row's own.
 */

export type FactId =
  | 'opportunities'
  | 'leads'
  | 'activities'
  | 'invoices'
  | 'payments'
  | 'csat_responses'
  | 'marketing_spend'
  | 'visit_feedback';

export type ColumnRef = readonly [alias: string, column: string];

export interface JoinDef {
  alias: string;
  table: TableId;
  /** the left side of the join: a column of the fact or of an earlier join */
  from: ColumnRef;
  /** the joined table's key column */
  key: string;
}

/** A dimension's value, and for rep its id (filters on rep match the id). */
export interface DimensionRef {
  value: ColumnRef;
  id?: ColumnRef;
}

export interface FactDef {
  id: FactId;
  table: TableId;
  alias: string;
  joins: JoinDef[];
  dimensions: Partial<Record<DimensionId, DimensionRef>>;
}

const repJoin = (from: ColumnRef): JoinDef => ({ alias: 'r', table: 'reps', from, key: 'rep_id' });
const customerJoin = (from: ColumnRef): JoinDef => ({ alias: 'c', table: 'customers', from, key: 'customer_id' });

const repDimensions = (repId: ColumnRef): FactDef['dimensions'] => ({
  rep: { value: ['r', 'rep_name'], id: repId },
  team: { value: ['r', 'team'] },
  manager: { value: ['r', 'manager'] },
  region: { value: ['r', 'region'] },
});

const customerDimensions: FactDef['dimensions'] = {
  customer_tier: { value: ['c', 'tier'] },
  industry: { value: ['c', 'industry'] },
  dealer: { value: ['c', 'dealer'] },
};

export const FACTS: Record<FactId, FactDef> = {
  opportunities: {
    id: 'opportunities',
    table: 'opportunities',
    alias: 'o',
    joins: [
      repJoin(['o', 'owner_rep_id']),
      { alias: 'p', table: 'products', from: ['o', 'product_id'], key: 'product_id' },
      customerJoin(['o', 'customer_id']),
      { alias: 's', table: 'stages', from: ['o', 'stage'], key: 'stage' },
    ],
    // in the order the catalog lists a deal metric's dimensions (catalog/metricScope.ts)
    dimensions: {
      ...repDimensions(['o', 'owner_rep_id']),
      product: { value: ['p', 'product_name'] },
      product_line: { value: ['p', 'product_line'] },
      channel: { value: ['o', 'channel'] },
      ...customerDimensions,
      stage: { value: ['o', 'stage'] },
      forecast_category: { value: ['o', 'forecast_category'] },
    },
  },
  leads: {
    id: 'leads',
    table: 'leads',
    alias: 'l',
    joins: [repJoin(['l', 'owner_rep_id'])],
    dimensions: { ...repDimensions(['l', 'owner_rep_id']), lead_source: { value: ['l', 'source'] } },
  },
  activities: {
    id: 'activities',
    table: 'activities',
    alias: 'a',
    joins: [repJoin(['a', 'rep_id']), customerJoin(['a', 'customer_id'])],
    dimensions: { ...repDimensions(['a', 'rep_id']), ...customerDimensions },
  },
  invoices: {
    id: 'invoices',
    table: 'invoices',
    alias: 'i',
    joins: [repJoin(['i', 'rep_id']), customerJoin(['i', 'customer_id'])],
    dimensions: { ...repDimensions(['i', 'rep_id']), ...customerDimensions },
  },
  payments: {
    id: 'payments',
    table: 'payments',
    alias: 'pm',
    joins: [
      { alias: 'i', table: 'invoices', from: ['pm', 'invoice_id'], key: 'invoice_id' },
      repJoin(['i', 'rep_id']),
      customerJoin(['i', 'customer_id']),
    ],
    dimensions: { ...repDimensions(['i', 'rep_id']), ...customerDimensions },
  },
  csat_responses: {
    id: 'csat_responses',
    table: 'csat_responses',
    alias: 'cs',
    joins: [repJoin(['cs', 'rep_id']), customerJoin(['cs', 'customer_id'])],
    dimensions: { ...repDimensions(['cs', 'rep_id']), ...customerDimensions },
  },
  marketing_spend: {
    id: 'marketing_spend',
    table: 'marketing_spend',
    alias: 'ms',
    joins: [],
    dimensions: { channel: { value: ['ms', 'channel'] } },
  },
  visit_feedback: {
    id: 'visit_feedback',
    table: 'visit_feedback',
    alias: 'vf',
    joins: [
      repJoin(['vf', 'rep_id']),
      customerJoin(['vf', 'customer_id']),
      { alias: 'p', table: 'products', from: ['vf', 'product_id'], key: 'product_id' },
    ],
    dimensions: {
      ...repDimensions(['vf', 'rep_id']),
      ...customerDimensions,
      product: { value: ['p', 'product_name'] },
      product_line: { value: ['p', 'product_line'] },
      feedback_category: { value: ['vf', 'category'] },
      competitor: { value: ['vf', 'competitor'] },
      feedback_severity: { value: ['vf', 'severity'] },
    },
  },
};

/** The reps table on its own, as a source of the rep dimensions (variables, scorecard entities). */
export const REPS_TABLE: FactDef = {
  id: 'opportunities',
  table: 'reps',
  alias: 'r',
  joins: [],
  dimensions: repDimensions(['r', 'rep_id']),
};

/**
 * The targets table with the tables its rows reach. Its dimensions are keyed by level (sql/targets.ts),
 * so it lists none here: what a target can be grouped by is TARGET_DIMENSIONS.
 */
export const TARGETS: FactDef = {
  id: 'opportunities',
  table: 'targets',
  alias: 't',
  joins: [
    { alias: 'r', table: 'reps', from: ['t', 'rep_id'], key: 'rep_id' },
    { alias: 'p', table: 'products', from: ['t', 'product_id'], key: 'product_id' },
  ],
  dimensions: {},
};

/** The dimensions a target row can name, and so what attainment can be grouped and filtered by. */
export const TARGET_DIMENSIONS: DimensionId[] = ['rep', 'team', 'region', 'product', 'dealer'];
