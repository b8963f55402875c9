import { allowedDimensions, type DimensionId, type Filter, type SalesQuery } from '../../src/sales';

/**
 * The dashboard variables that filter queries, each by the dimension of the same name. Filters
 * reference variables as values (`$region`); the data source expands them, and a variable set to
 * All drops its filter.
 */
export const FILTER_VARIABLES: readonly DimensionId[] = ['region', 'team', 'rep', 'product', 'channel'];

/** The owning rep's organisation: filters that leave out anything without a rep (the public lead pool). */
export const REP_ORGANISATION: readonly DimensionId[] = ['region', 'team', 'rep'];

/**
 * The dimensions a query may be filtered by, as the compiler checks them (the kind's scope). A
 * variable's values query takes only the cascade filters it is built with.
 */
export function filterableDimensions(query: SalesQuery): DimensionId[] {
  return query.kind === 'values' ? [] : allowedDimensions(query);
}

export function variableFilter(dimension: DimensionId): Filter {
  return { dimension, op: 'in', values: [`$${dimension}`] };
}

/** The variable filters that apply to a query, less those it chooses to ignore. */
export function variableFilters(query: SalesQuery, ignore: readonly DimensionId[] = []): Filter[] {
  const allowed = filterableDimensions(query);
  return FILTER_VARIABLES.filter((dimension) => allowed.includes(dimension) && !ignore.includes(dimension)).map(
    variableFilter
  );
}
