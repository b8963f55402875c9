import {
  COMMISSION_DIMENSIONS,
  type DimensionId,
  FEEDBACK_DIMENSIONS,
  type Filter,
  getMetric,
  type SalesQuery,
  TARGET_ACTUALS,
  TARGET_DIMENSIONS,
} from '../../src/sales';

/**
 * The dashboard variables that filter queries, each by the dimension of the same name. Filters
 * reference variables as values (`$region`); the data source expands them, and a variable set to
 * All drops its filter.
 */
export const FILTER_VARIABLES: readonly DimensionId[] = ['region', 'team', 'rep', 'product', 'channel'];

/** The owning rep's organisation: filters that leave out anything without a rep (the public lead pool). */
export const REP_ORGANISATION: readonly DimensionId[] = ['region', 'team', 'rep'];

function intersect(lists: DimensionId[][]): DimensionId[] {
  return lists.reduce((common, list) => common.filter((dimension) => list.includes(dimension)));
}

/**
 * The dimensions a query may be filtered by, as the compiler checks them: every metric's
 * dimensions; an attainment's target dimensions that its actual has; the funnel's deal dimensions.
 */
export function filterableDimensions(query: SalesQuery): DimensionId[] {
  switch (query.kind) {
    case 'metrics':
    case 'timeseries':
      return intersect(query.metrics.map((id) => getMetric(id).dimensions));
    case 'scorecard':
      return intersect(query.metrics.map((metric) => getMetric(metric.id).dimensions));
    case 'forecast':
      return getMetric(query.metric).dimensions;
    case 'attainment': {
      const actual = getMetric(TARGET_ACTUALS[query.metric ?? 'bookings']);
      return TARGET_DIMENSIONS.filter((dimension) => actual.dimensions.includes(dimension));
    }
    case 'funnel':
      // the funnel counts opportunities: it has the dimensions of the deal metrics
      return getMetric('opportunities_created').dimensions;
    case 'commission':
      return COMMISSION_DIMENSIONS;
    case 'feedback':
      return FEEDBACK_DIMENSIONS;
    case 'values':
      return [];
  }
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
