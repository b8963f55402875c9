import type { Dialect } from '../../src/sales/types';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { warehouseDdl } from '../../src/sales/warehouse/ddl';
import { clusterDdl, readClusterNodes } from '../../src/sales/warehouse/cluster';
import {
  clickhouseOptions,
  createExecutor,
  engineDialect,
  type Engine,
  type NodeExecutor,
} from '../../src/node/executors';
import { copyReplicatedTables, onEveryNode } from '../../src/node/seed/cluster';
import {
  availableEngines,
  type ClusterUnderTest,
  clusterUnderTest,
  dropSchemaSql,
  scratchSchemaName,
} from '../../src/node/testing/engines';

const EMBEDDED: Engine[] = ['duckdb', 'pglite'];

type Row = Record<string, string | number | boolean | null>;

export interface EngineUnderTest {
  engine: Engine;
  url: string;
  dialect: Dialect;
  /** a server engine shared with other test files: each file uses a schema of its own */
  server: boolean;
  /** the engine, or the ClickHouse cluster, for test titles */
  label: string;
  /** a ClickHouse cluster reached through `url`, its first node */
  cluster?: ClusterUnderTest;
}

/**
 * The embedded engines always; the servers whose URLs are set (SALESPERF_*_URL); with `cluster`,
 * also the ClickHouse cluster of SALESPERF_CLICKHOUSE_CLUSTER_URL (for tests that lay it out).
 */
export function enginesUnderTest(options: { cluster?: boolean } = {}): EngineUnderTest[] {
  const engines: EngineUnderTest[] = availableEngines().map(({ engine, url }) => ({
    engine,
    url,
    dialect: engineDialect(engine),
    server: !EMBEDDED.includes(engine),
    label: engine,
  }));
  const cluster = options.cluster ? clusterUnderTest() : undefined;
  if (cluster) {
    const label = `clickhouse cluster ${cluster.name}`;
    engines.push({ engine: 'clickhouse', url: cluster.nodes[0], dialect: 'clickhouse', server: true, label, cluster });
  }
  return engines;
}

/** The engines whose URL is not set, for a message saying what was not run. */
export function enginesNotRun(options: { cluster?: boolean } = {}): string[] {
  return [
    ['PostgreSQL', 'SALESPERF_PG_URL'],
    ['MariaDB/MySQL', 'SALESPERF_MYSQL_URL'],
    ['ClickHouse', 'SALESPERF_CLICKHOUSE_URL'],
    ...(options.cluster ? [['a ClickHouse cluster', 'SALESPERF_CLICKHOUSE_CLUSTER_URL']] : []),
  ]
    .filter(([, variable]) => !process.env[variable])
    .map(([name, variable]) => `${name} (${variable} is not set)`);
}

/** A skipped test naming the engines whose URL is not set, so a run says what it did not cover. */
export function skipEnginesNotRun(options: { cluster?: boolean } = {}): void {
  const notRun = enginesNotRun(options);
  if (notRun.length) {
    it.skip(`not run on ${notRun.join('; ')}`, () => undefined);
  }
}

/**
 * Creates the contract's tables in a schema of their own and loads the rows given per table. On a
 * cluster: the sharded layout on every node, facts written through their Distributed tables, the
 * other tables copied to every node.
 */
export async function loadWarehouse(
  executor: NodeExecutor,
  schema: string,
  data: Record<string, Row[]>,
  cluster?: ClusterUnderTest
): Promise<void> {
  if (cluster) {
    await onEveryNode(cluster.nodes, clusterDdl(cluster.name, schema));
  } else {
    const ddl = warehouseDdl(executor.dialect, schema);
    for (const statement of [...ddl.schema, ...ddl.tables]) {
      await executor.run(statement);
    }
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
  if (cluster) {
    const nodes = await readClusterNodes(executor, cluster.name);
    await copyReplicatedTables(executor, schema, nodes, clickhouseOptions(cluster.nodes[0]));
  }
}

export async function dropSchema(executor: NodeExecutor, schema: string, cluster?: ClusterUnderTest): Promise<void> {
  if (cluster) {
    await onEveryNode(cluster.nodes, [dropSchemaSql('clickhouse', schema)]);
  } else {
    await executor.run(dropSchemaSql(executor.engine, schema));
  }
}

/**
 * One describe block per engine under test (title with `$label`: the engine, or the ClickHouse
 * cluster with `cluster`), with `data` loaded into a scratch schema before its tests and dropped
 * after them, and a skipped test naming the engines not run.
 */
export function describeOnEveryEngine(
  title: string,
  schemaPrefix: string,
  data: Record<string, Row[]>,
  body: (warehouse: {
    engine: Engine;
    /** the engine's URL (embedded engines: in memory, so only `executor` reaches the loaded schema) */
    url: string;
    executor: NodeExecutor;
    schema: string;
    cluster?: ClusterUnderTest;
  }) => void,
  options: {
    cluster?: boolean;
    /** schemas of the test's own beside the loaded one (named from it), dropped with it */
    alsoDrop?: (schema: string) => string[];
  } = {}
): void {
  skipEnginesNotRun(options);
  describe.each(enginesUnderTest(options))(title, ({ engine, url, cluster }) => {
    const executor = createExecutor(engine, url);
    const schema = scratchSchemaName(schemaPrefix);

    beforeAll(async () => {
      await loadWarehouse(executor, schema, data, cluster);
    });

    afterAll(async () => {
      for (const other of options.alsoDrop?.(schema) ?? []) {
        await dropSchema(executor, other, cluster);
      }
      await dropSchema(executor, schema, cluster);
      await executor.close();
    });

    body({ engine, url, executor, schema, cluster });
  });
}

export { createExecutor, scratchSchemaName };
