import { FIRST_MONDAY_DAY } from '../catalog/time';
import { salesError } from '../errors';
import type { Grain } from '../types';
import type { SqlDialect, ZoneSpec } from './dialect';

/**
 * Alert rules only: the bounds of a query's window written as expressions of the warehouse data
 * source's time macro, which Grafana expands on its server when it evaluates the rule. Every other
 * statement the pack compiles holds literals and never a `$`.
 *
 * A rule reads one instant, the end of its time range (the evaluation time, as the rule's
 * relativeTimeRange ends at 0): that instant is "now", and the window is the calendar unit holding it
 * in the rule's time zone (a day, an ISO week from Monday, a month, a fiscal quarter or year), or the
 * last N days up to and including today. Snapshot metrics are measured as of that instant.
 */

/** The window an alert rule measures, around the end of the rule's time range. */
export type MacroWindow = { unit: Grain } | { lastDays: number };

/** A window's bounds as SQL: instants comparable with timestamp columns, dates with date columns. */
export interface WindowSql {
  from: string;
  to: string;
  now: string;
  fromDate: string;
  toDate: string;
  /** the first date whose midnight is at or after now */
  nowDate: string;
  /** now's date */
  todayDate: string;
  /** an instant a number of milliseconds (whole seconds) before now */
  nowMinus(ms: number): string;
}

/** A macro window's bounds, with what pacing needs. */
export interface MacroWindowSql extends WindowSql {
  /** where now sits on the zone's line of days: the day number of its date plus the elapsed part of that day */
  nowDayPosition: string;
}

const EPOCH_MONTH_KEY = 1970 * 12;

/** The bounds of a macro window in a dialect, zone and fiscal calendar. */
export function macroWindowSql(
  d: SqlDialect,
  window: MacroWindow,
  zone: ZoneSpec,
  fiscalStart: number
): MacroWindowSql {
  const m = d.macros;
  // each bound a scalar subquery: the engine computes it once per statement, not once per row
  const once = (expr: string) => `(SELECT ${expr})`;
  const now = once(m.end);
  const today = once(m.today(zone, d));
  const dayNumber = d.dateDayNumber(today);
  const epoch = d.date('1970-01-01');
  const dateOfDayNumber = (day: string) => m.addDays(epoch, day);
  const dateOfMonthKey = (key: string) => m.addMonths(epoch, `${key} - ${EPOCH_MONTH_KEY}`);
  const monthKey = d.dateMonthKey(today);
  const shift = fiscalStart - 1;
  let fromDate: string;
  let toDate: string;
  if ('lastDays' in window) {
    fromDate = m.addDays(today, String(-(window.lastDays - 1)));
    toDate = m.addDays(today, '1');
  } else {
    switch (window.unit) {
      case 'day':
        fromDate = today;
        toDate = m.addDays(today, '1');
        break;
      case 'week':
        fromDate = dateOfDayNumber(`${d.floorDiv(`${dayNumber} - ${FIRST_MONDAY_DAY}`, 7)} * 7 + ${FIRST_MONDAY_DAY}`);
        toDate = m.addDays(fromDate, '7');
        break;
      case 'month':
        fromDate = dateOfMonthKey(monthKey);
        toDate = m.addMonths(fromDate, '1');
        break;
      case 'quarter':
        fromDate = dateOfMonthKey(`${d.floorDiv(`${monthKey} - ${shift}`, 3)} * 3 + ${shift}`);
        toDate = m.addMonths(fromDate, '3');
        break;
      case 'year':
        fromDate = dateOfMonthKey(`${d.floorDiv(`${monthKey} - ${shift}`, 12)} * 12 + ${shift}`);
        toDate = m.addMonths(fromDate, '12');
        break;
    }
  }
  fromDate = once(fromDate);
  toDate = once(toDate);
  const todayStart = once(m.midnight(today, zone, d));
  const tomorrowStart = once(m.midnight(m.addDays(today, '1'), zone, d));
  const seconds = d.epochSeconds;
  return {
    from: once(m.midnight(fromDate, zone, d)),
    to: once(m.midnight(toDate, zone, d)),
    now,
    fromDate,
    toDate,
    nowDate: once(`CASE WHEN ${now} > ${todayStart} THEN ${m.addDays(today, '1')} ELSE ${today} END`),
    todayDate: today,
    nowMinus: (ms) => {
      if (!Number.isInteger(ms / 1000)) {
        throw salesError('internal', { detail: `${ms} ms is not a whole number of seconds` });
      }
      return once(m.minusSeconds(now, ms / 1000));
    },
    // a day of 23 or 25 hours (daylight saving) still counts as one day, as analytics/calendar counts
    nowDayPosition: `(${dayNumber} + (${seconds(now)} - ${seconds(todayStart)}) / (${seconds(tomorrowStart)} - ${seconds(todayStart)}))`,
  };
}
