import { DateTime, type DateTimeUnit } from 'luxon';

import { SalesError } from '../../sales/errors';

/**
 * Times on the command line: ISO dates and times (a date or a time without offset is read in the
 * query's time zone), or Grafana's relative syntax: now, now-90d, now-1M/M, now/q, now/fy …
 * Units: y M w d h m s, plus q (quarter) and fy/fq (fiscal year and quarter). Rounding a `to` time
 * (now/d as the end of a range) gives the start of the next unit, as ranges end exclusively.
 */

const UNITS: Record<string, DateTimeUnit | 'quarter' | 'fiscal_quarter' | 'fiscal_year'> = {
  y: 'year',
  M: 'month',
  w: 'week',
  d: 'day',
  h: 'hour',
  m: 'minute',
  s: 'second',
  q: 'quarter',
  fq: 'fiscal_quarter',
  fy: 'fiscal_year',
};

interface TimeArgContext {
  now: number;
  timeZone: string;
  fiscalYearStartMonth: number;
}

function startOfFiscal(dt: DateTime, months: 3 | 12, fiscalStart: number): DateTime {
  const monthIndex = dt.year * 12 + dt.month - 1 - (fiscalStart - 1);
  const start = Math.floor(monthIndex / months) * months + (fiscalStart - 1);
  return dt.set({ year: Math.floor(start / 12), month: (start % 12) + 1, day: 1 }).startOf('day');
}

function roundDown(dt: DateTime, unit: string, fiscalStart: number): DateTime {
  switch (UNITS[unit]) {
    case 'fiscal_quarter':
      return startOfFiscal(dt, 3, fiscalStart);
    case 'fiscal_year':
      return startOfFiscal(dt, 12, fiscalStart);
    case 'week':
      return dt.startOf('week');
    default:
      return dt.startOf(UNITS[unit] as DateTimeUnit);
  }
}

function add(dt: DateTime, amount: number, unit: string): DateTime {
  switch (UNITS[unit]) {
    case 'fiscal_quarter':
    case 'quarter':
      return dt.plus({ months: 3 * amount });
    case 'fiscal_year':
      return dt.plus({ years: amount });
    default:
      return dt.plus({ [`${UNITS[unit]}s`]: amount });
  }
}

/** Parses one time argument; `roundUp` for the end of a range. Errors name the option and echo the text. */
export function parseTimeArg(text: string, context: TimeArgContext, roundUp: boolean, what: string): number {
  const ms = parseTime(text, context, roundUp, what);
  const year = DateTime.fromMillis(ms, { zone: context.timeZone }).year;
  if (!Number.isFinite(ms) || year < 1 || year > 9999) {
    throw new SalesError(
      `${what} "${text}" is a time in the year ${year}: use a time in the years 1 to 9999.`,
      'invalid_value'
    );
  }
  return ms;
}

function parseTime(text: string, context: TimeArgContext, roundUp: boolean, what: string): number {
  const value = text.trim();
  if (value.startsWith('now')) {
    let dt: DateTime = DateTime.fromMillis(context.now, { zone: context.timeZone });
    let rest = value.slice(3);
    const step = /^([+-])(\d+)(fy|fq|[yMwdhmsq])|^\/(fy|fq|[yMwdhmsq])/;
    while (rest.length) {
      const match = step.exec(rest);
      if (!match) {
        throw new SalesError(
          `${what} "${text}" is not a time: use an ISO date/time or Grafana syntax such as now-90d, now/q or now-1M/M.`,
          'invalid_value'
        );
      }
      if (match[4]) {
        dt = roundDown(dt, match[4], context.fiscalYearStartMonth);
        if (roundUp) {
          dt = add(dt, 1, match[4]);
        }
      } else {
        dt = add(dt, (match[1] === '-' ? -1 : 1) * Number(match[2]), match[3]);
      }
      rest = rest.slice(match[0].length);
    }
    return dt.toMillis();
  }
  const dt = DateTime.fromISO(value, { zone: context.timeZone, setZone: false });
  if (!dt.isValid) {
    throw new SalesError(
      `${what} "${text}" is not a time: use an ISO date/time or Grafana syntax such as now-90d, now/q or now-1M/M.`,
      'invalid_value'
    );
  }
  return dt.toMillis();
}
