import { type Status, type StatusMeasure, type StatusSource } from '../types';
import { parseStatus, statusOf, type StatusThresholds } from './status';

/** What one row of a frame holds; any of it may be absent (null) in a generic frame. */
export interface RowValues {
  actual: number | null;
  target: number | null;
  expectedToDate: number | null;
  pace: number | null;
  projected: number | null;
  requiredRunRate: number | null;
  remainingDays: number | null;
  elapsedShare: number | null;
  status: unknown;
}

export type TargetProblem = 'missing' | 'zero' | 'negative';

/** A gauge's numbers: the row's values completed with what can be computed from them. */
export interface Measures {
  actual: number | null;
  target: number | null;
  targetProblem: TargetProblem | null;
  attainment: number | null;
  expectedToDate: number | null;
  pace: number | null;
  projected: number | null;
  gap: number | null;
  requiredRunRate: number | null;
  remainingDays: number | null;
  status: Status | null;
  statusFrom: 'frame' | 'thresholds' | null;
  /** The ratio the status compares with the thresholds (null when the status came from the frame). */
  statusMeasure: 'pace' | 'attainment' | null;
  /** The frame's status value when it is not one the panel knows (the status is computed instead). */
  invalidStatus: string | null;
}

export interface MeasureSettings {
  statusSource: StatusSource;
  statusMeasure: StatusMeasure;
  thresholds: StatusThresholds;
}

export function targetProblemOf(target: number | null): TargetProblem | null {
  if (target === null) {
    return 'missing';
  }
  if (target === 0) {
    return 'zero';
  }
  return target < 0 ? 'negative' : null;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  return numerator !== null && denominator !== null && denominator > 0 ? numerator / denominator : null;
}

/**
 * Completes a row: attainment = actual ÷ target, expected = target × elapsed share, pace = actual ÷
 * expected, projected = actual ÷ elapsed share, gap = max(target − actual, 0), needed per day = gap ÷
 * remaining days (docs/frames.md). Values the frame carries win over computed ones, except
 * attainment and gap, which always follow the actual and target shown on the gauge. Without a usable
 * (positive) target nothing target-based is computed: the gauge says "no target", never NaN or Infinity.
 */
export function deriveMeasures(row: RowValues, settings: MeasureSettings): Measures {
  const targetProblem = targetProblemOf(row.target);
  const hasTarget = targetProblem === null;
  const target = hasTarget ? row.target : null;
  const { actual, remainingDays, elapsedShare } = row;

  const attainment = ratio(actual, target);
  const expectedToDate = hasTarget
    ? (row.expectedToDate ?? (elapsedShare !== null && target !== null ? target * elapsedShare : null))
    : null;
  const pace = hasTarget ? (row.pace ?? ratio(actual, expectedToDate)) : null;
  const projected = row.projected ?? ratio(actual, elapsedShare);
  const gap = actual !== null && target !== null ? Math.max(target - actual, 0) : null;
  const requiredRunRate = hasTarget ? (row.requiredRunRate ?? ratio(gap, remainingDays)) : null;

  const parsed = parseStatus(row.status);
  const invalidStatus = parsed.ok ? null : parsed.raw;
  let status: Status | null = null;
  let statusFrom: Measures['statusFrom'] = null;
  let statusMeasure: Measures['statusMeasure'] = null;
  if (hasTarget && actual !== null) {
    if (settings.statusSource === 'auto' && parsed.ok && parsed.status !== null) {
      status = parsed.status;
      statusFrom = 'frame';
    } else {
      statusMeasure = settings.statusMeasure === 'auto' && pace !== null ? 'pace' : 'attainment';
      status = statusOf(statusMeasure === 'pace' ? pace : attainment, settings.thresholds);
      statusFrom = 'thresholds';
    }
  }

  return {
    actual,
    target: row.target,
    targetProblem,
    attainment,
    expectedToDate,
    pace,
    projected,
    gap,
    requiredRunRate,
    remainingDays,
    status,
    statusFrom,
    statusMeasure,
    invalidStatus,
  };
}

function sumOf(values: Array<number | null>): number | null {
  return values.every((v) => v !== null) ? values.reduce<number>((sum, v) => sum + (v ?? 0), 0) : null;
}

function firstOf(values: Array<number | null>): number | null {
  return values.find((v) => v !== null) ?? null;
}

/**
 * One row standing for the total of several: actuals, targets, expected and projected values add up
 * (a sum is null as soon as one row lacks the value, so that a partial sum never poses as the total);
 * the days left are those of the period, the same for every row (the largest is taken). Ratios and the
 * status are recomputed from the sums, since frame statuses cannot be added.
 */
export function totalOf(rows: RowValues[]): RowValues {
  const remaining = rows.map((r) => r.remainingDays).filter((v): v is number => v !== null);
  return {
    actual: sumOf(rows.map((r) => r.actual)),
    target: sumOf(rows.map((r) => r.target)),
    expectedToDate: sumOf(rows.map((r) => r.expectedToDate)),
    pace: null,
    projected: sumOf(rows.map((r) => r.projected)),
    requiredRunRate: null,
    remainingDays: remaining.length ? Math.max(...remaining) : null,
    elapsedShare: firstOf(rows.map((r) => r.elapsedShare)),
    status: null,
  };
}
