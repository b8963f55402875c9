import { accuracy, ForecastError, naiveScale } from './accuracy';
import type { Accuracy, SeriesMethod } from './types';

/**
 * Rolling-origin evaluation (time-series cross-validation): for each origin o, fit on the first o points
 * and forecast the next min(horizon, n − o) points (origins: see backtestOrigins). Every error is scaled by
 * the seasonal naive MAE of its own training series.
 */
export function backtest(
  method: SeriesMethod,
  values: number[],
  seasonLength: number,
  horizon: number,
  minTraining: number,
  maxOrigins: number
): Accuracy & { mae: number | null } {
  const origins = backtestOrigins(values.length, minTraining, maxOrigins);
  const errors: ForecastError[] = origins.flatMap((origin) => {
    const training = values.slice(0, origin);
    const steps = Math.min(horizon, values.length - origin);
    const scale = naiveScale(training, seasonLength);
    return method
      .fit(training, seasonLength)
      .predict(steps)
      .map((prediction, step) => ({ actual: values[origin + step], forecast: prediction.mean, scale }));
  });
  return accuracy(errors, origins.length);
}

/**
 * The origins: every one at which `minTraining` points are available (time-series cross-validation), or,
 * when there are more than `maxOrigins`, that many spread evenly from the first to the last, so that the
 * accuracy still covers the whole history while the number of fits stays bounded.
 */
export function backtestOrigins(length: number, minTraining: number, maxOrigins: number): number[] {
  const available = Math.max(length - minTraining, 0);
  if (available <= maxOrigins) {
    return Array.from({ length: available }, (_, index) => minTraining + index);
  }
  if (maxOrigins === 1) {
    return [length - 1];
  }
  return Array.from(
    { length: maxOrigins },
    (_, index) => minTraining + Math.round((index * (available - 1)) / (maxOrigins - 1))
  );
}
