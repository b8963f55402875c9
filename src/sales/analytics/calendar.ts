import { DateTime } from 'luxon';

import { checkTimeZone } from '../catalog/time';
import { salesError } from '../errors';
import { describe, finiteNumber } from './checks';

/** A query range [from, to) in epoch milliseconds, whose days are counted in an IANA time zone. */
export interface ZonedRange {
  from: number;
  to: number;
  timeZone: string;
}

/** ISO weekday numbers as luxon gives them: 1 = Monday … 7 = Sunday. */
export const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A range in its zone: finite bounds, the end after the start, the zone an IANA name. */
export function checkZonedRange(range: ZonedRange, what = 'The range'): ZonedRange {
  const from = finiteNumber(range?.from, `${what}'s start`);
  const to = finiteNumber(range?.to, `${what}'s end`);
  const timeZone = checkTimeZone(range.timeZone);
  if (to <= from) {
    throw salesError(
      'calendar.range-empty',
      { what, to: iso(to, timeZone), from: iso(from, timeZone) },
      'invalid_value'
    );
  }
  return { from, to, timeZone };
}

export function checkWeekdays(weekdays: readonly number[]): Set<number> {
  if (!Array.isArray(weekdays) || weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw salesError('calendar.weekdays', { weekdays: JSON.stringify(weekdays) }, 'invalid_value');
  }
  return new Set(weekdays);
}

/** An ISO date (YYYY-MM-DD) as the start of that day in a zone. */
export function parseDate(isoDate: unknown, timeZone: string, what: string): DateTime {
  const date =
    typeof isoDate === 'string' && ISO_DATE.test(isoDate) ? DateTime.fromISO(isoDate, { zone: timeZone }) : null;
  if (!date || !date.isValid) {
    throw salesError('value.not-date', { what, value: describe(isoDate) }, 'invalid_value');
  }
  return date.startOf('day');
}

const DAY_MS = 86_400_000;

/** A local date as a whole number of days since 1970-01-01 (1970-01-01 was a Thursday). */
export function localDayNumber(date: DateTime): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Where an instant sits on the zone's line of days: the day number of its local date plus the elapsed part
 * of that day, measured by the day's own length (so a 23- or 25-hour DST day is still one day).
 * Days between two instants = the difference of their positions.
 */
export function dayPosition(epochMs: number, timeZone: string): { day: number; fraction: number } {
  const start = DateTime.fromMillis(epochMs, { zone: timeZone }).startOf('day');
  const end = start.plus({ days: 1 }).startOf('day');
  return { day: localDayNumber(start), fraction: (epochMs - start.toMillis()) / (end.toMillis() - start.toMillis()) };
}

export function calendarDays(from: number, to: number, timeZone: string): number {
  const a = dayPosition(from, timeZone);
  const b = dayPosition(to, timeZone);
  return b.day - a.day + (b.fraction - a.fraction);
}

/** Working days in [from, to): whole weeks by count, the rest of the week and the partial days one by one. */
export function workingDays(from: number, to: number, timeZone: string, weekdays: Set<number>): number {
  const position = (epochMs: number) => {
    const { day, fraction } = dayPosition(epochMs, timeZone);
    return workingDaysBefore(day, weekdays) + (weekdays.has(weekdayOf(day)) ? fraction : 0);
  };
  return position(to) - position(from);
}

/** Working days among the day numbers before `day` (counted from day 0; negative before 1970). */
function workingDaysBefore(day: number, weekdays: Set<number>): number {
  const weeks = Math.floor(day / 7);
  let count = weeks * weekdays.size;
  for (let rest = weeks * 7; rest < day; rest++) {
    count += weekdays.has(weekdayOf(rest)) ? 1 : 0;
  }
  return count;
}

/** The part of local day `day` (a day number) inside [from, to), 0..1. */
export function dayOverlap(
  day: number,
  from: { day: number; fraction: number },
  to: { day: number; fraction: number }
): number {
  const upTo = (position: { day: number; fraction: number }) =>
    Math.min(Math.max(position.day - day + position.fraction, 0), 1);
  return upTo(to) - upTo(from);
}

export function iso(epochMs: number, timeZone: string): string {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toISO() ?? String(epochMs);
}
