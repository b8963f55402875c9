import type { Seasonality } from './types';

export interface Decomposition {
  /** centred moving average of one season (2 × m for an even m); null where the window leaves the series */
  trend: Array<number | null>;
  /** the seasonal figure by position from the first value: centred to sum 0 (additive) or average 1 */
  figure: number[];
}

/**
 * The classical decomposition, as R's stats::decompose: the trend is the centred moving average of one
 * season, the seasonal figure the mean of value − trend (or value ÷ trend) at each position of the season,
 * centred. Used for Holt–Winters' and ETS' start values and the theta method's seasonal adjustment.
 */
export function decompose(values: number[], seasonLength: number, seasonality: Seasonality): Decomposition {
  const half = Math.floor(seasonLength / 2);
  const even = seasonLength % 2 === 0;
  const trend = values.map((_, index) => {
    if (index < half || index >= values.length - half) {
      return null;
    }
    let sum = 0;
    for (let offset = -half; offset <= half; offset++) {
      const weight = even && Math.abs(offset) === half ? 0.5 : 1;
      sum += weight * values[index + offset];
    }
    return sum / seasonLength;
  });
  const sums = new Array<number>(seasonLength).fill(0);
  const counts = new Array<number>(seasonLength).fill(0);
  trend.forEach((level, index) => {
    if (level !== null) {
      sums[index % seasonLength] += seasonality === 'additive' ? values[index] - level : values[index] / level;
      counts[index % seasonLength] += 1;
    }
  });
  const raw = sums.map((sum, position) => sum / counts[position]);
  const mean = raw.reduce((sum, value) => sum + value, 0) / seasonLength;
  return {
    trend,
    figure: raw.map((value) => (seasonality === 'additive' ? value - mean : value / mean)),
  };
}

/** Least-squares line through y at x = 1, 2, …; the intercept is its value at x = 0 (R's lsfit(1:n, y)). */
export function straightLine(y: number[]): { intercept: number; slope: number } {
  const n = y.length;
  const meanX = (n + 1) / 2;
  const meanY = y.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  y.forEach((value, index) => {
    sxy += (index + 1 - meanX) * (value - meanY);
    sxx += (index + 1 - meanX) ** 2;
  });
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanX, slope };
}
