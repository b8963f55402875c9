import { metricsFrame } from '../frames/metricsFrame';
import { periodsOf } from '../sql/common';
import { checkMetricsQuery, type CompiledQuery, compileMetrics } from '../sql/compile';
import { splitComparison } from '../sql/splitComparison';
import type { MetricsQuery } from '../types';
import { knownMetrics, metricsScope } from './scopes';
import type { QueryKindDef } from './types';

/** Metrics per group over the range, optionally against a previous period. */
export const metricsKind: QueryKindDef<MetricsQuery, CompiledQuery> = {
  kind: 'metrics',
  defaults: () => ({ kind: 'metrics', metrics: ['bookings', 'won_deals', 'win_rate'] }),
  scope: (query) => metricsScope(knownMetrics(query.metrics)),
  check: (query, calendar) => {
    const { compare, compareToDate } = checkMetricsQuery(query);
    if (calendar) {
      periodsOf(calendar, compare, compareToDate);
    }
  },
  variableFields: { lists: ['metrics', 'groupBy'] },
  compile: (query, context) => compileMetrics(query, context),
  split: (compiled, query, context) => splitComparison(compiled, query, context),
  toFrames: (compiled, rows, _query, context) => [metricsFrame(compiled, rows, context.display, context.refId)],
};
