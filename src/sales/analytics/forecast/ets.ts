import { salesError } from '../../errors';
import { decompose, straightLine } from './decompose';
import {
  admissible,
  type EtsForm,
  type EtsParameters,
  type EtsState,
  formName,
  PARAMETER_BOUNDS,
  runRecursion,
} from './etsModel';
import { combine, invert, kronecker, multiply, transpose } from './matrix';
import { nashNelderMead } from './nelderMead';
import { INTERVAL_LEVELS, normalQuantile } from './quantiles';
import type { FittedModel, Prediction, SeriesMethod } from './types';

/**
 * Fitting and choosing ETS models as R's forecast::ets() does (see etsModel.ts for the models): start
 * values from a classical decomposition, α, β, γ, φ and the start states estimated together by maximum
 * likelihood (Nelder–Mead from R's start, within R's bounds), the form chosen by AICc, and prediction
 * intervals from the model's forecast variance (Hyndman et al. 2008, ch. 6: exact for the linear
 * models, the analytic approximation for multiplicative errors and seasons, as R's forecast.ets).
 * Multiplicative trends are left out, as R's default does.
 */
export interface EtsFit {
  form: EtsForm;
  parameters: EtsParameters;
  initial: EtsState;
  final: EtsState;
  /** −2 log-likelihood up to a constant (R's lik) */
  likelihood: number;
  aic: number;
  aicc: number;
  bic: number;
  /** variance of the one-step errors (relative errors for M errors), on n − (parameters + states) */
  sigma2: number;
  /** one-step forecasts */
  fitted: number[];
  /** one-step mean squared error */
  mse: number;
  /** what was estimated: α, β, γ, φ (those of the form), then the start states less the last seasonal one */
  estimate: number[];
  seasonLength: number;
}

export type FitCriterion = 'likelihood' | 'mse';

/** R's order of trial, which decides ties. */
const FORMS: EtsForm[] = (['A', 'M'] as const).flatMap((error) =>
  (['N', 'A'] as const).flatMap((trend) =>
    (['N', 'A', 'M'] as const).flatMap((season): EtsForm[] =>
      trend === 'N'
        ? [{ error, trend, season }]
        : [
            { error, trend: 'Ad', season },
            { error, trend: 'A', season },
          ]
    )
  )
);

/** Objective evaluations of a backtest refit, which starts from the whole history's estimate. */
const BACKTEST_EVALUATIONS = 300;

/** R's ets() needs more than 6 values (it falls back to Holt–Winters below that). */
export const ETS_MIN_POINTS = 7;

/** The forms ets() tries on these values: positive values allow M errors and seasons; m ≤ 24 and n > m a season. */
export function candidateForms(values: number[], seasonLength: number): EtsForm[] {
  const positive = values.every((value) => value > 0);
  const seasonal = seasonLength > 1 && seasonLength <= 24 && values.length > seasonLength;
  return FORMS.filter(
    (form) =>
      (positive || form.error === 'A') &&
      (seasonal || form.season === 'N') &&
      // R's restriction: additive errors with a multiplicative season have infinite forecast variance
      !(form.error === 'A' && form.season === 'M')
  );
}

/** The last selections, by history: auto backtests ETS and then forecasts with it, from one selection. */
const selections = new WeakMap<number[], Map<number, EtsFit>>();

/** Every candidate form fitted, the lowest AICc chosen (the first one on a tie). */
export function selectEts(values: number[], seasonLength: number): EtsFit {
  const known = selections.get(values)?.get(seasonLength);
  if (known) {
    return known;
  }
  const chosen = chooseForm(values, seasonLength);
  selections.set(values, (selections.get(values) ?? new Map<number, EtsFit>()).set(seasonLength, chosen));
  return chosen;
}

