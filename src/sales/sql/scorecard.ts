import { elapsedShare } from '../analytics/pacing';
import { checkGrain } from '../catalog/grains';
import { formulaOf, getMetric, type MetricDef, TARGET_ACTUALS } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { type Bucket, bucketKeyOf, bucketStart, bucketsOf, previousRange } from '../catalog/time';
import { salesError } from '../errors';
import type {
  DimensionId,
  Grain,
  Normalization,
  ScorecardEntity,
  ScorecardMetric,
  ScorecardQuery,
  TargetMetric,
} from '../types';
import {
  aggregate,
  both,
  type Branch,
  checkFilters,
  type Column,
  type CompileContext,
  exprContext,
  filterCondition,
  filterSql,
  keyColumns,
  type KeyColumn,
  metricScopes,
  selectList,
  settingOf,
  sourceFor,
  unique,
  windowCondition,
} from './common';
import { bucketExpr, metricBranches, rollupBucket } from './compile';
import { rollupBranch, splitByRollup } from './rollups';
import { REPS_TABLE } from './facts';
import { Source } from './source';
import { targetBranches, targetColumns } from './targets';

/**
 * The scorecard kind in one statement: per entity the chosen metrics for the range and for the
 * previous period of the same length (for the change of rank), the targets of the metrics that have
 * one, the first metric per grain over the last 12 grains (the sparkline), and every active rep (or
 * team, or region) so that someone with no activity still appears, last. Scores and ranks are
 * computed by analytics/scorecard.
 */

export const SCORECARD_ENTITIES: ScorecardEntity[] = ['rep', 'team', 'region'];
export const NORMALIZATIONS: Normalization[] = ['target', 'percentile', 'zscore'];
export const SPARKLINE_POINTS = 12;

const TARGET_OF: Record<string, TargetMetric> = Object.fromEntries(
  Object.entries(TARGET_ACTUALS).map(([target, actual]) => [actual, target as TargetMetric])
);

export interface CompiledScorecard {
  sql: string;
  tables: TableId[];
  entity: ScorecardEntity;
  keys: KeyColumn[];
  metrics: Array<ScorecardMetric & { def: MetricDef; target?: TargetMetric }>;
  normalize: Normalization;
  grain: Grain;
  sparkline: Bucket[];
  /**
   * The share of the range elapsed at now in calendar days (0 before it, 1 once it is over): targets
   * are prorated over the whole range, so "% of target" mid-period is read against it (pace).
   */
  elapsedShare: number | null;
}

function checkMetricList(metrics: unknown): Array<ScorecardMetric & { def: MetricDef }> {
  if (!Array.isArray(metrics) || metrics.length === 0) {
    throw salesError('scorecard.needs-metric', {});
  }
  const checked = metrics.map((metric: Partial<ScorecardMetric>) => {
    const def = getMetric(String(metric?.id));
    if (def.targetBased) {
      throw salesError('scorecard.target-family', { id: def.id });
    }
    const weight = metric.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw salesError('scorecard.weight', { id: def.id, weight: String(metric.weight) });
    }
    return { id: def.id, weight, lowerIsBetter: metric.lowerIsBetter ?? def.lowerIsBetter ?? false, def };
  });
  const duplicate = checked.find((metric, index) => checked.findIndex((m) => m.id === metric.id) !== index);
  if (duplicate) {
    throw salesError('scorecard.metric-twice', { id: duplicate.id });
  }
  if (!checked.some((metric) => metric.weight > 0)) {
    throw salesError('scorecard.needs-weight', {});
  }
  return checked;
}

/** The checks of a scorecard query that need neither its range nor the warehouse (the editor's validation). */
export function checkScorecardQuery(query: ScorecardQuery) {
  const entity = query.entity ?? 'rep';
  if (!SCORECARD_ENTITIES.includes(entity)) {
    throw salesError('scorecard.entity-unknown', { entity: String(entity), allowed: SCORECARD_ENTITIES.join(', ') });
  }
  const normalize = query.normalize ?? 'target';
  if (!NORMALIZATIONS.includes(normalize)) {
    throw salesError('scorecard.normalization-unknown', {
      normalization: String(normalize),
      allowed: NORMALIZATIONS.join(', '),
    });
  }
  const grain = checkGrain(String(query.grain ?? 'month'));
  const metrics = checkMetricList(query.metrics).map((metric) => ({ ...metric, target: TARGET_OF[metric.id] }));
  const defs = metrics.map((metric) => metric.def);
  for (const def of defs) {
    if (!def.dimensions.includes(entity)) {
      throw salesError('scorecard.entity-not-allowed', { id: def.id, entity, allowed: def.dimensions.join(', ') });
    }
  }
  const filters = checkFilters(query.filters, metricScopes(defs));
  return { entity, normalize, grain, metrics, defs, filters };
}

