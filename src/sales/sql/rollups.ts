import { formulaOf, listMetrics } from '../catalog/metrics';
import { dayNumber, localDate, startOfDate, type TimeRange } from '../catalog/time';
import type { DimensionId, Filter } from '../types';
import { both, type Branch, either, filterCondition, keyColumns, selectList, type Setting, unique } from './common';
import type { SqlDialect } from './dialect';
import { getDialect } from './dialects';
import { FACTS, type ColumnRef, type FactDef, type FactId } from './facts';
import type { Component, ExprContext, Window } from './formulas';
import { checkIdentifier } from './literals';
import { ROLLABLE_DERIVED_JOINS } from './derived';
import { Source } from './source';

/**
 * Rollups, like Cube's pre-aggregations: per fact table and date it is counted by, one row per local
 * day and rep holding the day's sums and counts of the flow components that can be kept that way.
 * `salesperf rollup` builds them (an ops command: the plugin only reads); the compiler answers the
 * whole days of a window the rollup covers from it and the rest from the fact table, so a result is
 * the same with and without them. Keyed by the rep's id rather than the rep's team or region so that a
 * rep moving team regroups the past exactly as the fact table does (the reps table is joined at query time).
 */

/** The table that records when each rollup was built, in the rollup schema. */
export const ROLLUP_FRESHNESS_TABLE = 'rollup_freshness';

/** The rollup columns besides the components: the local day number and month key of the date, and the rep's id. */
export const ROLLUP_DAY = 'day_number';
export const ROLLUP_MONTH = 'month_key';
export const ROLLUP_REP = 'rep_id';
const ROLLUP_ALIAS = 'ru';

export interface RollupTable {
  /** e.g. opportunities_by_close_date */
  name: string;
  fact: FactId;
  anchor: { kind: 'date' | 'timestamp'; column: string };
  components: Component[];
  /** kept per rep (queries grouped or filtered by the rep dimensions), or per day only (queries without either) */
  perRep: boolean;
  /** the components whose value depends on the time zone (all of them for a timestamp's local day) */
  zoned: Set<string>;
  /**
   * per component with a condition, the column counting the rows meeting it (components with the same
   * condition share one): a group has rows for a query exactly when the fact table's rows would
   */
  counts: Map<string, string>;
  /** per component, its condition's text ('' for none): components of two tables may share a window */
  conditions: Map<string, string>;
}

/** What the rollup schema holds, as its freshness table says. */
export interface RollupState {
  schema: string;
  /** the warehouse schema the rollups were built from */
  sourceSchema: string;
  timeZone: string;
  /** the first local day the rollups do not hold (they hold every earlier day) */
  coveredUntil: string;
  builtAt: number;
  /** the rollup tables present */
  tables: string[];
}

interface Probe {
  eligible: boolean;
  zoned: boolean;
  /** the condition's text, the same for components with the same condition ('' for none) */
  when: string;
  /** the derived joins it reads (sql/derived.ts ROLLABLE_DERIVED_JOINS) */
  derived: string[];
}

/**
 * Whether a component can be kept per day: a sum or count of a fact's rows dated by a date or timestamp,
 * whose value and condition read only the fact, its plain joins and the derived joins that never depend
 * on the window, and never the window itself (a snapshot's instant, payments by the window's now or a
 * subquery would change with the window read).
 */
function probe(component: Component, fact: FactDef): Probe {
  let eligible =
    (component.agg === 'sum' || component.agg === 'count') &&
    (component.anchor.kind === 'date' || component.anchor.kind === 'timestamp');
  let zoned = component.anchor.kind === 'timestamp';
  const aliases = new Set([fact.alias, ...fact.joins.map((join) => join.alias)]);
  const rollable = new Set(ROLLABLE_DERIVED_JOINS[fact.id] ?? []);
  const derived = new Set<string>();
  const refuse = () => {
    eligible = false;
    return '';
  };
  const x: ExprContext = {
    d: getDialect('duckdb'),
    col: (alias, column) => {
      if (rollable.has(alias)) {
        derived.add(alias);
      }
      return aliases.has(alias) || rollable.has(alias) ? `${alias}.${column}` : refuse();
    },
    get w(): Window {
      eligible = false;
      return {
        period: 0,
        key: '0',
        from: 0,
        to: 0,
        now: 0,
        fromDate: '',
        toDate: '',
        nowDate: '',
        todayDate: '',
        live: true,
      };
    },
    get zone() {
      zoned = true;
      return { name: 'UTC', offsets: [] };
    },
    table: refuse,
    read: refuse,
  };
  component.value?.(x);
  const when = component.when?.(x) ?? '';
  return { eligible, zoned, when, derived: [...derived].sort() };
}

