import { profiled, type SqlDialect } from '../dialect';
import { checkIdentifier, checkIsoDate, formatNumber, utcTimestampText } from '../literals';
import { salesError } from '../../errors';
import type { LogicalType } from '../../warehouse/contract';
import {
  alterTableRename,
  informationSchemaColumnsQuery,
  informationSchemaTypes,
  STANDARD_SCHEMAS,
} from '../dialectShared';

const PHYSICAL: Record<LogicalType, string> = {
  text: 'text',
  integer: 'integer',
  amount: 'numeric(18,2)',
  ratio: 'numeric(5,4)',
  score: 'numeric(5,2)',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamptz',
};

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
  keyRangeJoin: true,
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
  // date_part computes in double precision where EXTRACT (PostgreSQL 14+) builds a numeric: the same
  // value for instants from 1700 to 2247 (checked on 300k random microsecond instants; outside, they
  // may differ in the last bit), and at scale 20 the funnel's days in stage (two per history row of
  // the cohort) took half a scan of the history table less
  epochSeconds: (expr) => `date_part('epoch', ${expr})`,
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
  macros: {
    // grafana-postgresql-datasource expands $__timeTo() to an untyped text literal holding the instant in RFC 3339 with Z
    end: 'CAST($__timeTo() AS TIMESTAMPTZ)',
    today: (zone, d) => d.instantDate(postgres.macros.end, zone),
    addDays: (date, days) => `(${date} + CAST(${days} AS INTEGER))`,
    addMonths: (date, months) => `CAST(${date} + CAST(${months} AS INTEGER) * INTERVAL '1 month' AS DATE)`,
    midnight: (date, zone, d) => d.zonelessInstant(`CAST(${date} AS TIMESTAMP)`, zone),
    // seconds, not days: a day interval would follow the session zone's daylight saving changes
    minusSeconds: (instant, seconds) => `(${instant} - INTERVAL '${seconds} seconds')`,
  },
  capabilities: {
    primaryKeys: true,
    secondaryIndexes: true,
    nullableWrapper: false,
    integerConditions: false,
    correlatedSubqueries: true,
    namedTimeZones: true,
    clusters: false,
  },
  catalog: {
    columnsQuery: (schema) => informationSchemaColumnsQuery(schema),
    currentUserQuery: 'SELECT current_user AS role',
    collations: null,
  },
  types: informationSchemaTypes('timestamptz'),
  ddl: {
    ...STANDARD_SCHEMAS,
    physicalType: (column) => PHYSICAL[column.type],
    runScript: (file) => `psql "$URL" -v ON_ERROR_STOP=1 -f ${file}`,
    renameTable: (schema, from, to) => alterTableRename(postgres.quoteIdent, schema, from, to),
    // read-only transactions, USAGE on the schema, SELECT on each contract table and on tables the
    // owner creates there later (so a re-seed keeps it); no other schema, no server-side files
    readerRole({ schema, role, password }, tables) {
      const name = postgres.quoteIdent(role);
      const schemaName = postgres.quoteIdent(schema);
      return [
        [
          'DO $$',
          'BEGIN',
          `  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${postgres.string(role)}) THEN`,
          `    CREATE ROLE ${name} LOGIN PASSWORD ${postgres.string(password)};`,
          '  END IF;',
          'END',
          '$$',
        ].join('\n'),
        `ALTER ROLE ${name} SET default_transaction_read_only = on`,
        `GRANT USAGE ON SCHEMA ${schemaName} TO ${name}`,
        `GRANT SELECT ON ${tables.join(', ')} TO ${name}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schemaName} GRANT SELECT ON TABLES TO ${name}`,
      ];
    },
    analyzeTable: (name) => [`ANALYZE ${name}`],
  },
};
