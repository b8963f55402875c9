import type { ForecastMethod, Grain } from '../../types';
import type { IntervalLevel } from './quantiles';

/** One period of history: its start (epoch ms) and the metric's value. */
export interface SeriesPoint {
  time: number;
  value: number;
}

export type Seasonality = 'additive' | 'multiplicative';

/** One step ahead of a fitted model: the point forecast and its 80 % and 95 % prediction intervals. */
export interface Prediction {
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface FittedModel {
  /** in-sample fitted values, one per history point; null where the method gives none */
  fitted: Array<number | null>;
  predict(horizon: number): Prediction[];
  /** what was fitted (coefficients, smoothing parameters), for the frame's meta and for tests */
  parameters: Record<string, number>;
  /** the model fitted, where the method chooses one (e.g. "ETS(A,Ad,N)") */
  model?: string;
}

/** A method that can be fitted to any history, backtested and chosen by auto. */
export interface SeriesMethod {
  method: ForecastMethod;
  /** e.g. "multiplicative" or "order 3"; absent when the method has one form */
  variant?: string;
  /** the method and its variant, for messages and the backtest frame */
  label: string;
  minPoints(seasonLength: number): number;
  /** why it needs that many, for the message when the history is too short */
  minPointsReason: string;
  /** why the method cannot model these values (e.g. it needs positive values); undefined when it can */
  unusable?(values: number[]): string | undefined;
  fit(values: number[], seasonLength: number): FittedModel;
  /**
   * How the backtest fits a shorter history, given the whole one; `fit` by default. ETS refits the
   * form chosen on the whole history (choosing anew at every origin would cost 15 fits each).
   */
  backtestFit?(values: number[], seasonLength: number): (training: number[]) => FittedModel;
}

/** Current-period inputs of run_rate: the SQL's actual to date and the elapsed share of the period. */
export interface RunRateInput {
  actualToDate: number;
  /** 0 < share ≤ 1, as pace() computes it */
  elapsedShare: number;
}

/**
 * Current-period inputs of pipeline, cumulative as in forecast categories (closed ⊂ commit ⊂ best case):
 * the SQL's sums of won amount and of open amount per category closing in the period, plus the expected
 * value and variance of the open commit and best-case deals closing, each deal closing independently with
 * its probability p = coalesce(probability, stage probability):
 *   openExpected = Σ amount × p, openVariance = Σ amount² × p × (1 − p).
 */
export interface PipelineInput {
  closedWon: number;
  commit: number;
  bestCase: number;
  openExpected: number;
  openVariance: number;
}

export interface ForecastOptions {
  method: ForecastMethod;
  grain: Grain;
  /** periods to forecast after the history (run_rate and pipeline forecast the current period only) */
  horizon: number;
  /** the interval copied into lower/upper; 0.8 by default (both levels are always in the points) */
  interval?: IntervalLevel;
  /** holt_winters: additive by default */
  seasonality?: Seasonality;
  /** polynomial: 2 (default) or 3 */
  order?: number;
  /** the zone of the period starts, for the times of the forecast periods; UTC by default */
  timeZone?: string;
  /** the start of the first forecast period; by default the period after the last history point */
  start?: number;
  /** how many rolling origins the backtest uses at most (spread over the history, see backtestOrigins); 40 by default */
  backtestOrigins?: number;
  runRate?: RunRateInput;
  pipeline?: PipelineInput;
}

export interface ForecastPoint {
  time: number;
  /** history values; null in the forecast periods */
  actual: number | null;
  /** fitted values in the history, forecasts after it; null where the method gives none */
  forecast: number | null;
  /** the interval chosen by options.interval */
  lower: number | null;
  upper: number | null;
  lower80: number | null;
  upper80: number | null;
  lower95: number | null;
  upper95: number | null;
}

/** Backtest accuracy over rolling origins. MAPE and sMAPE are fractions (0.1 = 10 %), as Grafana's percentunit. */
export interface Accuracy {
  mase: number | null;
  mape: number | null;
  smape: number | null;
  /** rolling origins used; 0 when the history is too short to backtest (or the method cannot be) */
  origins: number;
}

export interface MethodAccuracy extends Accuracy {
  method: ForecastMethod;
  variant?: string;
  label: string;
}

export interface ForecastResult {
  /** the method asked for */
  method: ForecastMethod;
  /** the method that made the forecast (auto's choice, or the method asked for) */
  chosenMethod: ForecastMethod;
  chosenVariant?: string;
  /** the model that made the forecast, e.g. "ETS(M,Ad,N)", "Theta" or "holt_winters (additive)" */
  model: string;
  interval: IntervalLevel;
  seasonLength: number;
  points: ForecastPoint[];
  /** the chosen method's backtest */
  backtest: Accuracy;
  /** one entry per method tried (auto: every candidate that could run) */
  backtests: MethodAccuracy[];
  /** auto: the candidates that could not run on this history, and why */
  skipped: Array<{ label: string; reason: string }>;
  parameters: Record<string, number>;
}
