import { getDialect } from '../../src/sales/sql/dialects';
import type { Dialect } from '../../src/sales/types';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { warehouseDdl } from '../../src/sales/warehouse/ddl';
import { createExecutor, engineDialect, type Engine, type NodeExecutor } from '../../src/node/executors';

type Row = Record<string, string | number | boolean | null>;

export interface EngineUnderTest {
  engine: Engine;
  url: string;
  dialect: Dialect;
  /** a server engine shared with other test files: each file uses a schema of its own */
  server: boolean;
}

/** The embedded engines always; the servers whose URLs are set (SALESPERF_*_URL). */
export function enginesUnderTest(): EngineUnderTest[] {
  const engines: EngineUnderTest[] = [
    { engine: 'duckdb', url: ':memory:', dialect: 'duckdb', server: false },
    { engine: 'pglite', url: 'memory://', dialect: 'postgres', server: false },
  ];
  const servers: Array<[Engine, string | undefined]> = [
    ['postgres', process.env.SALESPERF_PG_URL],
    ['mysql', process.env.SALESPERF_MYSQL_URL],
    ['clickhouse', process.env.SALESPERF_CLICKHOUSE_URL],
  ];
  for (const [engine, url] of servers) {
    if (url) {
      engines.push({ engine, url, dialect: engineDialect(engine), server: true });
    }
  }
  return engines;
}

/** The engines whose URL is not set, for a message saying what was not run. */
export function enginesNotRun(): string[] {
  return [
    ['PostgreSQL', 'SALESPERF_PG_URL'],
    ['MariaDB/MySQL', 'SALESPERF_MYSQL_URL'],
    ['ClickHouse', 'SALESPERF_CLICKHOUSE_URL'],
  ]
    .filter(([, variable]) => !process.env[variable])
    .map(([name, variable]) => `${name} (${variable} is not set)`);
}

export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates the contract's tables in a schema of their own and loads the rows given per table. */
export async function loadWarehouse(
  executor: NodeExecutor,
  schema: string,
  data: Record<string, Row[]>
): Promise<void> {
  const ddl = warehouseDdl(executor.dialect, schema);
  for (const statement of [...ddl.schema, ...ddl.tables]) {
    await executor.run(statement);
  }
  for (const table of CONTRACT) {
    const rows = data[table.name] ?? [];
    if (rows.length === 0) {
      continue;
    }
    const writer = await executor.openWriter(schema, table);
    await writer.write(rows.map((row) => table.columns.map((column) => row[column.name] ?? null)));
    await writer.close();
  }
}

export async function dropSchema(executor: NodeExecutor, schema: string): Promise<void> {
  const name = getDialect(executor.dialect).quoteIdent(schema);
  const statement =
    executor.dialect === 'mysql' || executor.dialect === 'clickhouse'
      ? `DROP DATABASE IF EXISTS ${name}`
      : `DROP SCHEMA IF EXISTS ${name} CASCADE`;
  await executor.run(statement);
}

export { createExecutor };
