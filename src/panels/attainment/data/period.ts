import { type DataFrame, dateTimeFormat } from '@grafana/data';
import { type TimeZone } from '@grafana/schema';

/**
 * The period a frame's target, pace, days left and needed per day refer to: the data source's
 * attainment frame carries it as meta.custom.period (docs/frames.md) — the whole week, month, quarter
 * or year holding the range's start, or the query's range itself.
 */
export type PeriodUnit = 'range' | 'week' | 'month' | 'quarter' | 'year';

export interface TargetPeriod {
  unit: PeriodUnit;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

const UNITS: readonly PeriodUnit[] = ['range', 'week', 'month', 'quarter', 'year'];

/** meta.custom.period of the frame; null when the frame has none or it is not one the panel understands. */
export function periodOf(frame: DataFrame): TargetPeriod | null {
  const custom: unknown = frame.meta?.custom;
  const period: unknown = custom && typeof custom === 'object' ? (custom as Record<string, unknown>).period : undefined;
  if (!period || typeof period !== 'object') {
    return null;
  }
  const { unit, from, to } = period as Record<string, unknown>;
  if (
    typeof unit !== 'string' ||
    !UNITS.includes(unit as PeriodUnit) ||
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Number.isFinite(from) ||
    !Number.isFinite(to) ||
    to <= from
  ) {
    return null;
  }
  return { unit: unit as PeriodUnit, from, to };
}

/** When the gauges are looked at, and in which time zone their periods are named. */
export interface Clock {
  now: number;
  timeZone: TimeZone;
}

/** A calendar period (not the bare range) that holds `now`: its labels can say "this month". */
export function isCurrentPeriod(
  period: TargetPeriod,
  clock: Clock
): period is TargetPeriod & {
  unit: Exclude<PeriodUnit, 'range'>;
} {
  return period.unit !== 'range' && period.from <= clock.now && clock.now < period.to;
}

/**
 * The period by its dates: "May 2026" for a month, "2025" for a calendar year, else its first and last
 * days ("Apr 1 – Jun 30, 2026"; the year on both sides when they differ).
 */
export function periodDates(period: TargetPeriod, timeZone: TimeZone): string {
  const format = (time: number, pattern: string) => dateTimeFormat(time, { format: pattern, timeZone });
  const last = period.to - 1;
  if (period.unit === 'month') {
    return format(period.from, 'MMMM YYYY');
  }
  const sameYear = format(period.from, 'YYYY') === format(last, 'YYYY');
  if (period.unit === 'year' && sameYear && format(period.from, 'MM-DD') === '01-01') {
    return format(period.from, 'YYYY');
  }
  return sameYear
    ? `${format(period.from, 'MMM D')} – ${format(last, 'MMM D, YYYY')}`
    : `${format(period.from, 'MMM D, YYYY')} – ${format(last, 'MMM D, YYYY')}`;
}
