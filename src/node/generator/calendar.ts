import { checkIsoDate, SalesError } from '../../sales';

/** UTC calendar arithmetic on epoch milliseconds. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function parseIsoDate(text: string, what = 'date'): number {
  try {
    checkIsoDate(text);
  } catch {
    throw new SalesError(`The ${what} "${text}" is not a date in the form YYYY-MM-DD.`, 'invalid_value');
  }
  const [year, month, day] = text.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

const isoDates = new Map<number, string>();

/** 'YYYY-MM-DD' of the UTC day holding the instant (memoised: the generator formats the same few thousand days millions of times). */
export function isoDate(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS);
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, text);
  }
  return text;
}

/** The UTC midnight of the day holding the instant. */
export function dayStart(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(epochMs: number): number {
  return new Date(epochMs).getUTCDay();
}

export function isWeekend(epochMs: number): boolean {
  const day = weekday(epochMs);
  return day === 0 || day === 6;
}

/** Whole seconds: ClickHouse's DateTime keeps no fractions, so every engine stores the same instant. */
export function wholeSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000) * 1000;
}

export function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** A month as a single number: year * 12 + month (0-based). */
export function monthKey(epochMs: number): number {
  const date = new Date(epochMs);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function addYears(epochMs: number, years: number): number {
  const date = new Date(epochMs);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
