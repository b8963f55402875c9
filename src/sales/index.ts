/**
 * The public surface of the Sales Performance core. The plugins (src/datasource, src/panels, src/app),
 * the CLI (src/node), dashboards/ and scripts/ import the core from here only; eslint forbids their
 * deep imports. Modules inside src/sales and the tests may import each other directly.
 */

// The engine: runs a query through an executor and returns data frames.
export { compileQuery, runQuery } from './engine';
export type { EngineContext } from './engine';

// The query and configuration model shared by the plugins, the CLI and the dashboards.
export type {
  AttainmentPeriod,
  AttainmentQuery,
  CommissionPeriodMode,
  CommissionQuery,
  Compare,
  DataFrameJSON,
  DimensionId,
  Executor,
  FeedbackQuery,
  Filter,
  FilterOp,
  ForecastMethod,
  ForecastQuery,
  FrameField,
  FrameFieldConfig,
  FrameFieldType,
  FrameMeta,
  FunnelMeasure,
  FunnelMode,
  FunnelQuery,
  Grain,
  MetricsQuery,
  Normalization,
  PaceMode,
  QueryKind,
  SalesQuery,
  ScorecardEntity,
  ScorecardMetric,
  ScorecardQuery,
  TargetMetric,
  TimeseriesQuery,
  ValuesQuery,
} from './types';

// Errors carrying a code and parameters the plugins turn into translated messages.
export { ERROR_MESSAGES, SalesError, salesError, templateParams, textOf } from './errors';
export type { ErrorKey, Phrase } from './errors';

// Catalog: metrics, dimensions, grains, warehouse tables and time semantics.
export { DIMENSION_IDS, getDimension, isDimensionId, listDimensions } from './catalog/dimensions';
export { grainOfRelativeTime, GRAINS } from './catalog/grains';
export { changeScale, getMetric, isMetricId, listMetrics, METRIC_IDS, TARGET_ACTUALS } from './catalog/metrics';
export type { ChangeScale, MetricDef, MetricFamily, MetricId, MetricUnit, TimeBehaviour } from './catalog/metrics';
export { CLUSTER_JOINS, DEFAULT_SCHEMA, TABLE_IDS } from './catalog/tables';
export type { ClusterJoins, TableId, WarehouseLocation } from './catalog/tables';
export { checkTimeZone, localDate } from './catalog/time';
export type { TimeRange } from './catalog/time';

// SQL: the dialect registry, literal encoding and the statements of each query kind.
export { ATTAINMENT_PERIODS, PACE_MODES } from './sql/attainment';
export { COMMISSION_DIMENSIONS, COMMISSION_PERIOD_MODES } from './sql/commission';
export { FILTER_OPS } from './sql/common';
export { DIALECT_IDS, getDialect } from './sql/dialects';
export { DEFAULT_FEEDBACK_ROWS, FEEDBACK_DIMENSIONS, FEEDBACK_FIELDS, MAX_FEEDBACK_ROWS } from './sql/feedback';
export { MAX_HORIZON, MAX_LOOKBACK } from './sql/forecast';
export { FUNNEL_MEASURES, FUNNEL_MODES } from './sql/funnel';
export { checkIdentifier, checkIsoDate, utcTimestampText } from './sql/literals';
export { NORMALIZATIONS, SCORECARD_ENTITIES } from './sql/scorecard';
export type { Dialect } from './sql/dialects';
export { TARGET_DIMENSIONS } from './sql/facts';

// Analytics computed in TypeScript from query results.
export { FORECAST_METHODS } from './analytics/forecast';
export { DEFAULT_PACE_THRESHOLDS } from './analytics/pacing';
export { ranksNullsLast } from './analytics/ranking';

// Frames: result rows into data frames, their units and field configuration.
export { amountDivisor, CNY_UNIT, isAmountUnit, WAN, WAN_YUAN_UNIT } from './frames/amountUnits';
export type { PacingOptions } from './frames/attainmentFrame';
export { DEFAULT_CURRENCY_UNIT, POINTS_UNITS } from './frames/fieldConfig';
export type { SnapshotMeta } from './frames/periodsMeta';
export { seriesName } from './frames/timeseriesFrames';

// Warehouse: the schema contract, DDL, introspection, profiles and checks.
export { checkWarehouse, formatCheckReport } from './warehouse/check';
export type { CheckIssue, CheckReport } from './warehouse/check';
export {
  checkClusterName,
  CLUSTER_DDL_NOTES,
  clusterDdl,
  isSharded,
  localTableName,
  nodeLabel,
  remoteTable,
} from './warehouse/cluster';
export type { ClusterNode, Credentials } from './warehouse/cluster';
export { checkClusterLayout, formatClusterReport } from './warehouse/clusterCheck';
export { CONTRACT, FEEDBACK_CATEGORIES, FEEDBACK_SEVERITIES, getTableDef, TARGET_METRICS } from './warehouse/contract';
export type { ColumnDef, LogicalType, TableDef } from './warehouse/contract';
export { createTableSql, dropTableSql, readerRoleSql, readerUsersXml, sqlScript, warehouseDdl } from './warehouse/ddl';
export { frameRows, readSchemaColumns } from './warehouse/introspect';
export { DEFAULT_WAREHOUSE_TIME_ZONE, introspectProfile } from './warehouse/profile';
export type { WarehouseProfile } from './warehouse/profile';

// Alerts: the queries alert rules evaluate.
export type { AlertSpec } from './alerts/alertable';
export { compileAlert } from './alerts/compileAlert';
export { macroWindowOf, relativeFromSeconds } from './alerts/windows';

// kinds.
export { allowedDimensions, kindDefaults, QUERY_KINDS, validateQuery, variableFields } from './kinds';

// Batches: the queries of one dashboard refresh merged where one statement can answer several.
export { type BatchItem, isMergeable, mergeQueries, type QueryBatch } from './batch/mergeQueries';
export { type MergedMember, metricsRowsIn, runMergedQuery } from './batch/runMerged';
export { type MergedAttainmentQuery, runMergedAttainment } from './batch/mergedAttainment';

// Rollups: daily sums of the flow components (per day, and per day and rep), built by `salesperf rollup`, read when fresh.
export {
  DEFAULT_ROLLUP_MAX_AGE_HOURS,
  freshRollups,
  rollupBuild,
  type RollupBuild,
  type RollupBuildContext,
} from './sql/rollupBuild';
export { type RollupState, type RollupTable, rollupTables } from './sql/rollups';
export { readRollupState, runRollupBuild } from './warehouse/rollups';
