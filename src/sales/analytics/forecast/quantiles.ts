import { salesError } from '../../errors';

/** The prediction interval levels every forecast carries. */
export type IntervalLevel = 0.8 | 0.95;
export const INTERVAL_LEVELS: readonly IntervalLevel[] = [0.8, 0.95];

/** Standard normal quantiles Φ⁻¹((1 + level) / 2) of the two levels: only these two are ever needed. */
const NORMAL_TWO_SIDED: Record<IntervalLevel, number> = { 0.8: 1.2815515655446004, 0.95: 1.959963984540054 };

export function normalQuantile(level: IntervalLevel): number {
  return NORMAL_TWO_SIDED[level];
}

/**
 * The two-sided Student-t quantile: t such that P(|T| ≤ t) = level with `df` degrees of freedom.
 * No dependency of the project computes it, so it is done here from the exact finite series of
 * P(|T| ≤ t) for whole degrees of freedom (Abramowitz & Stegun 26.7.3 and 26.7.4), inverted by bisection.
 */
export function studentTQuantile(level: IntervalLevel, df: number): number {
  if (!Number.isInteger(df) || df < 1) {
    throw salesError('forecast.student-t', { df }, 'invalid_value');
  }
  let high = 2;
  while (studentTCentralProbability(high, df) < level) {
    high *= 2;
  }
  let low = 0;
  for (let iteration = 0; iteration < 200 && high - low > 1e-15 * high; iteration++) {
    const middle = (low + high) / 2;
    if (studentTCentralProbability(middle, df) < level) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
}

/** P(|T| ≤ t) for Student's t with whole `df` (A&S 26.7.3 odd, 26.7.4 even). */
export function studentTCentralProbability(t: number, df: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const cos2 = Math.cos(theta) ** 2;
  if (df % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= df - 2; k += 2) {
      term *= ((k - 1) / k) * cos2;
      sum += term;
    }
    return Math.sin(theta) * sum;
  }
  if (df === 1) {
    return (2 * theta) / Math.PI;
  }
  let term = Math.cos(theta);
  let sum = term;
  for (let k = 3; k <= df - 2; k += 2) {
    term *= ((k - 1) / k) * cos2;
    sum += term;
  }
  return (2 / Math.PI) * (theta + Math.sin(theta) * sum);
}
