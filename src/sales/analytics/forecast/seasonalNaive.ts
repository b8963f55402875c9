import { INTERVAL_LEVELS, normalQuantile } from './quantiles';
import type { FittedModel, SeriesMethod } from './types';

/**
 * Each period repeats the same period one season earlier (the last value when the grain has no season).
 * Intervals as R's forecast::snaive: σ = √(mean of squared one-step errors), growing as
 * σ√(k + 1) with k the number of whole seasons before the step.
 */
export const seasonalNaiveMethod: SeriesMethod = {
  method: 'seasonal_naive',
  label: 'seasonal_naive',
  // one season to repeat and at least one error to measure the spread
  minPoints: (seasonLength) => seasonLength + 1,
  minPointsReason: 'a season to repeat and one period more to measure its error',
  fit: (values, seasonLength): FittedModel => {
    const n = values.length;
    const fitted = values.map((_, index) => (index >= seasonLength ? values[index - seasonLength] : null));
    const errors = values.slice(seasonLength).map((value, index) => value - values[index]);
    const sigma = Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / errors.length);
    return {
      fitted,
      parameters: { sigma },
      predict: (horizon) =>
        Array.from({ length: horizon }, (_, step) => {
          const mean = values[n - seasonLength + (step % seasonLength)];
          const sd = sigma * Math.sqrt(Math.floor(step / seasonLength) + 1);
          const [lower80, upper80, lower95, upper95] = INTERVAL_LEVELS.flatMap((level) => [
            mean - normalQuantile(level) * sd,
            mean + normalQuantile(level) * sd,
          ]);
          return { mean, lower80, upper80, lower95, upper95 };
        }),
    };
  },
};
