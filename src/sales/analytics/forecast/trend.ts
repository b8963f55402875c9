import type { DataPoint, Result } from 'regression';
import { salesError } from '../../errors';
import type { ForecastMethod } from '../../types';
import { invert, quadraticForm } from './matrix';
import { INTERVAL_LEVELS, studentTQuantile } from './quantiles';
import type { FittedModel, Prediction, SeriesMethod } from './types';

/**
 * The regression package rounds its coefficients and predictions to `precision` decimals, as
 * Math.round(x × 10^p) / 10^p (2 by default, which would wreck small coefficients). With p = 100 that
 * changes nothing a double can resolve for any |x| between 1e-84 and 1e208 (x × 10^100 is then beyond 2^53,
 * where Math.round has nothing to remove, and below the overflow), so in effect nothing is rounded.
 */
export const REGRESSION_OPTIONS = { precision: 100 } as const;

/** A least-squares trend of the regression package, in the form its intervals are computed in. */
export interface TrendForm {
  method: Extract<ForecastMethod, 'linear' | 'polynomial' | 'exponential' | 'logarithmic' | 'power'>;
  variant?: string;
  /** number of coefficients */
  coefficients: number;
  /** exponential and power are fitted on log values */
  logResponse: boolean;
  /** the package's x for period t = 1, 2, … of a history of n points */
  x(t: number, n: number): number;
  /** the row of the linearised model's design matrix for period t */
  basis(t: number, n: number): number[];
  run(data: DataPoint[]): Result;
  parameterNames: string[];
}

/**
 * Prediction intervals of the trends: the classical least-squares prediction interval of the linearised
 * model (y for linear, polynomial and logarithmic; ln y for exponential and power, whose bounds are then
 * exponentiated, so they are multiplicative): ŷ ± t(n − k) × s × √(1 + x₀ᵀ(XᵀX)⁻¹x₀), with s² the residual
 * variance on n − k degrees of freedom. The leverage term grows as the forecast moves away from the
 * history, so the band widens with the horizon. The package fits exponential by a y-weighted log
 * regression; its interval uses the unweighted log-scale residuals and leverage, an approximation.
 */
export function trendMethod(form: TrendForm): SeriesMethod {
  const label = form.variant ? `${form.method} (${form.variant})` : form.method;
  return {
    method: form.method,
    variant: form.variant,
    label,
    minPoints: () => form.coefficients + 1,
    minPointsReason: `one more than its ${form.coefficients} coefficients`,
    unusable: form.logResponse
      ? (values) => {
          const index = values.findIndex((value) => !(value > 0));
          return index < 0 ? undefined : `it needs positive values, and history point ${index + 1} is ${values[index]}`;
        }
      : undefined,
    fit: (values) => fitTrend(form, label, values),
  };
}

function fitTrend(form: TrendForm, label: string, values: number[]): FittedModel {
  const n = values.length;
  const result = form.run(values.map((value, index): DataPoint => [form.x(index + 1, n), value]));
  const at = (t: number) => result.predict(form.x(t, n))[1];
  const fitted = values.map((_, index) => at(index + 1));
  if (!fitted.every(Number.isFinite) || !result.equation.every(Number.isFinite)) {
    throw salesError('forecast.trend-unfittable', { trend: label }, 'not_enough_data');
  }
  const response = (value: number) => (form.logResponse ? Math.log(value) : value);
  const degreesOfFreedom = n - form.coefficients;
  const residualVariance =
    values.reduce((sum, value, index) => sum + (response(value) - response(fitted[index])) ** 2, 0) / degreesOfFreedom;
  const rows = values.map((_, index) => form.basis(index + 1, n));
  const inverse = invert(
    rows[0].map((_, i) => rows[0].map((__, j) => rows.reduce((sum, row) => sum + row[i] * row[j], 0)))
  );
  const quantiles = INTERVAL_LEVELS.map((level) => studentTQuantile(level, degreesOfFreedom));

  const predict = (horizon: number): Prediction[] =>
    Array.from({ length: horizon }, (_, step) => {
      const t = n + step + 1;
      const mean = at(t);
      if (!Number.isFinite(mean)) {
        throw salesError('forecast.trend-overflow', { trend: label, steps: step + 1 }, 'invalid_value');
      }
      const spread = Math.sqrt(residualVariance * (1 + quadraticForm(inverse, form.basis(t, n))));
      const [lower80, upper80, lower95, upper95] = quantiles.flatMap((quantile) =>
        form.logResponse
          ? [mean * Math.exp(-quantile * spread), mean * Math.exp(quantile * spread)]
          : [mean - quantile * spread, mean + quantile * spread]
      );
      return { mean, lower80, upper80, lower95, upper95 };
    });

  return {
    fitted,
    predict,
    parameters: Object.fromEntries(form.parameterNames.map((name, index) => [name, result.equation[index]])),
  };
}
