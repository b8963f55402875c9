import { salesError } from '../errors';
import { getDialect } from '../sql/dialects';
import { checkIdentifier } from '../sql/literals';
import type { Dialect } from '../types';
import { CONTRACT, type ColumnDef, type LogicalType, type TableDef, type TextSize } from './contract';

/** The DDL that creates the contract's tables, generated from the contract for each dialect. */

// a visit report may be long (MEDIUMTEXT holds 16 MB; TEXT's 64 KB is 16,000 emoji)
const MYSQL_TEXT: Record<TextSize, string> = {
  id: 'VARCHAR(64)',
  code: 'VARCHAR(32)',
  name: 'VARCHAR(200)',
  long: 'MEDIUMTEXT',
};

const PHYSICAL: Record<Dialect, Record<Exclude<LogicalType, 'text'>, string> & { text: string }> = {
  postgres: {
    text: 'text',
    integer: 'integer',
    amount: 'numeric(18,2)',
    ratio: 'numeric(5,4)',
    score: 'numeric(5,2)',
    boolean: 'boolean',
    date: 'date',
    timestamp: 'timestamptz',
  },
  mysql: {
    text: 'VARCHAR(200)',
    integer: 'INT',
    amount: 'DECIMAL(18,2)',
    ratio: 'DECIMAL(5,4)',
    score: 'DECIMAL(5,2)',
    boolean: 'BOOLEAN',
    date: 'DATE',
    timestamp: 'DATETIME(3)',
  },
  clickhouse: {
    text: 'String',
    integer: 'Int32',
    amount: 'Decimal(18,2)',
    ratio: 'Decimal(5,4)',
    score: 'Decimal(5,2)',
    boolean: 'UInt8',
    date: 'Date',
    timestamp: "DateTime('UTC')",
  },
  duckdb: {
    text: 'VARCHAR',
    integer: 'INTEGER',
    amount: 'DECIMAL(18,2)',
    ratio: 'DECIMAL(5,4)',
    score: 'DECIMAL(5,2)',
    boolean: 'BOOLEAN',
    date: 'DATE',
    timestamp: 'TIMESTAMPTZ',
  },
};

/** The engine's type for a contract column (without nullability, except ClickHouse's Nullable wrapper). */
export function physicalType(dialect: Dialect, column: ColumnDef): string {
  const base =
    dialect === 'mysql' && column.type === 'text' ? MYSQL_TEXT[column.size ?? 'name'] : PHYSICAL[dialect][column.type];
  return dialect === 'clickhouse' && column.nullable ? `Nullable(${base})` : base;
}

export interface WarehouseDdl {
  /** Creates the schema (a database in MariaDB and ClickHouse). */
  schema: string[];
  tables: string[];
  /** Secondary indexes, best created after a bulk load. */
  indexes: string[];
}

function qualified(dialect: Dialect, schema: string, table: string): string {
  const { quoteIdent } = getDialect(dialect);
  return `${quoteIdent(schema)}.${quoteIdent(table)}`;
}

function columnList(dialect: Dialect, columns: string[]): string {
  const { quoteIdent } = getDialect(dialect);
  return columns.map(quoteIdent).join(', ');
}

/** `name` creates the table under another name; `engine` replaces ClickHouse's MergeTree clause (a cluster's layout). */
export function createTableSql(
  dialect: Dialect,
  schema: string,
  table: TableDef,
  { name = table.name, engine }: { name?: string; engine?: string } = {}
): string {
  const { quoteIdent } = getDialect(dialect);
  const lines = table.columns.map((column) => {
    const notNull = dialect !== 'clickhouse' && !column.nullable ? ' NOT NULL' : '';
    return `  ${quoteIdent(column.name)} ${physicalType(dialect, column)}${notNull}`;
  });
  // DuckDB's guidance is to leave keys undeclared for bulk loads: its ART indexes slow the appender
  // down by half and hold every key in memory. `salesperf check` verifies that keys are unique.
  if (dialect !== 'clickhouse' && dialect !== 'duckdb' && table.primaryKey.length > 0) {
    lines.push(`  PRIMARY KEY (${columnList(dialect, table.primaryKey)})`);
  }
  const head = `CREATE TABLE ${qualified(dialect, schema, name)} (\n${lines.join(',\n')}\n)`;
  switch (dialect) {
    case 'mysql':
      return `${head} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`;
    case 'clickhouse':
      return `${head} ENGINE = ${engine ?? `MergeTree() ORDER BY (${columnList(dialect, table.sortKey)})`}`;
    default:
      return head;
  }
}

function indexName(table: TableDef, columns: string[]): string {
  return `${table.name}_${columns.join('_')}_idx`;
}

export function createIndexSql(dialect: Dialect, schema: string, table: TableDef): string[] {
  if (dialect === 'clickhouse' || dialect === 'duckdb') {
    // ClickHouse reads by its sort key; DuckDB's zone maps serve range filters without indexes.
    return [];
  }
  const { quoteIdent } = getDialect(dialect);
  return table.indexes.map(
    (columns) =>
      `CREATE INDEX ${quoteIdent(indexName(table, columns))} ON ${qualified(dialect, schema, table.name)} (${columnList(dialect, columns)})`
  );
}