let tables: RollupTable[] | undefined;

/** Every rollup table: the eligible flow components of the catalog, per fact and date. */
export function rollupTables(): RollupTable[] {
  if (tables) {
    return tables;
  }
  const byName = new Map<string, RollupTable>();
  const whenTexts = new Map<string, Map<string, string>>();
  for (const metric of listMetrics()) {
    if (metric.targetBased || metric.timeBehaviour !== 'flow') {
      continue;
    }
    for (const component of formulaOf(metric).components) {
      const fact = FACTS[component.fact];
      const { anchor } = component;
      if (!fact.dimensions.rep?.id || (anchor.kind !== 'date' && anchor.kind !== 'timestamp')) {
        continue;
      }
      const { eligible, zoned, when, derived } = probe(component, fact);
      if (!eligible) {
        continue;
      }
      // components read through a derived join get a table of their own: a warehouse without the
      // join's table (an optional one, such as visit_feedback) still has the fact's other rollups
      const name = `${component.fact}_by_${anchor.column}${derived.map((alias) => `_${alias}`).join('')}_per_rep`;
      const table = byName.get(name) ?? {
        name,
        perRep: true,
        fact: component.fact,
        anchor: { kind: anchor.kind, column: anchor.column },
        components: [],
        zoned: new Set<string>(),
        counts: new Map<string, string>(),
        conditions: new Map<string, string>(),
      };
      const whens = whenTexts.get(name) ?? new Map<string, string>();
      whenTexts.set(name, whens);
      if (!table.components.some((existing) => existing.id === component.id)) {
        table.components.push(component);
        table.conditions.set(component.id, when);
        if (zoned) {
          table.zoned.add(component.id);
        }
        if (when !== '') {
          const sameWhen = [...whens].find(([, text]) => text === when)?.[0];
          table.counts.set(component.id, `n_${sameWhen ?? component.id}`);
          whens.set(component.id, when);
        }
      }
      byName.set(name, table);
    }
  }
  // the same sums per day alone: a few thousand rows answer the dashboards' ungrouped, unfiltered stats
  const perRep = [...byName.values()];
  tables = [
    ...perRep,
    ...perRep.map((table) => ({ ...table, name: table.name.replace(/_per_rep$/, ''), perRep: false })),
  ];
  return tables;
}

/** The rollup table holding a component per rep or per day alone, if any. */
export function rollupOf(component: Component, perRep: boolean): RollupTable | undefined {
  return rollupTables().find((table) => table.perRep === perRep && table.components.some((c) => c.id === component.id));
}

/** The rollup column of a component. */
export function rollupColumn(component: Component): string {
  return `c_${component.id}`;
}

/** A rollup table read like its fact: its rep id joined to the reps table for the rep dimensions. */
export function rollupFact(table: RollupTable): FactDef {
  const fact = FACTS[table.fact];
  if (!table.perRep) {
    return { id: table.fact, table: fact.table, alias: ROLLUP_ALIAS, joins: [], dimensions: {} };
  }
  const repRef: ColumnRef = [ROLLUP_ALIAS, ROLLUP_REP];
  const dimensions: FactDef['dimensions'] = {};
  for (const dimension of ROLLUP_DIMENSIONS) {
    const ref = fact.dimensions[dimension]!;
    dimensions[dimension] = dimension === 'rep' ? { value: ref.value, id: repRef } : ref;
  }
  return {
    id: table.fact,
    table: fact.table,
    alias: ROLLUP_ALIAS,
    joins: [{ alias: 'r', table: 'reps', from: repRef, key: 'rep_id' }],
    dimensions,
  };
}

/** The rollup's rows, standing in for the fact table in a Source. */
export function rollupRows(d: SqlDialect, table: RollupTable, state: RollupState): string {
  const schema = d.quoteIdent(checkIdentifier(state.schema, 'rollup schema'));
  return `SELECT * FROM ${schema}.${d.quoteIdent(table.name)}`;
}

/** The dimensions a rollup serves: the rep's own and what the reps table says of the rep. */
export const ROLLUP_DIMENSIONS = ['rep', 'team', 'manager', 'region'] as const;

