import { forecastFrames } from '../frames/forecastFrames';
import { checkForecastQuery, type CompiledForecast, compileForecast, splitForecast } from '../sql/forecast';
import type { ForecastQuery } from '../types';
import { knownMetrics, metricsScope } from './scopes';
import type { QueryKindDef } from './types';

/** A metric's history per grain projected over the horizon by the chosen method. */
export const forecastKind: QueryKindDef<ForecastQuery, CompiledForecast> = {
  kind: 'forecast',
  defaults: () => ({
    kind: 'forecast',
    metric: 'bookings',
    grain: 'month',
    method: 'auto',
    horizon: 3,
    lookback: 24,
    interval: 0.8,
  }),
  scope: (query) => metricsScope(knownMetrics(query.metric === undefined ? [] : [query.metric])),
  check: (query) => void checkForecastQuery(query),
  variableFields: { singles: ['metric', 'grain'] },
  compile: (query, context) => compileForecast(query, context),
  split: (compiled, query, context) => splitForecast(compiled, query, context),
  toFrames: (compiled, rows, query, context) =>
    forecastFrames(
      compiled,
      rows,
      context.compile.timeZone,
      context.display,
      query.backtestFrame === true,
      context.refId
    ),
};
