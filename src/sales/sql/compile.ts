import { getDimension } from '../catalog/dimensions';
import { checkGrain } from '../catalog/grains';
import { getMetric, type MetricDef } from '../catalog/metrics';
import { checkLocation, resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import {
  type Bucket,
  bucketsOf,
  checkFiscalStart,
  checkRange,
  checkTimeZone,
  FIRST_MONDAY_DAY,
  previousRange,
  type TimeRange,
  zoneOffsets,
} from '../catalog/time';
import { SalesError } from '../errors';
import type { Compare, Dialect, DimensionId, Filter, Grain, MetricsQuery, TimeseriesQuery } from '../types';
import type { SqlDialect, ZoneSpec } from './dialect';
import { getDialect } from './dialects';
import { FACTS, type FactId } from './facts';
import { type Anchor, type Component, type ExprContext, FORMULAS, type Window } from './formulas';
import { type DerivedJoin, Source } from './source';
import { windowOf } from './windows';

export interface CompileContext {
  dialect: Dialect;
  location: WarehouseLocation;
  range: TimeRange;
  /** the current time; snapshot metrics are measured at min(to, currentTime) */
  currentTime: number;
  timeZone: string;
  fiscalYearStartMonth: number;
}

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
}

export interface CompiledTimeseries extends CompiledQuery {
  grain: Grain;
  buckets: Bucket[];
  previousBuckets?: Bucket[];
}

const YEAR_MS = 365.25 * 86_400_000;

/** Everything a query is compiled against, checked once. */
interface Setting {
  d: SqlDialect;
  location: WarehouseLocation;
  zone: ZoneSpec;
  timeZone: string;
  fiscalStart: number;
  currentTime: number;
  windows: Window[];
}

function settingOf(context: CompileContext, ranges: TimeRange[]): Setting {
  const d = getDialect(context.dialect);
  const timeZone = checkTimeZone(context.timeZone);
  const location = checkLocation(context.location);
  if (!Number.isFinite(context.currentTime)) {
    throw new SalesError('The current time is not a valid time.', 'invalid_value');
  }
  const span = {
    from: Math.min(...ranges.map((range) => range.from)) - 10 * YEAR_MS,
    to: Math.max(...ranges.map((range) => range.to)) + YEAR_MS,
  };
  return {
    d,
    location,
    timeZone,
    fiscalStart: checkFiscalStart(context.fiscalYearStartMonth),
    currentTime: context.currentTime,
    // only MySQL needs the offsets written out
    zone: { name: timeZone, offsets: d.id === 'mysql' ? zoneOffsets(timeZone, span.from, span.to) : [] },
    windows: ranges.map((range, period) => windowOf(period, range, context.currentTime, timeZone)),
  };
}

function rangesOf(range: TimeRange, compare: Compare | undefined, timeZone: string): TimeRange[] {
  checkRange(range);
  if (compare === undefined) {
    return [range];
  }
  if (compare !== 'previous_period' && compare !== 'previous_year') {
    throw new SalesError(`Unknown compare "${String(compare)}": use previous_period or previous_year.`);
  }
  return [range, previousRange(range, compare, checkTimeZone(timeZone))];
}

// ---------------------------------------------------------------------------------------------
// validation

function checkMetrics(ids: unknown): MetricDef[] {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new SalesError('The query needs at least one metric.');
  }
  const metrics = ids.map((id) => getMetric(String(id)));
  const duplicate = metrics.find((metric, index) => metrics.findIndex((m) => m.id === metric.id) !== index);
  if (duplicate) {
    throw new SalesError(`The metric ${duplicate.id} is listed twice.`);
  }
  return metrics;
}

function checkGroupBy(groupBy: unknown, metrics: MetricDef[]): DimensionId[] {
  if (groupBy === undefined) {
    return [];
  }
  if (!Array.isArray(groupBy)) {
    throw new SalesError('groupBy must be a list of dimensions.');
  }
  const dimensions = groupBy.map((id) => getDimension(String(id)).id);
  const duplicate = dimensions.find((dimension, index) => dimensions.indexOf(dimension) !== index);
  if (duplicate) {
    throw new SalesError(`The dimension ${duplicate} is in groupBy twice.`);
  }
  for (const dimension of dimensions) {
    checkAllowed(dimension, metrics, 'grouped');
  }
  return dimensions;
}

