import { salesError } from '../errors';
import type { TypeFamily } from '../warehouse/types';
import type { DialectDdl, DialectTypes } from './dialect';

/** What more than one dialect module (sql/dialects/) writes the same way. */

/** The reader role of an engine whose logins are not made with SQL. */
export function readerRoleNotSql(): never {
  throw salesError('ddl.reader-role-dialect', {}, 'invalid_config');
}

/** ALTER TABLE … RENAME TO, which keeps the table in its schema. */
export function alterTableRename(
  quoteIdent: (name: string) => string,
  schema: string,
  from: string,
  to: string
): string {
  return `ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`;
}

/** RENAME TABLE schema.from TO schema.to (MySQL, ClickHouse). */
export function renameTableStatement(
  quoteIdent: (name: string) => string,
  schema: string,
  from: string,
  to: string
): string {
  return `RENAME TABLE ${quoteIdent(schema)}.${quoteIdent(from)} TO ${quoteIdent(schema)}.${quoteIdent(to)}`;
}

/**
 * The families of PostgreSQL's, MySQL's and DuckDB's type names (information_schema spellings);
 * `timestamp` is what a plain TIMESTAMP is (MySQL's is an instant, read in the session time zone,
 * UTC for us; PostgreSQL's and DuckDB's are not). MySQL's tinyint(1) is an integer and its boolean.
 */
export function sqlTypeFamilies(nativeType: string, timestamp: TypeFamily): TypeFamily[] {
  const type = nativeType.trim().toLowerCase();
  if (
    /^(text|character varying|varchar|character|char|bpchar|name|citext|tinytext|mediumtext|longtext|enum)\b/.test(type)
  ) {
    return ['text'];
  }
  if (/^tinyint\(1\)/.test(type) || /^bit\(1\)/.test(type)) {
    return ['integer', 'boolean'];
  }
  if (
    /^(smallint|integer|int|bigint|tinyint|mediumint|hugeint|utinyint|usmallint|uinteger|ubigint|uhugeint|int[248])\b/.test(
      type
    )
  ) {
    return ['integer'];
  }
  if (/^(numeric|decimal)\b/.test(type)) {
    return ['decimal'];
  }
  if (/^(real|double|double precision|float|float[48])\b/.test(type)) {
    return ['float'];
  }
  if (/^(boolean|bool)$/.test(type)) {
    return ['boolean'];
  }
  if (type === 'date') {
    return ['date'];
  }
  if (/^(timestamp with time zone|timestamptz)$/.test(type)) {
    return ['timestamptz'];
  }
  if (/^(timestamp without time zone|timestamp)(\(\d\))?$/.test(type)) {
    return [timestamp];
  }
  if (/^(timestamp_s|timestamp_ms|timestamp_ns)$/.test(type)) {
    return ['timestamp'];
  }
  if (/^datetime(\(\d\))?$/.test(type)) {
    // The contract's MariaDB DATETIME columns hold UTC.
    return ['timestamptz'];
  }
  return [];
}

/** The columns of a schema (a text literal) from information_schema.columns, as PostgreSQL and DuckDB read them; `narrower` adds a condition. */
export function informationSchemaColumnsQuery(schema: string, narrower = ''): string {
  return (
    'SELECT table_name, column_name, data_type FROM information_schema.columns' +
    ` WHERE table_schema = ${schema}${narrower ? ` AND ${narrower}` : ''} ORDER BY table_name, ordinal_position`
  );
}

/** The type rules of PostgreSQL and DuckDB: information_schema's type names, no wall-time columns. */
export function informationSchemaTypes(zonedTimestamp: string): DialectTypes {
  return {
    families: (nativeType) => sqlTypeFamilies(nativeType, 'timestamp'),
    wallTime: () => false,
    expected: {},
    zonedTimestamp,
  };
}

/** Schemas made and dropped with standard SQL, tables without options (PostgreSQL, DuckDB). */
export const STANDARD_SCHEMAS: Pick<DialectDdl, 'tableOptions' | 'createSchema' | 'dropSchema' | 'createTableAs'> = {
  tableOptions: () => '',
  createTableAs: (name, select) => `CREATE TABLE ${name} AS ${select}`,
  createSchema: (name) => `CREATE SCHEMA IF NOT EXISTS ${name}`,
  dropSchema: (name) => `DROP SCHEMA IF EXISTS ${name} CASCADE`,
};
