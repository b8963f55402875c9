import type { DataFrameJSON } from '../types';

/** Reads a result frame's column by name (undefined when the engine did not return it). */
export function columnOf(frame: DataFrameJSON, name: string): unknown[] | undefined {
  const index = frame.schema.fields.findIndex((field) => field.name === name);
  return index < 0 ? undefined : (frame.data.values[index] ?? []);
}

export function rowCount(frame: DataFrameJSON): number {
  return frame.data.values[0]?.length ?? 0;
}

export function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function toTextOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Ascending, nulls last: the same order on every engine, whatever its collation. */
export function compareKeys(a: Array<string | null>, b: Array<string | null>): number {
  for (let index = 0; index < a.length; index++) {
    const [x, y] = [a[index], b[index]];
    if (x === y) {
      continue;
    }
    if (x === null) {
      return 1;
    }
    if (y === null) {
      return -1;
    }
    return x < y ? -1 : 1;
  }
  return 0;
}

/** An instant as epoch milliseconds, from a number or a timestamp text; null otherwise. */
export function toTimeOrNull(value: unknown): number | null {
  if (typeof value === 'string' && Number.isNaN(Number(value))) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return toNumberOrNull(value);
}
