import type { TimeRange as GrafanaTimeRange } from '@grafana/data';

import type { TimeRange } from '../sales';

/**
 * Grafana's time picker in the engine's terms: an IANA zone, a half-open range [from, to) in epoch
 * milliseconds, and the current time.
 */

/** 'browser' (or nothing) → the browser's zone, 'utc' → UTC, anything else is taken as an IANA name. */
export function requestTimeZone(timezone: string | undefined): string {
  if (!timezone || timezone === 'browser') {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }
  if (timezone.toLowerCase() === 'utc') {
    return 'UTC';
  }
  return timezone;
}

/**
 * Grafana rounds the end of a range up to the last millisecond of a unit (now/M → 23:59:59.999) and
 * reads it inclusively; the engine's ranges end exclusively, at the next unit's first instant.
 */
export function engineRange(range: GrafanaTimeRange): TimeRange {
  const from = range.from.valueOf();
  const to = range.to.valueOf();
  return { from, to: to % 1000 === 999 ? to + 1 : to };
}

/**
 * The current time for a query. The engine only uses min(to, now); rounding now down to the second
 * makes the panels of one refresh compile to the same SQL, so that they can share one round trip.
 */
export function currentTime(range: TimeRange, now = Date.now()): number {
  return Math.min(range.to, Math.floor(now / 1000) * 1000);
}
