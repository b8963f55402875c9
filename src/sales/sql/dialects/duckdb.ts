import { profiled, type SqlDialect } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';
import type { LogicalType } from '../../warehouse/contract';
import {
  alterTableRename,
  informationSchemaColumnsQuery,
  readerRoleNotSql,
  informationSchemaTypes,
  STANDARD_SCHEMAS,
} from '../dialectShared';

const PHYSICAL: Record<LogicalType, string> = {
  text: 'VARCHAR',
  integer: 'INTEGER',
  amount: 'DECIMAL(18,2)',
  ratio: 'DECIMAL(5,4)',
  score: 'DECIMAL(5,2)',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMPTZ',
};

// $ and [ would be read by Grafana's template engine ($name, [[name]])
const SPECIALS: Record<string, number> = { $: 36, '[': 91, '\u0000': 0 };

/**
 * Plain '…' strings (backslashes are ordinary characters); `$`, `[` and NUL are stood in for by
 * private-use characters absent from the value and put back with replace(…, chr(n)). DuckDB's
 * E'…' escapes fail on some non-ASCII text, so they are not used.
 */
function stringLiteral(value: string): string {
  const replacements: Array<[string, number]> = [];
  let text = value;
  let marker = 0xe000;
  for (const char of Object.keys(SPECIALS).filter((special) => value.includes(special))) {
    while (value.includes(String.fromCodePoint(marker))) {
      marker++;
    }
    const stand = String.fromCodePoint(marker++);
    text = text.split(char).join(stand);
    replacements.push([stand, SPECIALS[char]]);
  }
  return replacements.reduce(
    (sql, [stand, code]) => `replace(${sql}, '${stand}', chr(${code}))`,
    `'${text.replace(/'/g, "''")}'`
  );
}

export const duckdb: SqlDialect = {
  id: 'duckdb',
  quoteIdent: (name) => `"${checkIdentifier(name)}"`,
  canStore: () => true,
  string: stringLiteral,
  number: (value) => formatNumber(value),
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  date: (isoDate) => `DATE '${checkIsoDate(isoDate)}'`,
  timestamp: (epochMs) => `TIMESTAMPTZ '${utcTimestampText(epochMs)}+00'`,
  textIn(expr, values) {
    return values.length === 0 ? 'FALSE' : `${expr} IN (${values.map((v) => duckdb.string(v)).join(', ')})`;
  },
  joinStyle: 'flat',
  keyRangeJoin: false,
  statementSuffix: '',
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  nullDouble: () => 'CAST(NULL AS DOUBLE)',
  nullText: () => 'CAST(NULL AS VARCHAR)',
  key: (expr) => expr,
  floorDiv: (expr, divisor) => `CAST(FLOOR((${expr}) / ${divisor}) AS BIGINT)`,
  dateDayNumber: (expr) => `CAST(${expr} - DATE '1970-01-01' AS BIGINT)`,
  dateMonthKey: (expr) => `(year(${expr}) * 12 + month(${expr}) - 1)`,
  localDayNumber: (expr, zone) =>
    `CAST(CAST(timezone(${duckdb.string(zone.name)}, ${expr}) AS DATE) - DATE '1970-01-01' AS BIGINT)`,
  localMonthKey: (expr, zone) => duckdb.dateMonthKey(`timezone(${duckdb.string(zone.name)}, ${expr})`),
  epochSeconds: (expr) => `epoch(${expr})`,
  median: (expr) => `median(${expr})`,
  dateText: (expr) => `CAST(${expr} AS VARCHAR)`,
  dropPrefix: (expr, n) => `substr(${expr}, ${n + 1})`,
  concat: (...exprs) => `concat(${exprs.join(', ')})`,
  containsText: (expr, piece) => `strpos(lower(${expr}), lower(${duckdb.string(piece)})) > 0`,
  timeLimits: { from: '0001-01-01', to: '9999-12-30', types: 'DuckDB dates and timestamps as text' },
  forWarehouse: (profile, zone) => profiled(duckdb, profile, zone),
  // timezone(zone, TIMESTAMP) reads the wall time in the zone and gives the instant (TIMESTAMPTZ)
  zonelessInstant: (expr, zone) => `timezone(${duckdb.string(zone.name)}, ${expr})`,
  instantDate: (expr, zone) => `CAST(timezone(${duckdb.string(zone.name)}, ${expr}) AS DATE)`,
  zonelessDate: (expr) => `CAST(${expr} AS DATE)`,
  floatAmount: (expr) => expr,
  keysEqual: (left, right) => `${left} = ${right}`,
  // DuckDB's guidance is to leave keys undeclared for bulk loads: its ART indexes slow the appender
  // down by half and hold every key in memory (`salesperf check` verifies that keys are unique);
  // its zone maps serve range filters without indexes.
  macros: {
    // motherduck-duckdb-datasource (from 0.4.3) expands $__timeTo() as PostgreSQL's data source does
    end: 'CAST($__timeTo() AS TIMESTAMPTZ)',
    today: (zone, d) => d.instantDate(duckdb.macros.end, zone),
    addDays: (date, days) => `CAST(${date} + CAST(${days} AS INTEGER) AS DATE)`,
    addMonths: (date, months) => `CAST(${date} + to_months(CAST(${months} AS INTEGER)) AS DATE)`,
    midnight: (date, zone, d) => d.zonelessInstant(`CAST(${date} AS TIMESTAMP)`, zone),
    minusSeconds: (instant, seconds) => `(${instant} - to_seconds(${seconds}))`,
  },
  capabilities: {
    primaryKeys: false,
    secondaryIndexes: false,
    nullableWrapper: false,
    integerConditions: false,
    correlatedSubqueries: true,
    namedTimeZones: true,
    clusters: false,
  },
  catalog: {
    // the schema of the attached database only
    columnsQuery: (schema) => informationSchemaColumnsQuery(schema, 'table_catalog = current_database()'),
    currentUserQuery: 'SELECT current_user AS role',
    collations: null,
  },
  types: informationSchemaTypes('TIMESTAMPTZ'),
  ddl: {
    ...STANDARD_SCHEMAS,
    physicalType: (column) => PHYSICAL[column.type],
    runScript: (file) => `duckdb sales.duckdb < ${file}`,
    renameTable: (schema, from, to) => alterTableRename(duckdb.quoteIdent, schema, from, to),
    // a reader opens the file read-only
    readerRole: readerRoleNotSql,
    analyzeTable: () => [],
  },
};