function chooseForm(values: number[], seasonLength: number): EtsFit {
  let best: EtsFit | undefined;
  for (const form of candidateForms(values, seasonLength)) {
    const fit = fitEtsForm(values, seasonLength, form);
    if (fit && Number.isFinite(fit.aicc) && (!best || fit.aicc < best.aicc)) {
      best = fit;
    }
  }
  if (!best) {
    throw salesError('forecast.ets-unfittable', { points: values.length }, 'not_enough_data');
  }
  return best;
}

/**
 * One form fitted by R's etsmodel(): undefined when it has as many parameters and start states as
 * values less one (R gives it an infinite AIC).
 */
export function fitEtsForm(
  values: number[],
  seasonLength: number,
  form: EtsForm,
  criterion: FitCriterion = 'likelihood',
  warmStart?: { estimate: number[]; maxEvaluations: number }
): EtsFit | undefined {
  const n = values.length;
  const seasonal = form.season !== 'N';
  const m = seasonal ? seasonLength : 1;
  const hasTrend = form.trend !== 'N';
  const damped = form.trend === 'Ad';
  const parameterCount = 1 + Number(hasTrend) + Number(seasonal) + Number(damped);
  const stateCount = 1 + Number(hasTrend) + (seasonal ? m - 1 : 0);
  if (parameterCount + stateCount >= n - 1 || (seasonal && n <= seasonLength)) {
    return undefined;
  }
  const start = warmStart?.estimate ?? [...startParameters(form, m), ...startState(values, seasonLength, form)];
  const ring = new Float64Array(m);
  const stateStart = parameterCount + 1 + Number(hasTrend);
  const seasonTotal = form.season === 'M' ? m : 0;
  // one parameter object and state, refilled at each evaluation: the optimiser makes thousands
  const parameters: EtsParameters = { alpha: 0, beta: 0, gamma: 0, phi: 1 };
  const initial: EtsState = { level: 0, slope: 0, season: new Array<number>(seasonal ? m : 0).fill(0) };
  const load = (point: number[]) => {
    let index = 0;
    parameters.alpha = point[index++];
    parameters.beta = hasTrend ? point[index++] : 0;
    parameters.gamma = seasonal ? point[index++] : 0;
    parameters.phi = damped ? point[index++] : 1;
    initial.level = point[parameterCount];
    initial.slope = hasTrend ? point[parameterCount + 1] : 0;
    if (seasonal) {
      let sum = 0;
      for (let j = 0; j < m - 1; j++) {
        initial.season[j] = point[stateStart + j];
        sum += point[stateStart + j];
      }
      initial.season[m - 1] = seasonTotal - sum;
    }
  };
  const objective = (point: number[]) => {
    load(point);
    if (!admissible(form, parameters, m)) {
      return Infinity;
    }
    if (form.season === 'M') {
      for (const s of initial.season) {
        if (s < 0) {
          return Infinity;
        }
      }
    }
    const run = runRecursion(values, m, form, parameters, initial, ring);
    return criterion === 'likelihood' ? run.likelihood : run.mse;
  };
  const found = nashNelderMead(objective, start, { maxEvaluations: warmStart?.maxEvaluations });
  load(found.point);
  const output = { fitted: new Float64Array(n), errors: new Float64Array(n), final: undefined as EtsState | undefined };
  const run = runRecursion(values, m, form, parameters, initial, ring, output);
  const estimated = start.length;
  const k = estimated + 1;
  const aic = run.likelihood + 2 * k;
  return {
    form,
    parameters: { ...parameters },
    initial: { ...initial, season: [...initial.season] },
    final: output.final!,
    likelihood: run.likelihood,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: run.likelihood + Math.log(n) * k,
    sigma2: run.sse / (n - estimated),
    fitted: Array.from(output.fitted),
    mse: run.mse,
    estimate: found.point,
    seasonLength: m,
  };
}

