/**
 * The exponential-smoothing state-space models (Hyndman, Koehler, Ord & Snyder 2008, "Forecasting with
 * exponential smoothing"): their recursions, likelihood and admissible parameters, as R's forecast::ets
 * computes them. No maintained npm package implements ETS (or auto-ARIMA: the `arima` package is a
 * WebAssembly build of another C library that does not reproduce R's choices), so it is written here
 * and checked against R (tests/forecast-reference).
 *
 * Error A/M, trend N/A/Ad (damped), season N/A/M. The states are the level ℓ, the slope b and the last m
 * seasonal terms; with μ the one-step forecast and e its error (y − μ, or (y − μ) ÷ μ for M errors),
 * every form is updated by the same error-correction equations:
 *   q = ℓ + φb;  ℓ' = q + α(p − q) with p = y − s, y ÷ s or y;  b' = φb + (β/α)(ℓ' − ℓ − φb);
 *   s' = s + γ(y − q − s) (A) or s + γ(y ÷ q − s) (M).
 */
export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A' | 'Ad';
export type SeasonType = 'N' | 'A' | 'M';

export interface EtsForm {
  error: ErrorType;
  trend: TrendType;
  season: SeasonType;
}

export interface EtsParameters {
  alpha: number;
  /** 0 without a trend */
  beta: number;
  /** 0 without a season */
  gamma: number;
  /** 1 unless the trend is damped */
  phi: number;
}

/** ℓ, b (0 without a trend) and the seasonal terms, newest first: season[0] is the last period's. */
export interface EtsState {
  level: number;
  slope: number;
  season: number[];
}

/** R's ets bounds on α, β, γ (lower, upper) and φ. */
export const PARAMETER_BOUNDS = { lower: 1e-4, upper: 0.9999, phiLower: 0.8, phiUpper: 0.98 };

const TINY = 1e-10;
const HUGE = 1e10;

export function formName({ error, trend, season }: EtsForm): string {
  return `ETS(${error},${trend},${season})`;
}

export interface Recursion {
  /** n log(Σe²) + 2 Σ log|μ| (M errors): −2 log-likelihood up to a constant, as R's ets */
  likelihood: number;
  /** mean squared one-step error y − μ */
  mse: number;
  /** sum of squared errors e */
  sse: number;
}

export interface RecursionOutput {
  fitted: Float64Array;
  errors: Float64Array;
  /** the state after the last value */
  final?: EtsState;
}

/**
 * Runs the model through the values from the initial state. Allocation-free unless `output` is given:
 * the optimiser calls it thousands of times per fit. The seasonal terms live in a ring indexed by
 * period, so that a step updates one slot instead of shifting m of them.
 */
export function runRecursion(
  values: ArrayLike<number>,
  seasonLength: number,
  form: EtsForm,
  parameters: EtsParameters,
  initial: EtsState,
  ring: Float64Array,
  output?: RecursionOutput
): Recursion {
  const { alpha, beta, gamma, phi } = parameters;
  const m = form.season === 'N' ? 1 : seasonLength;
  const hasTrend = form.trend !== 'N';
  const additiveSeason = form.season === 'A';
  const seasonal = form.season !== 'N';
  const multiplicativeError = form.error === 'M';
  if (seasonal) {
    // season[j] is the term of period −j; period t uses the term of period t − m, ring[t mod m]
    for (let j = 0; j < m; j++) {
      ring[(m - (j % m)) % m] = initial.season[j];
    }
  }
  let level = initial.level;
  let slope = hasTrend ? initial.slope : 0;
  let sse = 0;
  let squared = 0;
  let logs = 0;
  const n = values.length;
  for (let index = 0; index < n; index++) {
    const slot = (index + 1) % m;
    const damped = hasTrend ? phi * slope : 0;
    const q = level + damped;
    const factor = seasonal ? ring[slot] : 0;
    const forecast = !seasonal ? q : additiveSeason ? q + factor : q * factor;
    const y = values[index];
    const error = multiplicativeError ? (y - forecast) / forecast : y - forecast;
    if (output) {
      output.fitted[index] = forecast;
      output.errors[index] = error;
    }
    sse += error * error;
    squared += (y - forecast) * (y - forecast);
    if (multiplicativeError) {
      logs += Math.log(Math.abs(forecast));
    }
    const p = !seasonal ? y : additiveSeason ? y - factor : Math.abs(factor) < TINY ? HUGE : y / factor;
    const newLevel = q + alpha * (p - q);
    if (hasTrend) {
      slope = damped + (beta / alpha) * (newLevel - level - damped);
    }
    level = newLevel;
    if (seasonal) {
      const t = additiveSeason ? y - q : Math.abs(q) < TINY ? HUGE : y / q;
      ring[slot] = factor + gamma * (t - factor);
    }
  }
  if (output) {
    output.final = {
      level,
      slope,
      season: seasonal ? Array.from({ length: m }, (_, j) => ring[(((n - j) % m) + m) % m]) : [],
    };
  }
  let likelihood = n * Math.log(sse) + (multiplicativeError ? 2 * logs : 0);
  // as R: a perfect fit is not infinitely likely, and an undefined one is impossible
  if (likelihood < -1e10) {
    likelihood = -1e10;
  }
  if (Number.isNaN(likelihood)) {
    likelihood = Infinity;
  }
  return { likelihood, mse: squared / n, sse };
}

