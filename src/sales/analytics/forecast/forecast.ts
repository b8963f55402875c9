import { salesError } from '../../errors';
import type { ForecastMethod } from '../../types';
import { oneOf, positiveInteger } from '../checks';
import { checkTimeZone } from '../../catalog/time';
import { backtest } from './backtest';
import { pipelinePrediction, runRatePrediction } from './currentPeriod';
import { etsMethod } from './ets';
import { holtWintersMethod } from './holtWinters';
import type { IntervalLevel } from './quantiles';
import { checkHistory, notEnoughData, periodAfter, seasonLength as seasonLengthOf } from './series';
import { seasonalNaiveMethod } from './seasonalNaive';
import { thetaMethod } from './theta';
import { exponentialMethod, linearMethod, logarithmicMethod, polynomialMethod, powerMethod } from './trendMethods';
import type {
  Accuracy,
  FittedModel,
  ForecastOptions,
  ForecastPoint,
  ForecastResult,
  MethodAccuracy,
  Prediction,
  SeriesMethod,
  SeriesPoint,
} from './types';

export const FORECAST_METHODS: readonly ForecastMethod[] = [
  'linear',
  'polynomial',
  'exponential',
  'logarithmic',
  'power',
  'holt_winters',
  'ets',
  'theta',
  'seasonal_naive',
  'run_rate',
  'pipeline',
  'auto',
];

export const DEFAULT_BACKTEST_ORIGINS = 40;

/**
 * What auto backtests, in the order of the methods table. run_rate and pipeline are left out: they
 * forecast the current period from data that past periods do not keep (the actual at the same point of
 * the period, the pipeline as it stood), so they cannot be backtested.
 */
export function autoCandidates(): SeriesMethod[] {
  return [
    etsMethod,
    thetaMethod,
    seasonalNaiveMethod,
    holtWintersMethod('additive'),
    holtWintersMethod('multiplicative'),
    linearMethod,
    polynomialMethod(2),
    polynomialMethod(3),
    exponentialMethod,
    logarithmicMethod,
    powerMethod,
  ];
}

/**
 * Forecast a metric's history by one method, or by auto. Auto forecasts with the ETS model chosen by AICc
 * (as R's ets) and widens its intervals by its backtest. On the public benchmark (tests/forecast-reference,
 * `npm run bench:forecast -- --suite public`) this did as well as choosing among the candidates and their
 * combinations by backtest, and better than the mean or median of ETS, theta and Holt–Winters or weighting
 * them by backtest accuracy (measured while choosing it). Every candidate is backtested over the same
 * rolling origins for the methods table. Without ETS (a history under 8 points, too short to backtest
 * it, or no fit), auto takes the candidate with the lowest backtest MASE (then the lowest MAE, then the
 * earlier candidate).
 * History: one point per complete period, oldest first. Too little history raises a SalesError
 * ('not_enough_data') that says how many points the method needs and how many it got.
 */
export function forecast(history: SeriesPoint[], options: ForecastOptions): ForecastResult {
  const method = oneOf(options.method, FORECAST_METHODS, 'The forecast method');
  const seasonLength = seasonLengthOf(options.grain);
  const timeZone = checkTimeZone(options.timeZone ?? 'UTC');
  const horizon = positiveInteger(options.horizon, 'The forecast horizon');
  const interval = options.interval ?? 0.8;
  if (interval !== 0.8 && interval !== 0.95) {
    throw salesError('forecast.interval-level', { interval: String(interval) }, 'invalid_value');
  }
  const maxOrigins = positiveInteger(
    options.backtestOrigins ?? DEFAULT_BACKTEST_ORIGINS,
    'The number of backtest origins'
  );
  const values = checkHistory(history, options.grain, timeZone);
  const start = forecastStart(history, options, timeZone);
  const periods = (count: number) =>
    Array.from({ length: count }, (_, index) => periodAfter(start, options.grain, timeZone, index));
  const base = { method, interval, seasonLength, skipped: [] as ForecastResult['skipped'] };

  if (method === 'run_rate' || method === 'pipeline') {
    const prediction =
      method === 'run_rate'
        ? runRatePrediction(required(options.runRate, 'runRate', method), values)
        : pipelinePrediction(required(options.pipeline, 'pipeline', method));
    const notBacktested = { mase: null, mape: null, smape: null, origins: 0 };
    return {
      ...base,
      chosenMethod: method,
      model: method,
      points: points(
        history,
        values.map(() => null),
        periods(1),
        [prediction],
        interval
      ),
      backtest: notBacktested,
      backtests: [{ method, label: method, ...notBacktested }],
      parameters: {},
    };
  }

  const chosen =
    method === 'auto'
      ? chooseAutomatically(values, seasonLength, horizon, maxOrigins)
      : single(method, options, values, seasonLength, horizon, maxOrigins);
  const model: FittedModel = chosen.method.fit(values, seasonLength);
  const widening = chosen.widening ?? 1;
  const predictions = model.predict(horizon).map((prediction) => widened(prediction, widening));
  return {
    ...base,
    chosenMethod: chosen.method.method,
    chosenVariant: chosen.method.variant,
    model: model.model ?? chosen.method.label,
    points: points(history, model.fitted, periods(horizon), predictions, interval),
    backtest: withoutMae(chosen.accuracy),
    backtests: chosen.tried,
    skipped: chosen.skipped,
    parameters: widening === 1 ? model.parameters : { ...model.parameters, intervalWidening: widening },
  };
}