export function compileScorecard(query: ScorecardQuery, context: CompileContext): CompiledScorecard {
  const { entity, normalize, grain, metrics, defs, filters } = checkScorecardQuery(query);
  const groupBy: DimensionId[] = [entity];
  const current = context.range;
  const previous = previousRange(current, 'previous_period', context.timeZone);
  const lastKey = bucketKeyOf(current.to - 1, grain, context.timeZone, context.fiscalYearStartMonth);
  const sparkRange = {
    from: bucketStart(lastKey - SPARKLINE_POINTS + 1, grain, context.timeZone, context.fiscalYearStartMonth),
    to: current.to,
  };
  const setting = settingOf(context, [current, previous, sparkRange]);
  const { d } = setting;
  const [window, previousWindow, sparkWindow] = setting.windows;

  const components = unique(defs.flatMap((def) => formulaOf(def).components));
  const columns: Column[] = [window, previousWindow].flatMap((w) =>
    components.map((component) => ({ name: `c_${component.id}_${w.period}`, component, window: w }))
  );
  const first = formulaOf(defs[0]);
  // a sparkline buckets by date; medians need the engine's median aggregate there (MySQL has none)
  const sparkable = first.components.every(
    (component) =>
      (component.anchor.kind === 'date' || component.anchor.kind === 'timestamp') &&
      (component.agg !== 'median' || d.median !== undefined)
  );
  const targeted = unique(metrics.flatMap((metric) => (metric.target ? [metric.target] : [])));
  const targetCols = targeted.flatMap((target) =>
    [0, 1].flatMap((period) => targetColumns(groupBy, filters, `t_${target}_${period}_`))
  );
  const sparkCols = sparkable ? first.components.map((component) => `s_${component.id}`) : [];
  const all = [...columns.map((column) => column.name), ...targetCols, ...sparkCols];
  const keys = keyColumns(groupBy, components[0].fact);
  const noBucket = { alias: 'k_bucket', expr: () => d.nullDouble(), grouped: false };

  const branches: Branch[] = metricBranches(setting, columns, groupBy, filters, all, [noBucket]);
  for (const target of targeted) {
    for (const [period, w] of [window, previousWindow].entries()) {
      branches.push(
        ...targetBranches(
          setting,
          target,
          w,
          groupBy,
          filters.filter((filter) => ['rep', 'team', 'region', 'product'].includes(filter.dimension)),
          keys.map((key) => ({
            alias: key.alias,
            dimension: key.field.dimension!,
            id: key.field.role === 'dimension_id',
          })),
          [{ alias: 'k_bucket', expr: d.nullDouble() }],
          all,
          `t_${target}_${period}_`
        ).branches
      );
    }
  }
  if (sparkable) {
    // the whole days a rollup holds are read there, the rest of the window from the fact table
    const sparkColumns = first.components.map((component) => ({
      name: `s_${component.id}`,
      component,
      window: sparkWindow,
    }));
    const { rolled, rest } = splitByRollup(setting, sparkColumns, groupBy, filters);
    for (const [table, rolledColumns] of rolled) {
      const bucket = (src: Source) => [
        { alias: 'k_bucket', expr: d.toDouble(rollupBucket(grain, src, setting)), grouped: true },
      ];
      branches.push(rollupBranch(setting, table, rolledColumns, bucket, groupBy, filters, all, 'any'));
    }
    // per fact and window as the fact table reads it, one branch
    const parts = new Map<string, typeof rest>();
    for (const column of rest) {
      const key = `${column.component.fact} ${JSON.stringify(column.window.rolledUp)}`;
      parts.set(key, [...(parts.get(key) ?? []), column]);
    }
    for (const inPart of parts.values()) {
      const inFact = inPart.map((column) => column.component);
      const { fact } = inFact[0];
      const w = inPart[0].window;
      const src = sourceFor(setting, fact);
      const x = exprContext(setting, src, w);
      const values = new Map(
        inFact.map((component) => [`s_${component.id}`, aggregate(component, both(component.when?.(x) ?? ''), x)])
      );
      const anchor = inFact[0].anchor;
      const keyExprs = [
        { alias: 'k_bucket', expr: d.toDouble(bucketExpr(anchor, grain, src, setting)) },
        // the entity's key as this fact reaches it (a metric may mix facts)
        ...keyColumns(groupBy, fact).map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) })),
      ];
      const whens = inFact.map((component) => both(component.when?.(x) ?? ''));
      const where = both(
        filterCondition(filters, src, d),
        windowCondition(anchor, w, src, d),
        whens.map((when) => `(${when})`).join(' OR ')
      );
      branches.push({
        sql: `SELECT ${selectList(keyExprs, values, all, d)} FROM ${src.render()} WHERE ${where} GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}`,
        tables: src.tables(),
        columns: new Set(values.keys()),
      });
    }
  }
  // every active rep (or team, region) of the range, so that no one with no activity disappears
  {
    const src = new Source(d, setting.location, REPS_TABLE);
    const keyExprs = keyColumns(groupBy, REPS_TABLE).map((key) => ({ alias: key.alias, expr: d.key(key.expr(src)) }));
    const active = `(${src.col('r', 'left_on')} IS NULL OR ${src.col('r', 'left_on')} >= ${d.date(window.fromDate)}) AND (${src.col('r', 'hired_on')} IS NULL OR ${src.col('r', 'hired_on')} < ${d.date(window.toDate)})`;
    const repFilters = filters.filter((filter) => REPS_TABLE.dimensions[filter.dimension]);
    const filtered = both(
      ...repFilters.map((filter) =>
        filterSql(
          filter,
          src.col(REPS_TABLE.dimensions[filter.dimension]!.id ?? REPS_TABLE.dimensions[filter.dimension]!.value),
          d
        )
      )
    );
    const where = both(active, filtered, `${keyExprs[0].expr} IS NOT NULL`);
    branches.push({
      sql: `SELECT ${selectList([{ alias: 'k_bucket', expr: d.nullDouble() }, ...keyExprs], new Map(), all, d)} FROM ${src.render()} WHERE ${where} GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}`,
      tables: src.tables(),
      columns: new Set(),
    });
  }

  const sum = (column: string) => `SUM(u.${column})`;
  const outputs = [
    `u.k_bucket AS ${d.quoteIdent('bucket')}`,
    ...keys.map((key) => `u.${key.alias} AS ${d.quoteIdent(key.field.name)}`),
  ];
  for (const metric of metrics) {
    const formula = formulaOf(metric.def);
    outputs.push(`${formula.final({ d, c: (id) => sum(`c_${id}_0`) })} AS ${d.quoteIdent(metric.id)}`);
    outputs.push(`${formula.final({ d, c: (id) => sum(`c_${id}_1`) })} AS ${d.quoteIdent(`${metric.id}__previous`)}`);
    if (metric.target) {
      for (const period of [0, 1]) {
        const candidates = targetColumns(groupBy, filters, `t_${metric.target}_${period}_`);
        outputs.push(
          `COALESCE(${candidates.map(sum).join(', ')}) AS ${d.quoteIdent(`${metric.id}__target_${period}`)}`
        );
      }
    }
  }
  if (sparkable) {
    outputs.push(`${first.final({ d, c: (id) => sum(`s_${id}`) })} AS ${d.quoteIdent('sparkline')}`);
  }
  const groupKeys = ['u.k_bucket', ...keys.map((key) => `u.${key.alias}`)];
  return {
    sql: `SELECT ${outputs.join(', ')} FROM (${branches.map((branch) => branch.sql).join(' UNION ALL ')}) u GROUP BY ${groupKeys.join(', ')}${d.statementSuffix}`,
    tables: unique([
      ...branches.flatMap((branch) => branch.tables),
      ...(targeted.length ? (['targets'] as TableId[]) : []),
    ]),
    entity,
    keys,
    metrics,
    normalize,
    grain,
    sparkline: sparkable ? bucketsOf(sparkRange, grain, setting.timeZone, setting.fiscalStart) : [],
    elapsedShare: elapsedShare({ ...current, timeZone: setting.timeZone }, context.currentTime, { mode: 'linear' })
      .share,
  };
}
