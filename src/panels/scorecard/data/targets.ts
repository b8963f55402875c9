import type { ScorecardModel } from './toScorecard';

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

/**
 * True while the period runs and the data carries pace: % of target is then coloured by pace, actual ÷
 * expected to date, so that 78 % of target 48 % into the quarter reads as ahead, not as short. Before
 * the data says how much of the period has gone, and once it is over, % of target colours itself.
 */
export function coloursByPace(model: Pick<ScorecardModel, 'elapsedShare' | 'metrics'>): boolean {
  return model.elapsedShare !== null && model.elapsedShare < 1 && model.metrics.some((metric) => metric.pace);
}