/** R's initparam(): α a fifth of its range ÷ m, β a tenth of α's, γ a twentieth of 1 − α, φ near its top. */
function startParameters(form: EtsForm, m: number): number[] {
  const { lower, upper, phiLower, phiUpper } = PARAMETER_BOUNDS;
  const alpha = lower + (0.2 * (upper - lower)) / m;
  const start = [alpha];
  if (form.trend !== 'N') {
    start.push(lower + 0.1 * (Math.min(upper, alpha) - lower));
  }
  if (form.season !== 'N') {
    start.push(lower + 0.05 * (Math.min(upper, 1 - alpha) - lower));
  }
  if (form.trend === 'Ad') {
    start.push(phiLower + 0.99 * (phiUpper - phiLower));
  }
  return start;
}

/**
 * R's initstate(): ℓ, b and the first m − 1 seasonal terms (the m-th makes them sum to 0, or to m).
 * The season comes from a classical decomposition (three seasons or more) or from a straight line
 * plus one sine wave; the level and slope from a line through the seasonally adjusted first
 * max(10, 2m) values.
 */
function startState(values: number[], seasonLength: number, form: EtsForm): number[] {
  const n = values.length;
  let adjusted = values;
  let m = 1;
  let season: number[] = [];
  if (form.season !== 'N') {
    m = seasonLength;
    const additive = form.season === 'A';
    let seasonal: number[];
    if (n < 3 * m) {
      const [intercept, slope] = lineWithWave(values, m);
      seasonal = values.map((value, index) => {
        const line = intercept + slope * (index + 1);
        return additive ? value - line : value / line;
      });
    } else {
      const { figure } = decompose(values, m, additive ? 'additive' : 'multiplicative');
      seasonal = values.map((_, index) => figure[index % m]);
    }
    season = Array.from({ length: m - 1 }, (_, j) => seasonal[m - 1 - j]);
    if (additive) {
      adjusted = values.map((value, index) => value - seasonal[index]);
    } else {
      season = season.map((s) => Math.max(s, 0.01));
      const sum = season.reduce((total, s) => total + s, 0);
      if (sum > m) {
        season = season.map((s) => s / (sum + 0.01 * season.length));
      }
      adjusted = values.map((value, index) => value / Math.max(seasonal[index], 0.01));
    }
  }
  const first = adjusted.slice(0, Math.min(Math.max(10, 2 * m), n));
  if (form.trend === 'N') {
    return [first.reduce((sum, value) => sum + value, 0) / first.length, ...season];
  }
  let { intercept: level, slope } = straightLine(first);
  if (Math.abs(level + slope) < 1e-8) {
    level *= 1 + 1e-3;
    slope *= 1 - 1e-3;
  }
  return [level, slope, ...season];
}

/** Least squares of y on 1, t, sin(2πt/m), cos(2πt/m), t = 1…n (R's tslm(y ~ trend + fourier(y, 1))): intercept and slope. */
function lineWithWave(values: number[], m: number): [number, number] {
  const rows = values.map((_, index) => {
    const t = index + 1;
    return [1, t, Math.sin((2 * Math.PI * t) / m), Math.cos((2 * Math.PI * t) / m)];
  });
  const normal = rows[0].map((_, i) => rows[0].map((__, j) => rows.reduce((sum, row) => sum + row[i] * row[j], 0)));
  const moments = rows[0].map((_, i) => rows.reduce((sum, row, index) => sum + row[i] * values[index], 0));
  const coefficients = invert(normal).map((row) => row.reduce((sum, value, j) => sum + value * moments[j], 0));
  return [coefficients[0], coefficients[1]];
}

