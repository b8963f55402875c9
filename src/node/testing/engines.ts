import { randomBytes } from 'crypto';

import { getDialect } from '../../sales';
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

/** A ClickHouse cluster to test on: its name and the HTTP URL of every node, the first one queries go through. */
export interface ClusterUnderTest {
  name: string;
  nodes: string[];
}

/**
 * The cluster of SALESPERF_CLICKHOUSE_CLUSTER_URL (its first node), SALESPERF_CLICKHOUSE_CLUSTER (its
 * name) and SALESPERF_CLICKHOUSE_CLUSTER_NODES (every node's HTTP URL, for the DDL each node runs).
 */
export function clusterUnderTest(): ClusterUnderTest | undefined {
  const url = process.env.SALESPERF_CLICKHOUSE_CLUSTER_URL;
  if (!url) {
    return undefined;
  }
  const name = process.env.SALESPERF_CLICKHOUSE_CLUSTER;
  const nodes = (process.env.SALESPERF_CLICKHOUSE_CLUSTER_NODES ?? '').split(/\s+/).filter(Boolean);
  if (!name || nodes[0] !== url) {
    throw new Error(
      'SALESPERF_CLICKHOUSE_CLUSTER_URL is set: SALESPERF_CLICKHOUSE_CLUSTER must name the cluster and ' +
        'SALESPERF_CLICKHOUSE_CLUSTER_NODES list the HTTP URL of every node, starting with that one (.ci/servers.sh exports them).'
    );
  }
  return { name, nodes };
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
