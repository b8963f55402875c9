import { DateTime } from 'luxon';

import { checkFiscalStart, checkTimeZone, DAY_MS, type TimeRange, unitAt } from '../catalog/time';
import { salesError } from '../errors';
import type { MacroWindow } from '../sql/macroBounds';
import type { Grain } from '../types';

/**
 * The windows an alert rule can measure. Grafana gives a rule a time range relative to the evaluation
 * instant, in seconds, and cannot align it to the calendar; so a rule reads only the end of its range
 * (the evaluation instant, "now") and its SQL computes the window from it in the rule's time zone:
 *
 * - `today`, `this_week` (ISO, from Monday), `this_month`, `this_quarter` and `this_year` (fiscal,
 *   from the fiscal year's start month): the whole calendar unit holding now, as a dashboard's
 *   `now/d`, `now/w`, `now/M`, `now/fQ`, `now/fy` ranges are. "This quarter so far" is this window:
 *   flow metrics count the events dated in the quarter (those dated after now do not exist yet, or are
 *   planned, as visits), snapshot metrics are measured as of now, and targets and pace measure the
 *   whole quarter with the elapsed share at now, exactly as the attainment kind does with period
 *   `quarter`.
 * - `{ lastDays: n }`: the last n days of the zone, today included (`now-(n-1)d/d` to `now/d`).
 *
 * Rolling windows of hours (the last 90 minutes) are not offered: the catalog's metrics are dated by
 * day or counted by the zone's calendar, and every window here is a whole number of local days.
 */
export type AlertWindow = 'today' | 'this_week' | 'this_month' | 'this_quarter' | 'this_year' | { lastDays: number };

const UNITS: Record<string, Grain> = {
  today: 'day',
  this_week: 'week',
  this_month: 'month',
  this_quarter: 'quarter',
  this_year: 'year',
};

export const ALERT_WINDOW_NAMES = Object.keys(UNITS);

const MAX_LAST_DAYS = 366;

/** The window's definition for the compiler, checked. */
export function macroWindowOf(window: unknown): MacroWindow {
  if (typeof window === 'string' && window in UNITS) {
    return { unit: UNITS[window] };
  }
  if (typeof window === 'object' && window !== null && 'lastDays' in window) {
    const days = (window as { lastDays: unknown }).lastDays;
    if (Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_LAST_DAYS) {
      return { lastDays: days as number };
    }
    throw salesError('alert.last-days', { max: MAX_LAST_DAYS, days: JSON.stringify(days) }, 'invalid_query');
  }
  throw salesError(
    'alert.window-unknown',
    { window: JSON.stringify(window), names: ALERT_WINDOW_NAMES.join(', ') },
    'invalid_query'
  );
}

export interface AlertCalendar {
  /** IANA zone the windows follow (the sales organisation's, e.g. Asia/Shanghai) */
  timeZone: string;
  /** 1 = January; quarters and years start in this month */
  fiscalYearStartMonth: number;
}

/** The range a window covers when the rule is evaluated at `instant`, and its calendar unit. */
export function windowRangeAt(
  window: MacroWindow,
  instant: number,
  calendar: AlertCalendar
): TimeRange & { unit?: Grain } {
  const zone = checkTimeZone(calendar.timeZone);
  const fiscalStart = checkFiscalStart(calendar.fiscalYearStartMonth);
  if ('unit' in window) {
    const unit = unitAt(instant, window.unit, zone, fiscalStart);
    return { from: unit.start, to: unit.end, unit: window.unit };
  }
  const today = DateTime.fromMillis(instant, { zone }).startOf('day');
  return {
    from: today.minus({ days: window.lastDays - 1 }).toMillis(),
    to: today.plus({ days: 1 }).toMillis(),
  };
}

const LONGEST_DAYS: Record<Grain, number> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/**
 * The rule's relativeTimeRange `from`, in seconds: the window's longest span, so that the rule's
 * preview in Grafana shows at least the whole window. The SQL does not read it (only the end).
 */
export function relativeFromSeconds(window: MacroWindow): number {
  const days = 'unit' in window ? LONGEST_DAYS[window.unit] : window.lastDays;
  // a day may last 25 hours (daylight saving)
  return (days * DAY_MS) / 1000 + 3600;
}
