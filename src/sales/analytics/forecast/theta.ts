import { decompose, straightLine } from './decompose';
import { notEnoughData } from './series';
import { ETS_MIN_POINTS, fitEtsForm, normalPredictions } from './ets';
import type { FittedModel, SeriesMethod } from './types';

/** Φ⁻¹(0.95): the one-sided 5 % test of R's thetaf for a season. */
const SEASONAL_TEST_QUANTILE = 1.6448536269514722;

/**
 * The theta method as R's forecast::thetaf (Assimakopoulos & Nikolopoulos 2000, in the form of Hyndman &
 * Billah 2003: simple exponential smoothing with drift of half the slope of the straight line through
 * the history). When the lag-m autocorrelation is significant at 10 % (two-sided), the values are first
 * divided by the seasonal figure of a classical multiplicative decomposition, and the forecasts
 * multiplied by it again. The interval is simple exponential smoothing's, as R's.
 */
export function fitTheta(values: number[], seasonLength: number): FittedModel {
  const n = values.length;
  const figure = seasonalFigure(values, seasonLength);
  const factor = (index: number) => (figure ? figure[index % seasonLength] : 1);
  const adjusted = values.map((value, index) => value / factor(index));
  const ses = fitEtsForm(adjusted, 1, { error: 'A', trend: 'N', season: 'N' }, 'mse');
  if (!ses) {
    throw notEnoughData('theta', ETS_MIN_POINTS, n);
  }
  const alpha = Math.max(1e-10, ses.parameters.alpha);
  const drift = straightLine(adjusted).slope / 2;
  const start = (1 - (1 - alpha) ** n) / alpha;
  return {
    fitted: ses.fitted.map((value, index) => value * factor(index)),
    predict: (horizon) =>
      normalPredictions(
        Array.from({ length: horizon }, (_, step) => ({
          mean: (ses.final.level + drift * (step + start)) * factor(n + step),
          variance: ses.sigma2 * (step * alpha * alpha + 1),
        }))
      ),
    parameters: { alpha, drift, sigma2: ses.sigma2, seasonal: figure ? 1 : 0 },
    model: figure ? 'Theta (seasonally adjusted)' : 'Theta',
  };
}

/** The multiplicative seasonal figure when thetaf's test finds a season; undefined otherwise. */
function seasonalFigure(values: number[], m: number): number[] | undefined {
  const n = values.length;
  if (m < 2 || n <= 2 * m || values.every((value) => value === values[0])) {
    return undefined;
  }
  const r = autocorrelations(values, m);
  const stat = Math.sqrt((1 + 2 * r.slice(0, m - 1).reduce((sum, value) => sum + value * value, 0)) / n);
  if (!(Math.abs(r[m - 1]) / stat > SEASONAL_TEST_QUANTILE)) {
    return undefined;
  }
  const { figure } = decompose(values, m, 'multiplicative');
  // R warns and forecasts without the season when a seasonal index is about 0
  return figure.some((value) => !(Math.abs(value) >= 1e-4)) ? undefined : figure;
}

/** Sample autocorrelations at lags 1…maxLag, as R's acf(). */
function autocorrelations(values: number[], maxLag: number): number[] {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const centred = values.map((value) => value - mean);
  const variance = centred.reduce((sum, value) => sum + value * value, 0);
  return Array.from({ length: maxLag }, (_, index) => {
    const lag = index + 1;
    let sum = 0;
    for (let t = 0; t + lag < n; t++) {
      sum += centred[t] * centred[t + lag];
    }
    return sum / variance;
  });
}

export const thetaMethod: SeriesMethod = {
  method: 'theta',
  label: 'theta',
  minPoints: () => ETS_MIN_POINTS,
  minPointsReason: 'its simple exponential smoothing is fitted as ETS(A,N,N), to more than 6 values',
  fit: fitTheta,
};
