import { fitHoltWinters, holtWintersFilter, startValues } from './holtWinters';
import { normalQuantile } from './quantiles';

// Two seasons of a quarterly series (season length 4).
const values = [10, 20, 30, 40, 14, 24, 34, 44];

describe('Holt–Winters start values (R: decompose the first two seasons)', () => {
  it('additive: centred 2 × 4 moving average, centred figure, line through the trend', () => {
    // Trend at i = 2..5: (½x[i−2] + x[i−1] + x[i] + x[i+1] + ½x[i+2]) / 4 = 25.5, 26.5, 27.5, 28.5.
    // Detrended: 30 − 25.5 = 4.5, 40 − 26.5 = 13.5, 14 − 27.5 = −13.5, 24 − 28.5 = −4.5;
    // by position in the season (from the first period): −13.5, −4.5, 4.5, 13.5 (mean 0).
    // Line through 25.5 … 28.5 at x = 1..4: slope 1, value at x = 0: 24.5.
    expect(startValues(values, 4, 'additive')).toEqual({ level: 24.5, trend: 1, season: [-13.5, -4.5, 4.5, 13.5] });
  });

  it('multiplicative: ratios to the trend, scaled to average 1', () => {
    const ratios = [14 / 27.5, 24 / 28.5, 30 / 25.5, 40 / 26.5];
    const mean = ratios.reduce((sum, value) => sum + value, 0) / 4;
    const start = startValues(values, 4, 'multiplicative');
    expect(start.level).toBeCloseTo(24.5, 12);
    expect(start.trend).toBeCloseTo(1, 12);
    start.season.forEach((factor, index) => expect(factor).toBeCloseTo(ratios[index] / mean, 12));
  });
});

describe('Holt–Winters recursions (additive, α = β = γ = ½), worked by hand', () => {
  // From level 24.5, trend 1, season −13.5, −4.5, 4.5, 13.5:
  // t=4: ŷ = 24.5 + 1 − 13.5 = 12, error 2;        level ½(14 + 13.5) + ½(25.5) = 26.5,
  //      trend ½(26.5 − 24.5) + ½(1) = 1.5,      season ½(14 − 26.5) + ½(−13.5) = −13
  // t=5: ŷ = 26.5 + 1.5 − 4.5 = 23.5, error 0.5;   level 28.25, trend 1.625, season −4.375
  // t=6: ŷ = 28.25 + 1.625 + 4.5 = 34.375, error −0.375; level 29.6875, trend 1.53125, season 4.40625
  // t=7: ŷ = 29.6875 + 1.53125 + 13.5 = 44.71875, error −0.71875;
  //      level 30.859375, trend 1.3515625, season 13.3203125
  const parameters = { alpha: 0.5, beta: 0.5, gamma: 0.5 };

  it('filters as R does', () => {
    const run = holtWintersFilter(values, 4, 'additive', parameters, startValues(values, 4, 'additive'));
    expect(run.fitted).toEqual([null, null, null, null, 12, 23.5, 34.375, 44.71875]);
    expect(run.sse).toBeCloseTo(4 + 0.25 + 0.140625 + 0.5166015625, 12);
    expect(run.level).toBeCloseTo(30.859375, 12);
    expect(run.trend).toBeCloseTo(1.3515625, 12);
    expect(run.season).toEqual([-13, -4.375, 4.40625, 13.3203125]);
  });

  it('forecasts (level + h × trend + season) with R predict.HoltWinters intervals', () => {
    const model = fitHoltWinters(values, 4, 'additive', parameters);
    const predictions = model.predict(5);
    expect(predictions.map((p) => p.mean)).toEqual([
      30.859375 + 1.3515625 - 13,
      30.859375 + 2 * 1.3515625 - 4.375,
      30.859375 + 3 * 1.3515625 + 4.40625,
      30.859375 + 4 * 1.3515625 + 13.3203125,
      30.859375 + 5 * 1.3515625 - 13,
    ]);
    // σ² = sample variance of the errors 2, 0.5, −0.375, −0.71875;
    // ψ_j = α(1 + jβ) + γ(1 − α)[j = 4]: ψ1 = 0.75, ψ2 = 1, ψ3 = 1.25, ψ4 = 1.5 + 0.25 = 1.75.
    const errors = [2, 0.5, -0.375, -0.71875];
    const mean = errors.reduce((sum, value) => sum + value, 0) / 4;
    const variance = errors.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 3;
    const growth = [
      1,
      1 + 0.75 ** 2,
      1 + 0.75 ** 2 + 1,
      1 + 0.75 ** 2 + 1 + 1.25 ** 2,
      1 + 0.75 ** 2 + 1 + 1.25 ** 2 + 1.75 ** 2,
    ];
    predictions.forEach((prediction, index) => {
      const sd = Math.sqrt(variance * growth[index]);
      expect(prediction.upper80 - prediction.mean).toBeCloseTo(normalQuantile(0.8) * sd, 10);
      expect(prediction.mean - prediction.lower95).toBeCloseTo(normalQuantile(0.95) * sd, 10);
    });
  });

  it('multiplicative: the first forecast is (level + trend) × season, bounds proportional to it', () => {
    const start = startValues(values, 4, 'multiplicative');
    const model = fitHoltWinters(values, 4, 'multiplicative', parameters);
    expect(model.fitted[4]).toBeCloseTo((start.level + start.trend) * start.season[0], 12);
    const [first] = model.predict(1);
    const fitted = model.fitted.slice(4) as number[];
    const relative = values.slice(4).map((value, index) => (value - fitted[index]) / fitted[index]);
    const mean = relative.reduce((sum, value) => sum + value, 0) / 4;
    const sd = Math.sqrt(relative.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 3) * first.mean;
    expect(first.upper95 - first.mean).toBeCloseTo(normalQuantile(0.95) * sd, 10);
  });
});

describe('Holt–Winters fitted parameters', () => {
  // A seasonal series with trend and irregular noise (monthly, 4 years).
  const noise = [3, -2, 5, -4, 1, 0, -3, 4, -1, 2, -5, 3];
  const series = Array.from(
    { length: 48 },
    (_, t) => 200 + 2 * t + 30 * Math.sin((2 * Math.PI * t) / 12) + noise[(t * 7) % 12] * (1 + t / 24)
  );

  it.each(['additive', 'multiplicative'] as const)('%s: no point of a 0.1 grid has a lower error', (seasonality) => {
    const model = fitHoltWinters(series, 12, seasonality);
    const start = startValues(series, 12, seasonality);
    let gridBest = Infinity;
    for (let a = 0; a <= 10; a++) {
      for (let b = 0; b <= 10; b++) {
        for (let g = 0; g <= 10; g++) {
          const sse = holtWintersFilter(
            series,
            12,
            seasonality,
            { alpha: a / 10, beta: b / 10, gamma: g / 10 },
            start
          ).sse;
          gridBest = Math.min(gridBest, sse);
        }
      }
    }
    expect(model.parameters.sse).toBeLessThanOrEqual(gridBest);
    for (const name of ['alpha', 'beta', 'gamma']) {
      expect(model.parameters[name]).toBeGreaterThanOrEqual(0);
      expect(model.parameters[name]).toBeLessThanOrEqual(1);
    }
  });

  it('needs two seasons and a grain with a season', () => {
    expect(() => fitHoltWinters(series.slice(0, 23), 12, 'additive')).toThrow(
      /needs at least 24 history points \(two seasons\); got 23/
    );
    expect(() => fitHoltWinters(series, 1, 'additive')).toThrow(/needs a grain with a season/);
  });
});
