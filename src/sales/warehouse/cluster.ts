import type { TableId } from '../catalog/tables';
import { salesError } from '../errors';
import { getDialect } from '../sql/dialects';
import { checkIdentifier } from '../sql/literals';
import { CONTRACT, type TableDef } from './contract';
import { createSchemaSql, createTableSql } from './ddl';
import { frameRows } from './introspect';
import type { Executor } from '../types';

/**
 * The contract's layout on a sharded ClickHouse cluster (provisioning/warehouse/README.md explains it).
 * A fact table is a local MergeTree table on every shard, `<name>_local`, under a Distributed table
 * with the contract's name that routes each row by a hash of its sharding key. The key keeps together
 * what the KPI queries join: an opportunity with its stage history and its activities, an invoice
 * with its payments. Every other table is small and is a plain MergeTree table holding the same rows
 * on every node, so any shard can join it locally.
 */

/** The sharded tables and their sharding key: the first of these columns that is not null. */
export const SHARDING_KEYS: Partial<Record<TableId, readonly string[]>> = {
  opportunities: ['opportunity_id'],
  opportunity_stage_history: ['opportunity_id'],
  // an activity without a deal goes by its own id
  activities: ['opportunity_id', 'activity_id'],
  invoices: ['invoice_id'],
  payments: ['invoice_id'],
  leads: ['lead_id'],
  csat_responses: ['response_id'],
  // with its visit where the visit has no deal (as the daily reports' visits), else by its own id
  visit_feedback: ['activity_id', 'feedback_id'],
};

export function isSharded(table: TableId): boolean {
  return SHARDING_KEYS[table] !== undefined;
}

/** The shard-local table under a Distributed table. */
export function localTableName(name: string): string {
  return `${name}_local`;
}

/** The expression the Distributed table hashes to pick a row's shard. */
export function shardingExpression(table: TableId): string {
  const q = getDialect('clickhouse').quoteIdent;
  const columns = SHARDING_KEYS[table];
  if (!columns) {
    throw new Error(`internal: ${table} is not sharded`);
  }
  const key = columns
    .slice(0, -1)
    .reduceRight((fallback, column) => `ifNull(${q(column)}, ${fallback})`, q(columns[columns.length - 1]));
  return `cityHash64(${key})`;
}

export function checkClusterName(name: string): string {
  return checkIdentifier(name, 'cluster name');
}

/** The engine clause of a fact's Distributed table. */
export function distributedEngine(cluster: string, schema: string, table: TableDef): string {
  const d = getDialect('clickhouse');
  const args = [d.string(checkClusterName(cluster)), d.string(schema), d.string(localTableName(table.name))];
  return `Distributed(${args.join(', ')}, ${shardingExpression(table.name)})`;
}

/** The statements to run on every node of the cluster, in order. */
export function clusterDdl(cluster: string, schema: string, tables: readonly TableDef[] = CONTRACT): string[] {
  checkClusterName(cluster);
  checkIdentifier(schema, 'schema name');
  return [
    createSchemaSql('clickhouse', schema),
    ...tables.flatMap((table) =>
      isSharded(table.name)
        ? [
            createTableSql('clickhouse', schema, table, { name: localTableName(table.name) }),
            createTableSql('clickhouse', schema, table, { engine: distributedEngine(cluster, schema, table) }),
          ]
        : [createTableSql('clickhouse', schema, table)]
    ),
  ];
}

export const CLUSTER_DDL_NOTES = [
  'ClickHouse 18.16 runs ON CLUSTER DDL only with ZooKeeper: run this script on every node of the cluster.',
  'Fact tables: a MergeTree table <name>_local on every shard and a Distributed table <name> that routes',
  'each row by a hash of its sharding key (an opportunity with its stage history and activities, an invoice',
  'with its payments, visit feedback with its visit). Dimension tables: the same rows on every node',
  '(salesperf seed --cluster writes them so).',
];

/** One server of a cluster, as its `system.clusters` row names it. */
export interface ClusterNode {
  shard: number;
  replica: number;
  host: string;
  /** the native (TCP) port, which remote() and the Distributed engine use */
  port: number;
  /** the node a query reaches this cluster through */
  isLocal: boolean;
}

export function nodeLabel(node: ClusterNode): string {
  return `shard ${node.shard}${node.replica > 1 ? ` replica ${node.replica}` : ''} (${node.host}:${node.port})`;
}

export function clusterNodesSql(cluster: string): string {
  const d = getDialect('clickhouse');
  return (
    'SELECT shard_num AS shard, replica_num AS replica, host_name AS host, port, is_local FROM system.clusters' +
    ` WHERE cluster = ${d.string(checkClusterName(cluster))} ORDER BY shard_num, replica_num`
  );
}

export interface Credentials {
  username: string;
  password: string;
}

/** One node's table through the remote() table function (reads, and INSERT INTO FUNCTION). */
export function remoteTable(node: ClusterNode, schema: string, table: string, credentials: Credentials): string {
  const d = getDialect('clickhouse');
  const args = [
    `${node.host}:${node.port}`,
    checkIdentifier(schema, 'schema name'),
    checkIdentifier(table, 'table name'),
  ];
  return `remote(${[...args, credentials.username, credentials.password].map((arg) => d.string(arg)).join(', ')})`;
}

/** The servers of a cluster as the node the executor talks to defines it (its remote_servers). */
export async function readClusterNodes(executor: Executor, cluster: string): Promise<ClusterNode[]> {
  const nodes = frameRows(await executor.run(clusterNodesSql(cluster))).map((row) => ({
    shard: Number(row.shard),
    replica: Number(row.replica),
    host: String(row.host),
    port: Number(row.port),
    isLocal: Number(row.is_local) === 1,
  }));
  if (nodes.length === 0) {
    const known = frameRows(await executor.run('SELECT DISTINCT cluster FROM system.clusters ORDER BY cluster'));
    const name = checkClusterName(cluster);
    throw known.length
      ? salesError(
          'cluster.undefined',
          { cluster: name, clusters: known.map((row) => String(row.cluster)).join(', ') },
          'invalid_config'
        )
      : salesError('cluster.none-defined', { cluster: name }, 'invalid_config');
  }
  return nodes;
}
