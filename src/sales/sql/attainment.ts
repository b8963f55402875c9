import { formulaOf, getMetric, type MetricDef, TARGET_ACTUALS } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { checkFiscalStart, checkRange, checkTimeZone, local, type TimeRange, unitAt } from '../catalog/time';
import { phrase, salesError } from '../errors';
import { TARGET_METRICS } from '../warehouse/contract';
import type { AttainmentPeriod, AttainmentQuery, DimensionId, PaceMode, TargetMetric } from '../types';
import {
  aggregate,
  both,
  type Branch,
  checkFilters,
  checkGroupBy,
  type Column,
  type CompileContext,
  type DimensionScope,
  exprContext,
  filterCondition,
  keyColumns,
  type KeyColumn,
  selectList,
  settingOf,
  sourceFor,
  unique,
  windowCondition,
} from './common';
import { bucketExpr, metricBranches } from './compile';
import { type Component, COMPONENTS } from './formulas';
import { TARGET_DIMENSIONS, targetBranches, targetColumns } from './targets';

/**
 * The attainment kind in one statement: per group, the actual of the target metric, the target
 * (rows chosen by level, rolled up through reps, prorated), the open pipeline closing between now
 * and the end of the range (bookings only, for coverage) and, for seasonal pacing, last year's daily
 * values of the actual. Pacing itself is computed by analytics/pacing from these figures.
 */

export { TARGET_METRICS };
export const PACE_MODES: PaceMode[] = ['linear', 'working_days', 'seasonal'];
export const ATTAINMENT_PERIODS: AttainmentPeriod[] = ['range', 'week', 'month', 'quarter', 'year'];

export interface CompiledAttainment {
  sql: string;
  tables: TableId[];
  groupBy: DimensionId[];
  keys: KeyColumn[];
  metric: TargetMetric;
  actual: MetricDef;
  pace: PaceMode;
  coverage: boolean;
  /** the period measured: the query's range, or the whole unit holding its start */
  period: { unit: AttainmentPeriod } & TimeRange;
}

export function checkTargetMetric(metric: unknown): TargetMetric {
  const value = metric ?? 'bookings';
  if (!TARGET_METRICS.includes(value as TargetMetric)) {
    throw salesError('attainment.target-metric-unknown', { metric: String(value), allowed: TARGET_METRICS.join(', ') });
  }
  return value as TargetMetric;
}

export function checkPaceMode(mode: unknown): PaceMode {
  const value = mode ?? 'linear';
  if (!PACE_MODES.includes(value as PaceMode)) {
    throw salesError('attainment.pace-mode-unknown', { mode: String(value), allowed: PACE_MODES.join(', ') });
  }
  return value as PaceMode;
}

export function checkAttainmentPeriod(period: unknown): AttainmentPeriod {
  const value = period ?? 'range';
  if (!ATTAINMENT_PERIODS.includes(value as AttainmentPeriod)) {
    throw salesError('attainment.period-unknown', { period: String(value), allowed: ATTAINMENT_PERIODS.join(', ') });
  }
  return value as AttainmentPeriod;
}

/**
 * The period an attainment measures: the range, or the whole week, month, fiscal quarter or fiscal
 * year holding the range's start (docs/frames.md, attainment).
 */
export function attainmentPeriod(
  unit: AttainmentPeriod,
  context: Pick<CompileContext, 'range' | 'timeZone' | 'fiscalYearStartMonth'>
): { unit: AttainmentPeriod } & TimeRange {
  const range = checkRange(context.range);
  if (unit === 'range') {
    return { unit, from: range.from, to: range.to };
  }
  const zone = checkTimeZone(context.timeZone);
  const whole = unitAt(range.from, unit, zone, checkFiscalStart(context.fiscalYearStartMonth));
  return { unit, from: whole.start, to: whole.end };
}

/** `nested`: the statement becomes part of a larger one, which carries the engine's suffix. */
/** An attainment is grouped and filtered by the target dimensions its actual metric has. */
export function attainmentScope(metric: TargetMetric): DimensionScope {
  const actual = getMetric(TARGET_ACTUALS[metric]);
  return {
    name: phrase('scope.attainment', { metric }),
    dimensions: TARGET_DIMENSIONS.filter((dimension) => actual.dimensions.includes(dimension)),
  };
}

/** The checks of an attainment query that need neither its range nor the warehouse (the editor's validation). */
export function checkAttainmentQuery(query: AttainmentQuery) {
  const metric = checkTargetMetric(query.metric);
  const pace = checkPaceMode(query.pace);
  const periodUnit = checkAttainmentPeriod(query.period);
  const scope = [attainmentScope(metric)];
  const groupBy = checkGroupBy(query.groupBy, scope);
  const filters = checkFilters(query.filters, scope);
  return { metric, pace, periodUnit, groupBy, filters };
}

