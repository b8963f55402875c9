import { DateTime, DurationLikeObject } from 'luxon';
import { SalesError } from '../../errors';
import type { Grain } from '../../types';
import { describe, finiteNumber } from '../checks';
import { checkTimeZone } from '../../catalog/time';
import type { SeriesPoint } from './types';

const SEASON_LENGTH: Record<Grain, number> = { day: 7, week: 52, month: 12, quarter: 4, year: 1 };
const STEP: Record<Grain, DurationLikeObject> = {
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
  quarter: { months: 3 },
  year: { years: 1 },
};

/** Periods per season: 7 days, 52 weeks, 12 months, 4 quarters; a year has no season (1). */
export function seasonLength(grain: Grain): number {
  const length = SEASON_LENGTH[grain];
  if (length === undefined) {
    throw new SalesError(
      `The grain must be one of ${Object.keys(SEASON_LENGTH).join(', ')}; got ${describe(grain)}.`,
      'invalid_value'
    );
  }
  return length;
}

/** The start of the period `count` periods after `time`, keeping the wall clock in the zone (DST-proof). */
export function periodAfter(time: number, grain: Grain, timeZone: string, count = 1): number {
  const step = STEP[grain];
  const scaled = Object.fromEntries(Object.entries(step).map(([unit, amount]) => [unit, (amount as number) * count]));
  return DateTime.fromMillis(time, { zone: timeZone }).plus(scaled).toMillis();
}

/** Finite values at consecutive period starts, oldest first, with no gap. */
export function checkHistory(history: SeriesPoint[], grain: Grain, timeZone: string): number[] {
  if (!Array.isArray(history)) {
    throw new SalesError('The forecast history must be a list of { time, value } points.', 'invalid_value');
  }
  checkTimeZone(timeZone);
  return history.map((point, index) => {
    const time = finiteNumber(point?.time, `The time of history point ${index + 1}`);
    const when = DateTime.fromMillis(time, { zone: timeZone }).toISO();
    const value = finiteNumber(point.value, `The history value at ${when}`);
    if (index > 0) {
      const expected = periodAfter(history[index - 1].time, grain, timeZone);
      if (time !== expected) {
        throw new SalesError(
          `The history point at ${when} is not one ${grain} after the previous one ` +
            `(${DateTime.fromMillis(history[index - 1].time, { zone: timeZone }).toISO()}): ` +
            'the history needs one point per period, oldest first, with no gap.',
          'invalid_value'
        );
      }
    }
    return value;
  });
}

export function notEnoughData(label: string, needed: number, got: number, why = ''): SalesError {
  return new SalesError(
    `The ${label} forecast needs at least ${needed} history points${why}; got ${got}.`,
    'not_enough_data'
  );
}
