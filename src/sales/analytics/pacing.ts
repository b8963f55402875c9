import { DateTime } from 'luxon';
import { salesError } from '../errors';
import type { PaceMode } from '../types';
import { describe, finiteNumber, finiteOrNull, oneOf } from './checks';
import {
  calendarDays,
  checkZonedRange,
  checkWeekdays,
  localDayNumber,
  dayOverlap,
  dayPosition,
  MONDAY_TO_FRIDAY,
  parseDate,
  workingDays,
  ZonedRange,
} from './calendar';
import { ratio } from './ratio';

export type PaceStatus = 'on_track' | 'cautioned' | 'off_track';

export interface PaceThresholds {
  /** on_track when pace ≥ onTrack */
  onTrack: number;
  /** cautioned when cautioned ≤ pace < onTrack, off_track below */
  cautioned: number;
}

export const DEFAULT_PACE_THRESHOLDS: PaceThresholds = { onTrack: 1, cautioned: 0.9 };

/** One day of last year's metric, for seasonal pacing: the day in the range's time zone. */
export interface DailyValue {
  day: string;
  value: number;
}

export interface ElapsedOptions {
  mode: PaceMode;
  /** working_days: ISO weekdays that are working days (1 = Monday … 7 = Sunday); Monday to Friday by default */
  workingWeekdays?: readonly number[];
  /**
   * seasonal: last year's metric per day over the range shifted back one year (the SQL's daily profile).
   * Days it does not list count 0.
   */
  seasonalProfile?: readonly DailyValue[];
}

export interface Elapsed {
  /** share of the range elapsed at now, 0..1; null when the range has no (working) days */
  share: number | null;
  /** days left in [now, to): calendar days, or working days in working_days mode */
  remainingDays: number;
  /**
   * the pacing actually used: seasonal falls back to linear when last year's profile is empty or sums to
   * ≤ 0 (a new team, a new metric), so that pace still means something; the engine can say so in a notice
   */
  basis: PaceMode;
}

/**
 * The share of [from, to) elapsed at `now` (clamped to the range), per the catalog's expected_to_date:
 * calendar days (linear), working days (working_days) or last year's cumulative share of the metric at
 * the same point of the period (seasonal). Days are the range's time zone's days.
 */
export function elapsedShare(range: ZonedRange, now: number, options: ElapsedOptions): Elapsed {
  const { from, to, timeZone } = checkZonedRange(range);
  const mode = oneOf(options.mode, ['linear', 'working_days', 'seasonal'] as const, 'The pace mode');
  const at = Math.min(Math.max(finiteNumber(now, 'now'), from), to);

  if (mode === 'working_days') {
    const weekdays = checkWeekdays(options.workingWeekdays ?? MONDAY_TO_FRIDAY);
    const total = workingDays(from, to, timeZone, weekdays);
    const elapsed = workingDays(from, at, timeZone, weekdays);
    return { share: ratio(elapsed, total), remainingDays: total - elapsed, basis: mode };
  }

  const total = calendarDays(from, to, timeZone);
  const elapsed = calendarDays(from, at, timeZone);
  const linear: Elapsed = { share: ratio(elapsed, total), remainingDays: total - elapsed, basis: 'linear' };
  if (mode === 'linear') {
    return linear;
  }
  const seasonal = seasonalShare({ from, to, timeZone }, at, options.seasonalProfile);
  return seasonal === null ? linear : { ...linear, share: seasonal, basis: 'seasonal' };
}

