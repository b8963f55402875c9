import { checkBucketCount, checkGrain } from '../catalog/grains';
import { formulaOf, type MetricDef } from '../catalog/metrics';
import { checkCompare, type Period } from '../catalog/comparison';
import { bucketsOf, checkTimeZone, FIRST_MONDAY_DAY } from '../catalog/time';
import { salesError } from '../errors';
import type { Compare, DimensionId, Filter, Grain, MetricsQuery, TimeseriesQuery } from '../types';
import type { Anchor, Component, ExprContext, Window } from './formulas';
import { type ColumnRef, FACTS, type FactDef, type FactId } from './facts';
import { changeSql } from './change';
import { readsUntil } from './closedPeriods';
import { type RolledColumn, rollupBranch, rollupDay, rollupDayIn, type RollupTable, splitByRollup } from './rollups';
import { Source } from './source';
import {
  type Branch,
  type CalendarContext,
  checkFilters,
  checkGroupBy,
  checkMetrics,
  type Column,
  type CompiledQuery,
  type CompiledTimeseries,
  type CompileContext,
  componentTables,
  either,
  both,
  checkCompareToDate,
  exactAggregate,
  exprContext,
  filterCondition,
  keyColumns,
  metricScopes,
  type OutputField,
  periodsOf,
  selectList,
  settingOf,
  type Setting,
  sourceFor,
  unique,
  aggregate,
  windowCondition,
  windowFor,
  windowMedianBranch,
} from './common';

export type { CompileContext, CompiledQuery, CompiledTimeseries, OutputField } from './common';

/**
 * The rows a branch reads: the rows of each window, narrowed by the components' condition when they
 * all share one (bookings alone reads only won deals). Several different conditions are left to the
 * aggregates' CASEs in a grouped branch: testing them twice costs more than it saves (measured with
 * bench:sql), and narrowing would drop the groups that have rows but none meeting a condition. A
 * branch without groups returns its one row however few rows it reads, so there the rows meeting
 * any condition are read: the market-feedback stats' visits with and without feedback then join
 * only visits to the feedback per activity (PostgreSQL at scale 20: 530 → 450 ms of CPU, the
 * planner factors the shared test out of the OR).
 */
function branchWhere(columns: Column[], src: Source, setting: Setting, grouped: boolean): string {
  const { d } = setting;
  const byWindow = new Map<string, Set<string>>();
  for (const column of columns) {
    const window = windowCondition(column.component.anchor, column.window, src, d);
    const narrowing = column.component.when?.(exprContext(setting, src, column.window)) ?? '';
    const whens = byWindow.get(window) ?? new Set<string>();
    whens.add(narrowing);
    byWindow.set(window, whens);
  }
  const narrowing = (whens: Set<string>) =>
    whens.size === 1 ? [...whens][0] : grouped || whens.has('') ? '' : either([...whens].map((when) => both(when)));
  return either([...byWindow].map(([window, whens]) => both(window, narrowing(whens))));
}

const DECOMPOSABLE = ['sum', 'count', 'max'];

interface PreAggregation {
  /** the fact's columns that determine every group key (its own columns, or keys of the tables joined for the keys) */
  determinants: string[];
  /** the keys' tables joined to the pre-aggregated rows */
  outer: FactDef;
}

/**
 * Grouping by attributes of a joined table (a rep's region, a product's line) can aggregate the
 * fact by the join key first and join the few resulting rows, instead of joining every fact row:
 * what a person writing the SQL by hand would do. Possible when each key is a column of the fact or
 * of a table joined straight to it, and the aggregates add up (sums, counts, maxima).
 */