export function compileAttainment(query: AttainmentQuery, context: CompileContext, nested = false): CompiledAttainment {
  const { metric, pace, periodUnit, groupBy, filters } = checkAttainmentQuery(query);
  const period = attainmentPeriod(periodUnit, context);
  // everything below (actual, target, coverage, last year's profile) measures the whole period
  context = { ...context, range: { from: period.from, to: period.to } };
  const actual = getMetric(TARGET_ACTUALS[metric]);
  const current = context.range;
  const lastYear = {
    from: local(current.from, context.timeZone).minus({ years: 1 }).toMillis(),
    to: local(current.to, context.timeZone).minus({ years: 1 }).toMillis(),
  };
  const setting = settingOf(context, pace === 'seasonal' ? [current, lastYear] : [current]);
  const { d } = setting;
  const [window, lastYearWindow] = setting.windows;

  const formula = formulaOf(actual);
  const coverage = metric === 'bookings';
  const columns: Column[] = [
    ...formula.components.map((component) => ({ name: `c_${component.id}`, component, window })),
    ...(coverage ? [{ name: 'c_remaining_pipeline', component: COMPONENTS.remaining_pipeline, window }] : []),
  ];
  const targetCols = targetColumns(groupBy, filters);
  const all = [...columns.map((column) => column.name), ...targetCols, ...(pace === 'seasonal' ? ['c_profile'] : [])];
  const noDay = { alias: 'k_day', expr: () => d.nullDouble(), grouped: false };
  const fact = formula.components[0].fact;
  const keys = keyColumns(groupBy, fact);

  const branches: Branch[] = metricBranches(setting, columns, groupBy, filters, all, [noDay]);
  branches.push(
    ...targetBranches(
      setting,
      metric,
      window,
      groupBy,
      filters,
      targetKeysOf(keys),
      [{ alias: 'k_day', expr: d.nullDouble() }],
      all
    ).branches
  );

  if (pace === 'seasonal') {
    // last year's actual per day of the range shifted back a year
    const component = formula.components[0];
    const src = sourceFor(setting, component.fact);
    const x = exprContext(setting, src, lastYearWindow);
    const when = component.when?.(x) ?? '';
    const value = aggregate(component, both(when), x);
    const keyExprs = [
      { alias: 'k_day', expr: d.toDouble(bucketExpr(component.anchor, 'day', src, setting)) },
      ...keys.map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) })),
    ];
    const where = both(
      filterCondition(filters, src, d),
      windowCondition(component.anchor, lastYearWindow, src, d),
      when
    );
    branches.push({
      sql: `SELECT ${selectList(keyExprs, new Map([['c_profile', value]]), all, d)} FROM ${src.render()} WHERE ${where} GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}`,
      tables: src.tables(),
      columns: new Set(['c_profile']),
    });
  }

  const sum = (column: string) => `SUM(u.${column})`;
  const outputs = [
    `u.k_day AS ${d.quoteIdent('day')}`,
    ...keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`),
    `${formula.final({ d, c: (id) => sum(`c_${id}`) })} AS ${d.quoteIdent('actual')}`,
    `COALESCE(${targetCols.map(sum).join(', ')}) AS ${d.quoteIdent('target')}`,
    ...(coverage ? [`COALESCE(${sum('c_remaining_pipeline')}, 0) AS ${d.quoteIdent('open_pipeline')}`] : []),
    ...(pace === 'seasonal' ? [`${sum('c_profile')} AS ${d.quoteIdent('profile')}`] : []),
  ];
  const groupKeys = ['u.k_day', ...keys.map((key) => `u.${key.alias}`)];
  return {
    sql: `SELECT ${outputs.join(', ')} FROM (${branches.map((branch) => branch.sql).join(' UNION ALL ')}) u GROUP BY ${groupKeys.join(', ')}${nested ? '' : d.statementSuffix}`,
    tables: unique([...branches.flatMap((branch) => branch.tables), 'targets' as TableId]),
    groupBy,
    keys,
    metric,
    actual,
    pace,
    coverage,
    period,
  };
}

/** One query a merged attainment statement answers: its own compiled form and its columns there. */
export interface MergedAttainmentMember {
  /** as compiled alone (its period, keys, pace …); the statement that runs is the merged one */
  compiled: CompiledAttainment;
  /** the merged statement's columns holding its actual, target, open pipeline and whether a group has its rows */
  columns: { actual: string; target: string; openPipeline: string; rows: string };
}

export interface MergedAttainment {
  sql: string;
  tables: TableId[];
  members: MergedAttainmentMember[];
}

/** The group keys as the target rows are keyed (a rep by id). */
function targetKeysOf(keys: KeyColumn[]) {
  return keys.map((key) => ({
    alias: key.alias,
    dimension: key.field.dimension!,
    id: key.field.role === 'dimension_id',
  }));
}

/** A component counted: how many of the rows its value is summed over (a group has rows for a period). */
function rowsOf(component: Component): Component {
  return { ...component, id: `${component.id}_rows`, agg: 'count', value: undefined };
}

/**
 * Attainment queries alike but for their period (and their range, and linear or working-day pacing,
 * which only the frames apply) in one statement: one pass over the fact table with each period's
 * actual and open pipeline as columns of their own, each period's targets, and per period how many
 * rows a group has there, so that each query gets exactly the groups its own statement finds
 * (batch/mergedAttainment.ts).
 */
export function compileMergedAttainment(
  members: Array<{ query: AttainmentQuery; context: CompileContext }>,
  context: CompileContext
): MergedAttainment {
  const queries = members.map((member) => member.query);
  // each measures the period holding its own range's start (panels may have ranges of their own)
  const alone = members.map((member) => compileAttainment(member.query, member.context));
  const { metric, groupBy, filters } = checkAttainmentQuery(queries[0]);
  if (alone.some((compiled) => compiled.pace === 'seasonal')) {
    throw salesError('internal', { detail: 'seasonal pacing reads last year per day: not merged' });
  }
  const periodKey = (period: TimeRange) => `${period.from}|${period.to}`;
  const periods = [...new Map(alone.map((compiled) => [periodKey(compiled.period), compiled.period])).values()];
  const setting = settingOf({ ...context, range: { from: periods[0].from, to: periods[0].to } }, periods);
  const { d } = setting;
  const { actual, coverage, keys } = alone[0];
  const formula = formulaOf(actual);
  const components = [...formula.components, ...(coverage ? [COMPONENTS.remaining_pipeline] : [])];
  const columns: Column[] = setting.windows.flatMap((window, period) =>
    components.flatMap((component) => [
      { name: `c_${component.id}_${period}`, component, window },
      { name: `n_${component.id}_${period}`, component: rowsOf(component), window },
    ])
  );
  const targetCols = periods.map((_, period) => targetColumns(groupBy, filters, `t_${period}_`));
  const targetCounts = periods.map((_, period) => targetColumns(groupBy, filters, `tn_${period}_`));
  const all = [...columns.map((column) => column.name), ...targetCols.flat(), ...targetCounts.flat()];
  const noDay = { alias: 'k_day', expr: () => d.nullDouble(), grouped: false };
  const targetKeys = targetKeysOf(keys);
  const branches: Branch[] = [
    ...metricBranches(setting, columns, groupBy, filters, all, [noDay]),
    ...setting.windows.flatMap(
      (window, period) =>
        targetBranches(
          setting,
          metric,
          window,
          groupBy,
          filters,
          targetKeys,
          [{ alias: 'k_day', expr: d.nullDouble() }],
          all,
          `t_${period}_`,
          `tn_${period}_`
        ).branches
    ),
  ];
  const sum = (column: string) => `SUM(u.${column})`;
  const outputs = [
    `u.k_day AS ${d.quoteIdent('day')}`,
    ...keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`),
    ...periods.flatMap((_, period) => [
      `${formula.final({ d, c: (id) => sum(`c_${id}_${period}`) })} AS ${d.quoteIdent(`actual_${period}`)}`,
      `COALESCE(${targetCols[period].map(sum).join(', ')}) AS ${d.quoteIdent(`target_${period}`)}`,
      ...(coverage
        ? [`COALESCE(${sum(`c_remaining_pipeline_${period}`)}, 0) AS ${d.quoteIdent(`open_pipeline_${period}`)}`]
        : []),
      `${[
        ...components.map((component) => `COALESCE(${sum(`n_${component.id}_${period}`)}, 0)`),
        ...targetCounts[period].map((column) => `COALESCE(${sum(column)}, 0)`),
      ].join(' + ')} AS ${d.quoteIdent(`rows_${period}`)}`,
    ]),
  ];
  const groupKeys = ['u.k_day', ...keys.map((key) => `u.${key.alias}`)];
  return {
    sql: `SELECT ${outputs.join(', ')} FROM (${branches.map((branch) => branch.sql).join(' UNION ALL ')}) u GROUP BY ${groupKeys.join(', ')}${d.statementSuffix}`,
    tables: unique([...branches.flatMap((branch) => branch.tables), 'targets' as TableId]),
    members: alone.map((compiled) => {
      const period = periods.findIndex((candidate) => periodKey(candidate) === periodKey(compiled.period));
      return {
        compiled,
        columns: {
          actual: `actual_${period}`,
          target: `target_${period}`,
          openPipeline: `open_pipeline_${period}`,
          rows: `rows_${period}`,
        },
      };
    }),
  };
}