function checkAllowed(dimension: DimensionId, metrics: MetricDef[], how: 'grouped' | 'filtered') {
  for (const metric of metrics) {
    if (!metric.dimensions.includes(dimension)) {
      throw new SalesError(
        `The metric ${metric.id} cannot be ${how} by ${dimension}: it can be ${how} by ${metric.dimensions.join(', ')}.`
      );
    }
  }
}

export function checkFilters(filters: unknown, metrics: MetricDef[]): Filter[] {
  if (filters === undefined) {
    return [];
  }
  if (!Array.isArray(filters)) {
    throw new SalesError('filters must be a list of {dimension, op, values}.');
  }
  return filters.map((filter, index) => {
    if (typeof filter !== 'object' || filter === null) {
      throw new SalesError(`Filter ${index + 1} is not an object with dimension, op and values.`);
    }
    const { dimension, op, values } = filter as Partial<Filter>;
    const id = getDimension(String(dimension)).id;
    if (op !== 'in' && op !== 'not_in') {
      throw new SalesError(`The filter on ${id} has the operator "${String(op)}": use in or not_in.`);
    }
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw new SalesError(`The filter on ${id} needs a list of text values.`);
    }
    checkAllowed(id, metrics, 'filtered');
    return { dimension: id, op, values };
  });
}

// ---------------------------------------------------------------------------------------------
// SQL building blocks

function tableRef(setting: Setting, id: TableId): string {
  const table = resolveTable(setting.location, id);
  return `${setting.d.quoteIdent(table.schema)}.${setting.d.quoteIdent(table.name)}`;
}

function windowCondition(anchor: Anchor, w: Window, src: Source, d: SqlDialect): string {
  switch (anchor.kind) {
    case 'date': {
      const col = src.col(src.fact.alias, anchor.column);
      return `${col} >= ${d.date(w.fromDate)} AND ${col} < ${d.date(w.toDate)}`;
    }
    case 'timestamp': {
      const col = src.col(src.fact.alias, anchor.column);
      return `${col} >= ${d.timestamp(w.from)} AND ${col} < ${d.timestamp(w.to)}`;
    }
    case 'snapshot':
      return '';
    case 'before_to':
      return `${src.col(src.fact.alias, anchor.column)} < ${d.date(w.toDate)}`;
    case 'now_to': {
      const col = src.col(src.fact.alias, anchor.column);
      const start = w.nowDate > w.fromDate ? w.nowDate : w.fromDate;
      return `${col} >= ${d.date(start)} AND ${col} < ${d.date(w.toDate)}`;
    }
    case 'overlap':
      return `${src.col(src.fact.alias, anchor.start)} < ${d.date(w.toDate)} AND ${src.col(src.fact.alias, anchor.end)} >= ${d.date(w.fromDate)}`;
  }
}

function both(...conditions: string[]): string {
  const parts = conditions.filter((condition) => condition !== '');
  return parts.length === 0 ? '1 = 1' : parts.map((part) => `(${part})`).join(' AND ');
}

function either(conditions: string[]): string {
  return conditions.some((condition) => condition === '1 = 1') ? '1 = 1' : conditions.map((c) => `(${c})`).join(' OR ');
}

function aggregate(component: Component, condition: string, x: ExprContext): string {
  const value = component.value ? component.value(x) : '1';
  const when = `CASE WHEN ${condition} THEN ${value} END`;
  switch (component.agg) {
    case 'sum':
      return x.d.toDouble(`COALESCE(SUM(${when}), 0)`);
    case 'count':
      return x.d.toDouble(`COUNT(CASE WHEN ${condition} THEN 1 END)`);
    case 'max':
      return x.d.toDouble(`MAX(${when})`);
    case 'count_distinct':
      return x.d.toDouble(`COUNT(DISTINCT ${when})`);
    case 'median':
      return x.d.toDouble(x.d.median!(when));
  }
}

interface KeyColumn {
  alias: string;
  field: OutputField;
  expr(src: Source): string;
}

function keyColumns(groupBy: DimensionId[], factId: FactId): KeyColumn[] {
  const fact = FACTS[factId];
  return groupBy.flatMap((dimension): KeyColumn[] => {
    const ref = fact.dimensions[dimension];
    if (!ref) {
      throw new SalesError(`internal: ${factId} has no ${dimension}`);
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
      { alias: 'k_rep_id', field: { name: 'rep_id', role: 'dimension_id', dimension }, expr: (src) => src.col(ref.id!) },
    ];
  });
}

