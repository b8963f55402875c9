import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { getDialect } from '../sql/dialects';
import type { Executor } from '../types';
import { type CheckIssue, formatIssues } from './check';
import {
  type ClusterNode,
  type Credentials,
  isSharded,
  localTableName,
  nodeLabel,
  readClusterNodes,
  remoteTable,
  shardingExpression,
} from './cluster';
import { shardLocalJoins } from '../sql/distributed';
import { CONTRACT, type TableDef } from './contract';
import { frameRows } from './introspect';
import { said } from './issueText';
import { type Phrase, phrase, SalesError } from '../errors';

/**
 * Checks a warehouse's layout on a ClickHouse cluster through one node (cluster.ts describes the
 * layout): every shard reachable, every fact a Distributed table over this cluster and a local table
 * that every shard has with the same columns, every other table on every node with the same columns
 * and (with data checks) the same rows.
 */

export type ClusterIssueCode =
  | 'cluster_undefined'
  | 'node_unreachable'
  | 'not_distributed'
  | 'sharding_key_differs'
  | 'local_table_missing'
  | 'local_table_differs'
  | 'replicated_table_missing'
  | 'replicated_table_distributed'
  | 'replicated_table_differs'
  | 'replicated_rows_differ'
  | 'shard_without_rows';

export interface ClusterCheckOptions {
  cluster: string;
  /** the login remote() uses to read the other nodes (the one the executor uses) */
  credentials: Credentials;
  /** compare rows too (default true): row counts per shard, the replicated tables' contents */
  data?: boolean;
}

export interface ShardRows {
  table: TableId;
  name: string;
  /** rows of the local table on each node, in the order of ClusterReport.nodes (null: unreadable) */
  rows: Array<number | null>;
}

export interface ClusterReport {
  cluster: string;
  nodes: Array<ClusterNode & { reachable: boolean }>;
  shardRows: ShardRows[];
  issues: CheckIssue[];
}

interface TableInfo {
  engine: string;
  engineFull: string;
  /** column name → type, in table order */
  columns: Map<string, string>;
}

type NodeTables = Map<string, TableInfo>;

/** Distributed(cluster, database, table[, sharding key]) as system.tables shows it (names quoted or not). */
const DISTRIBUTED =
  /^Distributed\(\s*\\?'?([^',\s\\]+)\\?'?\s*,\s*\\?'?([^',\s\\]+)\\?'?\s*,\s*\\?'?([^',\s\\]+)\\?'?\s*(?:,\s*(.*))?\)$/;

