import { DateTime, IANAZone } from 'luxon';

import { salesError } from '../errors';
import type { Grain } from '../types';

/**
 * Time-zone and fiscal-calendar arithmetic. Timestamps are bucketed in the dashboard's time zone;
 * DATE columns are calendar dates and are never shifted. A DATE is inside [from, to) when its
 * local midnight is. Weeks start on Monday; quarters and years follow the fiscal year start month.
 *
 * Buckets are identified by integer keys that every SQL dialect can compute:
 *   day     → days since 1970-01-01 of the local date
 *   week    → weeks since Monday 1970-01-05
 *   month   → year × 12 + month − 1
 *   quarter → ⌊(month key − (fiscal start − 1)) ÷ 3⌋
 *   year    → ⌊(month key − (fiscal start − 1)) ÷ 12⌋
 */

export const DAY_MS = 86_400_000;
/** 1970-01-05, the first Monday after the epoch, as a day number. */
export const FIRST_MONDAY_DAY = 4;

/**
 * A name of the IANA time zone database, in its canonical case ("utc" → "UTC",
 * "america/new_york" → "America/New_York"): ClickHouse knows zones by their exact names only.
 */
export function checkTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone)) {
    throw salesError('time-zone.unknown', { zone: String(timeZone) }, 'invalid_value');
  }
  return canonicalZone(timeZone);
}

const canonicalZones = new Map<string, string>();

function canonicalZone(timeZone: string): string {
  let name = canonicalZones.get(timeZone);
  if (name === undefined) {
    name = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    // Intl may resolve an alias to its link target; a name differing only in case is the one meant
    name = name.toLowerCase() === timeZone.toLowerCase() ? name : timeZone;
    canonicalZones.set(timeZone, name);
  }
  return name;
}

export function checkFiscalStart(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw salesError('fiscal-start.invalid', { month: String(month) }, 'invalid_config');
  }
  return month;
}