export function filterCondition(filters: Filter[], src: Source, d: SqlDialect): string {
  return both(
    ...filters.map((filter) => {
      const ref = src.fact.dimensions[filter.dimension]!;
      const expr = src.col(ref.id ?? ref.value);
      // text the engine cannot store matches no row
      const values = filter.values.filter((value) => d.canStore(value));
      return filter.op === 'in' ? d.textIn(expr, values) : values.length === 0 ? '' : `${expr} IS NULL OR NOT (${d.textIn(expr, values)})`;
    })
  );
}

/** Payments received by each window's now, per invoice (for collection rate and overdue receivables). */
function paidByNow(setting: Setting): DerivedJoin {
  const { d } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const columns = setting.windows.map((w) => `paid_${w.period}`);
  const sums = setting.windows.map(
    (w) => `SUM(CASE WHEN ${q('received_at')} < ${d.date(w.nowDate)} THEN ${q('amount')} END) AS ${q(`paid_${w.period}`)}`
  );
  return {
    alias: 'pay',
    sql: `SELECT ${q('invoice_id')}, ${sums.join(', ')} FROM ${tableRef(setting, 'payments')} GROUP BY ${q('invoice_id')}`,
    columns,
    from: ['i', 'invoice_id'],
    key: 'invoice_id',
    tables: ['payments'],
  };
}

function sourceFor(setting: Setting, factId: FactId): Source {
  const derived = factId === 'invoices' ? [paidByNow(setting)] : [];
  return new Source(setting.d, setting.location, FACTS[factId], derived);
}

function exprContext(setting: Setting, src: Source, w: Window): ExprContext {
  return {
    d: setting.d,
    col: (alias, column) => src.col(alias, column),
    w,
    zone: setting.zone,
    table: (id) => tableRef(setting, id),
  };
}

/** One column of the union: a component evaluated over one window (or per row period). */
interface Column {
  name: string;
  component: Component;
  window: Window;
}

interface Branch {
  sql: string;
  tables: TableId[];
  /** columns it fills; every other column of the union is NULL in it */
  columns: Set<string>;
}

function selectList(keys: Array<{ alias: string; expr: string }>, values: Map<string, string>, all: string[], d: SqlDialect) {
  return [...keys.map((key) => `${key.expr} AS ${key.alias}`), ...all.map((name) => `${values.get(name) ?? d.nullDouble()} AS ${name}`)].join(', ');
}

/** A median on an engine without a median aggregate: the middle row(s) by ROW_NUMBER. */
function windowMedianBranch(
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
  const keyExprs = [...extraKeys.map((key) => ({ alias: key.alias, expr: key.expr(src) })), ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) }))];
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

