import regression from 'regression';
import { salesError } from '../../errors';
import { REGRESSION_OPTIONS, trendMethod } from './trend';
import type { SeriesMethod } from './types';

/** y = slope × t + intercept, t = 1, 2, … */
export const linearMethod: SeriesMethod = trendMethod({
  method: 'linear',
  coefficients: 2,
  logResponse: false,
  x: (t) => t,
  basis: (t) => [1, t],
  run: (data) => regression.linear(data, REGRESSION_OPTIONS),
  parameterNames: ['slope', 'intercept'],
});

/**
 * y = a₀ + a₁x + … + a_k x^k with x = t / n: the package solves the normal equations, whose conditioning
 * with x = t and n = 156 weeks would leave few correct digits for order 3; on x ∈ (0, 1] they are well
 * conditioned, and the fitted curve is the same polynomial of t.
 */
export function polynomialMethod(order: number): SeriesMethod {
  if (order !== 2 && order !== 3) {
    throw salesError('forecast.polynomial-order', { order }, 'invalid_value');
  }
  const names = ['x^3', 'x^2', 'x', '1'].slice(3 - order);
  return trendMethod({
    method: 'polynomial',
    variant: `order ${order}`,
    coefficients: order + 1,
    logResponse: false,
    x: (t, n) => t / n,
    basis: (t, n) => Array.from({ length: order + 1 }, (_, power) => (t / n) ** power),
    run: (data) => regression.polynomial(data, { ...REGRESSION_OPTIONS, order }),
    parameterNames: names.map((name) => `coefficient of ${name} (x = t / n)`),
  });
}

/** y = a × e^(b t) */
export const exponentialMethod: SeriesMethod = trendMethod({
  method: 'exponential',
  coefficients: 2,
  logResponse: true,
  x: (t) => t,
  basis: (t) => [1, t],
  run: (data) => regression.exponential(data, REGRESSION_OPTIONS),
  parameterNames: ['a', 'b'],
});

/** y = a + b × ln t */
export const logarithmicMethod: SeriesMethod = trendMethod({
  method: 'logarithmic',
  coefficients: 2,
  logResponse: false,
  x: (t) => t,
  basis: (t) => [1, Math.log(t)],
  run: (data) => regression.logarithmic(data, REGRESSION_OPTIONS),
  parameterNames: ['a', 'b'],
});

/** y = a × t^b */
export const powerMethod: SeriesMethod = trendMethod({
  method: 'power',
  coefficients: 2,
  logResponse: true,
  x: (t) => t,
  basis: (t) => [1, Math.log(t)],
  run: (data) => regression.power(data, REGRESSION_OPTIONS),
  parameterNames: ['a', 'b'],
});
