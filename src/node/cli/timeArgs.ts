import { DateTime, type DateTimeUnit } from 'luxon';

import { SalesError } from '../../sales';

/**
 * Times on the command line: ISO dates and times (a date or a time without offset is read in the
 * query's time zone), or Grafana's relative syntax as dashboards write it: now, now-90d, now-1M/M,
 * now/fQ, now/fy … Units: y M w d h m s and Q (quarter, also q); rounding to a fiscal quarter or year
 * writes fQ (or fq) and fy, and in arithmetic the f changes nothing (now-1fQ = now-1Q), as in Grafana.
 * A step without a number counts one (now-d). Rounding a `to` time (now/d as the end of a range) gives
 * the start of the next unit, as ranges end exclusively.
 */

type Unit = DateTimeUnit | 'quarter' | 'fiscal_quarter' | 'fiscal_year';

const UNITS: Record<string, Unit> = {
  y: 'year',
  M: 'month',
  w: 'week',
  d: 'day',
  h: 'hour',
  m: 'minute',
  s: 'second',
  Q: 'quarter',
  q: 'quarter',
};

const FISCAL: Record<string, Unit> = { y: 'fiscal_year', Q: 'fiscal_quarter', q: 'fiscal_quarter' };

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

function roundDown(dt: DateTime, unit: Unit, fiscalStart: number): DateTime {
  switch (unit) {
    case 'fiscal_quarter':
      return startOfFiscal(dt, 3, fiscalStart);
    case 'fiscal_year':
      return startOfFiscal(dt, 12, fiscalStart);
    default:
      // luxon's weeks start on Monday, as the engine's do
      return dt.startOf(unit);
  }
}

function add(dt: DateTime, amount: number, unit: Unit): DateTime {
  switch (unit) {
    case 'fiscal_quarter':
    case 'quarter':
      return dt.plus({ months: 3 * amount });
    case 'fiscal_year':
      return dt.plus({ years: amount });
    default:
      return dt.plus({ [`${unit}s`]: amount });
  }
}

/** One step of a relative time: ±n unit, or / unit (rounding), with Grafana's fiscal prefix. */
const STEP = /^([+-])(\d*)(f?)([yMwdhmsQq])|^\/(f?)([yMwdhmsQq])/;

function notATime(text: string, what: string): SalesError {
  return new SalesError(
    `${what} "${text}" is not a time: use an ISO date/time or Grafana syntax such as now-90d, now/fQ or now-1M/M.`,
    'invalid_value'
  );
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
    while (rest.length) {
      const match = STEP.exec(rest);
      if (!match) {
        throw notATime(text, what);
      }
      if (match[6]) {
        const unit = match[5] ? FISCAL[match[6]] : UNITS[match[6]];
        if (!unit) {
          // Grafana rounds only years and quarters to the fiscal calendar
          throw notATime(text, what);
        }
        dt = roundDown(dt, unit, context.fiscalYearStartMonth);
        if (roundUp) {
          dt = add(dt, 1, unit);
        }
      } else {
        const amount = match[2] === '' ? 1 : Number(match[2]);
        dt = add(dt, (match[1] === '-' ? -1 : 1) * amount, UNITS[match[4]]);
      }
      rest = rest.slice(match[0].length);
    }
    return dt.toMillis();
  }
  const dt = DateTime.fromISO(value, { zone: context.timeZone, setZone: false });
  if (!dt.isValid) {
    throw notATime(text, what);
  }
  return dt.toMillis();
}
