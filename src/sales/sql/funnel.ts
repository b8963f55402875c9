import { listMetrics } from '../catalog/metrics';
import { resolveTable, type TableId } from '../catalog/tables';
import type { TimeRange } from '../catalog/time';
import { phrase, salesError } from '../errors';
import type { DimensionId, FunnelMeasure, FunnelMode, FunnelQuery } from '../types';
import {
  type Branch,
  both,
  checkFilters,
  checkGroupBy,
  type CompileContext,
  type DimensionScope,
  filterCondition,
  keyColumns,
  type KeyColumn,
  exprContext,
  periodsOf,
  selectList,
  settingOf,
  type Setting,
  tableRef,
  unique,
  windowCondition,
} from './common';
import { readColumn } from './columns';
import { inOperator, localTableRef, onCluster } from './distributed';
import { FACTS, type FactDef } from './facts';
import { COMPONENTS, type Window } from './formulas';
import { type DerivedJoin, Source } from './source';

/**
 * The funnel kind in one statement (docs/frames.md, funnel). The union has three kinds of rows:
 *   0 the stages table (name, position, closed, won) so the funnel's stages come from the warehouse;
 *   1 per group and stage: opportunities and their amount — for `reached` per furthest stage key,
 *     for `strict` per stage with a history row, for `snapshot` per current stage of the deals in the
 *     open pipeline (the same population as open_pipeline: open, closing in the range, not omitted);
 *   2 per group and stage: mean and median days in the stage from completed history rows (a snapshot
 *     reads the history only when the query asks for time in stage: it must run without that table).
 * The furthest stage key is the stage's position, the won stage counting as the furthest of all;
 * NULL stands for "the first stage" (a lost deal without history).
 */

export const WON_KEY = 1_000_000;

export const FUNNEL_MODES: FunnelMode[] = ['reached', 'strict', 'snapshot'];
export const FUNNEL_MEASURES: FunnelMeasure[] = ['count', 'amount'];

export interface CompiledFunnel {
  sql: string;
  tables: TableId[];
  groupBy: DimensionId[];
  keys: KeyColumn[];
  mode: FunnelMode;
  measure: FunnelMeasure;
  range: TimeRange;
  /** the instant a snapshot is measured at (min(to, now)) */
  asOf: number;
}

const DEAL_DIMENSIONS = listMetrics().find((metric) => metric.id === 'bookings')!.dimensions;

/** History rows reach the deal, its rep, product and customer through the opportunity. */
const HISTORY: FactDef = {
  id: 'opportunities',
  table: 'opportunity_stage_history',
  alias: 'h',
  joins: [
    { alias: 'o', table: 'opportunities', from: ['h', 'opportunity_id'], key: 'opportunity_id' },
    { alias: 'r', table: 'reps', from: ['o', 'owner_rep_id'], key: 'rep_id' },
    { alias: 'p', table: 'products', from: ['o', 'product_id'], key: 'product_id' },
    { alias: 'c', table: 'customers', from: ['o', 'customer_id'], key: 'customer_id' },
    { alias: 'hs', table: 'stages', from: ['h', 'stage'], key: 'stage' },
  ],
  dimensions: FACTS.opportunities.dimensions,
};

const STAGES: FactDef = { id: 'opportunities', table: 'stages', alias: 's', joins: [], dimensions: {} };

const COLUMNS = [
  'c_kind',
  'c_key',
  'c_position',
  'c_won',
  'c_closed',
  'c_count',
  'c_amount',
  'c_weighted',
  'c_mean_days',
  'c_median_days',
];

function checkMode(mode: unknown): FunnelMode {
  const value = mode ?? 'reached';
  if (!FUNNEL_MODES.includes(value as FunnelMode)) {
    throw salesError('funnel.mode-unknown', { mode: String(value), allowed: FUNNEL_MODES.join(', ') });
  }
  return value as FunnelMode;
}

function checkMeasure(measure: unknown): FunnelMeasure {
  const value = measure ?? 'count';
  if (!FUNNEL_MEASURES.includes(value as FunnelMeasure)) {
    throw salesError('funnel.measure-unknown', { measure: String(value), allowed: FUNNEL_MEASURES.join(', ') });
  }
  return value as FunnelMeasure;
}

/** The funnel counts deals: it is grouped and filtered by the deal dimensions. */
export const FUNNEL_SCOPE: DimensionScope = { name: phrase('scope.funnel', {}), dimensions: DEAL_DIMENSIONS };