const normalizeExpression = (expr: string) => expr.replace(/[`\s]/g, '');

export async function checkClusterLayout(
  executor: Executor,
  location: WarehouseLocation,
  options: ClusterCheckOptions
): Promise<ClusterReport> {
  const schema = resolveTable(location, 'reps').schema;
  const issues: CheckIssue[] = [];
  const report = (nodes: ClusterReport['nodes'], shardRows: ShardRows[] = []): ClusterReport => ({
    cluster: options.cluster,
    nodes,
    shardRows,
    issues,
  });

  let nodes: ClusterNode[];
  try {
    nodes = await readClusterNodes(executor, options.cluster);
  } catch (error) {
    issues.push({
      severity: 'error',
      code: 'cluster_undefined',
      message: messageOf(error),
      text: error instanceof SalesError && error.key ? { key: error.key, params: error.params } : undefined,
    });
    return report([]);
  }

  // the tables of the node queries go through, and of every node of the cluster through remote()
  const entry = await readTables(executor, schema, (table) => `system.${table}`);
  const tablesOf = new Map<ClusterNode, NodeTables>();
  for (const node of nodes) {
    try {
      tablesOf.set(
        node,
        await readTables(executor, schema, (table) => remoteTable(node, 'system', table, options.credentials))
      );
    } catch (error) {
      issues.push({
        severity: 'error',
        code: 'node_unreachable',
        ...said('check.cluster.node-unreachable', {
          node: nodePhrase(node, true),
          cluster: options.cluster,
          error: messageOf(error),
        }),
      });
    }
  }
  const reachable = nodes.filter((node) => tablesOf.has(node));

  const shardRows: ShardRows[] = [];
  for (const def of CONTRACT) {
    const { name } = resolveTable(location, def.name);
    const table = entry.get(name);
    if (!table) {
      // the contract check names missing tables
      continue;
    }
    if (isSharded(def.name)) {
      const local = checkDistributed(
        issues,
        { ...location, cluster: options.cluster },
        options.cluster,
        schema,
        def,
        name,
        table
      );
      if (local) {
        checkOnEveryNode(issues, reachable, tablesOf, def, local, table.columns, 'local');
        if (options.data !== false) {
          shardRows.push(await countPerNode(executor, nodes, tablesOf, schema, def, local, options, issues));
        }
      }
    } else if (table.engine === 'Distributed') {
      issues.push({
        severity: 'error',
        code: 'replicated_table_distributed',
        table: def.name,
        ...said('check.cluster.replicated-distributed', { name, table: def.name }),
      });
    } else {
      checkOnEveryNode(issues, reachable, tablesOf, def, name, table.columns, 'replicated');
      if (options.data !== false) {
        await compareReplicatedRows(executor, reachable, tablesOf, schema, def, name, table, options, issues);
      }
    }
  }
  return report(
    nodes.map((node) => ({ ...node, reachable: tablesOf.has(node) })),
    shardRows
  );
}

/** A fact must be Distributed over this cluster and a local table of the same schema; returns that table. */
function checkDistributed(
  issues: CheckIssue[],
  location: WarehouseLocation,
  cluster: string,
  schema: string,
  def: TableDef,
  name: string,
  table: TableInfo
): string | undefined {
  const parts = DISTRIBUTED.exec(table.engineFull);
  if (table.engine !== 'Distributed' || !parts) {
    issues.push({
      severity: 'error',
      code: 'not_distributed',
      table: def.name,
      ...said('check.cluster.not-distributed', { name, engine: table.engine, cluster, local: localTableName(name) }),
    });
    return undefined;
  }
  const [, overCluster, database, local, key] = parts;
  if (overCluster !== cluster || database !== schema) {
    issues.push({
      severity: 'error',
      code: 'not_distributed',
      table: def.name,
      ...said('check.cluster.distributed-elsewhere', { name, database, local, overCluster, cluster, schema }),
    });
    return undefined;
  }
  const expected = shardingExpression(def.name);
  if (key === undefined || normalizeExpression(key) !== normalizeExpression(expected)) {
    const sharding = { name, key: key ?? phrase('check.cluster.no-key', {}), expected };
    issues.push(
      shardLocalJoins(location)
        ? {
            severity: 'error',
            code: 'sharding_key_differs',
            table: def.name,
            ...said('check.cluster.sharding-key-differs', sharding),
          }
        : {
            severity: 'info',
            code: 'sharding_key_differs',
            table: def.name,
            ...said('check.cluster.sharding-key-global', sharding),
          }
    );
  }
  return local;
}

/** The table exists on every reachable node with the columns this node's table has. */
function checkOnEveryNode(
  issues: CheckIssue[],
  nodes: ClusterNode[],
  tablesOf: Map<ClusterNode, NodeTables>,
  def: TableDef,
  name: string,
  columns: Map<string, string>,
  role: 'local' | 'replicated'
): void {
  const expected = [...columns].map(([column, type]) => `${column} ${type}`).join(', ');
  for (const node of nodes) {
    const table = tablesOf.get(node)!.get(name);
    const where = nodePhrase(node);
    if (!table) {
      issues.push({
        severity: 'error',
        code: role === 'local' ? 'local_table_missing' : 'replicated_table_missing',
        table: def.name,
        ...said(role === 'local' ? 'check.cluster.local-table-missing' : 'check.cluster.replicated-table-missing', {
          name,
          table: def.name,
          node: where,
        }),
      });
      continue;
    }
    const found = [...table.columns].map(([column, type]) => `${column} ${type}`).join(', ');
    if (found !== expected) {
      issues.push({
        severity: 'error',
        code: role === 'local' ? 'local_table_differs' : 'replicated_table_differs',
        table: def.name,
        ...said('check.cluster.columns-differ', { name, node: where, found, expected }),
      });
    }
  }
}

async function countPerNode(
  executor: Executor,
  nodes: ClusterNode[],
  tablesOf: Map<ClusterNode, NodeTables>,
  schema: string,
  def: TableDef,
  local: string,
  options: ClusterCheckOptions,
  issues: CheckIssue[]
): Promise<ShardRows> {
  const rows: Array<number | null> = [];
  for (const node of nodes) {
    if (!tablesOf.get(node)?.has(local)) {
      rows.push(null);
      continue;
    }
    const [row] = frameRows(
      await executor.run(`SELECT count() AS n FROM ${remoteTable(node, schema, local, options.credentials)}`)
    );
    rows.push(Number(row.n));
  }
  const total = rows.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  nodes.forEach((node, index) => {
    if (total > 0 && rows[index] === 0) {
      issues.push({
        severity: 'info',
        code: 'shard_without_rows',
        table: def.name,
        ...said('check.cluster.shard-without-rows', { node: nodePhrase(node, true), total, table: def.name }),
      });
    }
  });
  return { table: def.name, name: local, rows };
}

async function compareReplicatedRows(
  executor: Executor,
  nodes: ClusterNode[],
  tablesOf: Map<ClusterNode, NodeTables>,
  schema: string,
  def: TableDef,
  name: string,
  table: TableInfo,
  options: ClusterCheckOptions,
  issues: CheckIssue[]
): Promise<void> {
  const q = getDialect('clickhouse').quoteIdent;
  const columns = [...table.columns.keys()].map(q).join(', ');
  // an order-independent digest of the rows: their count and the sum of their hashes
  const digest = async (from: string) => {
    const [row] = frameRows(
      await executor.run(
        `SELECT count() AS n, toString(sum(cityHash64(toString(tuple(${columns}))))) AS h FROM ${from}`
      )
    );
    return { rows: Number(row.n), hash: String(row.h) };
  };
  const reference = await digest(`${q(schema)}.${q(name)}`);
  for (const node of nodes.filter((candidate) => !candidate.isLocal && tablesOf.get(candidate)!.has(name))) {
    const other = await digest(remoteTable(node, schema, name, options.credentials));
    if (other.rows !== reference.rows || other.hash !== reference.hash) {
      issues.push({
        severity: 'error',
        code: 'replicated_rows_differ',
        table: def.name,
        ...said('check.cluster.replicated-rows-differ', {
          name,
          node: nodePhrase(node),
          rows: other.rows,
          reference: reference.rows,
          table: def.name,
        }),
      });
    }
  }
}

/** The tables of the schema with their engines and columns, from a node's system tables. */
async function readTables(executor: Executor, schema: string, system: (table: string) => string): Promise<NodeTables> {
  const literal = getDialect('clickhouse').string(schema);
  const tables = frameRows(
    await executor.run(`SELECT name, engine, engine_full FROM ${system('tables')} WHERE database = ${literal}`)
  );
  const columns = frameRows(
    await executor.run(`SELECT table, name, type FROM ${system('columns')} WHERE database = ${literal}`)
  );
  const info: NodeTables = new Map(
    tables.map((row) => [
      String(row.name),
      { engine: String(row.engine), engineFull: String(row.engine_full), columns: new Map() },
    ])
  );
  for (const row of columns) {
    info.get(String(row.table))?.columns.set(String(row.name), String(row.type));
  }
  return info;
}

/** The layout report as text for a terminal. */
export function formatClusterReport(report: ClusterReport): string {
  const lines = [`Cluster "${report.cluster}": ${report.nodes.length} ${report.nodes.length === 1 ? 'node' : 'nodes'}`];
  for (const node of report.nodes) {
    const state = node.reachable ? 'reachable' : 'NOT reachable';
    lines.push(`  ${nodeLabel(node)}  ${state}${node.isLocal ? ' (the node queries go through)' : ''}`);
  }
  if (report.shardRows.length > 0) {
    const width = Math.max(...report.shardRows.map((entry) => entry.table.length));
    const cell = (text: string) => text.padStart(12);
    lines.push(
      '',
      `  ${'rows on each node'.padEnd(width)}${report.nodes.map((node) => cell(`shard ${node.shard}`)).join('')}`
    );
    for (const entry of report.shardRows) {
      const counts = entry.rows.map((rows) => cell(rows === null ? '-' : rows.toLocaleString('en-US')));
      lines.push(`  ${entry.table.padEnd(width)}${counts.join('')}`);
    }
  }
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const issues = formatIssues(report.issues);
  lines.push(
    ...(issues.length ? ['', ...issues] : []),
    '',
    errors === 0
      ? `Layout: the tables are laid out for cluster "${report.cluster}".`
      : `Layout not usable: ${errors} ${errors === 1 ? 'error' : 'errors'}.`
  );
  return lines.join('\n');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A node as nodeLabel writes it ("shard 2 replica 1 (host:9000)"), catalogued; capitalized to start a sentence. */
function nodePhrase(node: ClusterNode, capital = false): Phrase {
  const host = `${node.host}:${node.port}`;
  const start = capital ? 'capital' : 'lower';
  return node.replica > 1
    ? phrase(`check.cluster.node.${start}.replica`, { shard: node.shard, replica: node.replica, host })
    : phrase(`check.cluster.node.${start}.shard`, { shard: node.shard, host });
}
