import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { localTableName, SHARDING_KEYS } from '../warehouse/cluster';
import type { SqlDialect } from './dialect';

/**
 * SQL for the contract laid out on a ClickHouse cluster (WarehouseLocation.cluster; the layout is in
 * warehouse/cluster.ts). A statement over a Distributed table runs on every shard against the shard's
 * local table. A subquery inside it that reads another Distributed table would be "double-distributed",
 * which ClickHouse refuses unless distributed_product_mode is relaxed; the compiler never relies on it:
 *  - a fact's join to another sharded fact runs in the statement sent to the shards. When the sharding
 *    keys put the joined rows on the same shard (co-located), each shard joins its local table: the
 *    default, which bench:cluster measured faster than the GLOBAL form (the initiator computes the
 *    right side once and ships it to every shard), kept for clusters sharded otherwise (clusterJoins global);
 *  - every other IN or JOIN whose right side reads a sharded table is GLOBAL.
 */

export function onCluster(location: WarehouseLocation): boolean {
  return Boolean(location.cluster);
}

/** Whether co-located joins run on each shard against its local tables (clusterJoins `local`, the default). */
export function shardLocalJoins(location: WarehouseLocation): boolean {
  return onCluster(location) && location.clusterJoins !== 'global';
}

/** Whether an IN or JOIN whose right side reads these tables must be GLOBAL: on a cluster, when one is sharded. */
export function needsGlobal(location: WarehouseLocation, tables: TableId[]): boolean {
  return onCluster(location) && tables.some((table) => SHARDING_KEYS[table] !== undefined);
}

/** `IN` / `NOT IN` before a subquery reading these tables. */
export function inOperator(location: WarehouseLocation, tables: TableId[], negated = false): string {
  const operator = negated ? 'NOT IN' : 'IN';
  return needsGlobal(location, tables) ? `GLOBAL ${operator}` : operator;
}

/** A sharded table's shard-local table, qualified and quoted. */
export function localTableRef(d: SqlDialect, location: WarehouseLocation, id: TableId): string {
  const table = resolveTable(location, id);
  return `${d.quoteIdent(table.schema)}.${d.quoteIdent(localTableName(table.name))}`;
}

const shardColumn = (table: TableId) => SHARDING_KEYS[table]?.[0];

/**
 * Whether rows keyed by `key` and read from `tables` sit on the shard of the fact rows whose
 * `column` equals that key: the fact is sharded by that column, and every sharded table read is
 * sharded by the key (so a per-key result computed on one shard is whole).
 */
export function colocated(
  location: WarehouseLocation,
  fact: { table: TableId; column: string },
  right: { tables: TableId[]; key: string }
): boolean {
  const sharded = right.tables.filter((table) => shardColumn(table) !== undefined);
  return (
    shardLocalJoins(location) &&
    shardColumn(fact.table) === fact.column &&
    sharded.length > 0 &&
    sharded.every((table) => shardColumn(table) === right.key)
  );
}
