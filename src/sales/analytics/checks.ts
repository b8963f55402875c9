import { SalesError } from '../errors';

/** Input checks shared by the analytics: each message names the value that is wrong. */

export function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SalesError(`${what} must be a finite number; got ${describe(value)}.`, 'invalid_value');
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
    throw new SalesError(`${what} must not be negative; got ${number}.`, 'invalid_value');
  }
  return number;
}

export function positiveInteger(value: unknown, what: string): number {
  const number = finiteNumber(value, what);
  if (!Number.isInteger(number) || number < 1) {
    throw new SalesError(`${what} must be a whole number of at least 1; got ${number}.`, 'invalid_value');
  }
  return number;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new SalesError(`${what} must be one of ${allowed.join(', ')}; got ${describe(value)}.`, 'invalid_value');
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
