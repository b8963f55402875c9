import {
  COMMISSION_DIMENSIONS,
  type DimensionId,
  FEEDBACK_DIMENSIONS,
  getMetric,
  listDimensions,
  TARGET_ACTUALS,
  TARGET_DIMENSIONS,
  type TargetMetric,
} from '../../sales';
import type { SalesDataQuery } from '../types';

const ALL = (): DimensionId[] => listDimensions().map((dimension) => dimension.id);

function dimensionsOf(metricIds: string[]): DimensionId[] {
  const known = metricIds.flatMap((id) => {
    try {
      return [getMetric(id).dimensions];
    } catch {
      // a variable or an unknown id: it does not narrow the choice
      return [];
    }
  });
  return known.length
    ? ALL().filter((dimension) => known.every((dimensions) => dimensions.includes(dimension)))
    : ALL();
}

/** The dimensions a query can be grouped and filtered by, as the catalog allows them. */
export function allowedDimensions(query: SalesDataQuery): DimensionId[] {
  switch (query.kind) {
    case 'metrics':
    case 'timeseries':
      return dimensionsOf(query.metrics ?? []);
    case 'funnel':
      return getMetric('bookings').dimensions;
    case 'attainment': {
      const actual = TARGET_ACTUALS[(query.metric ?? 'bookings') as TargetMetric] ?? 'bookings';
      return dimensionsOf([actual]).filter((dimension) => TARGET_DIMENSIONS.includes(dimension));
    }
    case 'forecast':
      return dimensionsOf(query.metric ? [query.metric] : []);
    case 'scorecard':
      return dimensionsOf((query.metrics ?? []).map((metric) => metric.id));
    case 'commission':
      return COMMISSION_DIMENSIONS;
    case 'feedback':
      return FEEDBACK_DIMENSIONS;
    default:
      return ALL();
  }
}
