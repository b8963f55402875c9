import { bucketKeyOf, bucketStart, DAY_MS, isoDateOfDayNumber } from '../catalog/time';

/**
 * Plan periods and the parts of them a rep spends on each plan (docs/frames.md,
 * commission). Dates are day numbers (days since 1970-01-01); intervals are [start, end) unless said.
 * A period under two plans is paid in two parts, each under its own plan, with the quota and the
 * target incentive prorated by days.
 */

export const PLAN_PERIODS = ['month', 'quarter', 'year'] as const;
export type PlanPeriodUnit = (typeof PLAN_PERIODS)[number];

export interface PlanPeriod {
  unit: PlanPeriodUnit;
  /** the bucket key of catalog/time (month: year × 12 + month − 1; quarter and year on the fiscal calendar) */
  key: number;
  start: number;
  end: number;
}

const instantOf = (day: number) => day * DAY_MS;
const dayOf = (instant: number) => Math.round(instant / DAY_MS);

/** The month, fiscal quarter or fiscal year holding a day. */
export function planPeriodAt(unit: PlanPeriodUnit, day: number, fiscalStart: number): PlanPeriod {
  const key = bucketKeyOf(instantOf(day), unit, 'UTC', fiscalStart);
  return {
    unit,
    key,
    start: dayOf(bucketStart(key, unit, 'UTC', fiscalStart)),
    end: dayOf(bucketStart(key + 1, unit, 'UTC', fiscalStart)),
  };
}

/** The periods of a unit that overlap [from, to), in order. */
export function planPeriods(unit: PlanPeriodUnit, from: number, to: number, fiscalStart: number): PlanPeriod[] {
  const periods: PlanPeriod[] = [];
  for (let period = planPeriodAt(unit, from, fiscalStart); period.start < to; ) {
    periods.push(period);
    period = planPeriodAt(unit, period.end, fiscalStart);
  }
  return periods;
}

/** The label people use for a period: 2025-03, 2025 Q1, 2025 (FY2025 Q1 and FY2025 when the fiscal year starts after January). */
export function periodLabel(period: PlanPeriod, fiscalStart: number): string {
  const fiscal = fiscalStart === 1 ? '' : 'FY';
  switch (period.unit) {
    case 'month':
      return isoDateOfDayNumber(period.start).slice(0, 7);
    case 'quarter':
      return `${fiscal}${Math.floor(period.key / 4)} Q${(((period.key % 4) + 4) % 4) + 1}`;
    case 'year':
      return `${fiscal}${period.key}`;
  }
}

/** An interval in days, [start, end); `null` ends mean no end. */
export interface DayInterval {
  start: number;
  end: number | null;
}

/** An inclusive last date (a contract column such as effective_to) as an exclusive end. */
export function afterLastDay(lastDay: number | null): number | null {
  return lastDay === null ? null : lastDay + 1;
}

/** The overlap of intervals, or undefined when they do not overlap. */
export function intersect(...intervals: DayInterval[]): { start: number; end: number } | undefined {
  const start = Math.max(...intervals.map((interval) => interval.start));
  const ends = intervals.map((interval) => interval.end).filter((end): end is number => end !== null);
  const end = ends.length ? Math.min(...ends) : Infinity;
  return end > start && Number.isFinite(end) ? { start, end } : undefined;
}

/** A target row (inclusive dates) prorated over [start, end): amount × days of overlap ÷ days of the row. */
export function prorateDays(
  row: { amount: number; start: number; lastDay: number },
  part: { start: number; end: number }
): number {
  const days = row.lastDay + 1 - row.start;
  const overlap = Math.min(row.lastDay + 1, part.end) - Math.max(row.start, part.start);
  return days > 0 && overlap > 0 ? (row.amount * overlap) / days : 0;
}
