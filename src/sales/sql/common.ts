import { getDimension } from '../catalog/dimensions';
import { getMetric, type MetricDef } from '../catalog/metrics';
import { checkLocation, resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { comparisonPeriods, type Period, wholePeriod } from '../catalog/comparison';
import { type Bucket, checkFiscalStart, checkTimeZone, type TimeRange, zoneOffsets } from '../catalog/time';
import { phrase, type Phrase, salesError } from '../errors';
import type { Compare, Dialect, DimensionId, Filter, FilterOp, Grain } from '../types';
import type { SqlDialect, ZoneSpec } from './dialect';
import { getDialect } from './dialects';
import { FACTS, type FactDef, type FactId } from './facts';
import type { Anchor, Component, ExprContext, Window } from './formulas';
import { derivedJoins } from './derived';
import { Source } from './source';
import { flowWindow, snapshotWindow, windowSql } from './windows';
import { macroWindowSql, type MacroWindow } from './macroBounds';
import { readColumn } from './columns';
import { checkTimeLimits } from './limits';
import type { WarehouseProfile } from '../warehouse/profile';
import type { RollupState } from './rollups';

/** Building blocks shared by the compilers of every query kind. */

export interface CompileContext {
  dialect: Dialect;
  location: WarehouseLocation;
  range: TimeRange;
  /** the current time; snapshot metrics are measured at min(to, currentTime) */
  currentTime: number;
  timeZone: string;
  fiscalYearStartMonth: number;
  /** the warehouse as introspected (column types, its time zone, collations); absent: the contract's types */
  profile?: WarehouseProfile;
  /**
   * The calendar unit the range was picked as, when the caller knows it (Grafana's now/fQ → quarter):
   * it tells the to-date part of a quarter from that of its first month for previous_period.
   */
  rangeUnit?: Grain;
  /**
   * Alert rules only (alerts/): the statement measures this window around the end of the data source's
   * time range, its bounds written as that data source's time macros (sql/macroBounds.ts), not literals.
   * `range` and `currentTime` then stand for one evaluation (the window at generation time), for checks.
   */
  macroWindow?: MacroWindow;
  /** The rollups the warehouse has, as their freshness table says (absent: none are read). */
  rollups?: RollupState;
}

/** What a query's periods are computed from: its range, read in a time zone and fiscal calendar, now. */
export type CalendarContext = Pick<
  CompileContext,
  'range' | 'timeZone' | 'fiscalYearStartMonth' | 'currentTime' | 'rangeUnit'
>;

export interface OutputField {
  name: string;
  role: 'dimension' | 'dimension_id' | 'metric' | 'previous' | 'change' | 'period' | 'bucket';
  dimension?: DimensionId;
  metric?: string;
}

export interface CompiledQuery {
  sql: string;
  tables: TableId[];
  fields: OutputField[];
  metrics: MetricDef[];
  groupBy: DimensionId[];
  /** what the query measured, for the frame's meta (docs/frames.md, What the comparisons mean) */
  periods: Period[];
  /** the zone the periods' instants are read in */
  timeZone: string;
  /** the current time */
  currentTime: number;
  /** snapshot metrics whose previous value could not be rebuilt: their _previous is null */
  unavailable: string[];
  /** see CompiledStatement.readsUntil */
  readsUntil?: number;
  /**
   * Metrics: the part of the statement that decides its rows (the union it reads and its grouping).
   * Two queries of one scope with equal `rows` return the same groups, whatever their metrics.
   */
  rows?: string;
}

export interface CompiledTimeseries extends CompiledQuery {
  grain: Grain;
  buckets: Bucket[];
  previousBuckets?: Bucket[];
}

const YEAR_MS = 365.25 * 86_400_000;
/** How long after its generation an alert rule's SQL knows the zone's UTC offsets (MySQL writes them out). */
const MACRO_OFFSET_YEARS = 30;

/** Everything a query is compiled against, checked once. */
export interface Setting {
  d: SqlDialect;
  location: WarehouseLocation;
  zone: ZoneSpec;
  timeZone: string;
  fiscalStart: number;
  currentTime: number;
  periods: Period[];
  /** per period, the window flow and cohort metrics are counted over */
  windows: Window[];
  /** per period, the window snapshot metrics are measured in (the whole range, as of the period's instant) */
  asOf: Window[];
  /** the rollups the query may read (sql/rollups.ts) */
  rollups?: RollupState;
}

/** The setting of a query measuring the given periods (a plain range is measured whole, as of min(to, now)). */
export function settingOf(context: CompileContext, ranges: Array<TimeRange | Period>): Setting {
  const engine = getDialect(context.dialect);
  const periods = ranges.map((range) => ('flow' in range ? range : wholePeriod(range, context.currentTime)));
  checkTimeLimits(
    engine,
    periods.map((period) => period.range)
  );
  const timeZone = checkTimeZone(context.timeZone);
  const location = checkLocation(context.location, engine.id);
  if (!Number.isFinite(context.currentTime)) {
    throw salesError('query.current-time-invalid', {}, 'invalid_value');
  }
  const span = {
    from: Math.min(...periods.map((period) => period.range.from)) - 10 * YEAR_MS,
    to:
      Math.max(...periods.map((period) => period.range.to)) + (context.macroWindow ? MACRO_OFFSET_YEARS : 1) * YEAR_MS,
  };
  const zoneOf = (name: string): ZoneSpec => ({
    name,
    offsets: engine.capabilities.namedTimeZones ? [] : zoneOffsets(name, span.from, span.to),
  });
  const d = context.profile ? engine.forWarehouse(context.profile, zoneOf(context.profile.timeZone)) : engine;
  const zone = zoneOf(timeZone);
  const fiscalStart = checkFiscalStart(context.fiscalYearStartMonth);
  let windows = periods.map((period, index) => flowWindow(index, period, context.currentTime, timeZone));
  let asOf = periods.map((period, index) => snapshotWindow(index, period, context.currentTime, timeZone));
  const macroWindow = context.macroWindow;
  if (macroWindow) {
    if (periods.length > 1) {
      throw salesError('internal', { detail: 'an alert rule measures one window, without comparison' });
    }
    // one window: flow metrics count the whole unit, snapshot metrics are measured as of its now
    const sql = macroWindowSql(d, macroWindow, zone, fiscalStart);
    windows = windows.map((w) => ({ ...w, sql }));
    asOf = asOf.map((w) => ({ ...w, sql }));
  }
  return {
    d,
    location,
    timeZone,
    fiscalStart,
    currentTime: context.currentTime,
    zone,
    periods,
    windows,
    asOf,
    // an alert rule's window moves with each evaluation: it reads the fact tables
    rollups: macroWindow ? undefined : context.rollups,
  };
}

/** The window a metric is measured in for a period: snapshot metrics as of the period's instant. */
export function windowFor(setting: Setting, metric: MetricDef, period: number): Window {
  return metric.timeBehaviour === 'snapshot' ? setting.asOf[period] : setting.windows[period];
}

/** The periods of a query: the range and, with compare, the previous window (to date with compareToDate). */
export function periodsOf(context: CalendarContext, compare: Compare | undefined, toDate = false): Period[] {
  return comparisonPeriods(context.range, compare, toDate, context.timeZone, {
    fiscalStart: checkFiscalStart(context.fiscalYearStartMonth),
    currentTime: context.currentTime,
    unit: context.rangeUnit,
  });
}

/** compareToDate of a metrics query: true, false or absent. */
export function checkCompareToDate(value: unknown): boolean {
  if (value === undefined || value === null || value === false) {
    return false;
  }
  if (value !== true) {
    throw salesError('query.switch-not-boolean', { name: 'compareToDate', value: JSON.stringify(value) });
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// validation

export function checkMetrics(ids: unknown): MetricDef[] {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw salesError('query.needs-metric', {});
  }
  const metrics = ids.map((id) => getMetric(String(id)));
  const duplicate = metrics.find((metric, index) => metrics.findIndex((m) => m.id === metric.id) !== index);
  if (duplicate) {
    throw salesError('query.metric-twice', { id: duplicate.id });
  }
  return metrics;
}

/** What a dimension is checked against: the metrics of a query, the funnel, a scorecard … */
export interface DimensionScope {
  /** e.g. "The metric bookings" */
  name: Phrase;
  dimensions: DimensionId[];
}

export function metricScopes(metrics: MetricDef[]): DimensionScope[] {
  return metrics.map((metric) => ({ name: phrase('scope.metric', { id: metric.id }), dimensions: metric.dimensions }));
}

export function checkGroupBy(groupBy: unknown, scopes: DimensionScope[]): DimensionId[] {
  if (groupBy === undefined) {
    return [];
  }
  if (!Array.isArray(groupBy)) {
    throw salesError('group-by.not-list', {});
  }
  const dimensions = groupBy.map((id) => getDimension(String(id)).id);
  const duplicate = dimensions.find((dimension, index) => dimensions.indexOf(dimension) !== index);
  if (duplicate) {
    throw salesError('group-by.twice', { dimension: duplicate });
  }
  for (const dimension of dimensions) {
    checkAllowed(dimension, scopes, 'grouped');
  }
  return dimensions;
}

function checkAllowed(dimension: DimensionId, scopes: DimensionScope[], how: 'grouped' | 'filtered') {
  for (const scope of scopes) {
    if (!scope.dimensions.includes(dimension)) {
      const params = { scope: scope.name, dimension, allowed: scope.dimensions.join(', ') };
      throw how === 'grouped' ? salesError('group-by.not-allowed', params) : salesError('filters.not-allowed', params);
    }
  }
}

export const FILTER_OPS: readonly FilterOp[] = ['in', 'not_in', 'has_value'];

export function checkFilters(filters: unknown, scopes: DimensionScope[]): Filter[] {
  if (filters === undefined) {
    return [];
  }
  if (!Array.isArray(filters)) {
    throw salesError('filters.not-list', {});
  }
  return filters.map((filter, index) => {
    if (typeof filter !== 'object' || filter === null) {
      throw salesError('filters.not-object', { position: index + 1 });
    }
    const { dimension, op, values } = filter as Partial<Filter>;
    const id = getDimension(String(dimension)).id;
    if (!FILTER_OPS.includes(op as FilterOp)) {
      throw salesError('filters.operator', { dimension: id, op: String(op), ops: FILTER_OPS.join(', ') });
    }
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw salesError('filters.values-not-text', { dimension: id });
    }
    checkAllowed(id, scopes, 'filtered');
    return { dimension: id, op: op as FilterOp, values };
  });
}

// ---------------------------------------------------------------------------------------------
// SQL building blocks

export function tableRef(setting: Setting, id: TableId): string {
  const table = resolveTable(setting.location, id);
  return `${setting.d.quoteIdent(table.schema)}.${setting.d.quoteIdent(table.name)}`;
}

export function windowCondition(anchor: Anchor, w: Window, src: Source, d: SqlDialect): string {
  const b = windowSql(d, w);
  switch (anchor.kind) {
    case 'date': {
      const col = src.col(src.fact.alias, anchor.column);
      if (w.rolledUp) {
        // the days before rolledUp.endDate come from the rollup
        return `${col} >= ${d.date(w.rolledUp.endDate)} AND ${col} < ${b.toDate}`;
      }
      return `${col} >= ${b.fromDate} AND ${col} < ${b.toDate}`;
    }
    case 'timestamp': {
      const col = src.col(src.fact.alias, anchor.column);
      if (w.rolledUp) {
        // the part before the rolled-up days (a range starting mid-day) and the part after them
        const after = `${col} >= ${d.timestamp(w.rolledUp.to)} AND ${col} < ${b.to}`;
        return w.from < w.rolledUp.from
          ? `(${col} >= ${b.from} AND ${col} < ${d.timestamp(w.rolledUp.from)}) OR (${after})`
          : after;
      }
      return `${col} >= ${b.from} AND ${col} < ${b.to}`;
    }
    case 'snapshot':
      return '';
    case 'before_to':
      return `${src.col(src.fact.alias, anchor.column)} < ${b.toDate}`;
    case 'now_to': {
      const col = src.col(src.fact.alias, anchor.column);
      // a macro window holds its now (alert rules measure the unit holding the evaluation time)
      const start = w.sql !== undefined || w.nowDate > w.fromDate ? b.nowDate : b.fromDate;
      return `${col} >= ${start} AND ${col} < ${b.toDate}`;
    }
    case 'overlap':
      return `${src.col(src.fact.alias, anchor.start)} < ${b.toDate} AND ${src.col(src.fact.alias, anchor.end)} >= ${b.fromDate}`;
  }
}

export function both(...conditions: string[]): string {
  const parts = conditions.filter((condition) => condition !== '');
  return parts.length === 0 ? '1 = 1' : parts.map((part) => `(${part})`).join(' AND ');
}

export function either(conditions: string[]): string {
  return conditions.some((condition) => condition === '1 = 1') ? '1 = 1' : conditions.map((c) => `(${c})`).join(' OR ');
}

/**
 * A component's aggregate over the rows meeting the condition, as a float. A condition of `1 = 1`
 * (the WHERE clause already selects exactly these rows) aggregates the value directly.
 */
export function aggregate(component: Component, condition: string, x: ExprContext): string {
  return x.d.toDouble(exactAggregate(component, condition, x));
}

/** The same aggregate in the engine's exact type (decimal sums), for a further aggregation step. */
export function exactAggregate(component: Component, condition: string, x: ExprContext): string {
  const value = component.value ? component.value(x) : '1';
  if (condition === '1 = 1' && component.agg !== 'count_distinct' && component.agg !== 'median') {
    switch (component.agg) {
      case 'sum':
        return `COALESCE(SUM(${value}), 0)`;
      case 'count':
        return 'COUNT(*)';
      case 'max':
        return `MAX(${value})`;
    }
  }
  const when = `CASE WHEN ${condition} THEN ${value} END`;
  switch (component.agg) {
    case 'sum':
      return `COALESCE(SUM(${when}), 0)`;
    case 'count':
      return `COUNT(CASE WHEN ${condition} THEN 1 END)`;
    case 'max':
      return `MAX(${when})`;
    case 'count_distinct':
      return `COUNT(DISTINCT ${when})`;
    case 'median':
      return x.d.median!(when);
  }
}

export interface KeyColumn {
  alias: string;
  field: OutputField;
  expr(src: Source): string;
}

export function keyColumns(groupBy: DimensionId[], factId: FactId | FactDef): KeyColumn[] {
  const fact = typeof factId === 'string' ? FACTS[factId] : factId;
  return groupBy.flatMap((dimension): KeyColumn[] => {
    const ref = fact.dimensions[dimension];
    if (!ref) {
      throw salesError('internal', { detail: `${fact.id} has no ${dimension}` });
    }
    const value: KeyColumn = {
      alias: `k_${dimension}`,
      field: { name: dimension, role: 'dimension', dimension },
      expr: (src) => src.col(ref.value),
    };
    if (dimension !== 'rep') {
      return [value];
    }
    return [
      value,
      {
        alias: 'k_rep_id',
        field: { name: 'rep_id', role: 'dimension_id', dimension },
        expr: (src) => src.col(ref.id!),
      },
    ];
  });
}

/** One filter on the expression that holds its dimension (the id for rep). not_in keeps rows without a value. */
export function filterSql(filter: Filter, expr: string, d: SqlDialect): string {
  if (filter.op === 'has_value') {
    return `${expr} IS NOT NULL`;
  }
  // text the engine cannot store matches no row
  const values = filter.values.filter((value) => d.canStore(value));
  return filter.op === 'in'
    ? d.textIn(expr, values)
    : values.length === 0
      ? ''
      : `${expr} IS NULL OR NOT (${d.textIn(expr, values)})`;
}

export function filterCondition(filters: Filter[], src: Source, d: SqlDialect): string {
  return both(
    ...filters.map((filter) => {
      const ref = src.fact.dimensions[filter.dimension]!;
      return filterSql(filter, src.col(ref.id ?? ref.value), d);
    })
  );
}

export function sourceFor(setting: Setting, factId: FactId): Source {
  return new Source(setting.d, setting.location, FACTS[factId], derivedJoins(setting, factId));
}

export function exprContext(setting: Setting, src: Source, w: Window): ExprContext {
  return {
    d: setting.d,
    col: (alias, column) => src.col(alias, column, w),
    w,
    zone: setting.zone,
    table: (id) => tableRef(setting, id),
    read: (expr, table, column) => readColumn(setting.d, setting.location, expr, table, column),
  };
}

/** One column of the union: a component evaluated over one window (or per row period). */
export interface Column {
  name: string;
  component: Component;
  window: Window;
}

export interface Branch {
  sql: string;
  tables: TableId[];
  /** columns it fills; every other column of the union is NULL in it */
  columns: Set<string>;
}

export function selectList(
  keys: Array<{ alias: string; expr: string }>,
  values: Map<string, string>,
  all: string[],
  d: SqlDialect
) {
  return [
    ...keys.map((key) => `${key.expr} AS ${key.alias}`),
    ...all.map((name) => `${values.get(name) ?? d.nullDouble()} AS ${name}`),
  ].join(', ');
}

/** A median on an engine without a median aggregate: the middle row(s) by ROW_NUMBER. */
export function windowMedianBranch(
  setting: Setting,
  column: Column,
  keys: KeyColumn[],
  extraKeys: Array<{ alias: string; expr: (src: Source) => string }>,
  filters: Filter[],
  condition: (src: Source, x: ExprContext) => string,
  all: string[]
): Branch {
  const { d } = setting;
  const src = sourceFor(setting, column.component.fact);
  const x = exprContext(setting, src, column.window);
  const keyExprs = [
    ...extraKeys.map((key) => ({ alias: key.alias, expr: key.expr(src) })),
    ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) })),
  ];
  const value = column.component.value!(x);
  const where = both(filterCondition(filters, src, d), condition(src, x), `${value} IS NOT NULL`);
  const partition = keyExprs.length ? `PARTITION BY ${keyExprs.map((key) => key.expr).join(', ')} ` : '';
  const inner =
    `SELECT ${[...keyExprs.map((key) => `${key.expr} AS ${key.alias}`), `${value} AS mv`].join(', ')}, ` +
    `ROW_NUMBER() OVER (${partition}ORDER BY ${value}) AS mrn, COUNT(*) OVER (${partition.trim()}) AS mn ` +
    `FROM ${src.render()} WHERE ${where}`;
  const outerKeys = keyExprs.map((key) => ({ alias: key.alias, expr: `t.${key.alias}` }));
  const values = new Map([[column.name, d.toDouble('AVG(t.mv)')]]);
  const groupBy = outerKeys.length ? ` GROUP BY ${outerKeys.map((key) => key.expr).join(', ')}` : '';
  return {
    sql: `SELECT ${selectList(outerKeys, values, all, d)} FROM (${inner}) t WHERE t.mrn IN (FLOOR((t.mn + 1) / 2), FLOOR((t.mn + 2) / 2))${groupBy}`,
    tables: src.tables(),
    columns: new Set([column.name]),
  };
}

export function componentTables(components: Component[]): TableId[] {
  return components.flatMap((component) => component.tables ?? []);
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
