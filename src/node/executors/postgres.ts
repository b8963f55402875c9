import { Pool, types as pgTypes, type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'stream/promises';
import { Readable } from 'stream';

import { type DataFrameJSON, getDialect, type TableDef } from '../../sales';
import { copyEncoder, tsvLines } from './encode';
import { engineError, frameFromRows } from './frames';
import { pgColumnReader, RAW_TEXT_OIDS } from './pgTypes';
import type { NodeExecutor, RowValue, TableWriter } from './types';

const rawText = (value: string) => value;

/** Leaves the types the column readers parse as the server's text. */
const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    RAW_TEXT_OIDS.includes(oid)
      ? rawText
      : pgTypes.getTypeParser(oid, format as 'text')) as typeof pgTypes.getTypeParser,
};

/** PostgreSQL over `pg`: a small pool, sessions in UTC, COPY for bulk loads. */
export class PostgresExecutor implements NodeExecutor {
  readonly dialect = 'postgres' as const;
  readonly engine = 'postgres' as const;
  readonly batchSize = 20000;
  private readonly pool: Pool;

  constructor(url: string, readOnly = false) {
    const options = `-c TimeZone=UTC${readOnly ? ' -c default_transaction_read_only=on' : ''}`;
    this.pool = new Pool({ connectionString: url, max: 4, options });
    // An idle client whose server went away must not crash the process.
    this.pool.on('error', () => undefined);
  }

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    const client = await this.connect();
    const cancel = () => {
      // pg cancels a running query through a second connection when its client is given a cancel request.
      void this.pool
        .query('SELECT pg_cancel_backend($1)', [(client as unknown as { processID: number }).processID])
        .catch(() => undefined);
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
      options.signal?.throwIfAborted();
      const result = await client.query({ text: sql, rowMode: 'array', types: TYPES });
      if (Array.isArray(result)) {
        throw new Error('run() takes one SQL statement; the text held several.');
      }
      const columns = (result.fields ?? []).map((field) => pgColumnReader(field.name, field.dataTypeID));
      return frameFromRows(sql, columns, result.rows as unknown[][]);
    } catch (error) {
      throw engineError('postgres', error);
    } finally {
      options.signal?.removeEventListener('abort', cancel);
      client.release();
    }
  }

  async openWriter(schema: string, table: TableDef): Promise<TableWriter> {
    const q = getDialect('postgres').quoteIdent;
    const copy = `COPY ${q(schema)}.${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) FROM STDIN`;
    const encoders = table.columns.map(copyEncoder);
    return {
      write: async (rows: RowValue[][]) => {
        const client = await this.connect();
        try {
          await pipeline(Readable.from([tsvLines(rows, encoders)]), client.query(copyFrom(copy)));
        } catch (error) {
          throw engineError('postgres', error);
        } finally {
          client.release();
        }
      },
      close: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw engineError('postgres', error);
    }
  }
}
