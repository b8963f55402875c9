/**
 * Achievement against target on the scale the thresholds are written in: 1 = on target, more is
 * better. For lower-is-better metrics (days to close, overdue receivables) staying under target is
 * good, so the ratio is inverted to target ÷ actual: 125 % of a 10-day target colours like 80 %.
 */
export function achievement(pctOfTarget: number, lowerIsBetter: boolean): number {
  if (!lowerIsBetter) {
    return pctOfTarget;
  }
  return pctOfTarget === 0 ? Number.POSITIVE_INFINITY : 1 / pctOfTarget;
}
