import type { Period } from '../catalog/comparison';
import { ceilDate, localDate, type TimeRange } from '../catalog/time';
import type { SqlDialect } from './dialect';
import type { Window } from './formulas';
import type { WindowSql } from './macroBounds';

/**
 * A window over [from, to) measured as of `asOf` (by default min(to, the current time)). Flow
 * windows are keyed by their period (0, 1 …), snapshot windows by the period and an `s`.
 */
export function windowOf(
  period: number,
  range: TimeRange,
  currentTime: number,
  timeZone: string,
  asOf = Math.min(range.to, currentTime),
  key = String(period)
): Window {
  const now = Math.min(asOf, currentTime);
  return {
    period,
    key,
    from: range.from,
    to: range.to,
    now,
    fromDate: ceilDate(range.from, timeZone),
    toDate: ceilDate(range.to, timeZone),
    nowDate: ceilDate(now, timeZone),
    todayDate: localDate(now, timeZone),
    live: now >= currentTime,
  };
}

/** The flow window of a period: its counted part, as of the end of that part (or now). */
export function flowWindow(index: number, period: Period, currentTime: number, timeZone: string): Window {
  return windowOf(index, period.flow, currentTime, timeZone);
}

/** The snapshot window of a period: the whole range, as of the period's instant. */
export function snapshotWindow(index: number, period: Period, currentTime: number, timeZone: string): Window {
  return windowOf(index, period.range, currentTime, timeZone, period.asOf, `${index}s`);
}

/**
 * The SQL of a window's bounds: the dialect's literals, or in an alert rule the expressions of the data
 * source's time macro the window carries. Every bound a statement holds is written through here.
 */
export function windowSql(d: SqlDialect, w: Window): WindowSql {
  if (w.sql) {
    return w.sql;
  }
  return {
    from: d.timestamp(w.from),
    to: d.timestamp(w.to),
    now: d.timestamp(w.now),
    fromDate: d.date(w.fromDate),
    toDate: d.date(w.toDate),
    nowDate: d.date(w.nowDate),
    todayDate: d.date(w.todayDate),
    nowMinus: (ms) => d.timestamp(w.now - ms),
  };
}