export function local(ms: number, timeZone: string): DateTime {
  return DateTime.fromMillis(ms, { zone: timeZone });
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(ms: number, timeZone: string): string {
  return local(ms, timeZone).toISODate()!;
}

/** The first date whose local midnight is at or after the instant. */
export function ceilDate(ms: number, timeZone: string): string {
  const day = local(ms, timeZone).startOf('day');
  return (day.toMillis() === ms ? day : day.plus({ days: 1 })).toISODate()!;
}

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Local midnight of a calendar date, as an instant. */
export function startOfDate(isoDate: string, timeZone: string): number {
  return DateTime.fromISO(isoDate, { zone: timeZone }).startOf('day').toMillis();
}

function monthKeyOf(dt: DateTime): number {
  return dt.year * 12 + dt.month - 1;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** The key of the bucket holding an instant. */
export function bucketKeyOf(ms: number, grain: Grain, timeZone: string, fiscalStart: number): number {
  const dt = local(ms, timeZone);
  const day = dayNumber(dt.toISODate()!);
  const month = monthKeyOf(dt);
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return floorDiv(day - FIRST_MONDAY_DAY, 7);
    case 'month':
      return month;
    case 'quarter':
      return floorDiv(month - (fiscalStart - 1), 3);
    case 'year':
      return floorDiv(month - (fiscalStart - 1), 12);
  }
}

/** The instant a bucket starts (local midnight of its first day). */
export function bucketStart(key: number, grain: Grain, timeZone: string, fiscalStart: number): number {
  const fromMonthKey = (monthKey: number) =>
    DateTime.fromObject(
      { year: Math.floor(monthKey / 12), month: (monthKey % 12) + 1, day: 1 },
      { zone: timeZone }
    ).toMillis();
  switch (grain) {
    case 'day':
      return startOfDate(isoDateOfDayNumber(key), timeZone);
    case 'week':
      return startOfDate(isoDateOfDayNumber(FIRST_MONDAY_DAY + key * 7), timeZone);
    case 'month':
      return fromMonthKey(key);
    case 'quarter':
      return fromMonthKey(key * 3 + fiscalStart - 1);
    case 'year':
      return fromMonthKey(key * 12 + fiscalStart - 1);
  }
}

export interface Bucket {
  key: number;
  start: number;
}

/** Every bucket that overlaps [from, to), in order. */
export function bucketsOf(range: TimeRange, grain: Grain, timeZone: string, fiscalStart: number): Bucket[] {
  if (range.to <= range.from) {
    return [];
  }
  const first = bucketKeyOf(range.from, grain, timeZone, fiscalStart);
  const last = bucketKeyOf(range.to - 1, grain, timeZone, fiscalStart);
  const buckets: Bucket[] = [];
  for (let key = first; key <= last; key++) {
    buckets.push({ key, start: bucketStart(key, grain, timeZone, fiscalStart) });
  }
  return buckets;
}

export interface TimeRange {
  from: number;
  to: number;
}

export function checkRange(range: TimeRange): TimeRange {
  if (!range || !Number.isFinite(range.from) || !Number.isFinite(range.to)) {
    throw salesError('range.not-finite', {}, 'invalid_value');
  }
  if (range.to <= range.from) {
    throw salesError(
      'range.empty',
      { to: new Date(range.to).toISOString(), from: new Date(range.from).toISOString() },
      'invalid_value'
    );
  }
  return range;
}

/** A comparison: the previous period of the same calendar unit, or the same range a year earlier. */
export type CompareMode = 'previous_period' | 'previous_year';

/** What calendar-aligned comparisons need besides the range and its zone. */
export interface CalendarOptions {
  fiscalStart: number;
  /** the current time: a range from a unit's start up to now is the to-date part of that unit */
  currentTime: number;
  /** the unit the range was picked as (Grafana's now/fQ → quarter), when the caller knows it */
  unit?: Grain;
}

/** One calendar unit (a day, an ISO week, a month, a fiscal quarter or year) in a zone. */
export interface CalendarUnit {
  grain: Grain;
  key: number;
  start: number;
  end: number;
}

const FINE_TO_COARSE: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

/**
 * The calendar unit a range is exactly (`toDate` false), or the to-date part of (`toDate` true: the
 * range starts at the unit's start and ends inside it, at or after now). A range that is the to-date
 * part of several units (April 1 to April 10 is both month and quarter to date) is read as the unit
 * the caller names, else as the smallest.
 */
export function unitOfRange(
  range: TimeRange,
  timeZone: string,
  options: CalendarOptions
): (CalendarUnit & { toDate: boolean }) | undefined {
  for (const grain of options.unit ? [options.unit] : FINE_TO_COARSE) {
    const key = bucketKeyOf(range.from, grain, timeZone, options.fiscalStart);
    const start = bucketStart(key, grain, timeZone, options.fiscalStart);
    if (start !== range.from) {
      continue;
    }
    const end = bucketStart(key + 1, grain, timeZone, options.fiscalStart);
    if (range.to === end || (range.to < end && (options.unit !== undefined || range.to >= options.currentTime))) {
      return { grain, key, start, end, toDate: range.to !== end };
    }
  }
  return undefined;
}

/** The whole calendar unit of a grain that holds an instant. */
export function unitAt(instant: number, grain: Grain, timeZone: string, fiscalStart: number): CalendarUnit {
  const key = bucketKeyOf(instant, grain, timeZone, fiscalStart);
  return {
    grain,
    key,
    start: bucketStart(key, grain, timeZone, fiscalStart),
    end: bucketStart(key + 1, grain, timeZone, fiscalStart),
  };
}

function isLocalMidnight(instant: number, timeZone: string): boolean {
  return local(instant, timeZone).startOf('day').toMillis() === instant;
}

function isMonthStart(instant: number, timeZone: string): boolean {
  return local(instant, timeZone).startOf('month').toMillis() === instant;
}

/**
 * The window a comparison sets a range against (docs/frames.md, What the comparisons mean). previous_year: the same
 * calendar range a year earlier (29 February → 28 February). previous_period: for a calendar unit or
 * the to-date part of one, the previous unit; for whole months (or whole days) the same number of
 * months (days) before, so that a fiscal quarter meets the previous fiscal quarter and 7 days keep
 * their wall-clock hours across a DST change; any other range shifts back by its own length.
 * Without `options` (no current time, no fiscal calendar) the to-date reading is skipped.
 */
export function previousRange(
  range: TimeRange,
  compare: CompareMode,
  timeZone: string,
  options?: CalendarOptions
): TimeRange {
  if (compare === 'previous_year') {
    const back = (instant: number) => local(instant, timeZone).minus({ years: 1 }).toMillis();
    return { from: back(range.from), to: back(range.to) };
  }
  const unit = options ? unitOfRange(range, timeZone, options) : undefined;
  if (unit) {
    return { from: bucketStart(unit.key - 1, unit.grain, timeZone, options!.fiscalStart), to: unit.start };
  }
  if (isMonthStart(range.from, timeZone) && isMonthStart(range.to, timeZone)) {
    const [from, to] = [local(range.from, timeZone), local(range.to, timeZone)];
    const months = Math.round(to.diff(from, 'months').months);
    return { from: from.minus({ months }).toMillis(), to: from.toMillis() };
  }
  if (isLocalMidnight(range.from, timeZone) && isLocalMidnight(range.to, timeZone)) {
    const days = dayNumber(localDate(range.to, timeZone)) - dayNumber(localDate(range.from, timeZone));
    return { from: local(range.from, timeZone).minus({ days }).toMillis(), to: range.from };
  }
  return { from: range.from - (range.to - range.from), to: range.from };
}

/**
 * The instant of the previous window that matches `instant` of the current one, clipped to the
 * previous window (the end of a range meets the end of the previous one): a year earlier for
 * previous_year; otherwise as far from the previous window's
 * start as `instant` is from the current one's, in the zone's days and wall-clock time where the
 * range starts at midnight (Q2 to May 14 15:00 meets Q1 to Feb 13 15:00, whatever DST did between).
 */
export function matchingInstant(
  instant: number,
  range: TimeRange,
  previous: TimeRange,
  compare: CompareMode,
  timeZone: string
): number {
  if (instant >= range.to) {
    return previous.to;
  }
  let matched: number;
  if (compare === 'previous_year') {
    matched = local(instant, timeZone).minus({ years: 1 }).toMillis();
  } else if (isLocalMidnight(range.from, timeZone) && isLocalMidnight(previous.from, timeZone)) {
    const at = local(instant, timeZone);
    const days = dayNumber(at.toISODate()!) - dayNumber(localDate(range.from, timeZone));
    matched = local(previous.from, timeZone)
      .plus({ days })
      .set({ hour: at.hour, minute: at.minute, second: at.second, millisecond: at.millisecond })
      .toMillis();
  } else {
    matched = previous.from + (instant - range.from);
  }
  return Math.min(Math.max(matched, previous.from), previous.to);
}

export interface ZoneOffsetSpan {
  /** the span starts at this instant (−Infinity for the first) */
  from: number;
  offsetMinutes: number;
}

const offsetsMemo = new Map<string, ZoneOffsetSpan[]>();

/**
 * The UTC offsets a zone takes over [from, to), for engines that cannot convert time zones
 * themselves (MySQL without its time zone tables). Outside the span the nearest offset holds.
 * Probed weekly (no zone changes its offset twice within a week), each change found to the minute.
 */
export function zoneOffsets(timeZone: string, from: number, to: number): ZoneOffsetSpan[] {
  const memoKey = `${timeZone}|${from}|${to}`;
  const memo = offsetsMemo.get(memoKey);
  if (memo) {
    return memo;
  }
  const spans: ZoneOffsetSpan[] = [{ from: -Infinity, offsetMinutes: local(from, timeZone).offset }];
  const week = 7 * DAY_MS;
  for (let probe = from; probe < to; probe += week) {
    const next = Math.min(probe + week, to);
    const offset = local(next, timeZone).offset;
    if (offset !== spans[spans.length - 1].offsetMinutes) {
      let low = probe;
      let high = next;
      while (high - low > 60_000) {
        const mid = low + Math.floor((high - low) / 2);
        if (local(mid, timeZone).offset === offset) {
          high = mid;
        } else {
          low = mid;
        }
      }
      spans.push({ from: high - (high % 60_000), offsetMinutes: offset });
    }
  }
  if (offsetsMemo.size > 64) {
    offsetsMemo.clear();
  }
  offsetsMemo.set(memoKey, spans);
  return spans;
}
