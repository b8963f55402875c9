import { type Status } from '../types';

export interface StatusThresholds {
  onTrack: number;
  cautioned: number;
}

/**
 * The thresholds as they apply: a cautioned threshold above the on-track one would make "cautioned"
 * unreachable in a confusing way, so it is capped at the on-track threshold (no cautioned band).
 */
export function effectiveThresholds(onTrack: number, cautioned: number): StatusThresholds {
  return { onTrack, cautioned: Math.min(cautioned, onTrack) };
}

/** Status of a ratio (pace or attainment) against the thresholds; null when there is no ratio. */
export function statusOf(ratio: number | null, thresholds: StatusThresholds): Status | null {
  if (ratio === null || !Number.isFinite(ratio)) {
    return null;
  }
  if (ratio >= thresholds.onTrack) {
    return 'on_track';
  }
  return ratio >= thresholds.cautioned ? 'cautioned' : 'off_track';
}

export type ParsedStatus = { ok: true; status: Status | null } | { ok: false; raw: string };

/**
 * Reads the `status` value of a frame: the data source writes on_track / cautioned / off_track;
 * spaces, hyphens and case are tolerated ("On track", "off-track") for hand-made frames.
 */
export function parseStatus(raw: unknown): ParsedStatus {
  if (raw === null || raw === undefined || raw === '') {
    return { ok: true, status: null };
  }
  const normalised = String(raw)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (normalised === 'on_track' || normalised === 'cautioned' || normalised === 'off_track') {
    return { ok: true, status: normalised };
  }
  return { ok: false, raw: String(raw) };
}

/** Worst first: used to sort gauges by status. */
export function statusSeverity(status: Status | null): number {
  switch (status) {
    case 'off_track':
      return 0;
    case 'cautioned':
      return 1;
    case 'on_track':
      return 2;
    default:
      return 3;
  }
}