/** The checks of a funnel query that need neither its range nor the warehouse (the editor's validation). */
export function checkFunnelQuery(query: FunnelQuery) {
  const mode = checkMode(query.mode);
  const measure = checkMeasure(query.measure);
  const groupBy = checkGroupBy(query.groupBy, [FUNNEL_SCOPE]);
  if (groupBy.includes('stage')) {
    throw salesError('funnel.group-by-stage', {});
  }
  const filters = checkFilters(query.filters, [FUNNEL_SCOPE]);
  return { mode, measure, groupBy, filters };
}

export function compileFunnel(query: FunnelQuery, context: CompileContext): CompiledFunnel {
  const { mode, measure, groupBy, filters } = checkFunnelQuery(query);
  const setting = settingOf(context, periodsOf(context, undefined));
  const { d } = setting;
  // without stage history (known from the warehouse profile) the reached funnel places each deal by
  // its current stage (lost deals at the first), and there are no days in stage
  const history = !d.profile || d.profile.tables.opportunity_stage_history !== undefined;
  if (!history && mode === 'strict') {
    const table = resolveTable(setting.location, 'opportunity_stage_history');
    throw salesError('funnel.strict-needs-history', { table: `${table.schema}.${table.name}` }, 'missing_table');
  }
  const keys = keyColumns(groupBy, FACTS.opportunities);
  const is = (expr: string, value: boolean) => `${expr} = ${d.boolean(value)}`;
  const text = (expr: string) => d.key(expr);
  const num = (expr: string) => d.toDouble(expr);
  const cohort = (src: Source) => {
    const created = src.col('o', 'created_at');
    const w = setting.windows[0];
    return `${created} >= ${d.timestamp(w.from)} AND ${created} < ${d.timestamp(w.to)}`;
  };
  const row = (values: Record<string, string>, keyExprs: Array<{ alias: string; expr: string }>) =>
    selectList(keyExprs, new Map(Object.entries(values)), COLUMNS, d);
  const nullKeys = keys.map((key) => ({ alias: key.alias, expr: d.nullText() }));
  const branches: Branch[] = [];

  // 0: the stages
  {
    const src = new Source(d, setting.location, STAGES);
    const values = {
      c_kind: num('0'),
      c_key: num(`CASE WHEN ${is(src.col('s', 'is_won'), true)} THEN ${WON_KEY} ELSE ${src.col('s', 'position')} END`),
      c_position: num(src.col('s', 'position')),
      c_won: num(`CASE WHEN ${is(src.col('s', 'is_won'), true)} THEN 1 ELSE 0 END`),
      c_closed: num(`CASE WHEN ${is(src.col('s', 'is_closed'), true)} THEN 1 ELSE 0 END`),
    };
    branches.push({
      sql: `SELECT ${row(values, [...nullKeys, { alias: 'k_stage', expr: text(src.col('s', 'stage')) }])} FROM ${src.render()}`,
      tables: src.tables(),
      columns: new Set(Object.keys(values)),
    });
  }

  // 1: counts
  if (mode === 'reached') {
    const src = new Source(
      d,
      setting.location,
      FACTS.opportunities,
      history ? [furthestInHistory(setting, setting.windows[0])] : []
    );
    const status = (value: string) => `${src.col('o', 'status')} = ${d.string(value)}`;
    const inHistory = history ? `WHEN ${src.col('hx', 'max_key')} IS NOT NULL THEN ${src.col('hx', 'max_key')} ` : '';
    const furthest =
      `CASE WHEN ${status('won')} THEN ${WON_KEY} ${inHistory}` +
      `WHEN ${status('lost')} THEN NULL WHEN ${is(src.col('s', 'is_won'), true)} THEN ${WON_KEY} ` +
      `WHEN ${is(src.col('s', 'is_closed'), false)} THEN ${src.col('s', 'position')} ELSE NULL END`;
    const keyExprs = keys.map((key) => ({ alias: key.alias, expr: text(key.expr(src)) }));
    const values = {
      c_kind: num('1'),
      c_key: num(furthest),
      c_count: num('COUNT(*)'),
      c_amount: num(`COALESCE(SUM(${src.col('o', 'amount')}), 0)`),
    };
    // grouped by the output alias: MySQL's ONLY_FULL_GROUP_BY does not see CAST(x) as grouped by x
    const groupClause = [...keyExprs.map((key) => key.alias), 'c_key'].join(', ');
    // every column is referenced before the FROM clause is rendered
    const where = both(cohort(src), filterCondition(filters, src, d));
    branches.push({
      sql: `SELECT ${row(values, [...keyExprs, { alias: 'k_stage', expr: d.nullText() }])} FROM ${src.render()} WHERE ${where} GROUP BY ${groupClause}`,
      tables: history ? [...src.tables(), 'opportunity_stage_history'] : src.tables(),
      columns: new Set(Object.keys(values)),
    });
  } else if (mode === 'strict') {
    const src = new Source(d, setting.location, HISTORY, [], cohortHistory(setting, setting.windows[0]));
    const keyExprs = keys.map((key) => ({ alias: key.alias, expr: text(key.expr(src)) }));
    const inFunnel = `(${is(src.col('hs', 'is_closed'), false)} OR ${is(src.col('hs', 'is_won'), true)})`;
    const where = both(cohort(src), inFunnel, filterCondition(filters, src, d));
    // one row per deal and stage, however often the deal entered the stage
    const inner =
      `SELECT ${[...keyExprs.map((key) => `${key.expr} AS ${key.alias}`), `${text(src.col('h', 'stage'))} AS k_stage`, `${src.col('o', 'opportunity_id')} AS oid`, `MAX(${src.col('o', 'amount')}) AS amt`].join(', ')} ` +
      `FROM ${src.render()} WHERE ${where} ` +
      `GROUP BY ${[...keyExprs.map((key) => key.alias), 'k_stage', 'oid'].join(', ')}`;
    const outerKeys = [
      ...keyExprs.map((key) => ({ alias: key.alias, expr: `t.${key.alias}` })),
      { alias: 'k_stage', expr: 't.k_stage' },
    ];
    const values = { c_kind: num('1'), c_count: num('COUNT(*)'), c_amount: num('COALESCE(SUM(t.amt), 0)') };
    branches.push({
      sql: `SELECT ${row(values, outerKeys)} FROM (${inner}) t GROUP BY ${outerKeys.map((key) => key.expr).join(', ')}`,
      tables: src.tables(),
      columns: new Set(Object.keys(values)),
    });
  } else {
    const src = new Source(d, setting.location, FACTS.opportunities);
    const keyExprs = keys.map((key) => ({ alias: key.alias, expr: text(key.expr(src)) }));
    // the open pipeline's own components: the identity Σ stages = open_pipeline holds by construction
    const w = setting.asOf[0];
    const x = exprContext(setting, src, w);
    const { open_amount: open, open_weighted: weighted } = COMPONENTS;
    const values = {
      c_kind: num('1'),
      c_count: num('COUNT(*)'),
      c_amount: num(`COALESCE(SUM(${open.value!(x)}), 0)`),
      c_weighted: num(`COALESCE(SUM(${weighted.value!(x)}), 0)`),
    };
    const where = both(windowCondition(open.anchor, w, src, d), open.when!(x), filterCondition(filters, src, d));
    const select = row(values, [...keyExprs, { alias: 'k_stage', expr: text(src.col('o', 'stage')) }]);
    branches.push({
      sql: `SELECT ${select} FROM ${src.render()} WHERE ${where} GROUP BY ${[...keyExprs.map((key) => key.alias), 'k_stage'].join(', ')}`,
      tables: src.tables(),
      columns: new Set(Object.keys(values)),
    });
  }

  // 2: days in stage, from history rows that were left, of the cohort (or of the open deals)
  const timeInStage = mode === 'snapshot' ? query.timeInStage === true : query.timeInStage !== false;
  if (timeInStage && history) {
    const snapshot = mode === 'snapshot';
    const rows = snapshot ? undefined : cohortHistory(setting, setting.windows[0]);
    branches.push(...daysInStage(setting, keys, filters, snapshot ? openPipeline(setting) : cohort, rows));
  }

  return {
    sql: `SELECT * FROM (${branches.map((branch) => branch.sql).join(' UNION ALL ')}) u${d.statementSuffix}`,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    groupBy,
    keys,
    mode,
    measure,
    range: setting.periods[0].range,
    asOf: setting.asOf[0].now,
  };
}

