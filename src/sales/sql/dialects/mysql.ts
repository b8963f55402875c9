import { profiled, type SqlDialect, type ZoneSpec } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';
import type { LogicalType, TextSize } from '../../warehouse/contract';
import { renameTableStatement, sqlTypeFamilies } from '../dialectShared';

const PHYSICAL: Record<LogicalType, string> = {
  text: 'VARCHAR(200)',
  integer: 'INT',
  amount: 'DECIMAL(18,2)',
  ratio: 'DECIMAL(5,4)',
  score: 'DECIMAL(5,2)',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'DATETIME(3)',
};

// a visit report may be long (MEDIUMTEXT holds 16 MB; TEXT's 64 KB is 16,000 emoji)
const TEXT: Record<TextSize, string> = {
  id: 'VARCHAR(64)',
  code: 'VARCHAR(32)',
  name: 'VARCHAR(200)',
  long: 'MEDIUMTEXT',
};

// $ and [ would be read by Grafana's template engine ($name, [[name]]); backslash and NUL by MySQL
const SPECIALS: Record<string, string> = { $: "X'24'", '[': "X'5B'", '\\': "X'5C'", '\u0000': "X'00'" };

/**
 * MySQL reads backslashes in literals or not depending on the NO_BACKSLASH_ESCAPES mode, so the
 * literal holds no backslash at all: each special character is stood in for by a private-use
 * character absent from the value and put back with REPLACE(…, X'hh'). A hex literal is a binary
 * string, so such a literal compares byte for byte, as textIn does anyway.
 */
function stringLiteral(value: string): string {
  const present = Object.keys(SPECIALS).filter((char) => value.includes(char));
  let text = value;
  const replacements: Array<[string, string]> = [];
  let marker = 0xe000;
  for (const char of present) {
    while (value.includes(String.fromCodePoint(marker))) {
      marker++;
    }
    const stand = String.fromCodePoint(marker++);
    text = text.split(char).join(stand);
    replacements.push([stand, SPECIALS[char]]);
  }
  return replacements.reduce(
    (sql, [stand, hex]) => `REPLACE(${sql}, '${stand}', ${hex})`,
    `'${text.replace(/'/g, "''")}'`
  );
}

/**
 * MySQL converts named time zones only when its time zone tables are loaded, which Debian's
 * MariaDB does not do; the offsets the zone takes over the data's span are written out instead.
 */
function localTimestamp(expr: string, zone: ZoneSpec): string {
  const [first, ...changes] = zone.offsets;
  if (changes.length === 0) {
    return `(${expr} + INTERVAL ${first.offsetMinutes} MINUTE)`;
  }
  const cases = [first, ...changes]
    .map((span, index) => {
      const next = changes[index];
      return next
        ? `WHEN ${expr} < ${mysql.timestamp(next.from)} THEN ${span.offsetMinutes}`
        : `ELSE ${span.offsetMinutes}`;
    })
    .join(' ');
  return `(${expr} + INTERVAL (CASE ${cases} END) MINUTE)`;
}

/**
 * A wall time of the zone (a DATETIME in the warehouse time zone) as UTC: its offset subtracted, each
 * offset change placed at its wall time.
 */
function wallToUtc(expr: string, zone: ZoneSpec): string {
  const [first, ...changes] = zone.offsets;
  if (zone.name === 'UTC' || !first) {
    return expr;
  }
  if (changes.length === 0) {
    return `(${expr} - INTERVAL ${first.offsetMinutes} MINUTE)`;
  }
  const cases = [first, ...changes]
    .map((span, index) => {
      const next = changes[index];
      return next
        ? `WHEN ${expr} < ${mysql.timestamp(next.from + span.offsetMinutes * 60_000)} THEN ${span.offsetMinutes}`
        : `ELSE ${span.offsetMinutes}`;
    })
    .join(' ');
  return `(${expr} - INTERVAL (CASE ${cases} END) MINUTE)`;
}

const EPOCH = "TIMESTAMP '1970-01-01 00:00:00'";
const END_SECONDS = '$__unixEpochTo()';

