import { timeseriesFrames } from '../frames/timeseriesFrames';
import { checkTimeseriesQuery, type CompiledTimeseries, compileTimeseries, seriesPeriods } from '../sql/compile';
import { splitSeries } from '../sql/splitSeries';
import type { TimeseriesQuery } from '../types';
import { knownMetrics, metricsScope } from './scopes';
import type { QueryKindDef } from './types';

/** Metrics per time bucket (and group), optionally against a previous period. */
export const timeseriesKind: QueryKindDef<TimeseriesQuery, CompiledTimeseries> = {
  kind: 'timeseries',
  defaults: () => ({ kind: 'timeseries', metrics: ['bookings'], grain: 'month' }),
  scope: (query) => metricsScope(knownMetrics(query.metrics)),
  check: (query, calendar) => {
    const { compare, grain } = checkTimeseriesQuery(query);
    if (calendar) {
      seriesPeriods(compare, grain, calendar);
    }
  },
  variableFields: { lists: ['metrics', 'groupBy'], singles: ['grain'] },
  compile: (query, context) => compileTimeseries(query, context),
  split: (compiled, query, context) => splitSeries(compiled, query, context),
  toFrames: (compiled, rows, _query, context) => timeseriesFrames(compiled, rows, context.display, context.refId),
};
