import { salesError } from '../../errors';
import { decompose, straightLine } from './decompose';
import { nelderMead } from './nelderMead';
import { INTERVAL_LEVELS, normalQuantile } from './quantiles';
import type { FittedModel, Prediction, Seasonality, SeriesMethod } from './types';

/**
 * Holt–Winters exponential smoothing with additive or multiplicative seasonality, written here because no
 * maintained npm package fits its smoothing parameters (the ones there are take α, β, γ as given or are
 * abandoned). It follows R's stats::HoltWinters, which the reference test compares against:
 * - start values from a classical decomposition of the first two seasons (centred moving average trend,
 *   seasonal figure centred to sum 0 / average 1, level and slope from a straight line through the trend);
 * - filtering from the second season on, one-step forecasts ŷ = (level + trend) ± or × season;
 * - α, β, γ ∈ [0, 1] minimising the sum of squared one-step errors, from R's start (0.3, 0.1, 0.1) and a
 *   second start, by Nelder–Mead over p = sin²(u): smooth, unbounded in u, and reaching 0 and 1 exactly
 *   (R uses L-BFGS-B on the box; clamping the simplex to the box instead stalled on the β = 0 edge,
 *   at a higher error than R's on AirPassengers).
 */
export interface SmoothingParameters {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface StartValues {
  level: number;
  trend: number;
  /** one per position in the season, from the first period of the history on */
  season: number[];
}

export interface HoltWintersRun {
  sse: number;
  /** one-step forecasts, null for the first season */
  fitted: Array<number | null>;
  level: number;
  trend: number;
  /** the last season's factors, the first of them for the period after the history */
  season: number[];
}

const OPTIMISER_STARTS = [
  [0.3, 0.1, 0.1],
  [0.6, 0.02, 0.5],
];

export function holtWintersMethod(seasonality: Seasonality): SeriesMethod {
  return {
    method: 'holt_winters',
    variant: seasonality,
    label: `holt_winters (${seasonality})`,
    minPoints: (seasonLength) => 2 * seasonLength,
    minPointsReason: 'two seasons, for its start values',
    unusable:
      seasonality === 'multiplicative'
        ? (values) => {
            const index = values.findIndex((value) => !(value > 0));
            return index < 0
              ? undefined
              : `it needs positive values, and history point ${index + 1} is ${values[index]}`;
          }
        : undefined,
    fit: (values, seasonLength) => fitHoltWinters(values, seasonLength, seasonality),
  };
}

/** Fits α, β, γ (or uses the given ones) and returns the model with its forecasts and intervals. */
export function fitHoltWinters(
  values: number[],
  seasonLength: number,
  seasonality: Seasonality,
  given?: SmoothingParameters
): FittedModel {
  if (seasonLength < 2) {
    throw salesError('forecast.holt-winters-yearly', {}, 'invalid_value');
  }
  if (values.length < 2 * seasonLength) {
    throw salesError(
      'forecast.holt-winters-seasons',
      { needed: 2 * seasonLength, got: values.length },
      'not_enough_data'
    );
  }
  const start = startValues(values, seasonLength, seasonality);
  const parameters = given ?? fitSmoothingParameters(values, seasonLength, seasonality, start);
  const run = holtWintersFilter(values, seasonLength, seasonality, parameters, start);
  return {
    fitted: run.fitted,
    predict: (horizon) => predictions(run, values, seasonLength, seasonality, parameters, horizon),
    parameters: { ...parameters, sse: run.sse, level: run.level, trend: run.trend },
  };
}

/** R's decompose() of the first two seasons, then a straight line through its trend (R's HoltWinters). */
export function startValues(values: number[], seasonLength: number, seasonality: Seasonality): StartValues {
  const { trend, figure } = decompose(values.slice(0, 2 * seasonLength), seasonLength, seasonality);
  const { intercept, slope } = straightLine(trend.filter((value): value is number => value !== null));
  return { level: intercept, trend: slope, season: figure };
}

/** The smoothing recursions from the second season on (R's C_HoltWinters). */
export function holtWintersFilter(
  values: number[],
  seasonLength: number,
  seasonality: Seasonality,
  parameters: SmoothingParameters,
  start: StartValues
): HoltWintersRun {
  const season = new Float64Array(values.length);
  const fitted: Array<number | null> = values.map(() => null);
  const end = recurse(values, seasonLength, seasonality === 'additive', parameters, start, season, fitted);
  return { ...end, fitted, season: Array.from(season.subarray(values.length - seasonLength)) };
}

/**
 * The recursions themselves, writing the seasonal factors into `season` (one per period) and the one-step
 * forecasts into `fitted` when given. Allocation-free, as the optimiser runs it a few hundred times per fit.
 */
function recurse(
  values: number[],
  seasonLength: number,
  additive: boolean,
  { alpha, beta, gamma }: SmoothingParameters,
  start: StartValues,
  season: Float64Array,
  fitted?: Array<number | null>
): { sse: number; level: number; trend: number } {
  for (let index = 0; index < seasonLength; index++) {
    season[index] = start.season[index];
  }
  let level = start.level;
  let trend = start.trend;
  let sse = 0;
  for (let index = seasonLength; index < values.length; index++) {
    const factor = season[index - seasonLength];
    const forecast = additive ? level + trend + factor : (level + trend) * factor;
    const value = values[index];
    if (fitted) {
      fitted[index] = forecast;
    }
    sse += (value - forecast) * (value - forecast);
    const previousLevel = level;
    level = alpha * (additive ? value - factor : value / factor) + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    season[index] = gamma * (additive ? value - level : value / level) + (1 - gamma) * factor;
  }
  return { sse, level, trend };
}

/**
 * Forecasts and prediction intervals. Additive: R's predict.HoltWinters, the variance of the ETS(A,A,A)
 * model, σ²(1 + Σ_{j<h} ψ_j²) with ψ_j = α(1 + jβ) + γ(1 − α)·[j is a whole number of seasons] and σ² the
 * variance of the one-step errors. Multiplicative: the same growth applied to relative one-step errors
 * (error ÷ forecast), so the band scales with the forecast and widens in high season; this is the
 * first-order approximation of the ETS(M,A,M) variance (Hyndman et al. 2008, ch. 6). Bounds are
 * mean ± z·sd with normal quantiles, as R does.
 */
function predictions(
  run: HoltWintersRun,
  values: number[],
  seasonLength: number,
  seasonality: Seasonality,
  { alpha, beta, gamma }: SmoothingParameters,
  horizon: number
): Prediction[] {
  const additive = seasonality === 'additive';
  const errors = values.flatMap((value, index) => {
    const forecast = run.fitted[index];
    return forecast === null ? [] : [additive ? value - forecast : (value - forecast) / forecast];
  });
  const errorVariance = sampleVariance(errors);
  let growth = 1;
  return Array.from({ length: horizon }, (_, step) => {
    const h = step + 1;
    if (h > 1) {
      const j = h - 1;
      const psi = alpha * (1 + j * beta) + (j % seasonLength === 0 ? gamma * (1 - alpha) : 0);
      growth += psi * psi;
    }
    const factor = run.season[step % seasonLength];
    const mean = additive ? run.level + h * run.trend + factor : (run.level + h * run.trend) * factor;
    const sd = Math.sqrt(errorVariance * growth) * (additive ? 1 : Math.abs(mean));
    const [lower80, upper80, lower95, upper95] = INTERVAL_LEVELS.flatMap((level) => [
      mean - normalQuantile(level) * sd,
      mean + normalQuantile(level) * sd,
    ]);
    return { mean, lower80, upper80, lower95, upper95 };
  });
}

/** R's var(): around the mean, n − 1 in the denominator. */
function sampleVariance(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

function fitSmoothingParameters(
  values: number[],
  seasonLength: number,
  seasonality: Seasonality,
  start: StartValues
): SmoothingParameters {
  const toParameters = (point: number[]): SmoothingParameters => {
    const [alpha, beta, gamma] = point.map((u) => Math.sin(u) ** 2);
    return { alpha, beta, gamma };
  };
  const scratch = new Float64Array(values.length);
  const additive = seasonality === 'additive';
  const sse = (point: number[]) => recurse(values, seasonLength, additive, toParameters(point), start, scratch).sse;
  const best = OPTIMISER_STARTS.map((parameters) =>
    nelderMead(
      sse,
      parameters.map((value) => Math.asin(Math.sqrt(value))),
      // R's L-BFGS-B stops at a relative change of about 2e-9 (factr 1e7); these are of that order.
      { step: 0.3, pointTolerance: 1e-4, valueTolerance: 1e-9 }
    )
  ).reduce((winner, found) => (found.value < winner.value ? found : winner));
  return toParameters(best.point);
}