/**
 * The part of a window a rollup can answer: the whole local days inside it that the rollup holds, as
 * [startDate, endDate), or undefined when there is none (or the window's bounds are an alert rule's macros).
 */
export function rolledUpDays(
  table: RollupTable,
  w: Window,
  state: RollupState
): { startDate: string; endDate: string } | undefined {
  if (w.sql !== undefined) {
    return undefined;
  }
  // date columns count whole days already (fromDate and toDate); timestamps only the days wholly inside
  const startDate = w.fromDate;
  const lastWhole = table.anchor.kind === 'date' ? w.toDate : localDate(w.to, state.timeZone);
  const endDate = lastWhole < state.coveredUntil ? lastWhole : state.coveredUntil;
  return startDate < endDate ? { startDate, endDate } : undefined;
}

/** The instants a rolled-up part of a window spans, for the rows of a timestamp column read around it. */
export function rolledUpSpan(days: { startDate: string; endDate: string }, timeZone: string): TimeRange {
  return { from: startOfDate(days.startDate, timeZone), to: startOfDate(days.endDate, timeZone) };
}

/** The rollup state's rollup for a component, when the query may read it (same schema and zone, fresh). */
export function usableRollup(
  component: Component,
  state: RollupState | undefined,
  location: { schema: string },
  timeZone: string,
  perRep: boolean
): RollupTable | undefined {
  if (!state || state.sourceSchema !== location.schema) {
    return undefined;
  }
  const table = rollupOf(component, perRep);
  if (!table || !state.tables.includes(table.name)) {
    return undefined;
  }
  return table.zoned.has(component.id) && state.timeZone !== timeZone ? undefined : table;
}

/** A column of a union branch read from a rollup: its component over the window's rolled-up days. */
export interface RolledColumn {
  name: string;
  component: Component;
  /** the period of the window the days are of */
  period: number;
  days: { startDate: string; endDate: string };
}

/** The condition that a rollup row's day is in a window's rolled-up days. */
export function rollupDayIn(src: Source, d: SqlDialect, days: { startDate: string; endDate: string }): string {
  const day = src.col(ROLLUP_ALIAS, ROLLUP_DAY);
  return `${day} >= ${d.number(dayNumber(days.startDate))} AND ${day} < ${d.number(dayNumber(days.endDate))}`;
}

/** The day number and month key of a rollup row, for buckets. */
export function rollupDay(src: Source): { day: string; month: string } {
  return { day: src.col(ROLLUP_ALIAS, ROLLUP_DAY), month: src.col(ROLLUP_ALIAS, ROLLUP_MONTH) };
}

export function rollupSource(setting: Setting, table: RollupTable): Source {
  return new Source(setting.d, setting.location, rollupFact(table), [], {
    sql: rollupRows(setting.d, table, setting.rollups!),
    tables: [FACTS[table.fact].table],
  });
}

/**
 * One union branch over a rollup table: each column's sum over its rolled-up days, per group: the
 * keys the caller puts first (a period, a bucket), then the query's group keys.
 */
