import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { DateTime } from 'luxon';
import { Readable } from 'stream';

import { type DataFrameJSON, getDialect, SalesError, type TableDef } from '../../sales';
import { tabSeparatedEncoder, tsvLines } from './encode';
import { type ColumnReader, emptyFrame, engineError, frameFromRows, parseDate, parseTimestamp, toText } from './frames';
import type { NodeExecutor, RowValue, TableWriter } from './types';

/** Statements that return rows; anything else goes through command(). */
const RETURNS_ROWS = /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(SELECT|WITH|SHOW|DESCRIBE|DESC|EXISTS|EXPLAIN)\b/i;

/** Splits http://user:password@host:port/database into the client's options. */
export function clickhouseOptions(url: string): { url: string; username: string; password: string; database: string } {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^clickhouse:\/\//, 'http://'));
  } catch {
    throw new SalesError(
      `"${url}" is not a ClickHouse URL: use http://user:password@host:8123/database.`,
      'invalid_config'
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SalesError(
      `"${url}" is not a ClickHouse URL: use http://user:password@host:8123/database.`,
      'invalid_config'
    );
  }
  return {
    url: `${parsed.protocol}//${parsed.host}`,
    username: decodeURIComponent(parsed.username) || 'default',
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'default',
  };
}

/**
 * ClickHouse over HTTP (@clickhouse/client). ClickHouse 18.16 closes idle keep-alive sockets, so
 * every request gets a connection of its own; inserts never send a body without rows.
 */
export class ClickhouseExecutor implements NodeExecutor {
  readonly dialect = 'clickhouse' as const;
  readonly engine = 'clickhouse' as const;
  readonly batchSize = 50000;
  private readonly client: ClickHouseClient;
  private serverZone?: Promise<string>;

  constructor(url: string) {
    this.client = createClient({
      ...clickhouseOptions(url),
      keep_alive: { enabled: false },
      log: { level: ClickHouseLogLevel.OFF },
      request_timeout: 600_000,
    });
  }

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    // The client appends its own FORMAT clause, which a trailing semicolon would cut off.
    const query = sql.replace(/;\s*$/, '');
    try {
      if (!RETURNS_ROWS.test(query)) {
        await this.client.command({ query, abort_signal: options.signal });
        return emptyFrame(sql);
      }
      const result = await this.client.query({ query, format: 'JSONCompact', abort_signal: options.signal });
      const json = (await result.json()) as { meta: Array<{ name: string; type: string }>; data: unknown[][] };
      const columns = await Promise.all(json.meta.map((column) => this.columnReader(column.name, column.type)));
      return frameFromRows(sql, columns, json.data);
    } catch (error) {
      throw engineError('clickhouse', error);
    }
  }

  async openWriter(schema: string, table: TableDef): Promise<TableWriter> {
    const q = getDialect('clickhouse').quoteIdent;
    const target = `${q(schema)}.${q(table.name)}`;
    const encoders = table.columns.map(tabSeparatedEncoder);
    return {
      write: async (rows: RowValue[][]) => {
        if (rows.length === 0) {
          return;
        }
        try {
          await this.client.insert({
            table: target,
            columns: table.columns.map((column) => column.name) as [string, ...string[]],
            values: Readable.from([Buffer.from(tsvLines(rows, encoders))], { objectMode: false }),
            format: 'TabSeparated',
            // into a Distributed table (a cluster's fact), return only once the shards hold the rows
            clickhouse_settings: { insert_distributed_sync: 1 },
          });
        } catch (error) {
          throw engineError('clickhouse', error);
        }
      },
      close: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async columnReader(name: string, declared: string): Promise<ColumnReader> {
    const type = declared.replace(/^Nullable\((.*)\)$/, '$1').replace(/^LowCardinality\((.*)\)$/, '$1');
    if (/^(U?Int\d+|Float\d+|Decimal\d*\(.*\))$/.test(type)) {
      return { name, type: 'number', convert: (value) => Number(value) };
    }
    if (type === 'Bool') {
      return { name, type: 'boolean', convert: (value) => value === true || value === 1 || value === 'true' };
    }
    if (/^Date(32)?$/.test(type)) {
      return { name, type: 'time', convert: (value) => parseDate(String(value)) };
    }
    const dateTime = /^DateTime(?:64)?(?:\((?:\d+)?(?:,\s*)?(?:'([^']+)')?\))?$/.exec(type);
    if (dateTime) {
      const zone = dateTime[1] ?? (await this.timeZone());
      return {
        name,
        type: 'time',
        convert:
          zone === 'UTC'
            ? (value) => parseTimestamp(String(value))
            : (value) => DateTime.fromSQL(String(value), { zone }).toMillis(),
      };
    }
    if (type === 'String' || /^(FixedString|Enum\d*|UUID)/.test(type)) {
      return { name, type: 'string', convert: toText };
    }
    return { name, type: 'other', convert: (value) => value };
  }

  /** A DateTime without a zone is shown in the server's time zone. */
  private timeZone(): Promise<string> {
    this.serverZone ??= this.client
      .query({ query: 'SELECT timezone() AS zone', format: 'JSONEachRow' })
      .then((result) => result.json<{ zone: string }>())
      .then((rows) => rows[0]?.zone ?? 'UTC');
    return this.serverZone;
  }
}