/**
 * Per deal of the cohort, the furthest funnel stage its history entered (the won stage being the
 * furthest). The stage columns are joined with USING and named unqualified: a ClickHouse Distributed
 * table loses table aliases when it sends the statement to its shards, and each shard then joins its
 * own rows. Only the cohort's deals are aggregated (the outer query keeps no other): without that
 * restriction PostgreSQL groups the whole history by deal before the join, several times the cost of
 * reading the table once (README, Benchmarks: bench:refresh). Where the dialect joins key ranges the
 * restriction is the cohort's id range instead (idRangeJoin).
 */
function furthestInHistory(setting: Setting, cohort: Window): DerivedJoin {
  const { d, location } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const key = `MAX(CASE WHEN ${q('is_won')} = ${d.boolean(true)} THEN ${WON_KEY} WHEN ${q('is_closed')} = ${d.boolean(false)} THEN ${q('position')} END)`;
  const stages = `SELECT ${['stage', 'is_won', 'is_closed', 'position'].map(q).join(', ')} FROM ${tableRef(setting, 'stages')}`;
  const created = readColumn(d, location, `oc.${q('created_at')}`, 'opportunities', 'created_at');
  // on a shard, its own deals: history and deals are sharded alike (warehouse/cluster.ts)
  const cohortDeals = (opportunities: string, operator: string) =>
    `${q('opportunity_id')} ${operator} (SELECT oc.${q('opportunity_id')} FROM ${opportunities} AS oc ` +
    `WHERE ${created} >= ${d.timestamp(cohort.from)} AND ${created} < ${d.timestamp(cohort.to)})`;
  const from = (history: string, deals: string) =>
    `SELECT ${q('opportunity_id')}, ${key} AS ${q('max_key')} ` +
    `FROM ${history} INNER JOIN (${stages}) AS s2 USING (${q('stage')}) WHERE ${deals} GROUP BY ${q('opportunity_id')}`;
  // the cohort's id range reads the index instead of the table (at scale 20 on PostgreSQL 169k history
  // rows for 119k); the IN list still keeps the grouping to the cohort's deals where ids do not grow
  // with creation time and the range spans the table
  const inRange = () =>
    `SELECT ${q('opportunity_id')}, ${key} AS ${q('max_key')} ` +
    `FROM ${tableRef(setting, 'opportunity_stage_history')} INNER JOIN (${stages}) AS s2 USING (${q('stage')}) ` +
    `${idRangeJoin(setting, cohort, q('opportunity_id'))} ` +
    `WHERE ${cohortDeals(tableRef(setting, 'opportunities'), inOperator(location, ['opportunities']))} GROUP BY ${q('opportunity_id')}`;
  return {
    alias: 'hx',
    sql: d.keyRangeJoin
      ? inRange()
      : from(
          tableRef(setting, 'opportunity_stage_history'),
          cohortDeals(tableRef(setting, 'opportunities'), inOperator(location, ['opportunities']))
        ),
    shardSql: onCluster(location)
      ? from(
          localTableRef(d, location, 'opportunity_stage_history'),
          cohortDeals(localTableRef(d, location, 'opportunities'), 'IN')
        )
      : undefined,
    columns: ['max_key'],
    from: ['o', 'opportunity_id'],
    key: 'opportunity_id',
    tables: ['opportunity_stage_history', 'stages'],
  };
}

