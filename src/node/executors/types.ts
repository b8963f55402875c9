import type { Executor, TableDef } from '../../sales';

export const ENGINES = ['postgres', 'pglite', 'mysql', 'clickhouse', 'duckdb'] as const;

/** The database engines the Node executors drive; pglite speaks the postgres dialect. */
export type Engine = (typeof ENGINES)[number];

/**
 * One value of a contract row, as the demo-data generator produces it: text as strings, integers and
 * decimals as numbers (decimals already rounded to their scale), booleans, dates as 'YYYY-MM-DD',
 * timestamps as epoch milliseconds (whole seconds: ClickHouse's DateTime keeps no fractions).
 */
export type RowValue = string | number | boolean | null;

/** Bulk-loads rows into one table; rows hold the table's columns in contract order. */
export interface TableWriter {
  write(rows: RowValue[][]): Promise<void>;
  close(): Promise<void>;
}

export interface NodeExecutor extends Executor {
  readonly engine: Engine;
  /** Rows per write() call that suit the engine's bulk path. */
  readonly batchSize: number;
  openWriter(schema: string, table: TableDef): Promise<TableWriter>;
  close(): Promise<void>;
}
