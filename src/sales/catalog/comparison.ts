import { salesError } from '../errors';
import type { Compare } from '../types';
import {
  type CalendarOptions,
  checkRange,
  checkTimeZone,
  matchingInstant,
  previousRange,
  type TimeRange,
  unitOfRange,
} from './time';

/**
 * The periods a query measures (docs/frames.md, What the comparisons mean): the range itself and, with
 * compare, the previous one. Each period says which part of it flow metrics count (all of it, or up
 * to now with compareToDate) and the instant snapshot metrics are measured at.
 */
export interface Period {
  /** the whole window (snapshot metrics keep it whole: close dates in range, never cut to date) */
  range: TimeRange;
  /** the part flow and cohort metrics count: the whole window, or its part up to now's point in it */
  flow: TimeRange;
  /** the instant snapshot metrics are measured at: now, or the matching instant of the previous window */
  asOf: number;
}

/** A period measured over all of a range, as of min(to, now). */
export function wholePeriod(range: TimeRange, currentTime: number): Period {
  return { range, flow: range, asOf: Math.min(range.to, currentTime) };
}

/**
 * The range and, with compare, the previous window (calendar-aligned, see previousRange). Snapshot
 * metrics of the previous window are measured as of the instant matching now. With compareToDate and
 * now inside the range (or the range the to-date part of a unit), flow metrics count [from, now) and
 * the same elapsed time from the previous window's start.
 */
/** A query's compare (absent, previous_period or previous_year) and whether compareToDate may go with it. */
export function checkCompare(compare: unknown, toDate: boolean): Compare | undefined {
  if (compare === undefined) {
    if (toDate) {
      throw salesError('compare.to-date-needs-compare', {});
    }
    return undefined;
  }
  if (compare !== 'previous_period' && compare !== 'previous_year') {
    throw salesError('compare.unknown', { compare: String(compare) });
  }
  return compare;
}

export function comparisonPeriods(
  range: TimeRange,
  compare: Compare | undefined,
  toDate: boolean,
  timeZone: string,
  options: CalendarOptions
): Period[] {
  checkRange(range);
  const current = wholePeriod(range, options.currentTime);
  const checked = checkCompare(compare, toDate);
  if (checked === undefined) {
    return [current];
  }
  checkTimeZone(timeZone);
  const now = current.asOf;
  const previous = previousRange(range, checked, timeZone, options);
  // the to-date part of a unit runs, for matching, to the unit's end
  const unit = unitOfRange(range, timeZone, options);
  const span = unit?.toDate ? { from: range.from, to: unit.end } : range;
  const matched = Math.min(matchingInstant(now, span, previous, checked, timeZone), options.currentTime);
  const runsPastNow = now > range.from && now < span.to;
  if (toDate && runsPastNow) {
    return [
      { range, flow: { from: range.from, to: now }, asOf: now },
      { range: previous, flow: { from: previous.from, to: matched }, asOf: matched },
    ];
  }
  return [current, { range: previous, flow: previous, asOf: matched }];
}
