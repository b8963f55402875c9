/*
 * Reading saved options whatever their type: the panels' normalisers turn what a dashboard's JSON holds
 * (written by any version of the editor, by hand or by provisioning tools that quote every value) into
 * valid options. Every coercer takes the value first and the fallback last; a value it cannot read
 * gives the fallback.
 */

export type SavedOptions = Record<string, unknown>;

export function isRecord(value: unknown): value is SavedOptions {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One of the allowed choices, compared exactly. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((choice) => choice === value) ?? fallback;
}

/** A switch: a boolean, or the text "true" / "false". */
export function toBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  return value === 'true' ? true : value === 'false' ? false : fallback;
}

/** A text, trimmed; a number is read as its text (a field named 2024 in YAML is a number there). */
export function toText(value: unknown, fallback: string): string {
  if (typeof value === 'string') {
    return value.trim();
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : fallback;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** Rounded to the nearest integer (after clamping). */
  integer?: boolean;
}

/** A finite number or numeric text, clamped to [min, max] and rounded when the rule says so. */
export function toNumber(value: unknown, rule: NumberRule, fallback: number): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    return fallback;
  }
  const clamped = Math.min(rule.max ?? Infinity, Math.max(rule.min ?? -Infinity, number));
  return rule.integer ? Math.round(clamped) : clamped;
}
