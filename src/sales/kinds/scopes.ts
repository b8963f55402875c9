import { getMetric, isMetricId, type MetricDef } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { metricScopes, unique } from '../sql/common';
import type { KindScope } from './types';

/** The metrics of the ids that name one (a variable or an id being typed names none). */
export function knownMetrics(ids: unknown): MetricDef[] {
  return (Array.isArray(ids) ? ids.map(String) : []).filter(isMetricId).map(getMetric);
}

/** The scope of a query of metrics: the tables any of them reads, the dimensions all of them have. */
export function metricsScope(metrics: MetricDef[], extraTables: TableId[] = []): KindScope {
  return {
    tables: unique([...metrics.flatMap((metric) => metric.tables), ...extraTables]),
    dimensions: metricScopes(metrics),
  };
}
