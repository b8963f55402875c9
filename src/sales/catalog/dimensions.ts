import { salesError } from '../errors';
import type { DimensionId } from '../types';

export interface DimensionDef {
  id: DimensionId;
  label: string;
  description: string;
}

const DIMENSIONS: DimensionDef[] = [
  { id: 'rep', label: 'Rep', description: 'The owning sales rep (filters match rep_id).' },
  { id: 'team', label: 'Team', description: "The owning rep's team." },
  { id: 'manager', label: 'Manager', description: "The owning rep's manager." },
  { id: 'region', label: 'Region', description: "The owning rep's region." },
  { id: 'product', label: 'Product', description: 'The product of the deal.' },
  { id: 'product_line', label: 'Product line', description: 'The product line of the deal.' },
  {
    id: 'channel',
    label: 'Channel',
    description: 'The channel of the deal (direct, dealer, online …) or of the marketing spend.',
  },
  { id: 'customer_tier', label: 'Customer tier', description: 'The tier of the customer (A, B, C …).' },
  { id: 'industry', label: 'Industry', description: "The customer's industry." },
  { id: 'lead_source', label: 'Lead source', description: 'Where a lead came from.' },
  { id: 'stage', label: 'Stage', description: 'The current stage of the deal.' },
  {
    id: 'forecast_category',
    label: 'Forecast category',
    description: 'pipeline, best_case, commit, closed or omitted.',
  },
  { id: 'plan', label: 'Commission plan', description: "The rep's commission plan (filters match plan_id)." },
  { id: 'dealer', label: 'Dealer', description: "The customer's dealer (empty for customers served directly)." },
  {
    id: 'feedback_category',
    label: 'Feedback category',
    description: 'customer_opinion, competitor, dealer, price, product_issue or logistics.',
  },
  { id: 'competitor', label: 'Competitor', description: 'The competitor a feedback report names.' },
  { id: 'feedback_severity', label: 'Severity', description: 'The severity of a reported issue: low, medium or high.' },
];

export const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id);

/** The forecast categories of the contract, with the names people read (the ids stay the values). */
export const FORECAST_CATEGORIES = [
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'best_case', label: 'Best case' },
  { id: 'commit', label: 'Commit' },
  { id: 'closed', label: 'Closed' },
  { id: 'omitted', label: 'Omitted' },
] as const;

export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number]['id'];

/**
 * How a dimension's value reads: forecast categories by their names ("Best case", not best_case),
 * every other value as it is in the warehouse.
 */
export function dimensionValueLabel(dimension: DimensionId, value: string): string {
  if (dimension === 'forecast_category') {
    return FORECAST_CATEGORIES.find((category) => category.id === value)?.label ?? value;
  }
  return value;
}

export function isDimensionId(id: string): id is DimensionId {
  return (DIMENSION_IDS as string[]).includes(id);
}

export function getDimension(id: string): DimensionDef {
  const dimension = DIMENSIONS.find((candidate) => candidate.id === id);
  if (!dimension) {
    throw salesError('dimension.unknown', { id, ids: DIMENSION_IDS.join(', ') });
  }
  return dimension;
}

export function listDimensions(): DimensionDef[] {
  return DIMENSIONS;
}