/**
 * Alert rules (macros): the zone's offset in minutes at `seconds` since the epoch, read on UTC (`wall`
 * false) or on the zone's wall clock, from the offsets written out for the span of the data.
 * INTERVAL() finds the span and ELT() its offset, so `seconds` is written twice, not once per span as
 * localTimestamp's CASE for columns does: the window's bounds nest conversions inside conversions.
 */
function offsetMinutes(seconds: string, zone: ZoneSpec, wall: boolean): string {
  const [first, ...changes] = zone.offsets;
  if (changes.length === 0) {
    return String(first?.offsetMinutes ?? 0);
  }
  // a change at instant c happens on the wall clock at c plus the offset before it
  const points = changes.map(
    (change, index) => change.from / 1000 + (wall ? zone.offsets[index].offsetMinutes * 60 : 0)
  );
  const offsets = zone.offsets.map((span) => span.offsetMinutes);
  return `CAST(ELT(INTERVAL(${seconds}, ${points.join(', ')}) + 1, ${offsets.join(', ')}) AS SIGNED)`;
}

// binary and no-pad: MariaDB's and MySQL 8's are named differently
const BINARY_NO_PAD = ['utf8mb4_nopad_bin', 'utf8mb4_0900_bin'];

export const mysql: SqlDialect = {
  id: 'mysql',
  quoteIdent: (name) => `\`${checkIdentifier(name)}\``,
  canStore: () => true,
  string: stringLiteral,
  number: (value) => formatNumber(value),
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  date: (isoDate) => `DATE '${checkIsoDate(isoDate)}'`,
  timestamp: (epochMs) => `TIMESTAMP '${utcTimestampText(epochMs)}'`,
  // BINARY compares bytes, so case and trailing spaces count, whatever the column's collation.
  textIn(expr, values) {
    return values.length === 0 ? 'FALSE' : `BINARY ${expr} IN (${values.map(stringLiteral).join(', ')})`;
  },
  joinStyle: 'flat',
  keyRangeJoin: false,
  statementSuffix: '',
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  nullDouble: () => 'CAST(NULL AS DOUBLE)',
  nullText: () => 'CAST(NULL AS CHAR)',
  key: (expr) => expr,
  floorDiv: (expr, divisor) => `FLOOR((${expr}) / ${divisor})`,
  dateDayNumber: (expr) => `DATEDIFF(${expr}, DATE '1970-01-01')`,
  dateMonthKey: (expr) => `(YEAR(${expr}) * 12 + MONTH(${expr}) - 1)`,
  localDayNumber: (expr, zone) => `DATEDIFF(${localTimestamp(expr, zone)}, DATE '1970-01-01')`,
  localMonthKey: (expr, zone) => mysql.dateMonthKey(localTimestamp(expr, zone)),
  epochSeconds: (expr) => `(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', ${expr}) / 1000000)`,
  dateText: (expr) => `DATE_FORMAT(${expr}, '%Y-%m-%d')`,
  dropPrefix: (expr, n) => `SUBSTRING(${expr}, ${n + 1})`,
  concat: (...exprs) => `CONCAT(${exprs.join(', ')})`,
  // the literal may be a binary string (see stringLiteral), which LOWER leaves as it is: both sides as text first
  containsText: (expr, piece) =>
    `LOCATE(LOWER(CONVERT(${stringLiteral(piece)} USING utf8mb4) COLLATE utf8mb4_bin), LOWER(CONVERT(${expr} USING utf8mb4) COLLATE utf8mb4_bin)) > 0`,
  timeLimits: { from: '1000-01-02', to: '9999-12-30', types: "MySQL's DATE and DATETIME" },
  forWarehouse: (profile, zone) => {
    // Keys grouped and unioned in one binary no-pad collation: exact like the other engines ("East",
    // "east" and "East " stay apart) and never an illegal mix of the tables' and the connection's collations.
    const exact = (expr: string) => `CONVERT(${expr} USING utf8mb4) COLLATE ${profile.exactCollation ?? 'utf8mb4_bin'}`;
    return profiled(mysql, profile, zone, {
      key: exact,
      nullText: () => exact('NULL'),
      keysEqual: profile.exactJoins ? (left, right) => `BINARY ${left} = BINARY ${right}` : mysql.keysEqual,
    });
  },
  zonelessInstant: wallToUtc,
  instantDate: (expr, zone) => `CAST(${localTimestamp(expr, zone)} AS DATE)`,
  zonelessDate: (expr) => `CAST(${expr} AS DATE)`,
  floatAmount: (expr) => expr,
  keysEqual: (left, right) => `${left} = ${right}`,
  macros: {
    // the core mysql data source expands $__timeTo() to FROM_UNIXTIME(seconds), a DATETIME in the
    // session's time zone (the server's unless the data source sets one) while the warehouse's
    // DATETIMEs hold UTC: so the zone-free $__unixEpochTo() (whole seconds) is added to the epoch
    end: `TIMESTAMPADD(SECOND, ${END_SECONDS}, ${EPOCH})`,
    today: (zone) =>
      `DATE(TIMESTAMPADD(SECOND, ${END_SECONDS} + 60 * ${offsetMinutes(END_SECONDS, zone, false)}, ${EPOCH}))`,
    addDays: (date, days) => `DATE_ADD(${date}, INTERVAL (${days}) DAY)`,
    addMonths: (date, months) => `DATE_ADD(${date}, INTERVAL (${months}) MONTH)`,
    midnight: (date, zone) => {
      const wall = `TIMESTAMPDIFF(SECOND, ${EPOCH}, ${date})`;
      return `TIMESTAMPADD(SECOND, ${wall} - 60 * ${offsetMinutes(wall, zone, true)}, ${EPOCH})`;
    },
    minusSeconds: (instant, seconds) => `TIMESTAMPADD(SECOND, -${seconds}, ${instant})`,
  },
  capabilities: {
    primaryKeys: true,
    secondaryIndexes: true,
    nullableWrapper: false,
    integerConditions: true,
    correlatedSubqueries: true,
    // Debian's MariaDB does not load the time zone tables (see localTimestamp)
    namedTimeZones: false,
    clusters: false,
  },
  catalog: {
    columnsQuery: (schema) =>
      'SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, COLUMN_TYPE AS data_type, COLLATION_NAME AS collation_name' +
      ` FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${schema} ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    currentUserQuery: 'SELECT CURRENT_USER() AS role',
    collations: {
      availableQuery: `SELECT COLLATION_NAME AS name FROM information_schema.COLLATIONS WHERE COLLATION_NAME IN (${BINARY_NO_PAD.map((name) => `'${name}'`).join(', ')})`,
      exact: (available) => BINARY_NO_PAD.find((name) => available.includes(name)) ?? 'utf8mb4_bin',
      isExact: (collation) => /_bin$/.test(collation),
      ignoresCase: (collation) => /_ci$/.test(collation),
    },
  },
  types: {
    families: (nativeType) => sqlTypeFamilies(nativeType, 'timestamptz'),
    // DATETIME holds wall times (UTC by the contract, else the warehouse time zone)
    wallTime: (nativeType) => /^datetime/i.test(nativeType.trim()),
    expected: {},
    zonedTimestamp: 'timestamptz',
  },
  ddl: {
    physicalType: (column) => (column.type === 'text' ? TEXT[column.size ?? 'name'] : PHYSICAL[column.type]),
    tableOptions: () => ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin',
    createSchema: (name) => `CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    runScript: (file) => `mariadb -h HOST -u USER -p < ${file}`,
    dropSchema: (name) => `DROP DATABASE IF EXISTS ${name}`,
    renameTable: (schema, from, to) => renameTableStatement(mysql.quoteIdent, schema, from, to),
    createTableAs: (name, select) => `CREATE TABLE ${name} ENGINE=InnoDB AS ${select}`,
    // SELECT on each contract table, no FILE privilege
    readerRole: ({ role, password }, tables) => [
      `CREATE USER IF NOT EXISTS '${role}'@'%' IDENTIFIED BY '${password}'`,
      ...tables.map((table) => `GRANT SELECT ON ${table} TO '${role}'@'%'`),
    ],
    analyzeTable: (name) => [`ANALYZE TABLE ${name}`],
  },
};
