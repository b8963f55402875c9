import { salesError } from '../../errors';

/**
 * The inverse of a small square matrix by Gauss–Jordan elimination with partial pivoting. Used for the
 * (XᵀX)⁻¹ of trend regressions (at most 4 × 4), for which no dependency of the project has a routine.
 */
export function invert(matrix: number[][]): number[][] {
  const size = matrix.length;
  const work = matrix.map((row, index) => [
    ...row,
    ...Array.from({ length: size }, (_, column) => (column === index ? 1 : 0)),
  ]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(work[row][column]) > Math.abs(work[pivot][column])) {
        pivot = row;
      }
    }
    const scale = Math.max(...matrix.map((row) => Math.abs(row[column])));
    if (!(Math.abs(work[pivot][column]) > 1e-13 * scale)) {
      throw salesError('forecast.singular', {}, 'not_enough_data');
    }
    [work[column], work[pivot]] = [work[pivot], work[column]];
    const divisor = work[column][column];
    work[column] = work[column].map((value) => value / divisor);
    for (let row = 0; row < size; row++) {
      if (row !== column) {
        const factor = work[row][column];
        work[row] = work[row].map((value, index) => value - factor * work[column][index]);
      }
    }
  }
  return work.map((row) => row.slice(size));
}

/** xᵀ A x */
export function quadraticForm(matrix: number[][], vector: number[]): number {
  return vector.reduce(
    (sum, left, row) => sum + left * matrix[row].reduce((inner, value, column) => inner + value * vector[column], 0),
    0
  );
}

/** A × B for small dense matrices. */
export function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, column) => row.reduce((sum, value, k) => sum + value * b[k][column], 0)));
}

export function transpose(a: number[][]): number[][] {
  return a[0].map((_, column) => a.map((row) => row[column]));
}

/** The Kronecker product A ⊗ B. */
export function kronecker(a: number[][], b: number[][]): number[][] {
  return a.flatMap((rowA) => b.map((rowB) => rowA.flatMap((valueA) => rowB.map((valueB) => valueA * valueB))));
}

/** Σ scale_i × matrix_i, all of one shape. */
export function combine(terms: Array<[number, number[][]]>): number[][] {
  const [, first] = terms[0];
  return first.map((row, i) =>
    row.map((_, j) => terms.reduce((sum, [scale, matrix]) => sum + scale * matrix[i][j], 0))
  );
}
