import { type ColumnReader, parseDate, parseTimestamp, toText } from './frames';

/**
 * PostgreSQL result columns (pg and PGlite): the drivers hand over the server's text form for the
 * types below (see RAW_TEXT_OIDS) and the column reader converts it by type OID.
 */

const BOOL = 16;
const NUMERIC_OIDS = [20, 21, 23, 26, 700, 701, 1700];
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** The OIDs whose text the readers parse themselves (so no driver turns dates into local-time Dates). */
export const RAW_TEXT_OIDS = [BOOL, ...NUMERIC_OIDS, DATE, TIMESTAMP, TIMESTAMPTZ];

export function pgColumnReader(name: string, oid: number): ColumnReader {
  if (oid === BOOL) {
    return { name, type: 'boolean', convert: (value) => value === true || value === 't' || value === 'true' };
  }
  if (NUMERIC_OIDS.includes(oid)) {
    return { name, type: 'number', convert: (value) => Number(value) };
  }
  if (oid === DATE) {
    return { name, type: 'time', convert: (value) => parseDate(String(value)) };
  }
  if (oid === TIMESTAMP || oid === TIMESTAMPTZ) {
    // timestamp without time zone is taken as UTC, as the contract's timestamps are.
    return {
      name,
      type: 'time',
      convert: (value) => (value instanceof Date ? value.getTime() : parseTimestamp(String(value))),
    };
  }
  return { name, type: 'string', convert: toText };
}
