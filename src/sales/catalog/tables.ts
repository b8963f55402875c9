import { salesError } from '../errors';
import { getDialect } from '../sql/dialects';
import { checkIdentifier } from '../sql/literals';
import type { Dialect } from '../types';

/** The tables of the warehouse contract. */
export const TABLE_IDS = [
  'reps',
  'products',
  'customers',
  'stages',
  'opportunities',
  'opportunity_stage_history',
  'leads',
  'activities',
  'targets',
  'invoices',
  'payments',
  'csat_responses',
  'marketing_spend',
  'comp_plans',
  'comp_plan_tiers',
  'comp_assignments',
  'comp_adjustments',
  'visit_feedback',
] as const;

export type TableId = (typeof TABLE_IDS)[number];

export const REQUIRED_TABLES: TableId[] = ['reps', 'stages', 'opportunities'];

/** Where the contract's tables live: a schema (a database in MySQL and ClickHouse) and table names. */
export interface WarehouseLocation {
  schema: string;
  tables?: Partial<Record<TableId, string>>;
  /** ClickHouse only: the cluster whose Distributed tables hold the facts (sql/distributed.ts) */
  cluster?: string;
  /**
   * On a cluster, how a fact joins another sharded fact: `local` on each shard against its own rows
   * (the default; needs the sharding keys of `salesperf ddl --cluster`), `global` by shipping the
   * joined rows to every shard (any sharding).
   */
  clusterJoins?: ClusterJoins;
}

export const CLUSTER_JOINS = ['local', 'global'] as const;
export type ClusterJoins = (typeof CLUSTER_JOINS)[number];

export const DEFAULT_SCHEMA = 'sales';

export interface ResolvedTable {
  id: TableId;
  schema: string;
  name: string;
}

export function resolveTable(location: WarehouseLocation, id: TableId): ResolvedTable {
  const schema = checkIdentifier(location.schema || DEFAULT_SCHEMA, 'schema name');
  const override = location.tables?.[id];
  const name = override === undefined || override === '' ? id : checkIdentifier(override, `table name for ${id}`);
  return { id, schema, name };
}

/** Rejects overrides for tables the contract does not have, naming them, and a cluster on an engine without one. */
export function checkLocation(location: WarehouseLocation, dialect?: Dialect): WarehouseLocation {
  checkIdentifier(location.schema || DEFAULT_SCHEMA, 'schema name');
  if (location.cluster) {
    checkIdentifier(location.cluster, 'cluster name');
    if (location.clusterJoins !== undefined && !CLUSTER_JOINS.includes(location.clusterJoins)) {
      throw salesError(
        'location.cluster-joins-unknown',
        { joins: String(location.clusterJoins), allowed: CLUSTER_JOINS.join(' or ') },
        'invalid_config'
      );
    }
    if (dialect !== undefined && !getDialect(dialect).capabilities.clusters) {
      throw salesError('location.cluster-not-clickhouse', { cluster: location.cluster, dialect }, 'invalid_config');
    }
  }
  for (const [id, name] of Object.entries(location.tables ?? {})) {
    if (!(TABLE_IDS as readonly string[]).includes(id)) {
      throw salesError('location.unknown-table', { id, tables: TABLE_IDS.join(', ') }, 'invalid_config');
    }
    if (name) {
      checkIdentifier(name, `table name for ${id}`);
    }
  }
  return location;
}
