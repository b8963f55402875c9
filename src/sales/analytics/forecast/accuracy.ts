import type { Accuracy } from './types';

/**
 * The in-sample MAE of the seasonal naive method on a training series: the scale of MASE (Hyndman &
 * Koehler 2006). When the series is not longer than one season, the non-seasonal naive (lag 1) is used.
 * Null when it is 0 or cannot be computed (MASE is then undefined).
 */
export function naiveScale(training: number[], seasonLength: number): number | null {
  const lag = training.length > seasonLength ? seasonLength : 1;
  if (training.length <= lag) {
    return null;
  }
  let sum = 0;
  for (let index = lag; index < training.length; index++) {
    sum += Math.abs(training[index] - training[index - lag]);
  }
  const scale = sum / (training.length - lag);
  return scale > 0 ? scale : null;
}

/** One forecast compared with what happened, with the scale of its training series. */
export interface ForecastError {
  actual: number;
  forecast: number;
  scale: number | null;
}

/**
 * MASE = mean |error| ÷ scale; MAPE = mean |error| ÷ |actual| (actuals of 0 left out);
 * sMAPE = mean 2|error| ÷ (|actual| + |forecast|) (0 ÷ 0 left out). MAPE and sMAPE are fractions.
 */
export function accuracy(errors: ForecastError[], origins: number): Accuracy & { mae: number | null } {
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    mase: mean(
      errors.flatMap(({ actual, forecast, scale }) => (scale === null ? [] : [Math.abs(actual - forecast) / scale]))
    ),
    mape: mean(
      errors.flatMap(({ actual, forecast }) => (actual === 0 ? [] : [Math.abs(actual - forecast) / Math.abs(actual)]))
    ),
    smape: mean(
      errors.flatMap(({ actual, forecast }) => {
        const denominator = Math.abs(actual) + Math.abs(forecast);
        return denominator === 0 ? [] : [(2 * Math.abs(actual - forecast)) / denominator];
      })
    ),
    mae: mean(errors.map(({ actual, forecast }) => Math.abs(actual - forecast))),
    origins,
  };
}
