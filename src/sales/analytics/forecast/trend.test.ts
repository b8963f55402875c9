import { DateTime } from 'luxon';
import { SalesError } from '../../errors';
import { forecast } from './forecast';
import type { ForecastOptions } from './types';
import { studentTQuantile } from './quantiles';
import { exponentialMethod, linearMethod, logarithmicMethod, polynomialMethod, powerMethod } from './trendMethods';

const months = (values: number[]) =>
  values.map((value, index) => ({ time: DateTime.utc(2024, 1, 1).plus({ months: index }).toMillis(), value }));

describe('linear trend', () => {
  // y = 1, 3, 2, 5 at t = 1..4: x̄ = 2.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5 → slope 1.1, intercept 0.
  // Fitted 1.1, 2.2, 3.3, 4.4; residuals −0.1, 0.8, −1.3, 0.6; SSE 2.7; s² = 2.7 / 2 = 1.35.
  const model = linearMethod.fit([1, 3, 2, 5], 12);

  it('fits the least-squares line', () => {
    expect(model.parameters.slope).toBeCloseTo(1.1, 12);
    expect(model.parameters.intercept).toBeCloseTo(0, 12);
    model.fitted.forEach((value, index) => expect(value).toBeCloseTo(1.1 * (index + 1), 12));
  });

  it('gives the least-squares prediction interval, widening with the horizon', () => {
    const [first, second] = model.predict(2);
    // t = 5: ŷ = 5.5; 1 + leverage = 1 + 1/4 + (5 − 2.5)² / 5 = 2.5; t = 6: 1 + 1/4 + 3.5² / 5 = 3.7
    const spread5 = Math.sqrt(1.35 * 2.5);
    const spread6 = Math.sqrt(1.35 * 3.7);
    const t80 = (0.8 * Math.SQRT2) / Math.sqrt(1 - 0.64); // df 2, closed form
    const t95 = (0.95 * Math.SQRT2) / Math.sqrt(1 - 0.9025);
    expect(first.mean).toBeCloseTo(5.5, 12);
    expect(first.lower80).toBeCloseTo(5.5 - t80 * spread5, 9);
    expect(first.upper80).toBeCloseTo(5.5 + t80 * spread5, 9);
    expect(first.lower95).toBeCloseTo(5.5 - t95 * spread5, 9);
    expect(first.upper95).toBeCloseTo(5.5 + t95 * spread5, 9);
    expect(second.mean).toBeCloseTo(6.6, 12);
    expect(second.upper95 - second.mean).toBeCloseTo(t95 * spread6, 9);
    expect(second.upper95 - second.mean).toBeGreaterThan(first.upper95 - first.mean);
  });

  it('keeps small coefficients that the package would round with its default precision', () => {
    // y = 1000 + 0.0012345 t: the default precision (2 decimals) would give slope 0.
    const values = Array.from({ length: 10 }, (_, index) => 1000 + 0.0012345 * (index + 1));
    expect(linearMethod.fit(values, 12).parameters.slope).toBeCloseTo(0.0012345, 12);
  });
});

describe('polynomial, exponential, logarithmic and power trends', () => {
  const t = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

  it('reproduce exact curves, with intervals of zero width', () => {
    const cases = [
      { method: polynomialMethod(2), f: (x: number) => 2 * x * x - 3 * x + 1 },
      { method: polynomialMethod(3), f: (x: number) => x ** 3 - x },
      { method: exponentialMethod, f: (x: number) => 3 * Math.exp(0.2 * x) },
      { method: logarithmicMethod, f: (x: number) => 2 + 5 * Math.log(x) },
      { method: powerMethod, f: (x: number) => 4 * x ** 1.5 },
    ];
    for (const { method, f } of cases) {
      const model = method.fit(t(12).map(f), 12);
      const [next, later] = model.predict(3).filter((_, index) => index !== 1);
      expect([method.label, next.mean]).toEqual([method.label, expect.closeTo(f(13), 6)]);
      expect([method.label, later.mean]).toEqual([method.label, expect.closeTo(f(15), 6)]);
      expect(Math.abs(next.upper95 - next.lower95)).toBeLessThan(1e-6 * Math.abs(f(13)));
    }
  });

  it('exponential and power give multiplicative bounds from log-scale residuals', () => {
    // ln y = ln 2 + 0.1 t ± 0.05: residuals on the log scale alternate ±0.05 exactly around the line.
    const values = t(8).map((x) => 2 * Math.exp(0.1 * x + (x % 2 === 0 ? 0.05 : -0.05)));
    const [next] = exponentialMethod.fit(values, 12).predict(1);
    expect(next.lower95 * next.upper95).toBeCloseTo(next.mean * next.mean, 6); // symmetric on the log scale
    expect(next.lower95).toBeGreaterThan(0);
    expect(next.upper95 / next.mean).toBeGreaterThan(Math.exp(studentTQuantile(0.95, 6) * 0.05));
  });

  it('refuse the polynomial orders other than 2 and 3', () => {
    expect(() => polynomialMethod(4)).toThrow(/order must be 2 or 3; got 4/);
  });
});

describe('trend forecasts through forecast()', () => {
  it('say how many points a method needs, why, and how many it got', () => {
    const run = (values: number[], options: Partial<ForecastOptions>) => () =>
      forecast(months(values), { method: 'linear', grain: 'month', horizon: 1, ...options });
    expect(run([1, 2], {})).toThrow(
      /The linear forecast needs at least 3 history points \(one more than its 2 coefficients\); got 2\./
    );
    expect(run([1, 2, 3, 4], { method: 'polynomial', order: 3 })).toThrow(
      /The polynomial \(order 3\) forecast needs at least 5 history points \(one more than its 4 coefficients\); got 4\./
    );
    expect(
      run(
        Array.from({ length: 20 }, (_, t) => t + 1),
        { method: 'holt_winters' }
      )
    ).toThrow(
      /The holt_winters \(additive\) forecast needs at least 24 history points \(two seasons, for its start values\); got 20\./
    );
    expect(run([1, 2, 3], { method: 'seasonal_naive' })).toThrow(
      /The seasonal_naive forecast needs at least 13 history points \(a season to repeat and one period more to measure its error\); got 3\./
    );
  });

  it('refuse to forecast an exponential trend that overflows', () => {
    const steep = months([1, 2, 3, 4].map((t) => Math.exp(30 * t))); // e^(30 t) passes e^709, the largest double, at t = 24
    expect(() => forecast(steep, { method: 'exponential', grain: 'month', horizon: 24 })).toThrow(
      /The exponential trend overflows \d+ periods ahead: forecast fewer periods or choose another method\./
    );
  });

  it('refuse exponential and power on values that are not positive', () => {
    const run = () => forecast(months([5, 0, 7, 9]), { method: 'exponential', grain: 'month', horizon: 1 });
    expect(run).toThrow(SalesError);
    expect(run).toThrow(
      /The exponential forecast cannot model this history: it needs positive values, and history point 2 is 0\./
    );
    expect(() => forecast(months([5, -1, 7, 9]), { method: 'power', grain: 'month', horizon: 1 })).toThrow(
      /history point 2 is -1/
    );
  });
});
