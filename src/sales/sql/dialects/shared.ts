import { SalesError } from '../../errors';

/** What more than one dialect module writes the same way. */

/** The reader role of an engine whose logins are not made with SQL. */
export function readerRoleNotSql(): never {
  throw new SalesError(
    `A reader role is SQL for PostgreSQL and MariaDB/MySQL; ClickHouse's is a users file (readerUsersXml), and DuckDB has none (open it read-only).`,
    'invalid_config'
  );
}

/** ALTER TABLE … RENAME TO, which keeps the table in its schema. */
export function alterTableRename(quoteIdent: (name: string) => string, schema: string, from: string, to: string): string {
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
