import { salesError } from '../errors';

/** Input checks shared by the analytics: each message names the value that is wrong. */

export function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw salesError('value.not-finite', { what, value: describe(value) }, 'invalid_value');
  }
  return value;
}

/** null and undefined stay null (SQL gives NULL for "no data"); anything else must be finite. */
export function finiteOrNull(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : finiteNumber(value, what);
}

export function nonNegative(value: unknown, what: string): number {
  const number = finiteNumber(value, what);
  if (number < 0) {
    throw salesError('value.negative', { what, value: number }, 'invalid_value');
  }
  return number;
}

export function positiveInteger(value: unknown, what: string): number {
  const number = finiteNumber(value, what);
  if (!Number.isInteger(number) || number < 1) {
    throw salesError('value.not-positive-integer', { what, value: number }, 'invalid_value');
  }
  return number;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw salesError(
      'value.not-one-of',
      { what, allowed: allowed.join(', '), value: describe(value) },
      'invalid_value'
    );
  }
  return value as T;
}

export function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return typeof value;
}