interface Choice {
  method: SeriesMethod;
  accuracy: Accuracy;
  tried: MethodAccuracy[];
  skipped: ForecastResult['skipped'];
  /** auto: the factor its intervals are widened by (≥ 1) */
  widening?: number;
}

/** The interval scaled about the mean. */
function widened(prediction: Prediction, factor: number): Prediction {
  if (factor === 1) {
    return prediction;
  }
  const { mean } = prediction;
  const scale = (bound: number) => mean + factor * (bound - mean);
  return {
    mean,
    lower80: scale(prediction.lower80),
    upper80: scale(prediction.upper80),
    lower95: scale(prediction.lower95),
    upper95: scale(prediction.upper95),
  };
}

function single(
  method: ForecastMethod,
  options: ForecastOptions,
  values: number[],
  seasonLength: number,
  horizon: number,
  maxOrigins: number
): Choice {
  const spec = seriesMethod(method, options);
  if (spec.method === 'holt_winters' && seasonLength < 2) {
    throw salesError('forecast.holt-winters-grain', { grain: options.grain }, 'invalid_value');
  }
  const needed = spec.minPoints(seasonLength);
  if (values.length < needed) {
    throw notEnoughData(spec.label, needed, values.length, spec.minPointsReason);
  }
  const reason = spec.unusable?.(values);
  if (reason) {
    throw salesError('forecast.unusable-history', { method: spec.label, reason }, 'invalid_value');
  }
  const skipped: ForecastResult['skipped'] = [];
  let accuracy: Accuracy = { mase: null, mape: null, smape: null, origins: 0 };
  try {
    accuracy = withoutMae(backtest(spec, values, seasonLength, horizon, needed, maxOrigins));
  } catch (error) {
    skipped.push({ label: spec.label, reason: `its backtest failed: ${(error as Error).message}` });
  }
  return { method: spec, accuracy, tried: [describeAccuracy(spec, accuracy)], skipped };
}

