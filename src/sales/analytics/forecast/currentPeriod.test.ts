import { DateTime } from 'luxon';
import { SalesError } from '../../errors';
import { pipelinePrediction, runRatePrediction } from './currentPeriod';
import { forecast } from './forecast';
import { normalQuantile } from './quantiles';

describe('run_rate', () => {
  it('projects actual ÷ elapsed share, with variance σ²(1 − e)/e from the history', () => {
    // 600 after 60 % → 1000. History 900, 1100, 1000: sample variance (100² + 100² + 0) / 2 = 10000.
    const prediction = runRatePrediction({ actualToDate: 600, elapsedShare: 0.6 }, [900, 1100, 1000]);
    const sd = Math.sqrt((10000 * 0.4) / 0.6);
    expect(prediction.mean).toBeCloseTo(1000, 12);
    expect(prediction.lower80).toBeCloseTo(1000 - normalQuantile(0.8) * sd, 9);
    expect(prediction.upper95).toBeCloseTo(1000 + normalQuantile(0.95) * sd, 9);
  });

  it('has no spread once the period is over', () => {
    const prediction = runRatePrediction({ actualToDate: 950, elapsedShare: 1 }, [900, 1100]);
    expect([prediction.lower95, prediction.mean, prediction.upper95]).toEqual([950, 950, 950]);
  });

  it('needs part of the period elapsed and two history points', () => {
    expect(() => runRatePrediction({ actualToDate: 0, elapsedShare: 0 }, [1, 2])).toThrow(
      /elapsed share in \(0, 1\]\); got 0/
    );
    expect(() => runRatePrediction({ actualToDate: 5, elapsedShare: 0.5 }, [1])).toThrow(
      /needs at least 2 history points \(to measure how much periods vary\); got 1/
    );
  });
});

describe('pipeline', () => {
  it('forecasts closed won + commit + best case; the band is the open deals closing by their probabilities', () => {
    // 500 won, 300 commit, 200 best case; open deals expected 350 with variance 2500 (sd 50).
    const prediction = pipelinePrediction({
      closedWon: 500,
      commit: 300,
      bestCase: 200,
      openExpected: 350,
      openVariance: 2500,
    });
    expect(prediction.mean).toBe(1000);
    expect(prediction.lower80).toBeCloseTo(850 - normalQuantile(0.8) * 50, 12);
    expect(prediction.upper80).toBeCloseTo(850 + normalQuantile(0.8) * 50, 12);
    expect(prediction.lower95).toBeCloseTo(850 - normalQuantile(0.95) * 50, 12);
    expect(prediction.upper95).toBeCloseTo(850 + normalQuantile(0.95) * 50, 12);
  });

  it('keeps the band between closed won and everything closing', () => {
    const prediction = pipelinePrediction({
      closedWon: 500,
      commit: 300,
      bestCase: 200,
      openExpected: 250,
      openVariance: 1e6,
    });
    expect([prediction.lower95, prediction.upper95]).toEqual([500, 1000]);
  });

  it('rejects inconsistent sums', () => {
    const run = () => pipelinePrediction({ closedWon: 0, commit: 10, bestCase: 10, openExpected: 30, openVariance: 1 });
    expect(run).toThrow(SalesError);
    expect(run).toThrow(/expected amount of the open deals \(30\) exceeds their total \(commit 10 \+ best case 10\)/);
    expect(() =>
      pipelinePrediction({ closedWon: 0, commit: -1, bestCase: 0, openExpected: 0, openVariance: 0 })
    ).toThrow(/commit pipeline must not be negative/);
  });
});

describe('current-period methods through forecast()', () => {
  const zone = 'Asia/Shanghai';
  const history = [900, 1100, 1000].map((value, index) => ({
    time: DateTime.fromISO('2025-01-01', { zone }).plus({ months: index }).toMillis(),
    value,
  }));

  it('run_rate adds one row for the current period, after the history', () => {
    const result = forecast(history, {
      method: 'run_rate',
      grain: 'month',
      horizon: 3,
      timeZone: zone,
      interval: 0.95,
      runRate: { actualToDate: 600, elapsedShare: 0.6 },
    });
    expect(result.points).toHaveLength(4);
    const current = result.points[3];
    expect(DateTime.fromMillis(current.time, { zone }).toISODate()).toBe('2025-04-01');
    expect(current).toMatchObject({ actual: null, lower: current.lower95, upper: current.upper95 });
    expect(current.forecast).toBeCloseTo(1000, 12);
    expect(result.points.slice(0, 3).map((point) => [point.actual, point.forecast])).toEqual([
      [900, null],
      [1100, null],
      [1000, null],
    ]);
    expect(result.backtest).toEqual({ mase: null, mape: null, smape: null, origins: 0 });
  });

  it('pipeline needs no history when the start of the period is given', () => {
    const start = DateTime.fromISO('2025-04-01', { zone }).toMillis();
    const result = forecast([], {
      method: 'pipeline',
      grain: 'month',
      horizon: 1,
      timeZone: zone,
      start,
      pipeline: { closedWon: 500, commit: 300, bestCase: 200, openExpected: 350, openVariance: 2500 },
    });
    expect(result.points).toEqual([
      expect.objectContaining({
        time: start,
        actual: null,
        forecast: 1000,
        lower: expect.closeTo(850 - normalQuantile(0.8) * 50, 9),
      }),
    ]);
  });

  it('say which input is missing', () => {
    expect(() => forecast(history, { method: 'run_rate', grain: 'month', horizon: 1, timeZone: zone })).toThrow(
      /The run_rate forecast needs its current-period inputs \(options.runRate\); none were given\./
    );
    expect(() => forecast([], { method: 'pipeline', grain: 'month', horizon: 1 })).toThrow(
      /needs a history or the start of the period to forecast/
    );
  });
});
