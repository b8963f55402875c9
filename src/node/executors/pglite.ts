import { PGlite } from '@electric-sql/pglite';
import path from 'path';

import { type DataFrameJSON, getDialect, type TableDef } from '../../sales';
import { copyEncoder, tsvLines } from './encode';
import { engineError, frameFromRows } from './frames';
import { pgColumnReader, RAW_TEXT_OIDS } from './pgTypes';
import { missingPath } from './paths';
import type { NodeExecutor, RowValue, TableWriter } from './types';

const PARSERS = Object.fromEntries(RAW_TEXT_OIDS.map((oid) => [oid, (value: string) => value]));

/** Embedded PostgreSQL (PGlite): url is a data directory or memory:// ; COPY from a blob for bulk loads. */
export class PgliteExecutor implements NodeExecutor {
  readonly dialect = 'postgres' as const;
  readonly engine = 'pglite' as const;
  readonly batchSize = 20000;
  private db?: Promise<PGlite>;

  constructor(
    private readonly dataDir: string,
    private readonly readOnly = false
  ) {}

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    const db = await this.open();
    try {
      options.signal?.throwIfAborted();
      const result = await db.query<unknown[]>(sql, [], { rowMode: 'array', parsers: PARSERS });
      const columns = result.fields.map((field) => pgColumnReader(field.name, field.dataTypeID));
      return frameFromRows(sql, columns, result.rows);
    } catch (error) {
      throw engineError('pglite', error);
    }
  }

  async openWriter(schema: string, table: TableDef): Promise<TableWriter> {
    const db = await this.open();
    const q = getDialect('postgres').quoteIdent;
    const copy = `COPY ${q(schema)}.${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) FROM '/dev/blob'`;
    const encoders = table.columns.map(copyEncoder);
    return {
      write: async (rows: RowValue[][]) => {
        try {
          await db.query(copy, [], { blob: new Blob([tsvLines(rows, encoders)]) });
        } catch (error) {
          throw engineError('pglite', error);
        }
      },
      close: async () => undefined,
    };
  }

  async close(): Promise<void> {
    if (this.db) {
      const db = await this.db.catch(() => undefined);
      this.db = undefined;
      await db?.close();
    }
  }

  private open(): Promise<PGlite> {
    this.db ??= (async () => {
      if (this.readOnly && !/^(memory|idb):\/\//.test(this.dataDir)) {
        const missing =
          missingPath('PGlite', this.dataDir, 'directory') ??
          missingPath('PGlite', path.join(this.dataDir, 'PG_VERSION'), 'file');
        if (missing) {
          throw missing;
        }
      }
      try {
        const db = await PGlite.create(this.dataDir);
        await db.exec("SET TimeZone = 'UTC'");
        return db;
      } catch (error) {
        throw engineError('pglite', error);
      }
    })();
    return this.db;
  }
}
