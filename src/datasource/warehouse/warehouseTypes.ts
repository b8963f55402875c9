import type { DataQuery, DataSourceRef } from '@grafana/schema';

import type { Dialect } from '../../sales';

/**
 * The Grafana SQL data sources that can read the warehouse, the SQL dialect each speaks, and the
 * query each expects. The engine's SQL is complete (time range inlined, no macros), so every request
 * asks for a plain table in the data source's raw-SQL ("code") mode.
 */

export const WAREHOUSE_DIALECTS: Readonly<Record<string, Dialect>> = {
  // grafana/grafana public/app/plugins/datasource/grafana-postgresql-datasource (plugin.json aliasIDs: postgres)
  'grafana-postgresql-datasource': 'postgres',
  postgres: 'postgres',
  // grafana/grafana public/app/plugins/datasource/mysql (MySQL 8, MariaDB)
  mysql: 'mysql',
  // grafana/clickhouse-datasource
  'grafana-clickhouse-datasource': 'clickhouse',
  // motherduckdb/grafana-duckdb-datasource
  'motherduck-duckdb-datasource': 'duckdb',
};

export const WAREHOUSE_TYPES = Object.keys(WAREHOUSE_DIALECTS);

export function isWarehouseType(type: string | undefined): boolean {
  return type !== undefined && Object.prototype.hasOwnProperty.call(WAREHOUSE_DIALECTS, type);
}

export function warehouseDialect(type: string): Dialect | undefined {
  return isWarehouseType(type) ? WAREHOUSE_DIALECTS[type] : undefined;
}

/**
 * SQLQuery of @grafana/sql as Grafana 12.4 defines it (packages/grafana-sql/src/types.ts): the
 * PostgreSQL and MySQL data sources, and the DuckDB one (its SQLQuery comes from @grafana/plugin-ui,
 * same shape). `format: 'table'` (QueryFormat.Table) returns the rows as they are; `editorMode: 'code'`
 * with `rawQuery: true` marks hand-written SQL, so nothing rebuilds it from a visual-builder model.
 */
export interface SqlDataSourceQuery extends DataQuery {
  rawSql: string;
  format: 'table';
  rawQuery: true;
  editorMode: 'code';
}

/**
 * CHQuery of grafana/clickhouse-datasource 4.x (src/types/sql.ts, CHSqlQuery): `editorType: 'sql'`
 * runs rawSql as written; `format` is numeric there (src/data/utils.ts mapQueryTypeToGrafanaFormat:
 * 1 = table), and `queryType: 'table'` is the matching display type.
 */
export interface ClickHouseQuery extends DataQuery {
  pluginVersion: string;
  editorType: 'sql';
  rawSql: string;
  format: 1;
  queryType: 'table';
}

export type WarehouseQuery = SqlDataSourceQuery | ClickHouseQuery;

/** The query the warehouse data source of `ref.type` runs `sql` from. */
export function warehouseQuery(ref: DataSourceRef & { type: string }, sql: string, refId: string): WarehouseQuery {
  if (warehouseDialect(ref.type) === 'clickhouse') {
    return { refId, datasource: ref, pluginVersion: '', editorType: 'sql', rawSql: sql, format: 1, queryType: 'table' };
  }
  return { refId, datasource: ref, rawSql: sql, format: 'table', rawQuery: true, editorMode: 'code' };
}