/** Last year's metric in [from − 1 year, at − 1 year) ÷ in [from − 1 year, to − 1 year). */
function seasonalShare(range: ZonedRange, at: number, profile: readonly DailyValue[] | undefined): number | null {
  if (!Array.isArray(profile)) {
    throw salesError('pacing.seasonal-profile', {}, 'invalid_value');
  }
  const { timeZone } = range;
  const lastYear = (epochMs: number) =>
    dayPosition(DateTime.fromMillis(epochMs, { zone: timeZone }).minus({ years: 1 }).toMillis(), timeZone);
  const start = lastYear(range.from);
  const point = lastYear(at);
  const end = lastYear(range.to);
  const seen = new Set<number>();
  let elapsed = 0;
  let total = 0;
  for (const entry of profile) {
    const day = localDayNumber(parseDate(entry?.day, timeZone, 'A day of the seasonal profile'));
    if (seen.has(day)) {
      throw salesError('pacing.profile-day-twice', { day: entry.day }, 'invalid_value');
    }
    seen.add(day);
    const value = finiteNumber(entry.value, `The seasonal profile's value on ${entry.day}`);
    elapsed += value * dayOverlap(day, start, point);
    total += value * dayOverlap(day, start, end);
  }
  if (!(total > 0)) {
    return null;
  }
  // Returns or credits can make a day negative; a share outside 0..1 would mean nothing for pacing.
  return Math.min(Math.max(elapsed / total, 0), 1);
}

export interface PaceInput extends ElapsedOptions {
  /** the actual of the target metric in [from, now); null (SQL's SUM over nothing) counts 0 */
  actual: number | null;
  /** the prorated target; null when no target rows apply */
  target: number | null;
  /** open pipeline with close_date in [now, to); null when unknown */
  openPipeline?: number | null;
  range: ZonedRange;
  /** the current time; clamped to the range (the catalog's now = min(to, current time)) */
  now: number;
  thresholds?: Partial<PaceThresholds>;
}

/** The attainment fields of docs/frames.md: keys are the frame's field names. */
export interface PaceResult {
  actual: number;
  target: number | null;
  attainment: number | null;
  expected_to_date: number | null;
  pace: number | null;
  gap: number | null;
  required_run_rate: number | null;
  projected: number | null;
  coverage: number | null;
  status: PaceStatus | null;
  elapsed_share: number | null;
  remaining_days: number;
  /** the pacing used (seasonal may fall back to linear, see Elapsed.basis) */
  pace_basis: PaceMode;
}

/**
 * Attainment and pacing of one group. Ratios whose denominator is empty are null: no target gives null
 * attainment, expected_to_date, pace, gap, required_run_rate, coverage and status; a zero target gives
 * expected_to_date 0, gap 0 and null ratios; a period not yet started (elapsed share 0) has no pace and no
 * projection; a period already over (no remaining days) has no required run rate.
 * Status follows pace, so it is null whenever pace is.
 */
export function pace(input: PaceInput): PaceResult {
  const thresholds = checkThresholds({ ...DEFAULT_PACE_THRESHOLDS, ...input.thresholds });
  const actual = finiteOrNull(input.actual, 'The actual') ?? 0;
  const target = finiteOrNull(input.target, 'The target');
  const openPipeline = finiteOrNull(input.openPipeline, 'The open pipeline');
  const elapsed = elapsedShare(input.range, input.now, input);

  const expected = target === null || elapsed.share === null ? null : target * elapsed.share;
  const gap = target === null ? null : Math.max(target - actual, 0);
  const paceValue = ratio(actual, expected);
  return {
    actual,
    target,
    attainment: ratio(actual, target),
    expected_to_date: expected,
    pace: paceValue,
    gap,
    required_run_rate: ratio(gap, elapsed.remainingDays),
    projected: ratio(actual, elapsed.share),
    coverage: ratio(openPipeline, gap),
    status: statusOf(paceValue, thresholds),
    elapsed_share: elapsed.share,
    remaining_days: elapsed.remainingDays,
    pace_basis: elapsed.basis,
  };
}

export function statusOf(paceValue: number | null, thresholds: PaceThresholds): PaceStatus | null {
  if (paceValue === null) {
    return null;
  }
  if (paceValue >= thresholds.onTrack) {
    return 'on_track';
  }
  return paceValue >= thresholds.cautioned ? 'cautioned' : 'off_track';
}

function checkThresholds(thresholds: PaceThresholds): PaceThresholds {
  const onTrack = finiteNumber(thresholds.onTrack, 'The on-track threshold');
  const cautioned = finiteNumber(thresholds.cautioned, 'The cautioned threshold');
  if (cautioned > onTrack || cautioned < 0) {
    throw salesError(
      'pacing.thresholds',
      { cautioned: describe(cautioned), onTrack: describe(onTrack) },
      'invalid_value'
    );
  }
  return { onTrack, cautioned };
}