/** Forecast means and variances h = 1…horizon ahead, as R's forecast.ets (classes 1, 2 and 3). */
export function etsForecast(fit: EtsFit, horizon: number): Array<{ mean: number; variance: number }> {
  const { form } = fit;
  if (form.season === 'M') {
    return multiplicativeSeasonForecast(fit, horizon);
  }
  const { mean, weights } = linearForecast(fit, horizon);
  const sigma2 = fit.sigma2;
  if (form.error === 'A') {
    let sum = 0;
    return mean.map((value, step) => {
      if (step > 0) {
        sum += weights[step - 1] ** 2;
      }
      return { mean: value, variance: sigma2 * (1 + sum) };
    });
  }
  // multiplicative errors, no multiplicative season: θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}
  const theta: number[] = [];
  return mean.map((value, step) => {
    let sum = 0;
    for (let j = 1; j <= step; j++) {
      sum += weights[j - 1] ** 2 * theta[step - j];
    }
    theta.push(value * value + sigma2 * sum);
    return { mean: value, variance: (1 + sigma2) * theta[step] - value * value };
  });
}

/**
 * The linear state-space form x' = Fx + Ge, μ = Hx: the point forecasts H F^(h−1) x and the weights
 * c_j = H F^(j−1) G of the errors j steps back.
 */
function linearForecast(fit: EtsFit, horizon: number): { mean: number[]; weights: number[] } {
  const { form, parameters, final } = fit;
  const m = fit.seasonLength;
  const hasTrend = form.trend !== 'N';
  const seasonal = form.season !== 'N';
  const x = [final.level, ...(hasTrend ? [final.slope] : []), ...final.season];
  const p = x.length;
  const seasonStart = hasTrend ? 2 : 1;
  const phi = parameters.phi;
  const h = new Array<number>(p).fill(0);
  h[0] = 1;
  if (hasTrend) {
    h[1] = phi;
  }
  if (seasonal) {
    h[p - 1] = 1;
  }
  const g = new Array<number>(p).fill(0);
  g[0] = parameters.alpha;
  if (hasTrend) {
    g[1] = parameters.beta;
  }
  if (seasonal) {
    g[seasonStart] = parameters.gamma;
  }
  // row vector H F^k, advanced by one multiplication per step
  let row = [...h];
  const advance = (vector: number[]) => {
    const next = new Array<number>(p).fill(0);
    next[0] = vector[0];
    if (hasTrend) {
      next[1] = phi * vector[0] + phi * vector[1];
    }
    if (seasonal) {
      // F: s0' = s_(m−1), s_k' = s_(k−1); row × F moves weights the other way
      for (let k = 0; k < m - 1; k++) {
        next[seasonStart + k] = vector[seasonStart + k + 1];
      }
      next[p - 1] = vector[seasonStart];
    }
    return next;
  };
  const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index], 0);
  const mean: number[] = [];
  const weights: number[] = [];
  for (let step = 0; step < horizon; step++) {
    mean.push(dot(row, x));
    weights.push(dot(row, g));
    row = advance(row);
  }
  return { mean, weights };
}

