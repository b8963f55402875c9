import type { TARGET_ACTUALS } from './catalog/metrics';

/**
 * The public query model and the data shapes the core exchanges with the
 * outside world. Dashboards, the CLI and the data source all speak these types.
 */

import type { Dialect } from './sql/dialects';

/** The SQL dialects, one per module registered in sql/dialects/index.ts. */
export type { Dialect };

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type DimensionId =
  | 'rep'
  | 'team'
  | 'manager'
  | 'region'
  | 'product'
  | 'product_line'
  | 'channel'
  | 'customer_tier'
  | 'industry'
  | 'lead_source'
  | 'stage'
  | 'forecast_category'
  | 'plan'
  | 'dealer'
  | 'feedback_category'
  | 'competitor'
  | 'feedback_severity';

/**
 * in / not_in: the dimension's value is (not) one of the values (not_in keeps rows without a value);
 * has_value: the row has a value of the dimension, whichever (e.g. customers buying through a dealer),
 * and the values are not used.
 */
export type FilterOp = 'in' | 'not_in' | 'has_value';

export interface Filter {
  dimension: DimensionId;
  op: FilterOp;
  values: string[];
}

export type Compare = 'previous_period' | 'previous_year';

/** the metrics targets are set for: the catalog's TARGET_ACTUALS lists them with their actuals */
export type TargetMetric = keyof typeof TARGET_ACTUALS;

export type PaceMode = 'linear' | 'working_days' | 'seasonal';

export type FunnelMode = 'reached' | 'strict' | 'snapshot';

export type FunnelMeasure = 'count' | 'amount';

export type ForecastMethod =
  | 'linear'
  | 'polynomial'
  | 'exponential'
  | 'logarithmic'
  | 'power'
  | 'holt_winters'
  | 'ets'
  | 'theta'
  | 'seasonal_naive'
  | 'run_rate'
  | 'pipeline'
  | 'auto';

export type ScorecardEntity = 'rep' | 'team' | 'region';

export type Normalization = 'target' | 'percentile' | 'zscore';

interface QueryBase {
  filters?: Filter[];
}

export interface MetricsQuery extends QueryBase {
  kind: 'metrics';
  metrics: string[];
  groupBy?: DimensionId[];
  compare?: Compare;
  /**
   * With compare: like for like when the range runs past now (this quarter, a dashboard's default):
   * both periods stop at now's point in them, so a quarter half gone is not set against a whole one.
   */
  compareToDate?: boolean;
}

export interface TimeseriesQuery extends QueryBase {
  kind: 'timeseries';
  metrics: string[];
  grain: Grain;
  groupBy?: DimensionId[];
  compare?: Compare;
}

export interface FunnelQuery extends QueryBase {
  kind: 'funnel';
  mode?: FunnelMode;
  measure?: FunnelMeasure;
  groupBy?: DimensionId[];
  /** compute median and mean days in stage from the stage history (default true) */
  timeInStage?: boolean;
}

/** What an attainment measures against: the query's range, or the whole calendar unit holding its start. */
export type AttainmentPeriod = 'range' | 'week' | 'month' | 'quarter' | 'year';

export interface AttainmentQuery extends QueryBase {
  kind: 'attainment';
  metric?: TargetMetric;
  groupBy?: DimensionId[];
  pace?: PaceMode;
  /**
   * range (default) or the whole week, month, fiscal quarter or fiscal year that contains the range's
   * start: "this month so far" then measures against the whole month's target, paced through it.
   */
  period?: AttainmentPeriod;
}

export interface ForecastQuery extends QueryBase {
  kind: 'forecast';
  metric: string;
  grain: Grain;
  method: ForecastMethod;
  horizon: number;
  lookback: number;
  interval?: 0.8 | 0.95;
  /** holt_winters only */
  seasonality?: 'additive' | 'multiplicative';
  /** polynomial only: 2 or 3 */
  order?: number;
  /** also return the backtest accuracy of every method tried as a second frame */
  backtestFrame?: boolean;
}

