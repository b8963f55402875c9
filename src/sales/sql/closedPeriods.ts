import type { MetricDef } from '../catalog/metrics';
import { startOfDate } from '../catalog/time';
import type { Window } from './formulas';

/**
 * The instant up to which a window's rows are read: its end, or, for date columns, the local
 * midnight of the first date it leaves out (a window ending mid-day reads that whole day).
 */
export function windowEnd(w: Window, timeZone: string): number {
  return Math.max(w.to, startOfDate(w.toDate, timeZone));
}

/**
 * The instant up to which a statement measuring these metrics over these windows reads the warehouse,
 * when that is all its result depends on: only flow metrics count events dated in their windows.
 * Snapshots and cohorts are judged as of now, and an alert rule's window moves with each evaluation:
 * undefined for those.
 */
export function readsUntil(metrics: MetricDef[], windows: Window[], timeZone: string): number | undefined {
  if (windows.length === 0 || metrics.some((metric) => metric.timeBehaviour !== 'flow')) {
    return undefined;
  }
  if (windows.some((w) => w.sql !== undefined)) {
    return undefined;
  }
  return Math.max(...windows.map((w) => windowEnd(w, timeZone)));
}

/** Whether a statement reads only periods that ended by the current time (its result can be kept). */
export function readsOnlyClosedPeriods(statement: { readsUntil?: number }, currentTime: number): boolean {
  return statement.readsUntil !== undefined && statement.readsUntil <= currentTime;
}