function preAggregation(fact: FactDef, groupBy: DimensionId[]): PreAggregation | undefined {
  if (groupBy.length === 0) {
    return undefined;
  }
  const refs = groupBy.flatMap((dimension) => {
    const ref = fact.dimensions[dimension]!;
    return ref.id ? [ref.value, ref.id] : [ref.value];
  });
  const joinOf = (alias: string) => fact.joins.find((join) => join.alias === alias);
  const joined = refs.filter(([alias]) => alias !== fact.alias);
  if (joined.length === 0 || joined.some(([alias]) => joinOf(alias)?.from[0] !== fact.alias)) {
    return undefined;
  }
  const joins = unique(joined.map(([alias]) => joinOf(alias)!));
  const determinants = unique([
    ...refs.filter(([alias]) => alias === fact.alias).map(([, column]) => column),
    ...joins.map((join) => join.from[1]),
  ]);
  const moved = (ref: ColumnRef): ColumnRef => (ref[0] === fact.alias ? ['pa', `j_${ref[1]}`] : ref);
  const dimensions: FactDef['dimensions'] = Object.fromEntries(
    groupBy.map((dimension) => {
      const ref = fact.dimensions[dimension]!;
      return [dimension, { value: moved(ref.value), id: ref.id ? moved(ref.id) : undefined }];
    })
  );
  return {
    determinants,
    outer: {
      id: fact.id,
      table: fact.table,
      alias: 'pa',
      joins: joins.map((join) => ({ ...join, from: ['pa', `j_${join.from[1]}`] as ColumnRef })),
      dimensions,
    },
  };
}

