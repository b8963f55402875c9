import { createPool, type FieldPacket, type Pool } from 'mysql2/promise';

import { type DataFrameJSON, getDialect, type TableDef } from '../../sales';
import { mysqlEncoder } from './encode';
import { type ColumnReader, engineError, frameFromRows, parseDate, parseTimestamp, toText } from './frames';
import type { NodeExecutor, RowValue, TableWriter } from './types';

// MySQL protocol column types (include/field_types.h).
const NUMERIC = new Set([0, 1, 2, 3, 4, 5, 8, 9, 13, 16, 246]);
const DATES = new Set([10, 14]);
const TIMESTAMPS = new Set([7, 12]);

function mysqlColumnReader(field: FieldPacket): ColumnReader {
  const type = field.columnType ?? (field.type as number);
  if (NUMERIC.has(type)) {
    return { name: field.name, type: 'number', convert: (value) => Number(value) };
  }
  if (DATES.has(type)) {
    return { name: field.name, type: 'time', convert: (value) => parseDate(String(value)) };
  }
  if (TIMESTAMPS.has(type)) {
    // DATETIME holds UTC by the contract; TIMESTAMP is read in the session's time zone, UTC.
    return { name: field.name, type: 'time', convert: (value) => parseTimestamp(String(value)) };
  }
  return { name: field.name, type: 'string', convert: toText };
}

/** MariaDB/MySQL over mysql2: sessions in UTC, exact decimals and 64-bit integers read as text then converted. */
export class MysqlExecutor implements NodeExecutor {
  readonly dialect = 'mysql' as const;
  readonly engine = 'mysql' as const;
  readonly batchSize = 2000;
  private readonly pool: Pool;

  constructor(url: string) {
    this.pool = createPool({
      uri: url,
      connectionLimit: 4,
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      decimalNumbers: false,
      timezone: 'Z',
    });
    this.pool.pool.on('connection', (connection) => {
      connection.query("SET time_zone = '+00:00'");
    });
  }

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    const connection = await this.pool.getConnection().catch((error: unknown) => {
      throw engineError('mysql', error);
    });
    const cancel = () => {
      void this.pool.query(`KILL QUERY ${Number(connection.threadId)}`).catch(() => undefined);
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
      options.signal?.throwIfAborted();
      const [rows, fields] = await connection.query({ sql, rowsAsArray: true });
      if (!Array.isArray(rows) || !fields) {
        return frameFromRows(sql, [], []);
      }
      return frameFromRows(sql, (fields as FieldPacket[]).map(mysqlColumnReader), rows as unknown[][]);
    } catch (error) {
      throw engineError('mysql', error);
    } finally {
      options.signal?.removeEventListener('abort', cancel);
      connection.release();
    }
  }

  async openWriter(schema: string, table: TableDef): Promise<TableWriter> {
    const q = getDialect('mysql').quoteIdent;
    const insert = `INSERT INTO ${q(schema)}.${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) VALUES ?`;
    const encoders = table.columns.map(mysqlEncoder);
    return {
      write: async (rows: RowValue[][]) => {
        if (rows.length === 0) {
          return;
        }
        try {
          await this.pool.query(insert, [rows.map((row) => row.map((value, index) => encoders[index](value)))]);
        } catch (error) {
          throw engineError('mysql', error);
        }
      },
      close: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
