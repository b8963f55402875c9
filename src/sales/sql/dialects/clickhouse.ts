import { profiled, type SqlDialect } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';
import type { LogicalType } from '../../warehouse/contract';
import type { TypeFamily } from '../../warehouse/types';
import { readerRoleNotSql, renameTableStatement } from '../dialectShared';

const PHYSICAL: Record<LogicalType, string> = {
  text: 'String',
  integer: 'Int32',
  amount: 'Decimal(18,2)',
  ratio: 'Decimal(5,4)',
  score: 'Decimal(5,2)',
  boolean: 'UInt8',
  date: 'Date',
  timestamp: "DateTime('UTC')",
};

/**
 * ClickHouse always reads backslash escapes in strings; `$` and `[` (which Grafana's template engine
 * would read as $name and [[name]]) are written as \x24 and \x5B, NUL as \0.
 */
function escapeString(value: string): string {
  return value.replace(/[\\'$[\u0000]/g, (char) =>
    char === '\\' ? '\\\\' : char === "'" ? "\\'" : char === '$' ? '\\x24' : char === '[' ? '\\x5B' : '\\0'
  );
}

/** ClickHouse's type names; UInt8 is both an integer and the engine's boolean. */
function typeFamilies(nativeType: string): TypeFamily[] {
  const type = nativeType
    .trim()
    .replace(/^Nullable\((.*)\)$/, '$1')
    .replace(/^LowCardinality\((.*)\)$/, '$1');
  if (/^(String|FixedString\(\d+\)|Enum(8|16)?\(.*\)|UUID)$/.test(type)) {
    return ['text'];
  }
  if (/^U?Int(8)$/.test(type) || type === 'Bool') {
    return ['integer', 'boolean'];
  }
  if (/^U?Int(16|32|64|128|256)$/.test(type)) {
    return ['integer'];
  }
  if (/^Decimal(32|64|128|256)?\(/.test(type)) {
    return ['decimal'];
  }
  if (/^Float(32|64)$/.test(type)) {
    return ['float'];
  }
  if (/^Date(32)?$/.test(type)) {
    return ['date'];
  }
  // DateTime stores instants whatever time zone it displays in.
  if (/^DateTime(64)?(\(.*\))?$/.test(type)) {
    return ['timestamptz'];
  }
  return [];
}

export const clickhouse: SqlDialect = {
  id: 'clickhouse',
  quoteIdent: (name) => `\`${checkIdentifier(name)}\``,
  canStore: () => true,
  string: (value) => `'${escapeString(value)}'`,
  number: (value) => formatNumber(value),
  boolean: (value) => (value ? '1' : '0'),
  date: (isoDate) => `toDate('${checkIsoDate(isoDate)}')`,
  timestamp: (epochMs) => `toDateTime('${utcTimestampText(epochMs).slice(0, 19)}', 'UTC')`,
  textIn(expr, values) {
    return values.length === 0 ? '0' : `${expr} IN (${values.map((v) => clickhouse.string(v)).join(', ')})`;
  },
  joinStyle: 'nested',
  keyRangeJoin: false,
  statementSuffix: ' SETTINGS join_use_nulls = 1',
  toDouble: (expr) => `toNullable(toFloat64(${expr}))`,
  nullDouble: () => 'CAST(NULL AS Nullable(Float64))',
  nullText: () => 'CAST(NULL AS Nullable(String))',
  key: (expr) => `toNullable(toString(${expr}))`,
  floorDiv: (expr, divisor) => `toInt64(floor((${expr}) / ${divisor}))`,
  dateDayNumber: (expr) => `(${expr} - toDate('1970-01-01'))`,
  dateMonthKey: (expr) => `(toYear(${expr}) * 12 + toMonth(${expr}) - 1)`,
  localDayNumber: (expr, zone) => `(toDate(${expr}, ${clickhouse.string(zone.name)}) - toDate('1970-01-01'))`,
  localMonthKey: (expr, zone) =>
    `(toYear(${expr}, ${clickhouse.string(zone.name)}) * 12 + toMonth(${expr}, ${clickhouse.string(zone.name)}) - 1)`,
  epochSeconds: (expr) => `toFloat64(toUInt32(${expr}))`,
  // 18.16 has no interpolating median: quantileExact(level) picks the element at ⌊level × n⌋, so the
  // mean of levels 0.5 and just below 0.5 is the two middle elements' mean (exact below 10^7 values).
  median: (expr) => `((quantileExact(0.5)(${expr}) + quantileExact(0.4999999)(${expr})) / 2)`,
  dateText: (expr) => `toString(${expr})`,
  dropPrefix: (expr, n) => `substring(${expr}, ${n + 1}, 1000000)`,
  concat: (...exprs) => `concat(${exprs.join(', ')})`,
  containsText: (expr, piece) => `position(lowerUTF8(${expr}), lowerUTF8(${clickhouse.string(piece)})) > 0`,
  // 18.16's Date and DateTime end before 2106-01-01 and start at the epoch; a day's margin for time zones
  timeLimits: { from: '1970-01-02', to: '2105-12-30', types: "ClickHouse's Date and DateTime" },
  maxStatement: { bytes: 262_144, setting: 'max_query_size' },
  forWarehouse: (profile, zone) => profiled(clickhouse, profile, zone),
  // DateTime always holds instants
  zonelessInstant: (expr) => expr,
  instantDate: (expr, zone) => `toDate(${expr}, ${clickhouse.string(zone.name)})`,
  zonelessDate: (expr) => `toDate(${expr})`,
  // Float64 and Decimal do not mix in arithmetic: a float amount becomes a decimal (rounded to 4 places, not truncated)
  floatAmount: (expr) => `toDecimal64(round(${expr}, 4), 4)`,
  keysEqual: (left, right) => `${left} = ${right}`,
  macros: {
    // grafana-clickhouse-datasource expands $__toTime to toDateTime(seconds); its $__timeTo(column) is a filter, not a value
    end: '$__toTime',
    today: (zone, d) => d.instantDate(clickhouse.macros.end, zone),
    addDays: (date, days) => `addDays(${date}, ${days})`,
    addMonths: (date, months) => `addMonths(${date}, ${months})`,
    midnight: (date, zone, d) => `toDateTime(concat(toString(${date}), ' 00:00:00'), ${d.string(zone.name)})`,
    minusSeconds: (instant, seconds) => `(${instant} - ${seconds})`,
  },
  capabilities: {
    primaryKeys: false,
    secondaryIndexes: false,
    nullableWrapper: true,
    integerConditions: true,
    correlatedSubqueries: false,
    namedTimeZones: true,
    clusters: true,
  },
  catalog: {
    columnsQuery: (schema) =>
      `SELECT table AS table_name, name AS column_name, type AS data_type FROM system.columns WHERE database = ${schema}`,
    // 18.16 has no function naming the user
    currentUserQuery: 'SELECT user AS role FROM system.processes WHERE query_id = queryID()',
    collations: null,
  },
  types: {
    families: typeFamilies,
    wallTime: () => false,
    expected: { boolean: 'UInt8' },
    zonedTimestamp: 'timestamptz',
  },
  ddl: {
    physicalType: (column) => (column.nullable ? `Nullable(${PHYSICAL[column.type]})` : PHYSICAL[column.type]),
    tableOptions: (table, engine) =>
      ` ENGINE = ${engine ?? `MergeTree() ORDER BY (${table.sortKey.map(clickhouse.quoteIdent).join(', ')})`}`,
    createSchema: (name) => `CREATE DATABASE IF NOT EXISTS ${name}`,
    runScript: (file) => `clickhouse-client --multiquery < ${file}`,
    dropSchema: (name) => `DROP DATABASE IF EXISTS ${name}`,
    renameTable: (schema, from, to) => renameTableStatement(clickhouse.quoteIdent, schema, from, to),
    // a rollup is small and read whole: no sorting key to choose
    createTableAs: (name, select) => `CREATE TABLE ${name} ENGINE = Log AS ${select}`,
    // 18.16 has no SQL for users: its reader is a users.d file (warehouse/ddl readerUsersXml)
    readerRole: readerRoleNotSql,
    analyzeTable: () => [],
  },
};