function preAggregatedBranch(
  setting: Setting,
  factId: FactId,
  plan: PreAggregation,
  columns: Column[],
  groupBy: DimensionId[],
  filters: Filter[],
  all: string[],
  extraKeys: ExtraKey[]
): Branch {
  const { d } = setting;
  const src = sourceFor(setting, factId);
  const fact = FACTS[factId];
  const inner = new Map<string, string>();
  const conditions = columns.map((column) => {
    const x = exprContext(setting, src, column.window);
    return both(windowCondition(column.component.anchor, column.window, src, d), column.component.when?.(x) ?? '');
  });
  const shared = unique(conditions).length === 1;
  columns.forEach((column, index) => {
    // one condition for every column: the WHERE clause applies it, the aggregates need no CASE
    const x = exprContext(setting, src, column.window);
    inner.set(column.name, exactAggregate(column.component, shared ? '1 = 1' : conditions[index], x));
  });
  const determinants = plan.determinants.map((column) => ({ alias: `j_${column}`, expr: src.col(fact.alias, column) }));
  const where = both(filterCondition(filters, src, d), branchWhere(columns, src, setting, true));
  const innerSql =
    `SELECT ${[...determinants.map((key) => `${key.expr} AS ${key.alias}`), ...[...inner].map(([name, expr]) => `${expr} AS ${name}`)].join(', ')} ` +
    `FROM ${src.render()} WHERE ${where} GROUP BY ${determinants.map((key) => key.expr).join(', ')}`;
  const outer = new Source(d, setting.location, plan.outer, [], { sql: innerSql, tables: src.tables() });
  const values = new Map(
    columns.map((column) => [
      column.name,
      d.toDouble(`${column.component.agg === 'max' ? 'MAX' : 'SUM'}(${outer.col('pa', column.name)})`),
    ])
  );
  const keyExprs = [
    ...extraKeys.map((key) => ({ alias: key.alias, expr: key.expr(outer), grouped: key.grouped })),
    ...keyColumns(groupBy, plan.outer).map((key) => ({
      alias: key.alias,
      expr: d.key(key.expr(outer)),
      grouped: true,
    })),
  ];
  const grouped = keyExprs.filter((key) => key.grouped);
  return {
    sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${outer.render()} GROUP BY ${grouped.map((key) => key.alias).join(', ')}`,
    tables: [...outer.tables(), ...componentTables(columns.map((c) => c.component))],
    columns: new Set(values.keys()),
  };
}

/** A key every branch emits before the group keys, e.g. a constant the union needs. */
export interface ExtraKey {
  alias: string;
  expr(src: Source): string;
  grouped: boolean;
}

/**
 * The union branches computing the given component columns: one pass over each fact table
 * (plus, on engines without a median aggregate, one window-function branch per median column).
 */
export function metricBranches(
  setting: Setting,
  columns: Column[],
  groupBy: DimensionId[],
  filters: Filter[],
  all: string[],
  extraKeys: ExtraKey[] = []
): Branch[] {
  const { d } = setting;
  const branches: Branch[] = [];
  for (const factId of unique(columns.map((column) => column.component.fact))) {
    const keys = keyColumns(groupBy, factId);
    const { rolled, rest: inFact } = splitByRollup(
      setting,
      columns.filter((column) => column.component.fact === factId),
      groupBy,
      filters
    );
    const together = [...rolled.values()].flat();
    for (const [table, rolledColumns] of rolled) {
      const leadingKeys = (src: Source) =>
        extraKeys.map((key) => ({ alias: key.alias, expr: key.expr(src), grouped: key.grouped }));
      branches.push(
        rollupBranch(setting, table, rolledColumns, leadingKeys, groupBy, filters, all, 'per-window', together)
      );
    }
    if (inFact.length === 0) {
      continue;
    }
    const condition = (column: Column) => (src: Source, x: ExprContext) =>
      both(windowCondition(column.component.anchor, column.window, src, d), column.component.when?.(x) ?? '');
    const byAggregate = inFact.filter((column) => column.component.agg !== 'median' || d.median);
    for (const column of inFact.filter((c) => !byAggregate.includes(c))) {
      branches.push(windowMedianBranch(setting, column, keys, extraKeys, filters, condition(column), all));
    }
    if (byAggregate.length === 0) {
      continue;
    }
    const plan = preAggregation(FACTS[factId], groupBy);
    if (plan && byAggregate.every((column) => DECOMPOSABLE.includes(column.component.agg))) {
      branches.push(preAggregatedBranch(setting, factId, plan, byAggregate, groupBy, filters, all, extraKeys));
      continue;
    }
    const src = sourceFor(setting, factId);
    const values = new Map<string, string>();
    const conditions = byAggregate.map((column) => condition(column)(src, exprContext(setting, src, column.window)));
    const shared = unique(conditions).length === 1;
    byAggregate.forEach((column, index) => {
      // one condition for every column: the WHERE clause applies it, the aggregates need no CASE
      values.set(
        column.name,
        aggregate(column.component, shared ? '1 = 1' : conditions[index], exprContext(setting, src, column.window))
      );
    });
    const keyExprs = [
      ...extraKeys.map((key) => ({ alias: key.alias, expr: key.expr(src), grouped: key.grouped })),
      ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)), grouped: true })),
    ];
    const grouped = keyExprs.filter((key) => key.grouped);
    const where = both(filterCondition(filters, src, d), branchWhere(byAggregate, src, setting, grouped.length > 0));
    const groupClause = grouped.length ? ` GROUP BY ${grouped.map((key) => key.alias).join(', ')}` : '';
    branches.push({
      sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${src.render()} WHERE ${where}${groupClause}`,
      tables: [...src.tables(), ...componentTables(byAggregate.map((c) => c.component))],
      columns: new Set(values.keys()),
    });
  }
  return branches;
}

// ---------------------------------------------------------------------------------------------
// metrics

/**
 * The metrics kind: one row per group, every metric computed in one pass over each fact table.
 * `nested`: the statement becomes part of a larger one, which carries the engine's suffix.
 */
/** What a metrics or timeseries query asks for, checked without its range or the warehouse. */
export interface CheckedMetricsQuery {
  metrics: MetricDef[];
  groupBy: DimensionId[];
  filters: Filter[];
  compare?: Compare;
}

/** The checks of a metrics query that need neither its range nor the warehouse (the editor's validation). */
export function checkMetricsQuery(query: MetricsQuery): CheckedMetricsQuery & { compareToDate: boolean } {
  const metrics = checkMetrics(query.metrics);
  const targetFamily = metrics.find((metric) => metric.targetBased);
  if (targetFamily) {
    throw salesError('query.target-family', { id: targetFamily.id });
  }
  const groupBy = checkGroupBy(query.groupBy, metricScopes(metrics));
  const filters = checkFilters(query.filters, metricScopes(metrics));
  const compareToDate = checkCompareToDate(query.compareToDate);
  const compare = checkCompare(query.compare, compareToDate);
  return { metrics, groupBy, filters, compare, compareToDate };
}

