import { DateTime } from 'luxon';
import { SalesError } from '../../errors';
import { forecast } from './forecast';
import type { MethodAccuracy, SeriesPoint } from './types';

const zone = 'Asia/Shanghai';
const monthly = (values: number[], first = '2022-01-01'): SeriesPoint[] =>
  values.map((value, index) => ({ time: DateTime.fromISO(first, { zone }).plus({ months: index }).toMillis(), value }));
const withoutLabel = ({ mase, mape, smape, origins }: MethodAccuracy) => ({ mase, mape, smape, origins });
const day = (time: number) => DateTime.fromMillis(time, { zone }).toISODate();

describe('forecast output', () => {
  const history = monthly([1, 3, 2, 5]);

  it('lists the history with fitted values, then the forecast periods in the zone', () => {
    const result = forecast(history, { method: 'linear', grain: 'month', horizon: 2, timeZone: zone, interval: 0.95 });
    expect(result.points.map((point) => day(point.time))).toEqual([
      '2022-01-01',
      '2022-02-01',
      '2022-03-01',
      '2022-04-01',
      '2022-05-01',
      '2022-06-01',
    ]);
    expect(result.points.map((point) => point.actual)).toEqual([1, 3, 2, 5, null, null]);
    // the line 1.1 t through 1, 3, 2, 5
    result.points.forEach((point, index) => expect(point.forecast).toBeCloseTo(1.1 * (index + 1), 12));
    expect(result.points.slice(0, 4).every((point) => point.lower === null && point.upper === null)).toBe(true);
    const next = result.points[4];
    expect([next.lower, next.upper]).toEqual([next.lower95, next.upper95]);
    expect(next.lower80!).toBeGreaterThan(next.lower95!);
    expect(result).toMatchObject({
      method: 'linear',
      chosenMethod: 'linear',
      interval: 0.95,
      seasonLength: 12,
      skipped: [],
    });
    expect(result.parameters.slope).toBeCloseTo(1.1, 12);
  });

  it('uses the 80 % interval by default', () => {
    const next = forecast(history, { method: 'linear', grain: 'month', horizon: 1, timeZone: zone }).points[4];
    expect([next.lower, next.upper]).toEqual([next.lower80, next.upper80]);
  });

  it('steps weeks, quarters and days across DST in the zone', () => {
    const berlin = 'Europe/Berlin';
    const days = [0, 1, 2, 3, 4, 5, 6, 7].map((offset) => ({
      time: DateTime.fromISO('2025-03-25', { zone: berlin }).plus({ days: offset }).toMillis(),
      value: 10 + offset,
    }));
    const result = forecast(days, { method: 'seasonal_naive', grain: 'day', horizon: 2, timeZone: berlin });
    expect(result.points.slice(-2).map((point) => DateTime.fromMillis(point.time, { zone: berlin }).toISO())).toEqual([
      '2025-04-02T00:00:00.000+02:00',
      '2025-04-03T00:00:00.000+02:00',
    ]);
    // the forecast repeats the same weekday one week earlier
    expect(result.points.slice(-2).map((point) => point.forecast)).toEqual([11, 12]);
  });
});