/**
 * The join that keeps the rows whose `column` (an opportunity id) lies between the least and the
 * greatest id of the cohort's deals: a superset of the cohort's rows, for dialects with keyRangeJoin.
 * The count keeps PostgreSQL from answering MIN and MAX by walking the primary key from either end
 * with the cohort's condition as a filter (the cohort, the newest deals, is at one end: 371k index
 * entries at scale 20); as a join rather than two scalar subqueries the planner estimates the range's
 * rows (1/9 of the table) where it assumes 0.5% for bounds it does not know, and sorts.
 */
function idRangeJoin(setting: Setting, cohort: Window, column: string): string {
  const { d, location } = setting;
  const id = `oc.${d.quoteIdent('opportunity_id')}`;
  const created = readColumn(d, location, `oc.${d.quoteIdent('created_at')}`, 'opportunities', 'created_at');
  const range =
    `SELECT MIN(${id}) AS lo, MAX(${id}) AS hi, COUNT(*) AS n FROM ${tableRef(setting, 'opportunities')} AS oc ` +
    `WHERE ${created} >= ${d.timestamp(cohort.from)} AND ${created} < ${d.timestamp(cohort.to)}`;
  return `INNER JOIN (${range}) AS hb ON ${column} >= hb.lo AND ${column} <= hb.hi AND hb.n > 0`;
}