export function createSchemaSql(dialect: Dialect, schema: string): string {
  const name = getDialect(dialect).quoteIdent(checkIdentifier(schema, 'schema name'));
  switch (dialect) {
    case 'mysql':
      return `CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`;
    case 'clickhouse':
      return `CREATE DATABASE IF NOT EXISTS ${name}`;
    default:
      return `CREATE SCHEMA IF NOT EXISTS ${name}`;
  }
}

export function dropTableSql(dialect: Dialect, schema: string, table: string): string {
  return `DROP TABLE IF EXISTS ${qualified(dialect, schema, table)}`;
}

export function warehouseDdl(dialect: Dialect, schema: string, tables: readonly TableDef[] = CONTRACT): WarehouseDdl {
  checkIdentifier(schema, 'schema name');
  return {
    schema: [createSchemaSql(dialect, schema)],
    tables: tables.map((table) => createTableSql(dialect, schema, table)),
    indexes: tables.flatMap((table) => createIndexSql(dialect, schema, table)),
  };
}

export interface ReaderRole {
  schema: string;
  role: string;
  password: string;
}

/**
 * A login that may SELECT the contract's tables and nothing else (the data source delegates to a
 * Grafana SQL data source, through which every org user can send any SQL: the role is the only
 * guard). PostgreSQL: read-only transactions, USAGE on the schema, SELECT on each contract table,
 * and on tables the owner creates there later (so a re-seed keeps it); no other schema, no
 * server-side files. MariaDB/MySQL: SELECT on each contract table, no FILE privilege. ClickHouse
 * has no SQL for users in 18.16: see readerUsersXml.
 */
export function readerRoleSql(dialect: Dialect, { schema, role, password }: ReaderRole): string[] {
  checkReader({ schema, role, password });
  const d = getDialect(dialect);
  const tables = CONTRACT.map((table) => `${d.quoteIdent(schema)}.${d.quoteIdent(table.name)}`);
  switch (dialect) {
    case 'postgres': {
      const name = d.quoteIdent(role);
      const schemaName = d.quoteIdent(schema);
      return [
        [
          'DO $$',
          'BEGIN',
          `  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${d.string(role)}) THEN`,
          `    CREATE ROLE ${name} LOGIN PASSWORD ${d.string(password)};`,
          '  END IF;',
          'END',
          '$$',
        ].join('\n'),
        `ALTER ROLE ${name} SET default_transaction_read_only = on`,
        `GRANT USAGE ON SCHEMA ${schemaName} TO ${name}`,
        `GRANT SELECT ON ${tables.join(', ')} TO ${name}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schemaName} GRANT SELECT ON TABLES TO ${name}`,
      ];
    }
    case 'mysql':
      return [
        `CREATE USER IF NOT EXISTS '${role}'@'%' IDENTIFIED BY '${password}'`,
        ...tables.map((table) => `GRANT SELECT ON ${table} TO '${role}'@'%'`),
      ];
    default:
      throw salesError('ddl.reader-role-dialect', {}, 'invalid_config');
  }
}

function checkReader({ schema, role, password }: ReaderRole): void {
  checkIdentifier(schema, 'schema name');
  checkIdentifier(role, 'role name');
  if (!/^[\x20-\x7e]+$/.test(password) || /[\\$'"<>&]/.test(password)) {
    throw salesError('ddl.reader-password', {}, 'invalid_config');
  }
}

/**
 * ClickHouse 18.16's reader: a user in a users.d file, in a read-only profile (no writes, no DDL, no
 * table functions such as file() and url(); readonly 2 so queries may set join_use_nulls) allowed the
 * schema's database only.
 */
export function readerUsersXml({ schema, role, password }: ReaderRole): string {
  checkReader({ schema, role, password });
  return [
    '<?xml version="1.0"?>',
    '<yandex>',
    '  <profiles>',
    `    <${role}_profile>`,
    '      <!-- 2: read queries only (no writes, DDL or table functions such as file and url); settings such as join_use_nulls may be set per query -->',
    '      <readonly>2</readonly>',
    `    </${role}_profile>`,
    '  </profiles>',
    '  <users>',
    `    <${role}>`,
    `      <password>${password}</password>`,
    '      <networks><ip>::/0</ip></networks>',
    `      <profile>${role}_profile</profile>`,
    '      <quota>default</quota>',
    `      <allow_databases><database>${schema}</database></allow_databases>`,
    `    </${role}>`,
    '  </users>',
    '</yandex>',
    '',
  ].join('\n');
}

/** Statements as a script: each ends with `;`, separated by blank lines. */
export function sqlScript(header: string[], statements: string[]): string {
  const comment = header.map((line) => `-- ${line}`.trimEnd()).join('\n');
  return `${comment}\n\n${statements.map((statement) => `${statement};`).join('\n\n')}\n`;
}
