import { salesError } from '../errors';
import { getDialect } from '../sql/dialects';
import { checkIdentifier } from '../sql/literals';
import type { Dialect } from '../types';
import type { ReaderRole } from '../sql/dialect';
import { CONTRACT, type ColumnDef, type TableDef } from './contract';

/** The DDL that creates the contract's tables, generated from the contract for each dialect. */

/** The engine's type for a contract column (without nullability, except ClickHouse's Nullable wrapper). */
export function physicalType(dialect: Dialect, column: ColumnDef): string {
  return getDialect(dialect).ddl.physicalType(column);
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
  const d = getDialect(dialect);
  const lines = table.columns.map((column) => {
    const notNull = !d.capabilities.nullableWrapper && !column.nullable ? ' NOT NULL' : '';
    return `  ${d.quoteIdent(column.name)} ${d.ddl.physicalType(column)}${notNull}`;
  });
  if (d.capabilities.primaryKeys && table.primaryKey.length > 0) {
    lines.push(`  PRIMARY KEY (${columnList(dialect, table.primaryKey)})`);
  }
  return `CREATE TABLE ${qualified(dialect, schema, name)} (\n${lines.join(',\n')}\n)${d.ddl.tableOptions(table, engine)}`;
}

function indexName(table: TableDef, columns: string[]): string {
  return `${table.name}_${columns.join('_')}_idx`;
}

export function createIndexSql(dialect: Dialect, schema: string, table: TableDef): string[] {
  const d = getDialect(dialect);
  if (!d.capabilities.secondaryIndexes) {
    return [];
  }
  return table.indexes.map(
    (columns) =>
      `CREATE INDEX ${d.quoteIdent(indexName(table, columns))} ON ${qualified(dialect, schema, table.name)} (${columnList(dialect, columns)})`
  );
}

export function createSchemaSql(dialect: Dialect, schema: string): string {
  const d = getDialect(dialect);
  return d.ddl.createSchema(d.quoteIdent(checkIdentifier(schema, 'schema name')));
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

export type { ReaderRole };

/**
 * A login that may SELECT the contract's tables and nothing else (the data source delegates to a
 * Grafana SQL data source, through which every org user can send any SQL: the role is the only
 * guard); each dialect's ddl.readerRole says what it grants. ClickHouse has no SQL for users in
 * 18.16: see readerUsersXml.
 */
export function readerRoleSql(dialect: Dialect, reader: ReaderRole): string[] {
  checkReader(reader);
  const d = getDialect(dialect);
  const tables = CONTRACT.map((table) => `${d.quoteIdent(reader.schema)}.${d.quoteIdent(table.name)}`);
  return d.ddl.readerRole(reader, tables);
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
