/**
 * numerator ÷ denominator, or null when either is missing or the denominator is 0: the catalog's rule
 * for ratios ("no data", never 0, NaN or Infinity).
 */
export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) {
    return null;
  }
  if (denominator === 0) {
    return null;
  }
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}
