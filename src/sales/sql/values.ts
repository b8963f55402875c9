import { getDimension } from '../catalog/dimensions';
import { checkLocation, type TableId, type WarehouseLocation } from '../catalog/tables';
import { phrase, salesError } from '../errors';
import type { Dialect, DimensionId, Filter, ValuesQuery } from '../types';
import { getDialect } from './dialects';
import { FACTS, type FactDef, REPS_TABLE } from './facts';
import { PLAN_VALUES } from './commission';
import { type DimensionScope, FILTER_OPS, filterCondition } from './common';
import { Source } from './source';
import type { WarehouseProfile } from '../warehouse/profile';

/**
 * Where the distinct values of each dimension live (for template variables). Cascading filters
 * may use any dimension the same table reaches: region → team → rep all live in reps.
 */
const HOMES: Record<DimensionId, FactDef> = (() => {
  const reps = REPS_TABLE;
  const products: FactDef = {
    id: 'opportunities',
    table: 'products',
    alias: 'p',
    joins: [],
    dimensions: { product: { value: ['p', 'product_name'] }, product_line: { value: ['p', 'product_line'] } },
  };
  const customers: FactDef = {
    id: 'opportunities',
    table: 'customers',
    alias: 'c',
    joins: [],
    dimensions: {
      customer_tier: { value: ['c', 'tier'] },
      industry: { value: ['c', 'industry'] },
      dealer: { value: ['c', 'dealer'] },
    },
  };
  const feedback: FactDef = {
    id: 'visit_feedback',
    table: 'visit_feedback',
    alias: 'vf',
    joins: [],
    dimensions: {
      feedback_category: { value: ['vf', 'category'] },
      competitor: { value: ['vf', 'competitor'] },
      feedback_severity: { value: ['vf', 'severity'] },
    },
  };
  const stages: FactDef = {
    id: 'opportunities',
    table: 'stages',
    alias: 's',
    joins: [],
    dimensions: { stage: { value: ['s', 'stage'] } },
  };
  return {
    rep: reps,
    team: reps,
    manager: reps,
    region: reps,
    product: products,
    product_line: products,
    customer_tier: customers,
    industry: customers,
    stage: stages,
    lead_source: FACTS.leads,
    channel: FACTS.opportunities,
    forecast_category: FACTS.opportunities,
    plan: PLAN_VALUES,
    dealer: customers,
    feedback_category: feedback,
    competitor: feedback,
    feedback_severity: feedback,
  };
})();

export interface CompiledValues {
  sql: string;
  tables: TableId[];
  dimension: DimensionId;
  /** stage values come with their funnel position, to be listed in funnel order */
  ordered: boolean;
}

/**
 * The tables the values of a dimension are read from, and the dimensions they are filtered by: those
 * of the same tables (undefined for an unknown dimension).
 */
export function valuesScope(dimension: unknown): { tables: TableId[]; scope: DimensionScope } | undefined {
  const home = HOMES[dimension as DimensionId] as FactDef | undefined;
  return (
    home && {
      tables: [home.table, ...home.joins.map((join) => join.table)],
      scope: {
        name: phrase('scope.values', { dimension: String(dimension) }),
        dimensions: Object.keys(home.dimensions) as DimensionId[],
      },
    }
  );
}

/** The checks of a values query that need no warehouse (the editor's validation). */
export function checkValuesQuery(query: ValuesQuery) {
  const dimension = getDimension(String(query.dimension)).id;
  const home = HOMES[dimension];
  const { scope } = valuesScope(dimension)!;
  const filters: Filter[] = (query.filters ?? []).map((filter) => {
    const id = getDimension(String(filter.dimension)).id;
    if (!scope.dimensions.includes(id)) {
      const usable = scope.dimensions.join(', ');
      throw salesError('values.filter-not-allowed', { dimension, filter: id, allowed: usable });
    }
    if (!FILTER_OPS.includes(filter.op) || !Array.isArray(filter.values)) {
      throw salesError('values.filter-invalid', { dimension: id, ops: FILTER_OPS.join(', ') });
    }
    return { dimension: id, op: filter.op, values: filter.values.map(String) };
  });
  return { dimension, home, filters };
}

export function compileValues(
  query: ValuesQuery,
  context: { dialect: Dialect; location: WarehouseLocation; profile?: WarehouseProfile }
): CompiledValues {
  const { dimension, home, filters } = checkValuesQuery(query);
  const engine = getDialect(context.dialect);
  const d = context.profile
    ? engine.forWarehouse(context.profile, { name: context.profile.timeZone, offsets: [] })
    : engine;
  const src = new Source(d, checkLocation(context.location, d.id), home, []);
  const ref = home.dimensions[dimension]!;
  // keys compare exactly (MySQL: in a binary collation whatever the table's)
  const value = d.key(src.col(ref.value));
  const id = ref.id ? d.key(src.col(ref.id)) : undefined;
  // k_ names: GROUP BY "text" would mean the column visit_feedback.text where the home table has one
  const columns = [`${value} AS ${d.quoteIdent('k_text')}`, `${id ?? value} AS ${d.quoteIdent('k_value')}`];
  const ordered = dimension === 'stage';
  if (ordered) {
    columns.push(`MIN(${src.col('s', 'position')}) AS ${d.quoteIdent('position')}`);
  }
  const where = [`${value} IS NOT NULL`, filterCondition(filters, src, d)].map((part) => `(${part})`).join(' AND ');
  // by the output names: ONLY_FULL_GROUP_BY does not match a repeated CONVERT … COLLATE expression
  const groupBy = `${d.quoteIdent('k_text')}, ${d.quoteIdent('k_value')}`;
  return {
    sql: `SELECT ${columns.join(', ')} FROM ${src.render()} WHERE ${where} GROUP BY ${groupBy}${d.statementSuffix}`,
    tables: src.tables(),
    dimension,
    ordered,
  };
}