export interface ScorecardMetric {
  id: string;
  weight: number;
  lowerIsBetter?: boolean;
}

export interface ScorecardQuery extends QueryBase {
  kind: 'scorecard';
  entity: ScorecardEntity;
  metrics: ScorecardMetric[];
  normalize: Normalization;
  /** grain of the sparkline; month by default */
  grain?: Grain;
}

/** The plan periods a commission query pays: each whole plan period the range touches, or only their part in the range. */
export type CommissionPeriodMode = 'plan' | 'range';

export interface CommissionQuery extends QueryBase {
  kind: 'commission';
  /** plan (default): the whole plan periods (month, fiscal quarter or year) the range touches; range: their part in it */
  period?: CommissionPeriodMode;
  /** rep (default), or team, manager, region or plan: payouts summed per group */
  groupBy?: DimensionId[];
  /** a deal amount: adds next_deal_pays, what a further deal of it earns in the same period (a variable in Grafana) */
  whatIf?: number | string;
  /** also return each rep's payout curve from 0 % to 250 % attainment (frames after the first) */
  curve?: boolean;
  /** also return the adjustments (SPIFs, bonuses, clawbacks, draws) one by one, as the last frame */
  adjustments?: boolean;
}

export interface ValuesQuery extends QueryBase {
  kind: 'values';
  dimension: DimensionId;
}

/** The latest market feedback rows of the visit reports, newest first, for a table. */
export interface FeedbackQuery extends QueryBase {
  kind: 'feedback';
  /** at most this many rows (100 by default, 1 to 1,000) */
  limit?: number;
  /** only open issues as of now (the rows open_issues counts), whenever reported; else rows reported in the range */
  openIssues?: boolean;
  /** only rows whose text contains this (case-insensitive) */
  search?: string;
}

export type SalesQuery =
  | MetricsQuery
  | TimeseriesQuery
  | FunnelQuery
  | AttainmentQuery
  | ForecastQuery
  | ScorecardQuery
  | CommissionQuery
  | ValuesQuery
  | ValuesQuery
  | FeedbackQuery;

export type QueryKind = SalesQuery['kind'];

/** Field types as Grafana names them (FieldType in @grafana/data). */
export type FrameFieldType = 'time' | 'number' | 'string' | 'boolean' | 'other';

export interface FrameFieldConfig {
  /** the user's override in Grafana: frames leave it to the user and name fields with displayNameFromDS */
  displayName?: string;
  /** the name the data source gives a field (Grafana ranks it below the user's displayName) */
  displayNameFromDS?: string;
  unit?: string;
  decimals?: number;
  min?: number;
  max?: number;
  [key: string]: unknown;
}

export interface FrameField {
  name: string;
  type: FrameFieldType;
  config?: FrameFieldConfig;
  labels?: Record<string, string>;
}

export interface FrameMeta {
  executedQueryString?: string;
  custom?: Record<string, unknown>;
  notices?: Array<{ severity: 'info' | 'warning' | 'error'; text: string }>;
  [key: string]: unknown;
}

/** Grafana's DataFrameJSON, written out so that the core needs no Grafana import. */
export interface DataFrameJSON {
  schema: {
    name?: string;
    refId?: string;
    meta?: FrameMeta;
    fields: FrameField[];
  };
  data: {
    values: unknown[][];
  };
}

/** Runs one SQL statement on a warehouse and returns its rows as one frame. */
export interface Executor {
  readonly dialect: Dialect;
  /**
   * `closed`: the statement reads only periods that ended before the query's current time, so its
   * result stays the same while the warehouse's past does (an executor may keep it).
   */
  run(sql: string, options?: { signal?: AbortSignal; closed?: boolean }): Promise<DataFrameJSON>;
  /**
   * It keeps the results of closed statements: a query is then run as its closed and open periods
   * apart where they recombine exactly (one statement more, read once). Without it, never split.
   */
  readonly keepsClosedPeriods?: boolean;
  close?(): Promise<void>;
}
