import { type DataFrameJSON, type FrameFieldType, SalesError } from '../../sales';

/**
 * Frames as Grafana's SQL data sources return them: one field per result column, typed from the
 * result's metadata; dates and timestamps as epoch milliseconds, every numeric as a JS number.
 */

export interface ColumnReader {
  name: string;
  type: FrameFieldType;
  /** Turns the driver's value (never null) into the frame's. */
  convert: (value: unknown) => unknown;
}

export function frameFromRows(
  sql: string,
  columns: ColumnReader[],
  rows: ArrayLike<ArrayLike<unknown>>
): DataFrameJSON {
  const values = columns.map((column, index) => {
    const out = new Array<unknown>(rows.length);
    for (let row = 0; row < rows.length; row++) {
      const raw = rows[row][index];
      out[row] = raw === null || raw === undefined ? null : column.convert(raw);
    }
    return out;
  });
  return buildFrame(sql, columns, values);
}

export function frameFromColumns(sql: string, columns: ColumnReader[], data: Array<ArrayLike<unknown>>): DataFrameJSON {
  const values = columns.map((column, index) =>
    Array.from(data[index] ?? [], (raw) => (raw === null || raw === undefined ? null : column.convert(raw)))
  );
  return buildFrame(sql, columns, values);
}

function buildFrame(sql: string, columns: ColumnReader[], values: unknown[][]): DataFrameJSON {
  return {
    schema: {
      meta: { executedQueryString: sql },
      fields: columns.map((column) => ({ name: column.name, type: column.type })),
    },
    data: { values },
  };
}

export function emptyFrame(sql: string): DataFrameJSON {
  return buildFrame(sql, [], []);
}

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(-?\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?|Z)?$/;

/** 'YYYY-MM-DD' as the epoch milliseconds of its UTC midnight; null for text that is no date (e.g. infinity). */
export function parseDate(text: string): number | null {
  const match = DATE.exec(text);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** 'YYYY-MM-DD HH:MM:SS[.fff][±HH[:MM]]' as epoch milliseconds; without an offset the text is UTC. */
export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi, s, fraction, sign, oh, om, os] = match;
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  const offset = sign
    ? (sign === '-' ? -1 : 1) * ((Number(oh) * 60 + Number(om ?? 0)) * 60 + Number(os ?? 0)) * 1000
    : 0;
  return utc - offset;
}

export const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

export const toText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Buffer.isBuffer(value)
      ? value.toString('utf8')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** Wraps a driver's error in a SalesError that keeps the engine's own message. */
export function engineError(engine: string, error: unknown): SalesError {
  if (error instanceof SalesError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = new SalesError(`${engine}: ${message.trim()}`, 'engine_error');
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}
