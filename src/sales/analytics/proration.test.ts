import { DateTime } from 'luxon';
import { SalesError } from '../errors';
import { prorateTarget } from './proration';

const at = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toMillis();

describe('prorateTarget', () => {
  it('takes the days of overlap over the days of the period', () => {
    // January target 3100 over 31 days = 100 a day; the range covers Jan 11..31 = 21 days.
    const range = { from: at('2025-01-11'), to: at('2025-02-01'), timeZone: 'UTC' };
    expect(prorateTarget({ amount: 3100, periodStart: '2025-01-01', periodEnd: '2025-01-31' }, range)).toBeCloseTo(
      2100,
      9
    );
  });

  it('splits a range across the fiscal year end between the two fiscal-year rows', () => {
    // Fiscal years start in April. FY2024 = 2024-04-01..2025-03-31 (365 days, 3650 → 10 a day),
    // FY2025 = 2025-04-01..2026-03-31 (365 days, 7300 → 20 a day). Range Feb 1 .. May 1 2025 in Shanghai:
    // Feb + Mar = 28 + 31 = 59 days of FY2024 (590), April = 30 days of FY2025 (600).
    const zone = 'Asia/Shanghai';
    const range = { from: at('2025-02-01', zone), to: at('2025-05-01', zone), timeZone: zone };
    const fy2024 = prorateTarget({ amount: 3650, periodStart: '2024-04-01', periodEnd: '2025-03-31' }, range);
    const fy2025 = prorateTarget({ amount: 7300, periodStart: '2025-04-01', periodEnd: '2026-03-31' }, range);
    expect(fy2024).toBeCloseTo(590, 9);
    expect(fy2025).toBeCloseTo(600, 9);
  });

  it('counts a leap year as 366 days and a period outside the range as 0', () => {
    const range = { from: at('2024-02-01'), to: at('2024-03-01'), timeZone: 'UTC' };
    // February 2024 has 29 days: 3660 × 29 / 366 = 290
    expect(prorateTarget({ amount: 3660, periodStart: '2024-01-01', periodEnd: '2024-12-31' }, range)).toBeCloseTo(
      290,
      9
    );
    expect(prorateTarget({ amount: 999, periodStart: '2023-01-01', periodEnd: '2023-12-31' }, range)).toBe(0);
  });

  it('counts a 23-hour DST day as one day', () => {
    // Berlin moves to summer time on 2025-03-30. March target 310 = 10 a day; range Mar 30 .. Apr 1 = 2 days.
    const zone = 'Europe/Berlin';
    const range = { from: at('2025-03-30', zone), to: at('2025-04-01', zone), timeZone: zone };
    expect(prorateTarget({ amount: 310, periodStart: '2025-03-01', periodEnd: '2025-03-31' }, range)).toBeCloseTo(
      20,
      9
    );
  });

  it('counts the part of a day when the range starts inside it', () => {
    // One-day target of 48; range from noon: half a day.
    const range = { from: at('2025-01-01T12:00'), to: at('2025-01-03'), timeZone: 'UTC' };
    expect(prorateTarget({ amount: 48, periodStart: '2025-01-01', periodEnd: '2025-01-01' }, range)).toBeCloseTo(24, 9);
  });

  it('counts days in the range time zone, not in UTC', () => {
    // Range = Jan 2 in Shanghai = Jan 1 16:00 UTC .. Jan 2 16:00 UTC; the target row is Jan 2 only.
    const zone = 'Asia/Shanghai';
    const range = { from: at('2025-01-02', zone), to: at('2025-01-03', zone), timeZone: zone };
    expect(prorateTarget({ amount: 7, periodStart: '2025-01-02', periodEnd: '2025-01-02' }, range)).toBeCloseTo(7, 9);
    expect(prorateTarget({ amount: 7, periodStart: '2025-01-01', periodEnd: '2025-01-01' }, range)).toBe(0);
  });

  it.each([
    [
      { amount: 1, periodStart: '2025-02-01', periodEnd: '2025-01-31' },
      /ends \(2025-01-31\) before it starts \(2025-02-01\)/,
    ],
    [
      { amount: 1, periodStart: '2025-02-30', periodEnd: '2025-03-31' },
      /period_start must be a date in the form YYYY-MM-DD; got "2025-02-30"/,
    ],
    [
      { amount: NaN, periodStart: '2025-01-01', periodEnd: '2025-01-31' },
      /target amount must be a finite number; got NaN/,
    ],
  ])('rejects a bad row: %j', (row, message) => {
    const range = { from: at('2025-01-01'), to: at('2025-02-01'), timeZone: 'UTC' };
    expect(() => prorateTarget(row, range)).toThrow(SalesError);
    expect(() => prorateTarget(row, range)).toThrow(message);
  });

  it('rejects a bad range', () => {
    const row = { amount: 1, periodStart: '2025-01-01', periodEnd: '2025-01-31' };
    expect(() => prorateTarget(row, { from: at('2025-02-01'), to: at('2025-01-01'), timeZone: 'UTC' })).toThrow(
      /range ends .* before or when it starts/
    );
    expect(() => prorateTarget(row, { from: 0, to: 1, timeZone: 'Mars/Olympus' })).toThrow(
      /"Mars\/Olympus" is not an IANA time zone/
    );
  });
});