/**
 * R's "both" bounds: the usual ones (each parameter within PARAMETER_BOUNDS, β ≤ α, γ ≤ 1 − α) and the
 * admissible region of Hyndman, Akram & Archibald (2008), where the model forgets its start (for a
 * seasonal model: every root of its characteristic polynomial within the unit circle).
 */
export function admissible(form: EtsForm, { alpha, beta, gamma, phi }: EtsParameters, seasonLength: number): boolean {
  const { lower, upper, phiLower, phiUpper } = PARAMETER_BOUNDS;
  const hasTrend = form.trend !== 'N';
  const seasonal = form.season !== 'N';
  if (alpha < lower || alpha > upper) {
    return false;
  }
  if (hasTrend && (beta < lower || beta > alpha || beta > upper)) {
    return false;
  }
  if (form.trend === 'Ad' && (phi < phiLower || phi > phiUpper)) {
    return false;
  }
  if (seasonal && (gamma < lower || gamma > 1 - alpha || gamma > upper)) {
    return false;
  }
  if (phi < 0 || phi > 1 + 1e-8) {
    return false;
  }
  if (!seasonal) {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
      return false;
    }
    return !hasTrend || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
  }
  const m = seasonLength;
  if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
    return false;
  }
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) {
    return false;
  }
  if (beta < -(1 - phi) * (gamma / m + alpha)) {
    return false;
  }
  // φ(1 − α − γ) + (α + β − αφ + γ − 1)z + (α + β − αφ)(z² + … + z^(m−1)) + (α + β − φ)z^m + z^(m+1)
  const coefficients = scratch(0, m + 2);
  coefficients[0] = phi * (1 - alpha - gamma);
  coefficients[1] = alpha + beta - alpha * phi + gamma - 1;
  for (let k = 2; k < m; k++) {
    coefficients[k] = alpha + beta - alpha * phi;
  }
  coefficients[m] = alpha + beta - phi;
  coefficients[m + 1] = 1;
  return rootsWithin(coefficients, m + 2, 1 + 1e-10);
}

/**
 * Whether every root of Σ c_k z^k lies inside the circle of the given radius, by the Schur–Cohn test
 * on the polynomial scaled to the unit circle: p has all its roots inside iff |p(0)| < |leading
 * coefficient| and so has (a_d p(z) − a_0 z^d p(1/z)) ÷ z, one degree lower. O(d²), where R finds the
 * roots themselves; the answers differ only for a root exactly on the circle.
 */
export function rootsWithin(coefficients: ArrayLike<number>, length: number, radius: number): boolean {
  // two buffers, swapped at each step: the optimiser asks this thousands of times per fit
  let a = scratch(1, length);
  let b = scratch(2, length);
  for (let power = 0; power < length; power++) {
    a[power] = coefficients[power] * radius ** power;
  }
  for (let d = length - 1; d > 0; d--) {
    const leading = a[d];
    const constant = a[0];
    if (!(Math.abs(constant) < Math.abs(leading))) {
      return false;
    }
    for (let k = 0; k < d; k++) {
      b[k] = leading * a[k + 1] - constant * a[d - k - 1];
    }
    // rescaled to a leading 1 (the same roots): unscaled, the coefficients square at every step and underflow
    const top = b[d - 1];
    for (let k = 0; k < d; k++) {
      b[k] /= top;
    }
    [a, b] = [b, a];
  }
  return true;
}

const buffers: Float64Array[] = [];

/** A reusable buffer of at least `length` numbers (three of them, by slot). */
function scratch(slot: number, length: number): Float64Array {
  if (!buffers[slot] || buffers[slot].length < length) {
    buffers[slot] = new Float64Array(Math.max(length, 32));
  }
  return buffers[slot];
}