/** R's class 3 (multiplicative errors and season): the moments of the level-season product, recursively. */
function multiplicativeSeasonForecast(fit: EtsFit, horizon: number): Array<{ mean: number; variance: number }> {
  const { form, parameters, final, sigma2 } = fit;
  const m = fit.seasonLength;
  const { alpha, beta, gamma, phi } = parameters;
  const hasTrend = form.trend !== 'N';
  const h1 = [hasTrend ? [1, 1] : [1]];
  const h2 = [Array.from({ length: m }, (_, j) => (j === m - 1 ? 1 : 0))];
  const f1 = hasTrend
    ? [
        [1, 1],
        [0, phi],
      ]
    : [[1]];
  const g1 = hasTrend
    ? [
        [alpha, alpha],
        [beta, beta],
      ]
    : [[alpha]];
  const f2 = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (__, j) => (i === 0 ? (j === m - 1 ? 1 : 0) : j === i - 1 ? 1 : 0))
  );
  const g2 = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (__, j) => (i === 0 && j === m - 1 ? gamma : 0))
  );
  const levelPart = hasTrend ? [final.level, final.slope] : [final.level];
  let mh = levelPart.map((value) => final.season.map((s) => value * s));
  const size = levelPart.length * m;
  let vh = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const h21 = kronecker(h2, h1);
  const f21 = kronecker(f2, f1);
  const g21 = kronecker(g2, g1);
  const k = combine([
    [1, kronecker(g2, f1)],
    [1, kronecker(f2, g1)],
  ]);
  const f21t = transpose(f21);
  const g21t = transpose(g21);
  const kt = transpose(k);
  const h21t = transpose(h21);
  const result: Array<{ mean: number; variance: number }> = [];
  for (let step = 0; step < horizon; step++) {
    const mean = multiply(multiply(h1, mh), transpose(h2))[0][0];
    const spread = multiply(multiply(h21, vh), h21t)[0][0];
    result.push({ mean, variance: (1 + sigma2) * spread + sigma2 * mean * mean });
    // vec(Mh), column by column
    const vec = mh[0].flatMap((_, column) => mh.map((row) => [row[column]]));
    const outer = multiply(vec, transpose(vec));
    const fvf = multiply(multiply(f21, vh), f21t);
    const fvg = multiply(multiply(f21, vh), g21t);
    const gvf = multiply(multiply(g21, vh), f21t);
    const kvk = multiply(
      multiply(
        k,
        combine([
          [1, vh],
          [1, outer],
        ])
      ),
      kt
    );
    const gvg = multiply(
      multiply(
        g21,
        combine([
          [3, vh],
          [2, outer],
        ])
      ),
      g21t
    );
    vh = combine([
      [1, fvf],
      [sigma2, fvg],
      [sigma2, gvf],
      [sigma2, kvk],
      [sigma2 * sigma2, gvg],
    ]);
    mh = combine([
      [1, multiply(multiply(f1, mh), transpose(f2))],
      [sigma2, multiply(multiply(g1, mh), transpose(g2))],
    ]);
  }
  return result;
}

/** Mean ± z × standard deviation, normal quantiles, as R. */
export function normalPredictions(moments: Array<{ mean: number; variance: number }>): Prediction[] {
  return moments.map(({ mean, variance }) => {
    const sd = Math.sqrt(Math.max(variance, 0));
    const [lower80, upper80, lower95, upper95] = INTERVAL_LEVELS.flatMap((level) => [
      mean - normalQuantile(level) * sd,
      mean + normalQuantile(level) * sd,
    ]);
    return { mean, lower80, upper80, lower95, upper95 };
  });
}

export function etsModel(fit: EtsFit): FittedModel {
  return {
    fitted: fit.fitted,
    predict: (horizon) => normalPredictions(etsForecast(fit, horizon)),
    parameters: {
      alpha: fit.parameters.alpha,
      ...(fit.form.trend !== 'N' ? { beta: fit.parameters.beta } : {}),
      ...(fit.form.season !== 'N' ? { gamma: fit.parameters.gamma } : {}),
      ...(fit.form.trend === 'Ad' ? { phi: fit.parameters.phi } : {}),
      sigma2: fit.sigma2,
      aicc: fit.aicc,
    },
    model: formName(fit.form),
  };
}

/** ETS with the form chosen by AICc among every one that suits the values, as R's ets(). */
export const etsMethod: SeriesMethod = {
  method: 'ets',
  label: 'ets',
  minPoints: () => ETS_MIN_POINTS,
  minPointsReason: "R's ets fits its state-space models to more than 6 values",
  fit: (values, seasonLength) => etsModel(selectEts(values, seasonLength)),
  backtestFit: (values, seasonLength) => {
    const { form, estimate } = selectEts(values, seasonLength);
    return (training) => {
      // from the whole history's estimate (the same start period), with a short search: a full one
      // per origin would cost more than the rest of auto together
      const fit = fitEtsForm(training, seasonLength, form, 'likelihood', {
        estimate,
        maxEvaluations: BACKTEST_EVALUATIONS,
      });
      // a history too short for the chosen form (or its season) gets the form chosen for it
      return etsModel(fit && Number.isFinite(fit.aicc) ? fit : selectEts(training, seasonLength));
    };
  },
};
