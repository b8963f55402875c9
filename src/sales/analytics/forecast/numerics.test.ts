import { invert, quadraticForm } from './matrix';
import { nelderMead } from './nelderMead';

describe('invert', () => {
  it('inverts a 2 × 2 matrix as by hand: [[a, b], [c, d]]⁻¹ = [[d, −b], [−c, a]] ÷ (ad − bc)', () => {
    const inverse = invert([
      [4, 7],
      [2, 6],
    ]);
    // determinant 4 × 6 − 7 × 2 = 10
    expect(inverse[0][0]).toBeCloseTo(0.6, 14);
    expect(inverse[0][1]).toBeCloseTo(-0.7, 14);
    expect(inverse[1][0]).toBeCloseTo(-0.2, 14);
    expect(inverse[1][1]).toBeCloseTo(0.4, 14);
  });

  it('needs a pivot swap for a zero on the diagonal', () => {
    expect(
      invert([
        [0, 1],
        [1, 0],
      ])
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('refuses a singular matrix', () => {
    expect(() =>
      invert([
        [1, 2],
        [2, 4],
      ])
    ).toThrow(/singular/);
  });

  it('computes xᵀAx', () => {
    // [1 2] [[2, 1], [1, 3]] [1 2]ᵀ = 2 + 2 + 2 + 12 = 18
    expect(
      quadraticForm(
        [
          [2, 1],
          [1, 3],
        ],
        [1, 2]
      )
    ).toBe(18);
  });
});

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley at (1, 1)', () => {
    const found = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { step: 0.5 });
    expect(found.point[0]).toBeCloseTo(1, 4);
    expect(found.point[1]).toBeCloseTo(1, 4);
    expect(found.value).toBeLessThan(1e-8);
  });

  it('reaches a minimum of 0 and treats NaN as infinitely bad', () => {
    let visitedNaN = false;
    const found = nelderMead(
      ([x, y, z]) => {
        // undefined just past the minimum, where the expanding simplex is bound to step
        visitedNaN ||= x > 3.2;
        return x > 3.2 ? NaN : (x - 3) ** 2 + (y + 1) ** 2 + z * z;
      },
      [0, 0, 0]
    );
    expect(visitedNaN).toBe(true);
    expect(found.point[0]).toBeCloseTo(3, 4);
    expect(found.point[1]).toBeCloseTo(-1, 4);
    expect(found.point[2]).toBeCloseTo(0, 4);
    expect(found.evaluations).toBeLessThan(4000);
  });
});