export function rollupBranch(
  setting: Setting,
  table: RollupTable,
  columns: RolledColumn[],
  leadingKeys: (src: Source) => Array<{ alias: string; expr: string; grouped: boolean }>,
  groupBy: DimensionId[],
  filters: Filter[],
  all: string[],
  narrowing: 'per-window' | 'any',
  /** per-window: every rolled column of the fact's branches, in this table or another (default: these) */
  together: RolledColumn[] = columns
): Branch {
  const { d } = setting;
  const src = rollupSource(setting, table);
  // a series' column is one per component, over the rolled-up days of each period
  const values = new Map(
    unique(columns.map((column) => column.name)).map((name) => {
      const of = columns.filter((column) => column.name === name);
      const inDays = either(of.map((column) => rollupDayIn(src, d, column.days)));
      const value = src.col(ROLLUP_ALIAS, rollupColumn(of[0].component));
      return [name, d.toDouble(`COALESCE(SUM(CASE WHEN ${inDays} THEN ${value} END), 0)`)];
    })
  );
  const keyExprs = [
    ...leadingKeys(src),
    ...keyColumns(groupBy, src.fact).map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)), grouped: true })),
  ];
  const grouped = keyExprs.filter((key) => key.grouped);
  const where = both(filterCondition(filters, src, d), rowsRead(src, table, columns, together, narrowing, d));
  const groupClause = grouped.length ? ` GROUP BY ${grouped.map((key) => key.alias).join(', ')}` : '';
  return {
    sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${src.render()} WHERE ${where}${groupClause}`,
    tables: src.tables(),
    columns: new Set(values.keys()),
  };
}

/**
 * The rollup rows a branch reads: those of the rolled-up days that stand for the fact rows the fact
 * table's branch would read, so that the same groups appear. A metrics branch (`per-window`) reads
 * the rows of a window meeting its columns' condition when all the fact's columns of that window,
 * in whichever rollup table, share one, else every row of the window (compile.ts, branchWhere); a
 * series branch (`any`) the rows meeting any column's condition. Every rollup table of a fact has a
 * row for each day and rep with any fact row, so every row of a window is the same groups in each.
 */
function rowsRead(
  src: Source,
  table: RollupTable,
  columns: RolledColumn[],
  together: RolledColumn[],
  narrowing: 'per-window' | 'any',
  d: SqlDialect
): string {
  const met = (count: string | undefined) => (count ? `${src.col(ROLLUP_ALIAS, count)} > 0` : '');
  const countOf = (column: RolledColumn) => table.counts.get(column.component.id);
  const conditionOf = (column: RolledColumn) =>
    rollupTables()
      .find((candidate) => candidate.conditions.has(column.component.id))!
      .conditions.get(column.component.id)!;
  const daysOf = (column: RolledColumn) => JSON.stringify(column.days);
  const byDays = new Map<string, RolledColumn[]>();
  columns.forEach((column) => {
    byDays.set(daysOf(column), [...(byDays.get(daysOf(column)) ?? []), column]);
  });
  const inDays = [...byDays].map(([days, of]) => {
    const counts = unique(of.map(countOf));
    const shared = unique(together.filter((column) => daysOf(column) === days).map(conditionOf)).length === 1;
    const condition =
      narrowing === 'per-window'
        ? shared
          ? met(counts[0])
          : ''
        : counts.includes(undefined)
          ? ''
          : either(counts.map(met));
    return both(rollupDayIn(src, d, of[0].days), condition);
  });
  return either(inDays);
}

/** Whether a query grouped and filtered so may read rollups at all. */
function rollupsServe(setting: Setting, groupBy: DimensionId[], filters: Filter[]): boolean {
  const served = (dimension: DimensionId) => (ROLLUP_DIMENSIONS as readonly DimensionId[]).includes(dimension);
  return (
    setting.rollups !== undefined &&
    // a cluster's Distributed tables are not rolled up (salesperf rollup refuses them)
    !setting.location.cluster &&
    groupBy.every(served) &&
    filters.every((filter) => served(filter.dimension))
  );
}

/**
 * Splits columns between a rollup and the fact table: a column whose component a usable rollup holds
 * reads the window's rolled-up days there (`rolled`) and the rest of its window from the fact table.
 * `read`: every column in the given order, its window as the fact table reads it (without the
 * rolled-up days); `rest`: those the fact table still has rows for (not when the rollup holds the
 * whole window, whose window read from the fact table then matches no row).
 */
export function splitByRollup<C extends { name: string; component: Component; window: Window }>(
  setting: Setting,
  columns: C[],
  groupBy: DimensionId[],
  filters: Filter[]
): { rolled: Map<RollupTable, RolledColumn[]>; read: C[]; rest: C[] } {
  const rolled = new Map<RollupTable, RolledColumn[]>();
  if (!rollupsServe(setting, groupBy, filters)) {
    return { rolled, read: columns, rest: columns };
  }
  const read: C[] = [];
  const rest: C[] = [];
  const perRep = groupBy.length > 0 || filters.length > 0;
  for (const column of columns) {
    const table = usableRollup(column.component, setting.rollups, setting.location, setting.timeZone, perRep);
    const days = table && rolledUpDays(table, column.window, setting.rollups!);
    if (!table || !days) {
      read.push(column);
      rest.push(column);
      continue;
    }
    rolled.set(table, [
      ...(rolled.get(table) ?? []),
      { name: column.name, component: column.component, period: column.window.period, days },
    ]);
    const span = rolledUpSpan(days, setting.timeZone);
    const w = column.window;
    const whole = table.anchor.kind === 'date' ? days.endDate >= w.toDate : span.from <= w.from && span.to >= w.to;
    const asRead = { ...column, window: { ...w, rolledUp: { ...days, ...span } } };
    read.push(asRead);
    if (!whole) {
      rest.push(asRead);
    }
  }
  return { rolled, read, rest };
}
