export { forecast, FORECAST_METHODS, DEFAULT_BACKTEST_ORIGINS, autoCandidates } from './forecast';
export { seasonLength, periodAfter } from './series';
export { naiveScale, accuracy } from './accuracy';
export { fitHoltWinters } from './holtWinters';
export type { SmoothingParameters } from './holtWinters';
export type { IntervalLevel } from './quantiles';
export type {
  Accuracy,
  ForecastOptions,
  ForecastPoint,
  ForecastResult,
  MethodAccuracy,
  PipelineInput,
  RunRateInput,
  Seasonality,
  SeriesPoint,
} from './types';
