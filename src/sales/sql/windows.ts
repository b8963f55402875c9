import { ceilDate, type TimeRange } from '../catalog/time';
import type { Window } from './formulas';

/** A window over [from, to) whose now is min(to, the current time). */
export function windowOf(period: number, range: TimeRange, currentTime: number, timeZone: string): Window {
  const now = Math.min(range.to, currentTime);
  return {
    period,
    from: range.from,
    to: range.to,
    now,
    fromDate: ceilDate(range.from, timeZone),
    toDate: ceilDate(range.to, timeZone),
    nowDate: ceilDate(now, timeZone),
  };
}
