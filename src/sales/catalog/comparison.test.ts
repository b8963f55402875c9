import { DateTime } from 'luxon';

import { comparisonPeriods } from './comparison';
import { matchingInstant, previousRange, unitOfRange } from './time';

const NEW_YORK = 'America/New_York';
/** An instant from a local wall-clock time in a zone. */
const at = (local: string, zone = NEW_YORK) => DateTime.fromISO(local, { zone }).toMillis();
const range = (from: string, to: string, zone = NEW_YORK) => ({ from: at(from, zone), to: at(to, zone) });
const iso = (ms: number, zone = NEW_YORK) => DateTime.fromMillis(ms, { zone }).toISO({ includeOffset: false });
const shown = (r: { from: number; to: number }, zone = NEW_YORK) => [iso(r.from, zone), iso(r.to, zone)];
const calendar = (currentTime: number, fiscalStart = 1) => ({ fiscalStart, currentTime });

describe('previous_period: the previous calendar unit', () => {
  const past = at('2030-01-01T00:00');

  it('meets a quarter with the previous quarter, not the same number of days before', () => {
    // Q2 2024 has 91 days, Q1 91 days less the DST hour; a shift by length would start on Dec 31
    const previous = previousRange(range('2024-04-01', '2024-07-01'), 'previous_period', NEW_YORK, calendar(past));
    expect(shown(previous)).toEqual(['2024-01-01T00:00:00.000', '2024-04-01T00:00:00.000']);
  });

  it('meets a fiscal quarter and a fiscal year (fiscal start April) with the previous ones', () => {
    const fiscal = calendar(past, 4);
    // fiscal Q2 of FY2024 is July to September
    expect(shown(previousRange(range('2024-07-01', '2024-10-01'), 'previous_period', NEW_YORK, fiscal))).toEqual([
      '2024-04-01T00:00:00.000',
      '2024-07-01T00:00:00.000',
    ]);
    expect(shown(previousRange(range('2024-04-01', '2025-04-01'), 'previous_period', NEW_YORK, fiscal))).toEqual([
      '2023-04-01T00:00:00.000',
      '2024-04-01T00:00:00.000',
    ]);
    // fiscal start February: Feb–Apr meets Nov–Jan, even without the fiscal calendar (whole months)
    expect(shown(previousRange(range('2024-02-01', '2024-05-01'), 'previous_period', NEW_YORK))).toEqual([
      '2023-11-01T00:00:00.000',
      '2024-02-01T00:00:00.000',
    ]);
  });

  it('keeps the wall-clock hours of a week across the DST change', () => {
    // the week of Mar 11, 2024 (EDT) meets the week of Mar 4 (EST): 7 days, not 168 hours
    const previous = previousRange(range('2024-03-11', '2024-03-18'), 'previous_period', NEW_YORK, calendar(past));
    expect(shown(previous)).toEqual(['2024-03-04T00:00:00.000', '2024-03-11T00:00:00.000']);
    expect(previous.to - previous.from).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('meets a month and a day with the previous month and day', () => {
    expect(shown(previousRange(range('2024-03-01', '2024-04-01'), 'previous_period', NEW_YORK))).toEqual([
      '2024-02-01T00:00:00.000',
      '2024-03-01T00:00:00.000',
    ]);
    expect(shown(previousRange(range('2024-03-11', '2024-03-12'), 'previous_period', NEW_YORK))).toEqual([
      '2024-03-10T00:00:00.000',
      '2024-03-11T00:00:00.000',
    ]);
  });

  it('meets the to-date part of a unit with the whole previous unit', () => {
    const now = at('2024-05-14T15:00');
    const toDate = range('2024-04-01', '2024-05-14T15:00');
    expect(unitOfRange(toDate, NEW_YORK, calendar(now))).toMatchObject({ grain: 'quarter', toDate: true });
    expect(shown(previousRange(toDate, 'previous_period', NEW_YORK, calendar(now)))).toEqual([
      '2024-01-01T00:00:00.000',
      '2024-04-01T00:00:00.000',
    ]);
  });

  it('reads April 1 to now as month to date, or as quarter to date when the range was picked as a quarter', () => {
    const now = at('2024-04-10T09:00');
    const toDate = range('2024-04-01', '2024-04-10T09:00');
    expect(shown(previousRange(toDate, 'previous_period', NEW_YORK, calendar(now)))).toEqual([
      '2024-03-01T00:00:00.000',
      '2024-04-01T00:00:00.000',
    ]);
    const asQuarter = { ...calendar(now), unit: 'quarter' as const };
    expect(shown(previousRange(toDate, 'previous_period', NEW_YORK, asQuarter))).toEqual([
      '2024-01-01T00:00:00.000',
      '2024-04-01T00:00:00.000',
    ]);
  });

  it('shifts any other range back by its own length', () => {
    // Mar 9 12:00 to Mar 10 12:00 is 23 hours (DST began at 02:00)
    const last24h = { from: at('2024-03-09T12:00'), to: at('2024-03-10T12:00') };
    expect(previousRange(last24h, 'previous_period', NEW_YORK, calendar(last24h.to))).toEqual({
      from: last24h.from - 23 * 3_600_000,
      to: last24h.from,
    });
  });
});

describe('previous_year', () => {
  it('is the same calendar range a year earlier, February 29 becoming February 28', () => {
    expect(shown(previousRange(range('2024-02-29', '2024-03-01'), 'previous_year', NEW_YORK))).toEqual([
      '2023-02-28T00:00:00.000',
      '2023-03-01T00:00:00.000',
    ]);
  });
});

describe('the matching instant of the previous window', () => {
  it('is as far into the previous quarter in days and wall-clock time', () => {
    const q2 = range('2024-04-01', '2024-07-01');
    const q1 = range('2024-01-01', '2024-04-01');
    // May 14 is day 43 of Q2; Jan 1 + 43 days = Feb 13, at the same 15:00
    expect(iso(matchingInstant(at('2024-05-14T15:00'), q2, q1, 'previous_period', NEW_YORK))).toBe(
      '2024-02-13T15:00:00.000'
    );
  });

  it('is clipped to the previous window', () => {
    // Q4 2023 has 92 days, Q1 2024 91: the end of Q1 meets the end of Q4, not Dec 31
    const q1 = range('2024-01-01', '2024-04-01');
    const q4 = range('2023-10-01', '2024-01-01');
    expect(matchingInstant(q1.to, q1, q4, 'previous_period', NEW_YORK)).toBe(q4.to);
    const q3 = range('2023-07-01', '2023-10-01');
    expect(matchingInstant(q4.to, q4, q3, 'previous_period', NEW_YORK)).toBe(q3.to);
  });
});

describe('comparison periods', () => {
  const q1 = range('2024-01-01', '2024-04-01');
  const now = at('2024-03-15T12:00');

  it('to date: flow metrics stop at now and at the matching instant; snapshots keep the whole windows', () => {
    const [current, previous] = comparisonPeriods(q1, 'previous_period', true, NEW_YORK, calendar(now));
    expect(current).toEqual({ range: q1, flow: { from: q1.from, to: now }, asOf: now });
    // Mar 15 12:00 is day 74 of Q1: Oct 1 + 74 days = Dec 14, 12:00 EST
    const matched = at('2023-12-14T12:00');
    expect(previous).toEqual({
      range: range('2023-10-01', '2024-01-01'),
      flow: { from: at('2023-10-01'), to: matched },
      asOf: matched,
    });
  });

  it('without compareToDate: whole windows, snapshots still as of the matching instant', () => {
    const [current, previous] = comparisonPeriods(q1, 'previous_year', false, NEW_YORK, calendar(now));
    expect(current).toEqual({ range: q1, flow: q1, asOf: now });
    const lastYear = range('2023-01-01', '2023-04-01');
    expect(previous).toEqual({ range: lastYear, flow: lastYear, asOf: at('2023-03-15T12:00') });
  });

  it('compares a range that is over whole, to date or not', () => {
    const later = at('2024-05-01T12:00');
    const [current, previous] = comparisonPeriods(q1, 'previous_period', true, NEW_YORK, calendar(later));
    expect(current).toEqual({ range: q1, flow: q1, asOf: q1.to });
    expect(previous.flow).toEqual(previous.range);
    expect(previous.asOf).toBe(previous.range.to);
  });

  it('compares the to-date part of a quarter with the previous quarter to the same point', () => {
    const soFar = range('2024-04-01', '2024-05-14T15:00');
    const [current, previous] = comparisonPeriods(soFar, 'previous_period', true, NEW_YORK, calendar(soFar.to));
    expect(current.flow).toEqual(soFar);
    expect(shown(previous.range)).toEqual(['2024-01-01T00:00:00.000', '2024-04-01T00:00:00.000']);
    expect(shown(previous.flow)).toEqual(['2024-01-01T00:00:00.000', '2024-02-13T15:00:00.000']);
  });
});
