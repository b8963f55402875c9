/**
 * Top-down target setting: a company plan per year, split into quarters and months by seasonal
 * weights, then each month into regions, teams and reps by their capacity. Every split is done in
 * integers (cents, or counts) with the largest-remainder method, so each level sums exactly to its parent.
 */

/** Plan weights of the quarters (the Q4 push) and of the months within a quarter (quarter-end push). */
export const QUARTER_WEIGHTS = [0.21, 0.24, 0.22, 0.33];
export const MONTH_IN_QUARTER_WEIGHTS = [0.31, 0.33, 0.36];

/** The share of a year's plan that falls in each month (0-based). */
export function monthWeight(month: number): number {
  return QUARTER_WEIGHTS[Math.floor(month / 3)] * MONTH_IN_QUARTER_WEIGHTS[month % 3];
}

/**
 * Splits a non-negative integer total into integers proportional to the weights, summing to the total.
 * Zero weights get zero; when every weight is zero the total is split evenly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) {
    return [];
  }
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const shares = sum > 0 ? weights.map((weight) => (total * weight) / sum) : weights.map(() => total / weights.length);
  const parts = shares.map(Math.floor);
  let remainder = total - parts.reduce((acc, part) => acc + part, 0);
  const order = shares
    .map((share, index) => ({ index, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let k = 0; remainder > 0; k = (k + 1) % order.length) {
    parts[order[k].index]++;
    remainder--;
  }
  return parts;
}

/** A year's plan split year → quarter → month. */
export function monthlyPlan(yearTotal: number): number[] {
  return allocate(yearTotal, QUARTER_WEIGHTS).flatMap((quarterTotal) =>
    allocate(quarterTotal, MONTH_IN_QUARTER_WEIGHTS)
  );
}

/**
 * A year's plan from its actual pace: the actual of the months the data covers, annualised by the
 * plan's own month weights (a partly covered month counts by its covered days), raised by `uplift`.
 */
export function yearPlan(
  year: number,
  start: number,
  cutoff: number,
  actualOfMonth: (monthKey: number) => number,
  uplift: number
): number {
  let actual = 0;
  let coveredWeight = 0;
  for (let month = 0; month < 12; month++) {
    const from = Math.max(Date.UTC(year, month, 1), start);
    const to = Math.min(Date.UTC(year, month + 1, 1), cutoff);
    if (to > from) {
      coveredWeight += (monthWeight(month) * (to - from)) / (Date.UTC(year, month + 1, 1) - Date.UTC(year, month, 1));
      actual += actualOfMonth(year * 12 + month);
    }
  }
  return Math.round((actual / Math.max(coveredWeight, 0.01)) * uplift);
}
