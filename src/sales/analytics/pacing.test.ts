import { DateTime } from 'luxon';
import { SalesError } from '../errors';
import { DEFAULT_PACE_THRESHOLDS, elapsedShare, pace, PaceInput, statusOf } from './pacing';

const at = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toMillis();
const january2025 = { from: at('2025-01-01'), to: at('2025-02-01'), timeZone: 'UTC' };

describe('elapsedShare', () => {
  it('linear: calendar days elapsed over the days of the range', () => {
    const elapsed = elapsedShare(january2025, at('2025-01-11'), { mode: 'linear' });
    expect(elapsed.share).toBeCloseTo(10 / 31, 12);
    expect(elapsed.remainingDays).toBeCloseTo(21, 12);
    expect(elapsed.basis).toBe('linear');
  });

  it('linear: counts the 23-hour DST day as one day', () => {
    // Berlin, March 2025 (31 days, DST on the 30th); at noon on the 31st 30.5 days have elapsed.
    const zone = 'Europe/Berlin';
    const march = { from: at('2025-03-01', zone), to: at('2025-04-01', zone), timeZone: zone };
    const elapsed = elapsedShare(march, at('2025-03-31T12:00', zone), { mode: 'linear' });
    expect(elapsed.share).toBeCloseTo(30.5 / 31, 12);
    expect(elapsed.remainingDays).toBeCloseTo(0.5, 12);
  });

  it('working_days: Monday to Friday by default, configurable', () => {
    // March 2025 starts on a Saturday: working days Mar 3-7, 10-14, 17-21, 24-28, 31 = 21.
    // At noon on Wednesday Mar 12: Mar 3-7 (5) + Mar 10, 11 (2) + half of Mar 12 = 7.5.
    const zone = 'Europe/Berlin';
    const march = { from: at('2025-03-01', zone), to: at('2025-04-01', zone), timeZone: zone };
    const now = at('2025-03-12T12:00', zone);
    const weekdays = elapsedShare(march, now, { mode: 'working_days' });
    expect(weekdays.share).toBeCloseTo(7.5 / 21, 12);
    expect(weekdays.remainingDays).toBeCloseTo(13.5, 12);
    // Monday to Saturday: + Saturdays 1, 8, 15, 22, 29 = 26 days; elapsed: Sat 1, Mon 3 - Sat 8 (6), 10, 11, half 12 = 9.5.
    const sixDays = elapsedShare(march, now, { mode: 'working_days', workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(sixDays.share).toBeCloseTo(9.5 / 26, 12);
    expect(sixDays.remainingDays).toBeCloseTo(16.5, 12);
  });

  it('working_days: a weekend-only range has no share', () => {
    const weekend = { from: at('2025-03-01'), to: at('2025-03-03'), timeZone: 'UTC' };
    expect(elapsedShare(weekend, at('2025-03-02'), { mode: 'working_days' })).toEqual({
      share: null,
      remainingDays: 0,
      basis: 'working_days',
    });
  });

  it("seasonal: last year's cumulative share at the same point of the period", () => {
    // Range Jan 1-4 2025 in Shanghai; last year Jan 1-4 2024 sold 10, 30, 40, 20 (100).
    // Now = Jan 3 06:00 → last year's Jan 3 06:00: 10 + 30 + 40 × 6/24 = 50 → share 0.5.
    const zone = 'Asia/Shanghai';
    const range = { from: at('2025-01-01', zone), to: at('2025-01-05', zone), timeZone: zone };
    const seasonalProfile = [
      { day: '2023-12-31', value: 1000 }, // outside last year's range: ignored
      { day: '2024-01-01', value: 10 },
      { day: '2024-01-02', value: 30 },
      { day: '2024-01-03', value: 40 },
      { day: '2024-01-04', value: 20 },
    ];
    const elapsed = elapsedShare(range, at('2025-01-03T06:00', zone), { mode: 'seasonal', seasonalProfile });
    expect(elapsed.share).toBeCloseTo(0.5, 12);
    expect(elapsed.remainingDays).toBeCloseTo(1.75, 12); // calendar days
    expect(elapsed.basis).toBe('seasonal');
  });

  it('seasonal: across the year end, with days missing from the profile counting 0', () => {
    // Range Dec 1 2024 .. Feb 1 2025; last year: Dec 2023 sold 60 (on Dec 10), Jan 2024 sold 40 (on Jan 20).
    // Now = Jan 15 2025 → last year's Jan 15 2024: only December's 60 of 100 → 0.6.
    const range = { from: at('2024-12-01'), to: at('2025-02-01'), timeZone: 'UTC' };
    const seasonalProfile = [
      { day: '2023-12-10', value: 60 },
      { day: '2024-01-20', value: 40 },
    ];
    const elapsed = elapsedShare(range, at('2025-01-15'), { mode: 'seasonal', seasonalProfile });
    expect(elapsed.share).toBeCloseTo(0.6, 12);
    expect(elapsed.remainingDays).toBeCloseTo(17, 12);
  });

  it('seasonal: falls back to linear when last year sold nothing', () => {
    const elapsed = elapsedShare(january2025, at('2025-01-11'), {
      mode: 'seasonal',
      seasonalProfile: [{ day: '2024-01-05', value: 0 }],
    });
    expect(elapsed).toEqual({ share: 10 / 31, remainingDays: 21, basis: 'linear' });
    expect(elapsedShare(january2025, at('2025-01-11'), { mode: 'seasonal', seasonalProfile: [] }).basis).toBe('linear');
  });

  it('clamps now to the range', () => {
    expect(elapsedShare(january2025, at('2024-12-20'), { mode: 'linear' })).toEqual({
      share: 0,
      remainingDays: 31,
      basis: 'linear',
    });
    expect(elapsedShare(january2025, at('2025-03-01'), { mode: 'linear' })).toEqual({
      share: 1,
      remainingDays: 0,
      basis: 'linear',
    });
  });
});

describe('pace', () => {
  const base: PaceInput = {
    actual: 900,
    target: 3100,
    openPipeline: 1100,
    range: january2025,
    now: at('2025-01-11'),
    mode: 'linear',
  };

  it('derives every attainment field from actual, target, elapsed share and pipeline', () => {
    // 10 of 31 days elapsed: expected 3100 × 10/31 = 1000, pace 0.9 (cautioned), gap 2200,
    // run rate 2200 / 21 days, projected 900 × 31/10 = 2790, coverage 1100 / 2200 = 0.5.
    const result = pace(base);
    expect(result.actual).toBe(900);
    expect(result.target).toBe(3100);
    expect(result.attainment).toBeCloseTo(900 / 3100, 12);
    expect(result.expected_to_date).toBeCloseTo(1000, 9);
    expect(result.pace).toBeCloseTo(0.9, 12);
    expect(result.gap).toBe(2200);
    expect(result.required_run_rate).toBeCloseTo(2200 / 21, 9);
    expect(result.projected).toBeCloseTo(2790, 9);
    expect(result.coverage).toBeCloseTo(0.5, 12);
    expect(result.status).toBe('cautioned');
    expect(result.elapsed_share).toBeCloseTo(10 / 31, 12);
    expect(result.remaining_days).toBeCloseTo(21, 12);
  });

  it('status follows configurable thresholds', () => {
    expect(pace({ ...base, actual: 1000 }).status).toBe('on_track'); // pace 1.0
    expect(pace({ ...base, actual: 899 }).status).toBe('off_track'); // pace 0.899
    expect(pace({ ...base, thresholds: { onTrack: 0.85, cautioned: 0.8 } }).status).toBe('on_track');
    expect(pace({ ...base, thresholds: { onTrack: 1.2, cautioned: 0.95 } }).status).toBe('off_track');
    expect(statusOf(1, DEFAULT_PACE_THRESHOLDS)).toBe('on_track');
    expect(statusOf(0.9, DEFAULT_PACE_THRESHOLDS)).toBe('cautioned');
    expect(statusOf(0.8999, DEFAULT_PACE_THRESHOLDS)).toBe('off_track');
  });

  it('without a target: null wherever the target is needed, projected still computed', () => {
    const result = pace({ ...base, target: null });
    expect(result).toMatchObject({
      target: null,
      attainment: null,
      expected_to_date: null,
      pace: null,
      gap: null,
      required_run_rate: null,
      coverage: null,
      status: null,
    });
    expect(result.projected).toBeCloseTo(2790, 9);
  });

  it('with a zero target: no ratio divides by it', () => {
    const result = pace({ ...base, target: 0 });
    expect(result).toMatchObject({
      target: 0,
      attainment: null,
      expected_to_date: 0,
      pace: null,
      gap: 0,
      required_run_rate: 0,
      coverage: null,
      status: null,
    });
  });

  it('before the period starts: nothing expected yet, no pace, no projection', () => {
    const result = pace({ ...base, actual: 0, now: at('2024-12-15') });
    expect(result).toMatchObject({
      elapsed_share: 0,
      remaining_days: 31,
      expected_to_date: 0,
      pace: null,
      projected: null,
      gap: 3100,
      required_run_rate: 100,
      status: null,
    });
    expect(result.coverage).toBeCloseTo(1100 / 3100, 12);
  });

  it('after the period ended: the whole target expected, no days left', () => {
    const result = pace({ ...base, actual: 2945, openPipeline: 0, now: at('2025-02-03') });
    expect(result).toMatchObject({
      elapsed_share: 1,
      remaining_days: 0,
      expected_to_date: 3100,
      projected: 2945,
      gap: 155,
      required_run_rate: null,
      coverage: 0,
      status: 'cautioned', // 2945 / 3100 = 0.95
    });
    expect(result.pace).toBeCloseTo(0.95, 12);
  });

  it('beyond the target: gap 0, no coverage, run rate 0', () => {
    const result = pace({ ...base, actual: 3500 });
    expect(result).toMatchObject({ gap: 0, required_run_rate: 0, coverage: null, status: 'on_track' });
  });

  it('across the fiscal year end with working days', () => {
    // Fiscal year ends Mar 31. Range Mar 24 .. Apr 7 2025 (UTC): working days Mar 24-28, Mar 31 - Apr 4 = 10.
    // Now = Apr 1 (Tuesday) 00:00: elapsed Mar 24-28 + Mar 31 = 6 → share 0.6, 4 left.
    // Target 1000 → expected 600; actual 660 → pace 1.1; gap 340 → 85 a working day.
    const result = pace({
      actual: 660,
      target: 1000,
      openPipeline: 170,
      range: { from: at('2025-03-24'), to: at('2025-04-07'), timeZone: 'UTC' },
      now: at('2025-04-01'),
      mode: 'working_days',
    });
    expect(result.elapsed_share).toBeCloseTo(0.6, 12);
    expect(result.remaining_days).toBeCloseTo(4, 12);
    expect(result.expected_to_date).toBeCloseTo(600, 9);
    expect(result.pace).toBeCloseTo(1.1, 12);
    expect(result.required_run_rate).toBeCloseTo(85, 9);
    expect(result.coverage).toBeCloseTo(0.5, 12);
    expect(result.status).toBe('on_track');
    expect(result.pace_basis).toBe('working_days');
  });

  it('counts a NULL actual (no bookings yet) as 0', () => {
    expect(pace({ ...base, actual: null }).actual).toBe(0);
  });

  it.each([
    [
      { thresholds: { onTrack: 0.8, cautioned: 0.9 } },
      /cautioned threshold \(0.9\) must be between 0 and the on-track threshold \(0.8\)/,
    ],
    [{ actual: NaN }, /actual must be a finite number; got NaN/],
    [{ target: Infinity }, /target must be a finite number; got Infinity/],
    [{ mode: 'weekly' as never }, /pace mode must be one of linear, working_days, seasonal; got "weekly"/],
    [
      { mode: 'working_days' as const, workingWeekdays: [0, 1] },
      /ISO weekday numbers from 1 \(Monday\) to 7 \(Sunday\); got \[0,1\]/,
    ],
    [{ mode: 'seasonal' as const }, /needs last year's daily profile/],
    [
      { mode: 'seasonal' as const, seasonalProfile: [{ day: '2024-1-5', value: 1 }] },
      /profile must be a date in the form YYYY-MM-DD; got "2024-1-5"/,
    ],
    [{ now: NaN }, /now must be a finite number/],
  ])('rejects bad input %#', (change, message) => {
    const run = () => pace({ ...base, ...change } as PaceInput);
    expect(run).toThrow(SalesError);
    expect(run).toThrow(message);
  });
});
