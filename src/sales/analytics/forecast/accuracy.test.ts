import { DateTime } from 'luxon';
import { accuracy, naiveScale } from './accuracy';
import { backtestOrigins } from './backtest';
import { forecast } from './forecast';
import { seasonalNaiveMethod } from './seasonalNaive';
import { normalQuantile } from './quantiles';

describe('accuracy measures', () => {
  it('MASE, MAPE and sMAPE as fractions, leaving out what is undefined', () => {
    const result = accuracy(
      [
        { actual: 10, forecast: 12, scale: 2 },
        { actual: 20, forecast: 15, scale: 2 },
        { actual: 0, forecast: 1, scale: 2 },
      ],
      3
    );
    expect(result.mase).toBeCloseTo((2 + 5 + 1) / 3 / 2, 12);
    expect(result.mape).toBeCloseTo((2 / 10 + 5 / 20) / 2, 12); // the actual of 0 is left out
    expect(result.smape).toBeCloseTo(((2 * 2) / 22 + (2 * 5) / 35 + (2 * 1) / 1) / 3, 12);
    expect(result.origins).toBe(3);
    expect(accuracy([{ actual: 0, forecast: 0, scale: null }], 1)).toMatchObject({
      mase: null,
      mape: null,
      smape: null,
    });
  });

  it('scales by the in-sample seasonal naive MAE, or the naive one for a series within one season', () => {
    expect(naiveScale([1, 2, 4, 8, 3], 2)).toBeCloseTo((3 + 6 + 1) / 3, 12);
    expect(naiveScale([1, 2, 4, 8, 3], 12)).toBeCloseTo((1 + 2 + 4 + 5) / 4, 12);
    expect(naiveScale([5, 5, 5], 1)).toBeNull();
  });

  it('spreads the origins over the history when there are more than asked for', () => {
    expect(backtestOrigins(10, 4, 100)).toEqual([4, 5, 6, 7, 8, 9]);
    // 90 origins available (10..99), 4 asked: 10 + round(k × 89 / 3)
    expect(backtestOrigins(100, 10, 4)).toEqual([10, 40, 69, 99]);
    expect(backtestOrigins(100, 10, 1)).toEqual([99]);
    expect(backtestOrigins(5, 5, 10)).toEqual([]);
  });
});

describe('seasonal naive', () => {
  const quarters = [10, 20, 30, 40, 12, 22, 32, 42];

  it('repeats the last season, intervals growing by whole seasons (R snaive)', () => {
    // errors against four quarters before: 2, 2, 2, 2 → σ = 2
    const predictions = seasonalNaiveMethod.fit(quarters, 4).predict(5);
    expect(predictions.map((p) => p.mean)).toEqual([12, 22, 32, 42, 12]);
    expect(predictions[3].upper80 - predictions[3].mean).toBeCloseTo(normalQuantile(0.8) * 2, 12);
    expect(predictions[4].upper95 - predictions[4].mean).toBeCloseTo(normalQuantile(0.95) * 2 * Math.SQRT2, 12);
  });

  it('is backtested over rolling origins, by hand', () => {
    const history = quarters.map((value, index) => ({
      time: DateTime.utc(2023, 1, 1)
        .plus({ months: 3 * index })
        .toMillis(),
      value,
    }));
    const result = forecast(history, { method: 'seasonal_naive', grain: 'quarter', horizon: 2 });
    // origins 5, 6, 7 (at least 5 points); forecasts 20, 30 | 30, 40 | 40 against 22, 32 | 32, 42 | 42;
    // every error is 2 and every training scale is 2 → MASE 1.
    expect(result.backtest.origins).toBe(3);
    expect(result.backtest.mase).toBeCloseTo(1, 12);
    expect(result.backtest.mape).toBeCloseTo((2 / 22 + 2 / 32 + 2 / 32 + 2 / 42 + 2 / 42) / 5, 12);
    expect(result.backtest.smape).toBeCloseTo((4 / 42 + 4 / 62 + 4 / 62 + 4 / 82 + 4 / 82) / 5, 12);
    expect(result.backtests).toEqual([{ method: 'seasonal_naive', label: 'seasonal_naive', ...result.backtest }]);
  });
});
