import { salesError } from '../errors';
import { finiteNumber } from './checks';
import { calendarDays, checkZonedRange, parseDate, ZonedRange } from './calendar';

/** One row of the targets table: its period is inclusive at both ends. */
export interface TargetPeriodRow {
  amount: number;
  /** YYYY-MM-DD, inclusive */
  periodStart: string;
  /** YYYY-MM-DD, inclusive */
  periodEnd: string;
}

/**
 * The part of a target row that falls in a range: amount × days of overlap ÷ days in the row's period,
 * days counted in the range's time zone. A range that starts or ends inside a day counts the fraction of
 * that day; a range aligned on midnight counts whole days, as SQL's DATE arithmetic does.
 */
export function prorateTarget(row: TargetPeriodRow, range: ZonedRange): number {
  const { from, to, timeZone } = checkZonedRange(range);
  const amount = finiteNumber(row.amount, 'The target amount');
  const periodStart = parseDate(row.periodStart, timeZone, 'The target period_start');
  const lastDay = parseDate(row.periodEnd, timeZone, 'The target period_end');
  if (lastDay.toMillis() < periodStart.toMillis()) {
    throw salesError('proration.period', { end: row.periodEnd, start: row.periodStart }, 'invalid_value');
  }
  // plus({ days: 1 }) keeps the wall clock, so a DST change inside the period does not shift the end.
  const periodEnd = lastDay.plus({ days: 1 }).startOf('day').toMillis();
  const periodDays = calendarDays(periodStart.toMillis(), periodEnd, timeZone);
  const overlapFrom = Math.max(from, periodStart.toMillis());
  const overlapTo = Math.min(to, periodEnd);
  const overlapDays = overlapTo > overlapFrom ? calendarDays(overlapFrom, overlapTo, timeZone) : 0;
  return (amount * overlapDays) / periodDays;
}