/**
 * The history rows that can belong to the cohort's deals, standing in for the history table where
 * the dialect joins key ranges (a cohort of a quarter reads a tenth of the table); else undefined.
 */
function cohortHistory(setting: Setting, cohort: Window): { sql: string; tables: TableId[] } | undefined {
  const { d, location } = setting;
  if (!d.keyRangeJoin) {
    return undefined;
  }
  const columns = ['opportunity_id', 'stage', 'entered_at', 'exited_at'].map(
    (column) =>
      `${readColumn(d, location, `hr.${d.quoteIdent(column)}`, 'opportunity_stage_history', column)} AS ${d.quoteIdent(column)}`
  );
  return {
    sql:
      `SELECT ${columns.join(', ')} FROM ${tableRef(setting, 'opportunity_stage_history')} AS hr ` +
      idRangeJoin(setting, cohort, `hr.${d.quoteIdent('opportunity_id')}`),
    tables: ['opportunity_stage_history', 'opportunities'],
  };
}

/** The deals of the open pipeline as of the range's now, in a source that joins the opportunity as `o`. */
function openPipeline(setting: Setting): (src: Source) => string {
  const w = setting.asOf[0];
  const { d } = setting;
  return (src) => {
    const closeDate = src.col('o', 'close_date');
    return both(
      `${closeDate} >= ${d.date(w.fromDate)} AND ${closeDate} < ${d.date(w.toDate)}`,
      COMPONENTS.open_amount.when!(exprContext(setting, src, w))
    );
  };
}

function daysInStage(
  setting: Setting,
  keys: KeyColumn[],
  filters: ReturnType<typeof checkFilters>,
  population: (src: Source) => string,
  rows?: { sql: string; tables: TableId[] }
): Branch[] {
  const { d } = setting;
  const src = new Source(d, setting.location, HISTORY, [], rows);
  const keyExprs = [
    ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) })),
    { alias: 'k_stage', expr: d.key(src.col('h', 'stage')) },
  ];
  const days = `(${d.epochSeconds(src.col('h', 'exited_at'))} - ${d.epochSeconds(src.col('h', 'entered_at'))}) / 86400`;
  const where = both(`${src.col('h', 'exited_at')} IS NOT NULL`, population(src), filterCondition(filters, src, d));
  const num = (expr: string) => d.toDouble(expr);
  const tables: TableId[] = src.tables();
  if (d.median) {
    const values = { c_kind: num('2'), c_mean_days: num(`AVG(${days})`), c_median_days: num(d.median(days)) };
    return [
      {
        sql: `SELECT ${selectList(keyExprs, new Map(Object.entries(values)), COLUMNS, d)} FROM ${src.render()} WHERE ${where} GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}`,
        tables,
        columns: new Set(Object.keys(values)),
      },
    ];
  }
  // engines without a median aggregate: the middle row(s) by ROW_NUMBER, and the mean alongside
  const partition = `PARTITION BY ${keyExprs.map((key) => key.expr).join(', ')}`;
  const inner =
    `SELECT ${[...keyExprs.map((key) => `${key.expr} AS ${key.alias}`), `${days} AS dv`].join(', ')}, ` +
    `ROW_NUMBER() OVER (${partition} ORDER BY ${days}) AS drn, COUNT(*) OVER (${partition}) AS dn FROM ${src.render()} WHERE ${where}`;
  const outerKeys = keyExprs.map((key) => ({ alias: key.alias, expr: `t.${key.alias}` }));
  const values = {
    c_kind: num('2'),
    c_mean_days: num('AVG(t.dv)'),
    c_median_days: num('AVG(CASE WHEN t.drn IN (FLOOR((t.dn + 1) / 2), FLOOR((t.dn + 2) / 2)) THEN t.dv END)'),
  };
  return [
    {
      sql: `SELECT ${selectList(outerKeys, new Map(Object.entries(values)), COLUMNS, d)} FROM (${inner}) t GROUP BY ${outerKeys.map((key) => key.expr).join(', ')}`,
      tables,
      columns: new Set(Object.keys(values)),
    },
  ];
}
