import { salesError } from '../../errors';
import { finiteNumber, nonNegative } from '../checks';
import { INTERVAL_LEVELS, normalQuantile } from './quantiles';
import type { PipelineInput, Prediction, RunRateInput } from './types';

/**
 * run_rate: the current period ends as it has run so far, actual to date ÷ elapsed share e.
 * Interval: the period's total is modelled as accumulating like a Brownian motion with drift over the
 * period, with the period-to-period variance σ² of the history's totals (their sample variance). Then the
 * projection's error T − A(e)/e has variance σ²(1 − e)/e: wide early in the period, 0 at its end.
 */
export function runRatePrediction(input: RunRateInput, history: number[]): Prediction {
  const actual = finiteNumber(input?.actualToDate, 'The run rate actual to date');
  const share = finiteNumber(input?.elapsedShare, 'The run rate elapsed share');
  if (!(share > 0 && share <= 1)) {
    throw salesError('forecast.run-rate-share', { share }, 'invalid_value');
  }
  if (history.length < 2) {
    throw salesError('forecast.run-rate-history', { got: history.length }, 'not_enough_data');
  }
  const mean = actual / share;
  const historyMean = history.reduce((sum, value) => sum + value, 0) / history.length;
  const variance = history.reduce((sum, value) => sum + (value - historyMean) ** 2, 0) / (history.length - 1);
  const sd = Math.sqrt((variance * (1 - share)) / share);
  return bounds(mean, (level) => [mean - normalQuantile(level) * sd, mean + normalQuantile(level) * sd]);
}

/**
 * pipeline: the point forecast is closed won + commit + best case (the best-case call of the cumulative
 * forecast categories). The interval is where the period's total lands if each open commit or best-case
 * deal closes independently with its probability: closed won + a normal approximation of the open deals'
 * total (mean openExpected, variance openVariance), kept within [closed won, the point forecast] since
 * the open deals can add nothing below 0 and nothing above all of them closing. Deals not yet in the
 * pipeline are not modelled, so the best-case call is the top of its own band.
 */
export function pipelinePrediction(input: PipelineInput): Prediction {
  const closedWon = finiteNumber(input?.closedWon, 'The pipeline closed won amount');
  const commit = nonNegative(input.commit, 'The commit pipeline');
  const bestCase = nonNegative(input.bestCase, 'The best-case pipeline');
  const expected = nonNegative(input.openExpected, 'The expected amount of the open deals');
  const variance = nonNegative(input.openVariance, 'The variance of the open deals');
  if (expected > commit + bestCase + 1e-9 * (commit + bestCase)) {
    throw salesError('forecast.open-expected', { expected, commit, bestCase }, 'invalid_value');
  }
  const mean = closedWon + commit + bestCase;
  const clamp = (value: number) => Math.min(Math.max(value, closedWon), mean);
  const centre = closedWon + expected;
  const sd = Math.sqrt(variance);
  return bounds(mean, (level) => [
    clamp(centre - normalQuantile(level) * sd),
    clamp(centre + normalQuantile(level) * sd),
  ]);
}

function bounds(mean: number, interval: (level: 0.8 | 0.95) => number[]): Prediction {
  const [lower80, upper80, lower95, upper95] = INTERVAL_LEVELS.flatMap(interval);
  return { mean, lower80, upper80, lower95, upper95 };
}
