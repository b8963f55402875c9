import { profiled, type SqlDialect } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';
import { salesError } from '../../errors';

/**
 * E'…' strings read the same whatever standard_conforming_strings says, and let `$` and `[` be
 * written as \x24 and \x5B (Grafana's template engine rewrites $name and [[name]]). PostgreSQL
 * text cannot hold NUL at all.
 */
function escapeString(value: string): string {
  return value.replace(/[\\'$[]/g, (char) =>
    char === '\\' ? '\\\\' : char === "'" ? "\\'" : char === '$' ? '\\x24' : '\\x5B'
  );
}

export const postgres: SqlDialect = {
  id: 'postgres',
  quoteIdent: (name) => `"${checkIdentifier(name)}"`,
  canStore: (value) => !value.includes('\u0000'),
  string(value) {
    if (value.includes('\u0000')) {
      throw salesError('sql.postgres-nul', {}, 'invalid_value');
    }
    return `E'${escapeString(value)}'`;
  },
  number: (value) => formatNumber(value),
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  date: (isoDate) => `DATE '${checkIsoDate(isoDate)}'`,
  timestamp: (epochMs) => `TIMESTAMPTZ '${utcTimestampText(epochMs)}+00'`,
  textIn(expr, values) {
    return values.length === 0 ? 'FALSE' : `${expr} IN (${values.map((v) => postgres.string(v)).join(', ')})`;
  },
  joinStyle: 'flat',
  statementSuffix: '',
  toDouble: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  nullDouble: () => 'CAST(NULL AS DOUBLE PRECISION)',
  nullText: () => 'CAST(NULL AS TEXT)',
  key: (expr) => expr,
  floorDiv: (expr, divisor) => `CAST(FLOOR((${expr}) / ${divisor}.0) AS BIGINT)`,
  dateDayNumber: (expr) => `(${expr} - DATE '1970-01-01')`,
  dateMonthKey: (expr) =>
    `(CAST(EXTRACT(YEAR FROM ${expr}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${expr}) AS INTEGER) - 1)`,
  localDayNumber: (expr, zone) =>
    `(CAST((${expr} AT TIME ZONE ${postgres.string(zone.name)}) AS DATE) - DATE '1970-01-01')`,
  localMonthKey: (expr, zone) => postgres.dateMonthKey(`(${expr} AT TIME ZONE ${postgres.string(zone.name)})`),
  epochSeconds: (expr) => `CAST(EXTRACT(EPOCH FROM ${expr}) AS DOUBLE PRECISION)`,
  median: (expr) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr})`,
  dateText: (expr) => `to_char(${expr}, 'YYYY-MM-DD')`,
  dropPrefix: (expr, n) => `substr(${expr}, ${n + 1})`,
  concat: (...exprs) => `concat(${exprs.join(', ')})`,
  containsText: (expr, piece) => `strpos(lower(${expr}), lower(${postgres.string(piece)})) > 0`,
  // text literals of timestamps stop at year 9999
  timeLimits: { from: '0001-01-01', to: '9999-12-30', types: 'PostgreSQL dates and timestamps as text' },
  forWarehouse: (profile, zone) => profiled(postgres, profile, zone),
  zonelessInstant: (expr, zone) => `(${expr} AT TIME ZONE ${postgres.string(zone.name)})`,
  instantDate: (expr, zone) => `CAST((${expr} AT TIME ZONE ${postgres.string(zone.name)}) AS DATE)`,
  zonelessDate: (expr) => `CAST(${expr} AS DATE)`,
  floatAmount: (expr) => expr,
  keysEqual: (left, right) => `${left} = ${right}`,
};
