import { accuracy, ForecastError, naiveScale } from './accuracy';
import { normalQuantile } from './quantiles';
import type { Accuracy, SeriesMethod } from './types';

export interface BacktestResult extends Accuracy {
  mae: number | null;
  /**
   * √(mean z²) of the standardised errors z = (actual − forecast) ÷ the forecast's standard deviation
   * (read from its 95 % interval): about 1 when the intervals are as wide as the errors; null without any
   */
  spread: number | null;
}

/**
 * Rolling-origin evaluation (time-series cross-validation): for each origin o, fit on the first o points
 * and forecast the next min(horizon, n − o) points (origins: see backtestOrigins). Every error is scaled by
 * the seasonal naive MAE of its own training series. The method's backtestFit says how it is refitted at
 * each origin (ETS refits the form chosen on the whole history); by default it is fitted anew.
 */
export function backtest(
  method: SeriesMethod,
  values: number[],
  seasonLength: number,
  horizon: number,
  minTraining: number,
  maxOrigins: number
): BacktestResult {
  const origins = backtestOrigins(values.length, minTraining, maxOrigins);
  const fitAt =
    method.backtestFit?.(values, seasonLength) ?? ((training: number[]) => method.fit(training, seasonLength));
  const z95 = normalQuantile(0.95);
  const standardised: number[] = [];
  const errors: ForecastError[] = origins.flatMap((origin) => {
    const training = values.slice(0, origin);
    const steps = Math.min(horizon, values.length - origin);
    const scale = naiveScale(training, seasonLength);
    return fitAt(training)
      .predict(steps)
      .map((prediction, step) => {
        const actual = values[origin + step];
        const sd = (prediction.upper95 - prediction.lower95) / (2 * z95);
        if (sd > 0 && Number.isFinite(sd)) {
          standardised.push((actual - prediction.mean) / sd);
        }
        return { actual, forecast: prediction.mean, scale };
      });
  });
  const spread =
    standardised.length === 0 ? null : Math.sqrt(standardised.reduce((sum, z) => sum + z * z, 0) / standardised.length);
  return { ...accuracy(errors, origins.length), spread };
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
