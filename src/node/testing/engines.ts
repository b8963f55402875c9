import { randomBytes } from 'crypto';

import { getDialect } from '../../sales/sql/dialects';
import { createExecutor, engineDialect, type Engine, type NodeExecutor } from '../executors';

/**
 * The engines a test can use: the embedded ones always, the servers when SALESPERF_*_URL is set.
 * Each scratch schema has a name of its own and is dropped by dispose().
 */
export interface TestEngine {
  engine: Engine;
  url: string;
}

export function availableEngines(): TestEngine[] {
  const engines: TestEngine[] = [
    { engine: 'duckdb', url: ':memory:' },
    { engine: 'pglite', url: 'memory://' },
  ];
  const servers: Array<[Engine, string | undefined]> = [
    ['postgres', process.env.SALESPERF_PG_URL],
    ['mysql', process.env.SALESPERF_MYSQL_URL],
    ['clickhouse', process.env.SALESPERF_CLICKHOUSE_URL],
  ];
  for (const [engine, url] of servers) {
    if (url) {
      engines.push({ engine, url });
    }
  }
  return engines;
}

export function scratchSchemaName(prefix = 'wh'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export function dropSchemaSql(engine: Engine, schema: string): string {
  const name = getDialect(engineDialect(engine)).quoteIdent(schema);
  return engine === 'mysql' || engine === 'clickhouse'
    ? `DROP DATABASE IF EXISTS ${name}`
    : `DROP SCHEMA IF EXISTS ${name} CASCADE`;
}

export interface Scratch {
  executor: NodeExecutor;
  schema: string;
  dispose(): Promise<void>;
}

/** An executor and an empty schema of its own on the engine. */
export async function openScratch({ engine, url }: TestEngine): Promise<Scratch> {
  const executor = createExecutor(engine, url);
  const schema = scratchSchemaName();
  return {
    executor,
    schema,
    async dispose() {
      try {
        await executor.run(dropSchemaSql(engine, schema));
      } finally {
        await executor.close();
      }
    },
  };
}
