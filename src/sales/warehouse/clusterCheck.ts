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
    issues.push({ severity: 'error', code: 'cluster_undefined', message: messageOf(error) });
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
        message: `${capitalize(nodeLabel(node))} of cluster "${options.cluster}" cannot be read: ${messageOf(error)}`,
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
        message:
          `Table ${name} is a Distributed table: the pack expects ${def.name} to hold all its rows on every node ` +
          '(a plain MergeTree table, the same everywhere), so that each shard joins it locally.',
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
      message:
        `Table ${name} is a ${table.engine} table, not a Distributed table over cluster "${cluster}": ` +
        `queries through this node would read only its own rows. Create ${localTableName(name)} on every node and ` +
        `${name} as Distributed over it (salesperf ddl --engine clickhouse --cluster ${cluster}).`,
    });
    return undefined;
  }
  const [, overCluster, database, local, key] = parts;
  if (overCluster !== cluster || database !== schema) {
    issues.push({
      severity: 'error',
      code: 'not_distributed',
      table: def.name,
      message: `Table ${name} is Distributed over ${database}.${local} of cluster "${overCluster}", not over cluster "${cluster}" and database "${schema}".`,
    });
    return undefined;
  }
  const expected = shardingExpression(def.name);
  if (key === undefined || normalizeExpression(key) !== normalizeExpression(expected)) {
    const sharded = `Table ${name} is sharded by ${key ?? 'nothing'}, not by ${expected}`;
    issues.push(
      shardLocalJoins(location)
        ? {
            severity: 'error',
            code: 'sharding_key_differs',
            table: def.name,
            message:
              `${sharded}: the rows the queries join on each shard are not all there, so the numbers would be wrong. ` +
              'Recreate the table with the sharding key of salesperf ddl --cluster, or set cluster joins to global.',
          }
        : {
            severity: 'info',
            code: 'sharding_key_differs',
            table: def.name,
            message: `${sharded}: right with cluster joins global, which ship the joined rows to every shard.`,
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
    const where = nodeLabel(node);
    if (!table) {
      issues.push({
        severity: 'error',
        code: role === 'local' ? 'local_table_missing' : 'replicated_table_missing',
        table: def.name,
        message:
          role === 'local'
            ? `Table ${name} (the shard-local rows of ${def.name}) is missing on ${where}: run the cluster DDL on every node.`
            : `Table ${name} is missing on ${where}: every node needs its own copy of ${def.name} (run the cluster DDL on every node).`,
      });
      continue;
    }
    const found = [...table.columns].map(([column, type]) => `${column} ${type}`).join(', ');
    if (found !== expected) {
      issues.push({
        severity: 'error',
        code: role === 'local' ? 'local_table_differs' : 'replicated_table_differs',
        table: def.name,
        message: `Table ${name} on ${where} has the columns (${found}), not (${expected}) as on the node queries go through.`,
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
        message: `${capitalize(nodeLabel(node))} holds none of the ${total} rows of ${def.name}: it takes no share of the work.`,
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
        message:
          `Table ${name} on ${nodeLabel(node)} holds ${other.rows} rows that differ from the ${reference.rows} on ` +
          `the node queries go through: every node must hold the same ${def.name} (salesperf seed --cluster copies them).`,
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
