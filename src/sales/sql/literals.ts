import { salesError } from '../errors';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Identifiers come from configuration (schema and table names): only plain names are allowed. */
export function checkIdentifier(name: string, what = 'identifier'): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw salesError('sql.identifier', { what, name: String(name) }, 'invalid_config');
  }
  return name;
}

export function checkNumber(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw salesError('sql.number', { value: String(value) }, 'invalid_value');
  }
  return value;
}

/** Plain decimal notation (no exponent), which every engine reads as an exact numeric. */
export function formatNumber(value: number): string {
  checkNumber(value);
  if (Number.isInteger(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER) {
    return String(value);
  }
  const text = String(value);
  if (!/e/i.test(text)) {
    return text;
  }
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

export function checkIsoDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  const valid =
    match !== null &&
    (() => {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      // setUTCFullYear, as Date.UTC reads years 0-99 as 1900-1999
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    })();
  if (!valid) {
    throw salesError('sql.date', { date: isoDate }, 'invalid_value');
  }
  return isoDate;
}

/** 'YYYY-MM-DD HH:MM:SS.mmm' in UTC. */
export function utcTimestampText(epochMs: number): string {
  checkNumber(epochMs);
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) {
    throw salesError('sql.time', { time: epochMs }, 'invalid_value');
  }
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Splits text into runs of ordinary characters and single special characters, so that a dialect can
 * write the specials with a character function instead of putting them in a quoted literal.
 */
export function splitSpecials(
  value: string,
  isSpecial: (char: string) => boolean
): Array<{ text: string; special: boolean }> {
  const parts: Array<{ text: string; special: boolean }> = [];
  let run = '';
  for (const char of value) {
    if (isSpecial(char)) {
      if (run) {
        parts.push({ text: run, special: false });
        run = '';
      }
      parts.push({ text: char, special: true });
    } else {
      run += char;
    }
  }
  if (run || parts.length === 0) {
    parts.push({ text: run, special: false });
  }
  return parts;
}