function chooseAutomatically(values: number[], seasonLength: number, horizon: number, maxOrigins: number): Choice {
  const skipped: ForecastResult['skipped'] = [];
  const usable = autoCandidates().filter((candidate) => {
    const needed = candidate.minPoints(seasonLength) + 1;
    const reason =
      candidate.method === 'holt_winters' && seasonLength < 2
        ? 'the grain has no season'
        : values.length < needed
          ? `it needs at least ${needed} history points to be backtested; got ${values.length}`
          : candidate.unusable?.(values);
    if (reason) {
      skipped.push({ label: candidate.label, reason });
    }
    return !reason;
  });
  // The same origins for every candidate, so that their errors are comparable.
  const minTraining = Math.max(...usable.map((candidate) => candidate.minPoints(seasonLength)));
  const results = usable.flatMap((candidate) => {
    try {
      return [{ candidate, accuracy: backtest(candidate, values, seasonLength, horizon, minTraining, maxOrigins) }];
    } catch (error) {
      skipped.push({ label: candidate.label, reason: `its backtest failed: ${(error as Error).message}` });
      return [];
    }
  });
  if (results.length === 0) {
    const needed = Math.min(...autoCandidates().map((candidate) => candidate.minPoints(seasonLength) + 1));
    throw notEnoughData('auto', needed, values.length, 'to backtest at least one method');
  }
  const tried = results.map(({ candidate, accuracy }) => describeAccuracy(candidate, withoutMae(accuracy)));
  const ets = results.find(({ candidate }) => candidate.method === 'ets');
  if (ets) {
    // Intervals as wide as the backtest's errors, never narrower than the model's own.
    return {
      method: ets.candidate,
      accuracy: ets.accuracy,
      tried,
      skipped,
      widening: Math.max(1, ets.accuracy.spread ?? 1),
    };
  }
  const best = results.reduce((winner, entry) =>
    (entry.accuracy.mase ?? Infinity) < (winner.accuracy.mase ?? Infinity) ||
    ((entry.accuracy.mase ?? Infinity) === (winner.accuracy.mase ?? Infinity) &&
      (entry.accuracy.mae ?? Infinity) < (winner.accuracy.mae ?? Infinity))
      ? entry
      : winner
  );
  return { method: best.candidate, accuracy: best.accuracy, tried, skipped };
}

function seriesMethod(method: ForecastMethod, options: ForecastOptions): SeriesMethod {
  switch (method) {
    case 'linear':
      return linearMethod;
    case 'polynomial':
      return polynomialMethod(options.order ?? 2);
    case 'exponential':
      return exponentialMethod;
    case 'logarithmic':
      return logarithmicMethod;
    case 'power':
      return powerMethod;
    case 'ets':
      return etsMethod;
    case 'theta':
      return thetaMethod;
    case 'holt_winters':
      return holtWintersMethod(
        oneOf(options.seasonality ?? 'additive', ['additive', 'multiplicative'] as const, 'The seasonality')
      );
    default:
      return seasonalNaiveMethod;
  }
}

function forecastStart(history: SeriesPoint[], options: ForecastOptions, timeZone: string): number {
  const next = history.length > 0 ? periodAfter(history[history.length - 1].time, options.grain, timeZone) : undefined;
  if (options.start === undefined) {
    if (next === undefined) {
      throw salesError('forecast.needs-history-or-start', {}, 'not_enough_data');
    }
    return next;
  }
  if (next !== undefined && options.start !== next) {
    throw salesError(
      'forecast.start-not-next',
      { start: new Date(options.start).toISOString(), next: new Date(next).toISOString() },
      'invalid_value'
    );
  }
  return options.start;
}

function points(
  history: SeriesPoint[],
  fitted: Array<number | null>,
  futureTimes: number[],
  predictions: Prediction[],
  interval: IntervalLevel
): ForecastPoint[] {
  const past = history.map((point, index) => ({
    time: point.time,
    actual: point.value,
    forecast: fitted[index],
    lower: null,
    upper: null,
    lower80: null,
    upper80: null,
    lower95: null,
    upper95: null,
  }));
  const future = futureTimes.map((time, index) => {
    const prediction = predictions[index];
    return {
      time,
      actual: null,
      forecast: prediction.mean,
      lower: interval === 0.8 ? prediction.lower80 : prediction.lower95,
      upper: interval === 0.8 ? prediction.upper80 : prediction.upper95,
      lower80: prediction.lower80,
      upper80: prediction.upper80,
      lower95: prediction.lower95,
      upper95: prediction.upper95,
    };
  });
  return [...past, ...future];
}

function required<T>(value: T | undefined, name: string, method: ForecastMethod): T {
  if (value === undefined || value === null) {
    throw salesError('forecast.current-inputs', { method, name }, 'invalid_value');
  }
  return value;
}

function withoutMae({ mase, mape, smape, origins }: Accuracy): Accuracy {
  return { mase, mape, smape, origins };
}

function describeAccuracy(method: SeriesMethod, accuracy: Accuracy): MethodAccuracy {
  return {
    method: method.method,
    ...(method.variant ? { variant: method.variant } : {}),
    label: method.label,
    ...accuracy,
  };
}
