import type { DataSourceJsonData } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';

import type { ClusterJoins, SalesQuery, TableId } from '../sales';

/** A panel target: Grafana's DataQuery fields plus one SalesQuery, saved as is. */
export type SalesDataQuery = DataQuery & Partial<SalesQuery>;

export interface PaceThresholdOptions {
  /** pace at or above which a target is on track (1 = 100 %) */
  onTrack?: number;
  /** pace at or above which it is cautioned; below it, off track */
  cautioned?: number;
}

/** The data source's settings (jsonData); everything is optional and has a default. */
export interface SalesDataSourceOptions extends DataSourceJsonData {
  /** uid of the Grafana SQL data source that reads the warehouse */
  warehouseUid?: string;
  /** the schema (a database in MySQL and ClickHouse) holding the contract's tables; `sales` by default */
  schema?: string;
  /** table names that differ from the contract's */
  tables?: Partial<Record<TableId, string>>;
  /** ClickHouse: the cluster whose Distributed tables hold the facts (empty: one server) */
  cluster?: string;
  /** on a cluster: co-located joins on each shard (local, the default) or GLOBAL (any sharding) */
  clusterJoins?: ClusterJoins;
  /** Grafana unit for amounts, e.g. currencyUSD, currency:¥ (yuan) or suffix:万元 (ten thousand yuan) */
  currencyUnit?: string;
  /** 1 = January */
  fiscalYearStartMonth?: number;
  /** IANA time zone of warehouse timestamps stored without one; UTC by default */
  warehouseTimeZone?: string;
  /** minutes a result of closed periods is kept (DataSource cache); 60 by default, 0: none kept */
  closedPeriodCacheMinutes?: number;
  /** schema (a database in MySQL and ClickHouse) holding the rollups `salesperf rollup` builds; empty: rollups off */
  rollupSchema?: string;
  /** hours after their build time that rollups are still read; 36 by default */
  rollupMaxAgeHours?: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) counted by working-day pacing */
  workingWeekdays?: number[];
  thresholds?: PaceThresholdOptions;
}
