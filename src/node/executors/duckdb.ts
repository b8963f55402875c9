import {
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBDateValue,
  type DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBTypeId,
} from '@duckdb/node-api';

import { type ColumnDef, type DataFrameJSON, type TableDef, utcTimestampText } from '../../sales';
import { type ColumnReader, engineError, frameFromColumns } from './frames';
import { missingPath } from './paths';
import type { NodeExecutor, RowValue, TableWriter } from './types';

const DAY_MS = 86_400_000;
const micros = (value: unknown) => Number((value as { micros: bigint }).micros / BigInt(1000));

function duckdbColumnReader(name: string, typeId: DuckDBTypeId): ColumnReader {
  switch (typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { name, type: 'boolean', convert: (value) => Boolean(value) };
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return { name, type: 'number', convert: (value) => Number(value) };
    case DuckDBTypeId.DECIMAL:
      return { name, type: 'number', convert: (value) => (value as DuckDBDecimalValue).toDouble() };
    case DuckDBTypeId.DATE:
      return { name, type: 'time', convert: (value) => (value as DuckDBDateValue).days * DAY_MS };
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return { name, type: 'time', convert: micros };
    case DuckDBTypeId.TIMESTAMP_S:
      return { name, type: 'time', convert: (value) => Number((value as { seconds: bigint }).seconds) * 1000 };
    case DuckDBTypeId.TIMESTAMP_MS:
      return { name, type: 'time', convert: (value) => Number((value as { millis: bigint }).millis) };
    case DuckDBTypeId.TIMESTAMP_NS:
      return { name, type: 'time', convert: (value) => Number((value as { nanos: bigint }).nanos / BigInt(1_000_000)) };
    case DuckDBTypeId.VARCHAR:
      return { name, type: 'string', convert: (value) => String(value) };
    default:
      return { name, type: 'other', convert: (value) => (typeof value === 'object' ? String(value) : value) };
  }
}

type Append = (appender: DuckDBAppender, value: Exclude<RowValue, null>) => void;

/**
 * Appends go through plain doubles and text, which DuckDB casts to the column's type (rounding to
 * the decimal's scale): @duckdb/node-api 1.5.5's appendDecimal and appendTimestampTZ leak native
 * memory (about 300 MB per million values), which made large seeds run out of memory.
 */
function appendFor(column: ColumnDef): Append {
  switch (column.type) {
    case 'integer':
      return (appender, value) => appender.appendInteger(value as number);
    case 'boolean':
      return (appender, value) => appender.appendBoolean(value as boolean);
    case 'timestamp':
      return (appender, value) => appender.appendVarchar(`${utcTimestampText(value as number)}+00`);
    case 'amount':
    case 'ratio':
    case 'score':
      return (appender, value) => appender.appendDouble(value as number);
    default:
      // text, and dates already in 'YYYY-MM-DD'
      return (appender, value) => appender.appendVarchar(String(value));
  }
}

/** DuckDB (@duckdb/node-api): url is a database file or :memory:; the appender for bulk loads. */
export class DuckdbExecutor implements NodeExecutor {
  readonly dialect = 'duckdb' as const;
  readonly engine = 'duckdb' as const;
  readonly batchSize = 10000;
  private state?: Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }>;

  constructor(
    private readonly path: string,
    private readonly readOnly = false
  ) {}

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    const { connection } = await this.open();
    const cancel = () => connection.interrupt();
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
      options.signal?.throwIfAborted();
      const result = await connection.run(sql);
      const columns = result.columnNames().map((name, index) => duckdbColumnReader(name, result.columnTypeId(index)));
      return frameFromColumns(sql, columns, columns.length > 0 ? await result.getColumns() : []);
    } catch (error) {
      throw engineError('duckdb', error);
    } finally {
      options.signal?.removeEventListener('abort', cancel);
    }
  }

  async openWriter(schema: string, table: TableDef): Promise<TableWriter> {
    const { connection } = await this.open();
    let appender: DuckDBAppender;
    try {
      appender = await connection.createAppender(table.name, schema);
    } catch (error) {
      throw engineError('duckdb', error);
    }
    const appends = table.columns.map(appendFor);
    return {
      write: async (rows: RowValue[][]) => {
        try {
          for (const row of rows) {
            for (let index = 0; index < appends.length; index++) {
              const value = row[index];
              if (value === null) {
                appender.appendNull();
              } else {
                appends[index](appender, value);
              }
            }
            appender.endRow();
          }
        } catch (error) {
          throw engineError('duckdb', error);
        }
      },
      close: async () => {
        try {
          appender.closeSync();
        } catch (error) {
          throw engineError('duckdb', error);
        }
      },
    };
  }

  async close(): Promise<void> {
    if (this.state) {
      const state = await this.state.catch(() => undefined);
      this.state = undefined;
      state?.connection.closeSync();
      state?.instance.closeSync();
    }
  }

  private open(): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
    this.state ??= (async () => {
      const inMemory = this.path === '' || this.path.startsWith(':memory:');
      if (this.readOnly && !inMemory) {
        const missing = missingPath('DuckDB', this.path, 'file');
        if (missing) {
          throw missing;
        }
      }
      try {
        // READ_ONLY: no write lock, so a file another process (a Grafana DuckDB data source) has open can be read
        const instance = await DuckDBInstance.create(
          this.path,
          this.readOnly && !inMemory ? { access_mode: 'READ_ONLY' } : undefined
        );
        const connection = await instance.connect();
        await connection.run("SET TimeZone = 'UTC'");
        return { instance, connection };
      } catch (error) {
        throw engineError('duckdb', error);
      }
    })();
    return this.state;
  }
}
