import {
  checkClusterLayout,
  checkIdentifier,
  type ClusterNode,
  CONTRACT,
  type Credentials,
  type Executor,
  frameRows,
  getDialect,
  isSharded,
  localTableName,
  nodeLabel,
  remoteTable,
  SalesError,
  type TableDef,
} from '../../sales';
import { createExecutor, type NodeExecutor } from '../executors';
import { generateWarehouse, type GeneratorOptions } from '../generator/warehouse';
import { checkSeedRange, existingContractTables, load, type SeedOptions, type SeedResult } from './seed';

/** The contract's tables that hold the same rows on every node. */
export const REPLICATED_TABLES: readonly TableDef[] = CONTRACT.filter((table) => !isSharded(table.name));

/**
 * Copies the replicated tables' rows from the executor's node to every other node of the cluster
 * (INSERT INTO FUNCTION remote(…): ClickHouse 18.16 has no replication without ZooKeeper).
 */
export async function copyReplicatedTables(
  executor: Executor,
  schema: string,
  nodes: ClusterNode[],
  credentials: Credentials,
  tables: readonly TableDef[] = REPLICATED_TABLES
): Promise<void> {
  const q = getDialect('clickhouse').quoteIdent;
  checkIdentifier(schema, 'schema name');
  for (const node of nodes.filter((candidate) => !candidate.isLocal)) {
    for (const table of tables) {
      const columns = table.columns.map((column) => q(column.name)).join(', ');
      try {
        await executor.run(
          `INSERT INTO FUNCTION ${remoteTable(node, schema, table.name, credentials)} SELECT ${columns} FROM ${q(schema)}.${q(table.name)}`
        );
      } catch (error) {
        throw new SalesError(
          `Copying ${table.name} to ${nodeLabel(node)} failed: ${(error as Error).message}`,
          'engine_error'
        );
      }
    }
  }
}

export interface ClusterSeedOptions extends GeneratorOptions {
  schema: string;
  cluster: string;
  credentials: Credentials;
  onProgress?: SeedOptions['onProgress'];
}

/**
 * Loads the demo warehouse into a cluster's tables (made beforehand on every node by the cluster
 * DDL) through one node: facts go into the Distributed tables, which route each row to its shard;
 * the other tables are loaded on this node and copied to every other one.
 */
export async function seedCluster(executor: NodeExecutor, options: ClusterSeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const schema = checkIdentifier(options.schema, 'schema name');
  checkSeedRange(executor.dialect, options.end);
  const ddlHint =
    `print the DDL with salesperf ddl --engine clickhouse --cluster ${options.cluster} --schema ${schema} ` +
    'and run it on every node of the cluster';
  const existing = await existingContractTables(executor, schema);
  const missing = CONTRACT.filter((table) => !existing.includes(table.name)).map((table) => table.name);
  if (missing.length > 0) {
    throw new SalesError(
      `Schema "${schema}" lacks the tables ${missing.join(', ')} on this node: nothing was loaded. To create them, ${ddlHint}.`,
      'invalid_config'
    );
  }
  const layout = await checkClusterLayout(executor, { schema }, { ...options, data: false });
  const errors = layout.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new SalesError(
      `The tables of schema "${schema}" are not laid out for cluster "${options.cluster}": nothing was loaded.\n` +
        `${errors.map((issue) => `  ${issue.message}`).join('\n')}\nTo lay them out, ${ddlHint}.`,
      'invalid_config'
    );
  }
  const filled = await tablesWithRows(executor, schema, layout.nodes, options.credentials);
  if (filled.length > 0) {
    throw new SalesError(
      `The cluster already holds rows in ${filled.join(', ')}: nothing was loaded. ClickHouse 18.16 cannot empty ` +
        `another node's tables through this one: drop the schema's tables on every node, ${ddlHint}, then seed again.`,
      'invalid_config'
    );
  }
  const rows = await load(executor, schema, generateWarehouse(options), options.onProgress, [...CONTRACT]);
  await copyReplicatedTables(executor, schema, layout.nodes, options.credentials);
  const totalRows = Object.values(rows).reduce((sum, count) => sum + (count ?? 0), 0);
  return { rows, totalRows, milliseconds: Date.now() - started };
}

/** "table on node" for every table of the contract that holds rows on some node. */
async function tablesWithRows(
  executor: Executor,
  schema: string,
  nodes: ClusterNode[],
  credentials: Credentials
): Promise<string[]> {
  const filled: string[] = [];
  for (const node of nodes) {
    for (const table of CONTRACT) {
      const name = isSharded(table.name) ? localTableName(table.name) : table.name;
      const [row] = frameRows(
        await executor.run(`SELECT count() AS n FROM ${remoteTable(node, schema, name, credentials)}`)
      );
      if (Number(row.n) > 0) {
        filled.push(`${name} on ${nodeLabel(node)}`);
      }
    }
  }
  return filled;
}

/**
 * Runs statements on every node, given each node's URL: ClickHouse 18.16 runs ON CLUSTER DDL only
 * with ZooKeeper, so the cluster DDL goes to each node in turn.
 */
export async function onEveryNode(urls: string[], statements: string[]): Promise<void> {
  for (const url of urls) {
    const node = createExecutor('clickhouse', url);
    try {
      for (const statement of statements) {
        await node.run(statement);
      }
    } finally {
      await node.close();
    }
  }
}
