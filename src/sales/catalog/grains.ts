import { salesError } from '../errors';
import type { Grain } from '../types';
import { bucketKeyOf, type TimeRange } from './time';

export const GRAINS: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

export function checkGrain(grain: string): Grain {
  if (!GRAINS.includes(grain as Grain)) {
    throw salesError('grain.unknown', { grain, grains: GRAINS.join(', ') });
  }
  return grain as Grain;
}

/** The most buckets one series may have: more is no chart anyone reads, and costs the engine dearly. */
export const MAX_BUCKETS = 5000;

/**
 * Refuses a range holding more than MAX_BUCKETS buckets of the grain, before anything is computed per
 * bucket, naming the count and the finest coarser grain that fits.
 */
export function checkBucketCount(range: TimeRange, grain: Grain, timeZone: string, fiscalStart: number): void {
  const count = (g: Grain) =>
    bucketKeyOf(range.to - 1, g, timeZone, fiscalStart) - bucketKeyOf(range.from, g, timeZone, fiscalStart) + 1;
  const buckets = count(grain);
  if (buckets > MAX_BUCKETS) {
    const coarser = GRAINS.slice(GRAINS.indexOf(grain) + 1).find((g) => count(g) <= MAX_BUCKETS);
    const params = { buckets: buckets.toLocaleString('en-US'), grain, max: MAX_BUCKETS.toLocaleString('en-US') };
    throw coarser
      ? salesError('grain.too-many-buckets-coarser', { ...params, coarser }, 'limit_exceeded')
      : salesError('grain.too-many-buckets', params, 'limit_exceeded');
  }
}

const ROUNDED_TO: Record<string, Grain> = { y: 'year', Q: 'quarter', q: 'quarter', M: 'month', w: 'week', d: 'day' };

/**
 * The calendar unit a relative time in Grafana's syntax rounds to at its end (now/fQ → quarter,
 * now-1M/M → month), undefined for anything else. A range starting at such a time was picked as that
 * unit: it tells quarter to date from month to date in a quarter's first month (CompileContext.rangeUnit).
 */
export function grainOfRelativeTime(text: unknown): Grain | undefined {
  if (typeof text !== 'string') {
    return undefined;
  }
  const match = /^now.*\/f?([yQqMwd])$/.exec(text.replace(/\s/g, ''));
  return match ? ROUNDED_TO[match[1]] : undefined;
}