export function compileMetrics(query: MetricsQuery, context: CompileContext, nested = false): CompiledQuery {
  const { compare, compareToDate } = checkMetricsQuery(query);
  return compileMetricsOver(query, context, periodsOf(context, compare, compareToDate), nested);
}

/** A metrics query measured over the given periods (the first is the current one, a second the previous). */
export function compileMetricsOver(
  query: MetricsQuery,
  context: CompileContext,
  periods: Period[],
  nested = false
): CompiledQuery {
  const { metrics, groupBy, filters } = checkMetricsQuery(query);
  const setting = settingOf(context, periods);
  const { d } = setting;

  const formulas = metrics.map(formulaOf);
  // per metric and period: the window it is measured in, or none where a snapshot cannot be rebuilt
  const windows = metrics.map((metric, index) =>
    setting.periods.map((_, period) => {
      const window = windowFor(setting, metric, period);
      return formulas[index].unavailableAt?.(window) ? undefined : window;
    })
  );
  const columns = new Map<string, Column>();
  metrics.forEach((_, index) => {
    for (const window of windows[index]) {
      for (const component of window ? formulas[index].components : []) {
        const name = `c_${component.id}_${window!.key}`;
        columns.set(name, { name, component, window: window! });
      }
    }
  });
  const all = [...columns.keys()];
  const branches = metricBranches(setting, [...columns.values()], groupBy, filters, all);

  const keys = keyColumns(groupBy, formulas[0].components[0].fact);
  const fields: OutputField[] = keys.map((key) => key.field);
  const outputs = keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`);
  metrics.forEach((metric, index) => {
    const valueIn = (period: number) => {
      const window = windows[index][period];
      return window ? formulas[index].final({ d, c: (id) => `SUM(u.c_${id}_${window.key})` }) : d.nullDouble();
    };
    outputs.push(`${valueIn(0)} AS ${d.quoteIdent(metric.id)}`);
    fields.push({ name: metric.id, role: 'metric', metric: metric.id });
    if (setting.periods.length > 1) {
      const [current, previous] = [valueIn(0), valueIn(1)];
      const change = changeSql(metric, current, previous);
      outputs.push(`${previous} AS ${d.quoteIdent(`${metric.id}_previous`)}`);
      outputs.push(`${change} AS ${d.quoteIdent(`${metric.id}_change`)}`);
      fields.push({ name: `${metric.id}_previous`, role: 'previous', metric: metric.id });
      fields.push({ name: `${metric.id}_change`, role: 'change', metric: metric.id });
    }
  });
  const groupClause = keys.length ? ` GROUP BY ${keys.map((key) => `u.${key.alias}`).join(', ')}` : '';
  const union = branches.map((branch) => branch.sql).join(' UNION ALL ');
  const rows = `(${union}) u${groupClause}`;
  return {
    sql: `SELECT ${outputs.join(', ')} FROM ${rows}${nested ? '' : d.statementSuffix}`,
    rows,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    fields,
    metrics,
    groupBy,
    periods: setting.periods,
    timeZone: setting.timeZone,
    currentTime: setting.currentTime,
    unavailable: metrics.filter((_, index) => windows[index].some((window) => !window)).map((metric) => metric.id),
    readsUntil: readsUntil(
      metrics,
      [...columns.values()].map((column) => column.window),
      setting.timeZone
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// timeseries

export function bucketExpr(anchor: Anchor, grain: Grain, src: Source, setting: Setting): string {
  const { day, month } = anchorDay(anchor, src, setting);
  return bucketOf(grain, day, month, setting);
}

/** A row's local day number and month key by its date, in the query's zone for a timestamp (built when asked). */
export function anchorDay(
  anchor: Anchor,
  src: Source,
  { d, zone }: Setting
): { day: () => string; month: () => string } {
  if (anchor.kind !== 'date' && anchor.kind !== 'timestamp') {
    throw salesError('internal', { detail: 'only date and timestamp anchors have buckets' });
  }
  const col = src.col(src.fact.alias, anchor.column);
  return anchor.kind === 'date'
    ? { day: () => d.dateDayNumber(col), month: () => d.dateMonthKey(col) }
    : { day: () => d.localDayNumber(col, zone), month: () => d.localMonthKey(col, zone) };
}

/** The bucket of a grain of a rollup row (sql/rollups.ts). */
export function rollupBucket(grain: Grain, src: Source, setting: Setting): string {
  const { day, month } = rollupDay(src);
  return bucketOf(
    grain,
    () => day,
    () => month,
    setting
  );
}

/** The bucket of a grain, from a row's local day number and month key. */
function bucketOf(grain: Grain, day: () => string, month: () => string, { d, fiscalStart }: Setting): string {
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

/** The branches reading some components of one fact and date from the fact table, over the given windows. */
function seriesBranches(
  setting: Setting,
  members: Component[],
  windows: Window[],
  grain: Grain,
  groupBy: DimensionId[],
  filters: Filter[],
  all: string[]
): Branch[] {
  const { d } = setting;
  const branches: Branch[] = [];
  const { fact, anchor } = members[0];
  const keys = keyColumns(groupBy, fact);
  const periodAndBucket = [
    {
      alias: 'k_period',
      expr: (src: Source) =>
        windows.length > 1 ? `CASE WHEN ${both(windowCondition(anchor, windows[0], src, d))} THEN 0 ELSE 1 END` : '0',
    },
    { alias: 'k_bucket', expr: (src: Source) => bucketExpr(anchor, grain, src, setting) },
  ];
  const inAnyWindow = (src: Source) => either(windows.map((w) => both(windowCondition(anchor, w, src, d))));
  const byAggregate = members.filter((component) => component.agg !== 'median' || d.median);
  for (const component of members.filter((c) => !byAggregate.includes(c))) {
    const column = { name: `c_${component.id}`, component, window: windows[0] };
    branches.push(
      windowMedianBranch(
        setting,
        column,
        keys,
        periodAndBucket,
        filters,
        (src, x) => both(inAnyWindow(src), component.when?.(x) ?? ''),
        all
      )
    );
  }
  if (byAggregate.length === 0) {
    return branches;
  }
  const src = sourceFor(setting, fact);
  const x = exprContext(setting, src, windows[0]);
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
  return branches;
}

/** A series' branch over a rollup: the period and bucket of each rolled-up day, per group. */
function rollupSeriesBranch(
  setting: Setting,
  table: RollupTable,
  columns: RolledColumn[],
  grain: Grain,
  groupBy: DimensionId[],
  filters: Filter[],
  all: string[]
): Branch {
  const { d } = setting;
  const first = columns.find((column) => column.period === 0);
  const keys = (src: Source) => {
    const period =
      setting.windows.length === 1
        ? '0'
        : first
          ? `CASE WHEN ${rollupDayIn(src, d, first.days)} THEN 0 ELSE 1 END`
          : '1';
    return [
      { alias: 'k_period', expr: period, grouped: true },
      { alias: 'k_bucket', expr: rollupBucket(grain, src, setting), grouped: true },
    ];
  };
  return rollupBranch(setting, table, columns, keys, groupBy, filters, all, 'any');
}

/** The checks of a timeseries query that need neither its range nor the warehouse (the editor's validation). */
export function checkTimeseriesQuery(query: TimeseriesQuery): CheckedMetricsQuery & { grain: Grain } {
  const metrics = checkMetrics(query.metrics);
  const grain = checkGrain(String(query.grain));
  for (const metric of metrics) {
    if (metric.targetBased) {
      throw salesError('query.target-family', { id: metric.id });
    }
    const anchors = formulaOf(metric).components.map((component) => component.anchor.kind);
    const unbucketed = anchors.find((kind) => kind !== 'date' && kind !== 'timestamp');
    if (unbucketed) {
      const why =
        metric.timeBehaviour === 'snapshot'
          ? 'timeseries.snapshot'
          : unbucketed === 'overlap'
            ? 'timeseries.prorated'
            : 'timeseries.cumulative';
      throw salesError(why, { id: metric.id });
    }
  }
  const groupBy = checkGroupBy(query.groupBy, metricScopes(metrics));
  const filters = checkFilters(query.filters, metricScopes(metrics));
  if ((query as { compareToDate?: unknown }).compareToDate) {
    throw salesError('timeseries.compare-to-date', {});
  }
  return { metrics, grain, groupBy, filters, compare: checkCompare(query.compare, false) };
}

/** The periods of a series, refused when one holds more buckets of the grain than a series may have. */
export function seriesPeriods(compare: Compare | undefined, grain: Grain, context: CalendarContext): Period[] {
  const periods = periodsOf(context, compare);
  periods.forEach((period) =>
    checkBucketCount(period.range, grain, checkTimeZone(context.timeZone), context.fiscalYearStartMonth)
  );
  return periods;
}

/** The timeseries kind: one row per period, bucket and group; the engine fills empty buckets. */
export function compileTimeseries(query: TimeseriesQuery, context: CompileContext, nested = false): CompiledTimeseries {
  const { metrics, grain, groupBy, filters, compare } = checkTimeseriesQuery(query);
  const periods = seriesPeriods(compare, grain, context);
  const ranges = periods.map((period) => period.range);
  const setting = settingOf(context, periods);
  const { d } = setting;

  const formulas = metrics.map(formulaOf);
  const components = unique(formulas.flatMap((formula) => formula.components));
  const all = components.map((component) => `c_${component.id}`);
  const anchorKey = (component: Component) => `${component.fact}:${JSON.stringify(component.anchor)}`;
  const branches: Branch[] = [];

  for (const group of unique(components.map(anchorKey))) {
    const members = components.filter((component) => anchorKey(component) === group);
    // per component, its column over each period's window; the whole days a rollup holds are read there
    const perWindow = members.flatMap((component) =>
      setting.windows.map((window) => ({ name: `c_${component.id}`, component, window }))
    );
    const { rolled, read, rest } = splitByRollup(setting, perWindow, groupBy, filters);
    for (const [table, rolledColumns] of rolled) {
      branches.push(rollupSeriesBranch(setting, table, rolledColumns, grain, groupBy, filters, all));
    }
    // the components the fact table still has rows for, grouped by their windows as it reads them
    const parts = new Map<string, { components: Component[]; windows: Window[] }>();
    for (const component of members.filter((member) => rest.some((column) => column.component === member))) {
      const windows = read.filter((column) => column.component === component).map((column) => column.window);
      const key = JSON.stringify(windows);
      const part = parts.get(key) ?? { components: [], windows };
      part.components.push(component);
      parts.set(key, part);
    }
    for (const part of parts.values()) {
      branches.push(...seriesBranches(setting, part.components, part.windows, grain, groupBy, filters, all));
    }
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
    // nested: the statement becomes part of a larger one, which carries the engine's suffix
    sql: `SELECT ${outputs.join(', ')} FROM (${union}) u GROUP BY ${groupKeys.join(', ')}${nested ? '' : d.statementSuffix}`,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    fields,
    metrics,
    groupBy,
    grain,
    buckets: bucketsOf(ranges[0], grain, setting.timeZone, setting.fiscalStart),
    previousBuckets: ranges[1] ? bucketsOf(ranges[1], grain, setting.timeZone, setting.fiscalStart) : undefined,
    periods: setting.periods,
    timeZone: setting.timeZone,
    currentTime: setting.currentTime,
    unavailable: [],
    readsUntil: readsUntil(metrics, setting.windows, setting.timeZone),
  };
}
