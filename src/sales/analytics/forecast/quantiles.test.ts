import { normalQuantile, studentTCentralProbability, studentTQuantile } from './quantiles';

describe('Student t quantiles', () => {
  it('match the closed forms for 1 and 2 degrees of freedom', () => {
    // df 1 (Cauchy): P(|T| ≤ t) = 2 atan(t) / π → t = tan(level × π / 2)
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(Math.tan(0.95 * (Math.PI / 2)), 9);
    expect(studentTQuantile(0.8, 1)).toBeCloseTo(Math.tan(0.8 * (Math.PI / 2)), 9);
    // df 2: P(|T| ≤ t) = t / √(t² + 2) → t = level √2 / √(1 − level²)
    expect(studentTQuantile(0.95, 2)).toBeCloseTo((0.95 * Math.SQRT2) / Math.sqrt(1 - 0.95 ** 2), 9);
    expect(studentTQuantile(0.8, 2)).toBeCloseTo((0.8 * Math.SQRT2) / Math.sqrt(1 - 0.8 ** 2), 9);
  });

  it('match printed tables and tend to the normal quantile', () => {
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(2.228138851986273, 9);
    expect(studentTQuantile(0.8, 5)).toBeCloseTo(1.475884048824481, 9);
    expect(studentTQuantile(0.95, 30)).toBeCloseTo(2.042272456301238, 9);
    expect(studentTQuantile(0.95, 20000)).toBeCloseTo(normalQuantile(0.95), 3);
  });

  it('invert the distribution function for odd and even degrees of freedom', () => {
    for (const df of [3, 4, 7, 8, 51, 52]) {
      expect(studentTCentralProbability(studentTQuantile(0.8, df), df)).toBeCloseTo(0.8, 12);
      expect(studentTCentralProbability(studentTQuantile(0.95, df), df)).toBeCloseTo(0.95, 12);
    }
  });

  it('rejects degrees of freedom that are not whole and positive', () => {
    expect(() => studentTQuantile(0.95, 0)).toThrow(/whole number of degrees of freedom ≥ 1; got 0/);
    expect(() => studentTQuantile(0.95, 2.5)).toThrow(/got 2.5/);
  });
});
