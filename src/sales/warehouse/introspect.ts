import { getDialect } from '../sql/dialects';
import { checkIdentifier } from '../sql/literals';
import type { DataFrameJSON, Dialect, Executor } from '../types';

/** The columns of every table in one schema, as the engine's catalog reports them. */
export type SchemaColumns = Map<string, Map<string, string>>;

export function columnsQuery(dialect: Dialect, schema: string): string {
  const d = getDialect(dialect);
  return d.catalog.columnsQuery(d.string(checkIdentifier(schema, 'schema name')));
}

/** The frame's rows as objects keyed by field name. */
export function frameRows(frame: DataFrameJSON): Array<Record<string, unknown>> {
  const { fields } = frame.schema;
  const columns = frame.data.values;
  const count = columns[0]?.length ?? 0;
  const rows: Array<Record<string, unknown>> = [];
  for (let row = 0; row < count; row++) {
    const record: Record<string, unknown> = {};
    fields.forEach((field, index) => {
      record[field.name] = columns[index][row];
    });
    rows.push(record);
  }
  return rows;
}

/** One column as the engine's catalog reports it (the collation on MySQL only). */
export interface ColumnDetail {
  table: string;
  column: string;
  type: string;
  collation?: string;
}

export async function readColumnDetails(executor: Executor, schema: string): Promise<ColumnDetail[]> {
  const frame = await executor.run(columnsQuery(executor.dialect, schema));
  return frameRows(frame).map((row) => ({
    table: String(row.table_name),
    column: String(row.column_name),
    type: String(row.data_type),
    ...(row.collation_name ? { collation: String(row.collation_name) } : {}),
  }));
}

export function schemaColumnsOf(details: ColumnDetail[]): SchemaColumns {
  const tables: SchemaColumns = new Map();
  for (const { table, column, type } of details) {
    if (!tables.has(table)) {
      tables.set(table, new Map());
    }
    tables.get(table)!.set(column, type);
  }
  return tables;
}

export async function readSchemaColumns(executor: Executor, schema: string): Promise<SchemaColumns> {
  return schemaColumnsOf(await readColumnDetails(executor, schema));
}