function componentTables(components: Component[]): TableId[] {
  return components.flatMap((component) => component.tables ?? []);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

// ---------------------------------------------------------------------------------------------
// metrics

/** The metrics kind: one row per group, every metric computed in one pass over each fact table. */
export function compileMetrics(query: MetricsQuery, context: CompileContext): CompiledQuery {
  const metrics = checkMetrics(query.metrics);
  const targetFamily = metrics.find((metric) => metric.targetBased);
  if (targetFamily) {
    throw new SalesError(`The metric ${targetFamily.id} belongs to the targets family: query it with kind attainment.`);
  }
  const groupBy = checkGroupBy(query.groupBy, metrics);
  const filters = checkFilters(query.filters, metrics);
  const setting = settingOf(context, rangesOf(context.range, query.compare, context.timeZone));
  const { d } = setting;

  const formulas = metrics.map((metric) => FORMULAS[metric.id]);
  const components = unique(formulas.flatMap((formula) => formula.components));
  const columns: Column[] = setting.windows.flatMap((window) =>
    components.map((component) => ({ name: `c_${component.id}_${window.period}`, component, window }))
  );
  const all = columns.map((column) => column.name);
  const branches: Branch[] = [];

  for (const factId of unique(components.map((component) => component.fact))) {
    const keys = keyColumns(groupBy, factId);
    const inFact = columns.filter((column) => column.component.fact === factId);
    const condition = (column: Column) => (src: Source, x: ExprContext) =>
      both(windowCondition(column.component.anchor, column.window, src, d), column.component.when?.(x) ?? '');
    const byAggregate = inFact.filter((column) => column.component.agg !== 'median' || d.median);
    for (const column of inFact.filter((c) => !byAggregate.includes(c))) {
      branches.push(windowMedianBranch(setting, column, keys, [], filters, condition(column), all));
    }
    if (byAggregate.length === 0) {
      continue;
    }
    const src = sourceFor(setting, factId);
    const values = new Map<string, string>();
    const conditions: string[] = [];
    for (const column of byAggregate) {
      const x = exprContext(setting, src, column.window);
      const cond = condition(column)(src, x);
      conditions.push(cond);
      values.set(column.name, aggregate(column.component, cond, x));
    }
    const keyExprs = keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) }));
    const where = both(filterCondition(filters, src, d), either(unique(conditions)));
    const groupClause = keyExprs.length ? ` GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}` : '';
    branches.push({
      sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${src.render()} WHERE ${where}${groupClause}`,
      tables: [...src.tables(), ...componentTables(byAggregate.map((c) => c.component))],
      columns: new Set(values.keys()),
    });
  }

  const keys = keyColumns(groupBy, components[0].fact);
  const fields: OutputField[] = keys.map((key) => key.field);
  const outputs = keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`);
  metrics.forEach((metric, index) => {
    const formula = formulas[index];
    const valueIn = (period: number) => formula.final({ d, c: (id) => `SUM(u.c_${id}_${period})` });
    outputs.push(`${valueIn(0)} AS ${d.quoteIdent(metric.id)}`);
    fields.push({ name: metric.id, role: 'metric', metric: metric.id });
    if (setting.windows.length > 1) {
      const previous = valueIn(1);
      outputs.push(`${previous} AS ${d.quoteIdent(`${metric.id}_previous`)}`);
      outputs.push(`(${valueIn(0)} - (${previous})) / NULLIF(abs(${previous}), 0) AS ${d.quoteIdent(`${metric.id}_change`)}`);
      fields.push({ name: `${metric.id}_previous`, role: 'previous', metric: metric.id });
      fields.push({ name: `${metric.id}_change`, role: 'change', metric: metric.id });
    }
  });
  const groupClause = keys.length ? ` GROUP BY ${keys.map((key) => `u.${key.alias}`).join(', ')}` : '';
  const union = branches.map((branch) => branch.sql).join(' UNION ALL ');
  return {
    sql: `SELECT ${outputs.join(', ')} FROM (${union}) u${groupClause}${d.statementSuffix}`,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    fields,
    metrics,
    groupBy,
  };
}

// ---------------------------------------------------------------------------------------------
// timeseries

function bucketExpr(anchor: Anchor, grain: Grain, src: Source, setting: Setting): string {
  const { d, zone, fiscalStart } = setting;
  if (anchor.kind !== 'date' && anchor.kind !== 'timestamp') {
    throw new SalesError('internal: only date and timestamp anchors have buckets');
  }
  const col = src.col(src.fact.alias, anchor.column);
  const day = () => (anchor.kind === 'date' ? d.dateDayNumber(col) : d.localDayNumber(col, zone));
  const month = () => (anchor.kind === 'date' ? d.dateMonthKey(col) : d.localMonthKey(col, zone));
  switch (grain) {
    case 'day':
      return day();
    case 'week':
      return d.floorDiv(`${day()} - ${FIRST_MONDAY_DAY}`, 7);
    case 'month':
      return month();
    case 'quarter':
      return d.floorDiv(`${month()} - ${fiscalStart - 1}`, 3);
    case 'year':
      return d.floorDiv(`${month()} - ${fiscalStart - 1}`, 12);
  }
}

