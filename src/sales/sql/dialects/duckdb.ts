import type { SqlDialect } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';

/** E'…' strings let `$` and NUL be written as \x24 and \x00. */
function escapeString(value: string): string {
  return value.replace(/[\\'$\u0000]/g, (char) =>
    char === '\\' ? '\\\\' : char === "'" ? "\\'" : char === '$' ? '\\x24' : '\\x00'
  );
}

export const duckdb: SqlDialect = {
  id: 'duckdb',
  quoteIdent: (name) => `"${checkIdentifier(name)}"`,
  canStore: () => true,
  string: (value) => `E'${escapeString(value)}'`,
  number: (value) => formatNumber(value),
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  date: (isoDate) => `DATE '${checkIsoDate(isoDate)}'`,
  timestamp: (epochMs) => `TIMESTAMPTZ '${utcTimestampText(epochMs)}+00'`,
  textIn(expr, values) {
    return values.length === 0 ? 'FALSE' : `${expr} IN (${values.map((v) => duckdb.string(v)).join(', ')})`;
  },
  joinStyle: 'flat',
  statementSuffix: '',
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  nullDouble: () => 'CAST(NULL AS DOUBLE)',
  key: (expr) => expr,
  floorDiv: (expr, divisor) => `CAST(FLOOR((${expr}) / ${divisor}) AS BIGINT)`,
  dateDayNumber: (expr) => `CAST(${expr} - DATE '1970-01-01' AS BIGINT)`,
  dateMonthKey: (expr) => `(year(${expr}) * 12 + month(${expr}) - 1)`,
  localDayNumber: (expr, zone) => `CAST(CAST(timezone(${duckdb.string(zone.name)}, ${expr}) AS DATE) - DATE '1970-01-01' AS BIGINT)`,
  localMonthKey: (expr, zone) => duckdb.dateMonthKey(`timezone(${duckdb.string(zone.name)}, ${expr})`),
  epochSeconds: (expr) => `epoch(${expr})`,
  median: (expr) => `median(${expr})`,
  dateText: (expr) => `CAST(${expr} AS VARCHAR)`,
  dropPrefix: (expr, n) => `substr(${expr}, ${n + 1})`,
  concat: (...exprs) => `concat(${exprs.join(', ')})`,
};