describe('auto', () => {
  it('forecasts with the ETS model chosen by AICc, backtesting every candidate on the same origins', () => {
    const result = forecast(monthly(Array.from({ length: 30 }, (_, t) => 5 + 2 * t)), {
      method: 'auto',
      grain: 'month',
      horizon: 3,
      timeZone: zone,
    });
    // a straight line is fitted exactly by the linear trend of ETS(A,A,N), the fewest parameters that can
    expect(result).toMatchObject({ chosenMethod: 'ets', model: 'ETS(A,A,N)' });
    result.points.slice(-3).forEach((point, step) => expect(point.forecast).toBeCloseTo(5 + 2 * (30 + step), 6));
    expect(result.backtest.mase).toBeLessThan(1e-6);
    expect(result.backtest).toEqual(withoutLabel(result.backtests.find((entry) => entry.method === 'ets')!));
    const naive = result.backtests.find((entry) => entry.method === 'seasonal_naive')!;
    // seasonal naive misses by 12 months × 2 = 24 each time, and its scale is 24: MASE 1
    expect(naive.mase).toBeCloseTo(1, 9);
    expect(result.backtests.map((entry) => entry.label)).toEqual([
      'ets',
      'theta',
      'seasonal_naive',
      'holt_winters (additive)',
      'holt_winters (multiplicative)',
      'linear',
      'polynomial (order 2)',
      'polynomial (order 3)',
      'exponential',
      'logarithmic',
      'power',
    ]);
    // every candidate on the same origins: from 24 points (two seasons, for Holt–Winters) to 29
    expect(result.backtests.every((entry) => entry.origins === 6)).toBe(true);
  });

  it('forecasts a season that repeats exactly as it repeats', () => {
    const season = [3, 5, 9, 4, 6, 8, 7, 2, 1, 5, 6, 4];
    const result = forecast(monthly([...season, ...season, ...season]), {
      method: 'auto',
      grain: 'month',
      horizon: 6,
      timeZone: zone,
    });
    expect(result.chosenMethod).toBe('ets');
    result.points.slice(-6).forEach((point, step) => expect(point.forecast).toBeCloseTo(season[step], 6));
  });

  it('widens its intervals to its backtest errors, never narrows them', () => {
    const values = Array.from({ length: 48 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7) % 5));
    const auto = forecast(monthly(values), { method: 'auto', grain: 'month', horizon: 3, timeZone: zone });
    const ets = forecast(monthly(values), { method: 'ets', grain: 'month', horizon: 3, timeZone: zone });
    const widening = auto.parameters.intervalWidening ?? 1;
    expect(widening).toBeGreaterThanOrEqual(1);
    auto.points.slice(-3).forEach((point, index) => {
      const own = ets.points[48 + index];
      expect(point.forecast).toBeCloseTo(own.forecast!, 9);
      expect(point.upper95! - point.forecast!).toBeCloseTo(widening * (own.upper95! - own.forecast!), 6);
      expect(point.forecast! - point.lower80!).toBeCloseTo(widening * (own.forecast! - own.lower80!), 6);
    });
  });

  it('without ETS (too short a history), takes the lowest backtest MASE, then the lowest MAE, then the earlier candidate', () => {
    const result = forecast(monthly([5, 7, 9, 11, 13, 15]), {
      method: 'auto',
      grain: 'month',
      horizon: 2,
      timeZone: zone,
    });
    expect(result.skipped).toEqual(
      expect.arrayContaining([{ label: 'ets', reason: 'it needs at least 8 history points to be backtested; got 6' }])
    );
    // linear and both polynomials fit the line exactly: the earlier one wins
    expect(result).toMatchObject({ chosenMethod: 'linear', model: 'linear' });
    expect(result.points.slice(-2).map((point) => point.forecast)).toEqual(
      [17, 19].map((value) => expect.closeTo(value, 9))
    );
  });

  it('leaves out the candidates that cannot run, saying why', () => {
    const values = Array.from({ length: 14 }, (_, t) => (t === 3 ? 0 : 10 + t));
    const result = forecast(monthly(values), { method: 'auto', grain: 'month', horizon: 2, timeZone: zone });
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { label: 'holt_winters (additive)', reason: 'it needs at least 25 history points to be backtested; got 14' },
        { label: 'exponential', reason: 'it needs positive values, and history point 4 is 0' },
        { label: 'power', reason: 'it needs positive values, and history point 4 is 0' },
      ])
    );
    expect(result.backtests.map((entry) => entry.label)).toEqual([
      'ets',
      'theta',
      'seasonal_naive',
      'linear',
      'polynomial (order 2)',
      'polynomial (order 3)',
      'logarithmic',
    ]);
  });

  it('has no season on a yearly grain', () => {
    const years = [100, 110, 125, 130, 142, 155].map((value, index) => ({
      time: DateTime.utc(2019 + index, 1, 1).toMillis(),
      value,
    }));
    const result = forecast(years, { method: 'auto', grain: 'year', horizon: 1 });
    expect(result.seasonLength).toBe(1);
    expect(result.skipped.map((entry) => entry.reason)).toContain('the grain has no season');
    expect(() => forecast(years, { method: 'holt_winters', grain: 'year', horizon: 1 })).toThrow(
      /holt_winters forecast needs a grain with a season \(day, week, month or quarter\); got year/
    );
  });

  it('says how much history it needs', () => {
    const run = () => forecast(monthly([1, 2, 3]), { method: 'auto', grain: 'month', horizon: 1, timeZone: zone });
    expect(run).toThrow(SalesError);
    expect(run).toThrow(
      /The auto forecast needs at least 4 history points \(to backtest at least one method\); got 3\./
    );
  });
});

describe('forecast rejects bad input with a message naming it', () => {
  const history = monthly([1, 2, 3, 4, 5]);
  it.each([
    [{ method: 'arima' }, /forecast method must be one of linear, .*auto; got "arima"/],
    [{ horizon: 0 }, /horizon must be a whole number of at least 1; got 0/],
    [{ interval: 0.9 }, /interval must be 0.8 or 0.95; got 0.9/],
    [{ grain: 'hour' }, /grain must be one of day, week, month, quarter, year; got "hour"/],
    [{ timeZone: 'Moon/Base' }, /"Moon\/Base" is not an IANA time zone/],
    [
      { method: 'holt_winters', seasonality: 'mixed' },
      /seasonality must be one of additive, multiplicative; got "mixed"/,
    ],
    [{ start: 0 }, /forecast start .* is not the period right after the history/],
    [{ backtestOrigins: 0 }, /number of backtest origins must be a whole number of at least 1/],
  ])('%j', (change, message) => {
    const run = () =>
      forecast(history, { method: 'linear', grain: 'month', horizon: 1, timeZone: zone, ...change } as never);
    expect(run).toThrow(SalesError);
    expect(run).toThrow(message);
  });

  it('a gap or a value that is not a number in the history', () => {
    const gap = [...history.slice(0, 2), ...history.slice(3)];
    expect(() => forecast(gap, { method: 'linear', grain: 'month', horizon: 1, timeZone: zone })).toThrow(
      /history point at 2022-04-01T00:00:00.000\+08:00 is not one month after the previous one \(2022-02-01T00:00:00.000\+08:00\)/
    );
    const broken = history.map((point, index) => (index === 2 ? { ...point, value: NaN } : point));
    expect(() => forecast(broken, { method: 'linear', grain: 'month', horizon: 1, timeZone: zone })).toThrow(
      /history value at 2022-03-01T00:00:00.000\+08:00 must be a finite number; got NaN/
    );
  });
});