/** The timeseries kind: one row per period, bucket and group; the engine fills empty buckets. */
export function compileTimeseries(query: TimeseriesQuery, context: CompileContext): CompiledTimeseries {
  const metrics = checkMetrics(query.metrics);
  const grain = checkGrain(String(query.grain));
  for (const metric of metrics) {
    if (metric.targetBased) {
      throw new SalesError(`The metric ${metric.id} belongs to the targets family: query it with kind attainment.`);
    }
    const anchors = FORMULAS[metric.id].components.map((component) => component.anchor.kind);
    const unbucketed = anchors.find((kind) => kind !== 'date' && kind !== 'timestamp');
    if (unbucketed) {
      const why = metric.snapshot ? 'it is measured as of now' : unbucketed === 'overlap' ? 'it is prorated over the whole range' : 'it accumulates everything before the end of the range';
      throw new SalesError(`The metric ${metric.id} cannot be shown as a time series: ${why}. Use kind metrics.`);
    }
  }
  const groupBy = checkGroupBy(query.groupBy, metrics);
  const filters = checkFilters(query.filters, metrics);
  const ranges = rangesOf(context.range, query.compare, context.timeZone);
  const setting = settingOf(context, ranges);
  const { d } = setting;

  const formulas = metrics.map((metric) => FORMULAS[metric.id]);
  const components = unique(formulas.flatMap((formula) => formula.components));
  const all = components.map((component) => `c_${component.id}`);
  const anchorKey = (component: Component) => `${component.fact}:${JSON.stringify(component.anchor)}`;
  const branches: Branch[] = [];

  for (const group of unique(components.map(anchorKey))) {
    const members = components.filter((component) => anchorKey(component) === group);
    const { fact, anchor } = members[0];
    const keys = keyColumns(groupBy, fact);
    const periodAndBucket = [
      {
        alias: 'k_period',
        expr: (src: Source) =>
          setting.windows.length > 1
            ? `CASE WHEN ${both(windowCondition(anchor, setting.windows[0], src, d))} THEN 0 ELSE 1 END`
            : '0',
      },
      { alias: 'k_bucket', expr: (src: Source) => bucketExpr(anchor, grain, src, setting) },
    ];
    const inAnyWindow = (src: Source) => either(setting.windows.map((w) => both(windowCondition(anchor, w, src, d))));
    const byAggregate = members.filter((component) => component.agg !== 'median' || d.median);
    for (const component of members.filter((c) => !byAggregate.includes(c))) {
      const column = { name: `c_${component.id}`, component, window: setting.windows[0] };
      branches.push(
        windowMedianBranch(setting, column, keys, periodAndBucket, filters, (src, x) => both(inAnyWindow(src), component.when?.(x) ?? ''), all)
      );
    }
    if (byAggregate.length === 0) {
      continue;
    }
    const src = sourceFor(setting, fact);
    const x = exprContext(setting, src, setting.windows[0]);
    const values = new Map<string, string>();
    const whens: string[] = [];
    for (const component of byAggregate) {
      const when = component.when?.(x) ?? '';
      whens.push(both(when));
      values.set(`c_${component.id}`, aggregate(component, both(when), x));
    }
    const keyExprs = [
      ...periodAndBucket.map((key) => ({ alias: key.alias, expr: key.expr(src) })),
      ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) })),
    ];
    const where = both(filterCondition(filters, src, d), inAnyWindow(src), either(unique(whens)));
    branches.push({
      sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${src.render()} WHERE ${where} GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}`,
      tables: [...src.tables(), ...componentTables(byAggregate)],
      columns: new Set(values.keys()),
    });
  }

  const keys = keyColumns(groupBy, components[0].fact);
  const fields: OutputField[] = [
    { name: 'period', role: 'period' },
    { name: 'bucket', role: 'bucket' },
    ...keys.map((key) => key.field),
  ];
  const outputs = [
    `u.k_period AS ${d.quoteIdent('period')}`,
    `u.k_bucket AS ${d.quoteIdent('bucket')}`,
    ...keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`),
  ];
  metrics.forEach((metric, index) => {
    outputs.push(`${formulas[index].final({ d, c: (id) => `SUM(u.c_${id})` })} AS ${d.quoteIdent(metric.id)}`);
    fields.push({ name: metric.id, role: 'metric', metric: metric.id });
  });
  const groupKeys = ['u.k_period', 'u.k_bucket', ...keys.map((key) => `u.${key.alias}`)];
  const union = branches.map((branch) => branch.sql).join(' UNION ALL ');
  return {
    sql: `SELECT ${outputs.join(', ')} FROM (${union}) u GROUP BY ${groupKeys.join(', ')}${d.statementSuffix}`,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    fields,
    metrics,
    groupBy,
    grain,
    buckets: bucketsOf(ranges[0], grain, setting.timeZone, setting.fiscalStart),
    previousBuckets: ranges[1] ? bucketsOf(ranges[1], grain, setting.timeZone, setting.fiscalStart) : undefined,
  };
}
