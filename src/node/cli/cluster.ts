import { checkClusterName, CLUSTER_JOINS, type ClusterJoins, SalesError } from '../../sales';
import type { Command, OptionValues } from './command';

/** The --cluster option of the commands that reach a ClickHouse cluster (README: "A ClickHouse cluster"). */

export const CLUSTER_HELP =
  '  --cluster NAME      ClickHouse: the cluster (remote_servers) whose Distributed tables hold the facts';

export const CLUSTER_JOINS_HELP =
  '  --cluster-joins J   local (default: co-located joins run on each shard) or global (any sharding)';

export const CLUSTER_OPTIONS: Command['options'] = { cluster: { type: 'string' } };

export const CLUSTER_JOINS_OPTIONS: Command['options'] = { 'cluster-joins': { type: 'string' } };

/** The cluster named by --cluster, checked; undefined without the option. */
export function clusterOf(values: OptionValues, dialect: string): string | undefined {
  const cluster = values.cluster;
  if (cluster === undefined) {
    return undefined;
  }
  if (typeof cluster !== 'string' || cluster === '') {
    throw new SalesError('--cluster needs the name of a cluster of the ClickHouse configuration.', 'invalid_config');
  }
  if (dialect !== 'clickhouse') {
    throw new SalesError(`--cluster applies to ClickHouse only, not to ${dialect}.`, 'invalid_config');
  }
  return checkClusterName(cluster);
}

/** --cluster and --cluster-joins as WarehouseLocation fields. */
export function clusterLocation(
  values: OptionValues,
  dialect: string
): { cluster?: string; clusterJoins?: ClusterJoins } {
  const cluster = clusterOf(values, dialect);
  const joins = values['cluster-joins'];
  if (joins === undefined) {
    return cluster ? { cluster } : {};
  }
  if (!cluster) {
    throw new SalesError('--cluster-joins applies with --cluster only.', 'invalid_config');
  }
  if (!(CLUSTER_JOINS as readonly unknown[]).includes(joins)) {
    throw new SalesError(
      `--cluster-joins must be ${CLUSTER_JOINS.join(' or ')}, not "${String(joins)}".`,
      'invalid_config'
    );
  }
  return { cluster, clusterJoins: joins as ClusterJoins };
}
