import { DateTime, DurationLikeObject } from 'luxon';
import { type SalesError, salesError } from '../../errors';
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
    throw salesError(
      'forecast.grain',
      { grains: Object.keys(SEASON_LENGTH).join(', '), grain: describe(grain) },
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
    throw salesError('forecast.history-not-list', {}, 'invalid_value');
  }
  checkTimeZone(timeZone);
  return history.map((point, index) => {
    const time = finiteNumber(point?.time, `The time of history point ${index + 1}`);
    const when = DateTime.fromMillis(time, { zone: timeZone }).toISO();
    const value = finiteNumber(point.value, `The history value at ${when}`);
    if (index > 0) {
      const expected = periodAfter(history[index - 1].time, grain, timeZone);
      if (time !== expected) {
        throw salesError(
          'forecast.history-gap',
          {
            at: String(when),
            grain,
            previous: String(DateTime.fromMillis(history[index - 1].time, { zone: timeZone }).toISO()),
          },
          'invalid_value'
        );
      }
    }
    return value;
  });
}

/** `why`: what the points are needed for, in English. */
export function notEnoughData(label: string, needed: number, got: number, why?: string): SalesError {
  return why
    ? salesError('forecast.not-enough-history-why', { method: label, needed, why, got }, 'not_enough_data')
    : salesError('forecast.not-enough-history', { method: label, needed, got }, 'not_enough_data');
}
