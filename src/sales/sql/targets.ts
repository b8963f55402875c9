import type { DimensionId, Filter, TargetMetric } from '../types';
import { both, type Branch, filterSql, type Setting, selectList, tableRef } from './common';
import { hasColumn } from './columns';
import { TARGET_DIMENSIONS, TARGETS } from './facts';
import { prorated, type Window } from './formulas';
import { type DerivedJoin, Source } from './source';
import { windowSql } from './windows';

/**
 * Target rows for a query. A row's level is the finest
 * of rep, team and region it names, and whether it names a product and a dealer. A group uses the
 * rows at its own level; where there are none, rows at a finer level rolled up through reps
 * (rep → team → region). Product and dealer are levels of their own beside that hierarchy: a query
 * naming a dealer uses only dealer rows, one naming none only rows without a dealer, so the dealer
 * split of a plan never counts twice.
 * Each candidate level is a branch of its own column (t_0 exact, t_1 the next finer …); the target
 * is COALESCE(t_0, t_1, …) per group. Rows are prorated by days of overlap with the range.
 */

export { TARGET_DIMENSIONS };

type Level = 'none' | 'region' | 'team' | 'rep';
const FINER: Level[] = ['none', 'region', 'team', 'rep'];

/** Each team's region, for team-level rows rolled up to regions. */
function teamRegions(setting: Setting): DerivedJoin {
  const q = (column: string) => setting.d.quoteIdent(column);
  return {
    alias: 'tr',
    sql: `SELECT ${q('team')}, MIN(${q('region')}) AS ${q('region')} FROM ${tableRef(setting, 'reps')} GROUP BY ${q('team')}`,
    columns: ['region'],
    from: ['t', 'team'],
    key: 'team',
    tables: ['reps'],
  };
}

export interface QueryLevel {
  level: Level;
  product: boolean;
  dealer: boolean;
}

export function queryLevel(groupBy: DimensionId[], filters: Filter[]): QueryLevel {
  const named = new Set<DimensionId>([...groupBy, ...filters.map((filter) => filter.dimension)]);
  const level: Level = named.has('rep') ? 'rep' : named.has('team') ? 'team' : named.has('region') ? 'region' : 'none';
  return { level, product: named.has('product'), dealer: named.has('dealer') };
}

export function candidateLevels(level: Level): Level[] {
  return FINER.slice(FINER.indexOf(level));
}

/** The key of a group dimension for a row at a level, as a column of the source. */
function keyFor(dimension: DimensionId, level: Level, src: Source): { value: string; id?: string } {
  switch (dimension) {
    case 'rep':
      return { value: src.col('r', 'rep_name'), id: src.col('t', 'rep_id') };
    case 'team':
      return { value: level === 'team' ? src.col('t', 'team') : src.col('r', 'team') };
    case 'region':
      return {
        value:
          level === 'region'
            ? src.col('t', 'region')
            : level === 'team'
              ? `COALESCE(${src.col('tr', 'region')}, ${src.col('t', 'region')})`
              : src.col('r', 'region'),
      };
    case 'product':
      return { value: src.col('p', 'product_name') };
    case 'dealer':
      return { value: src.col('t', 'dealer') };
    default:
      throw new Error(`internal: targets have no ${dimension}`);
  }
}

function levelCondition({ level, product, dealer }: QueryLevel, src: Source, setting: Setting): string {
  const has = (column: string) => `${src.col('t', column)} IS NOT NULL`;
  const lacks = (column: string) => `${src.col('t', column)} IS NULL`;
  const hierarchy = {
    rep: [has('rep_id')],
    team: [lacks('rep_id'), has('team')],
    region: [lacks('rep_id'), lacks('team'), has('region')],
    none: [lacks('rep_id'), lacks('team'), lacks('region')],
  }[level];
  // a warehouse from before the dealer column has no dealer rows; naming a dealer then needs the column
  const dealerRows = dealer ? [has('dealer')] : hasColumn(setting.d, 'targets', 'dealer') ? [lacks('dealer')] : [];
  return [...hierarchy, product ? has('product_id') : lacks('product_id'), ...dealerRows].join(' AND ');
}

export interface TargetKey {
  alias: string;
  dimension: DimensionId;
  id: boolean;
}

export function targetBranches(
  setting: Setting,
  metric: TargetMetric,
  window: Window,
  groupBy: DimensionId[],
  filters: Filter[],
  keys: TargetKey[],
  leadingKeys: Array<{ alias: string; expr: string }>,
  all: string[],
  prefix = 't_',
  /** also count each level's rows, in columns of this prefix (a merged statement's groups: batch/mergedAttainment.ts) */
  countPrefix?: string
): { branches: Branch[]; columns: string[] } {
  const { d } = setting;
  const named = queryLevel(groupBy, filters);
  const levels = candidateLevels(named.level);
  const branches = levels.map((rowLevel, index): Branch => {
    const src = new Source(d, setting.location, TARGETS, [teamRegions(setting)]);
    const keyExprs = keys.map((key) => {
      const ref = keyFor(key.dimension, rowLevel, src);
      return { alias: key.alias, expr: d.key(key.id ? ref.id! : ref.value) };
    });
    // filters match the same keys the groups use (rep filters match the rep id)
    const filtered = both(
      ...filters.map((filter) => {
        const ref = keyFor(filter.dimension, rowLevel, src);
        return filterSql(filter, filter.dimension === 'rep' ? ref.id! : ref.value, d);
      })
    );
    const share = prorated(d, src.col('t', 'amount'), src.col('t', 'period_start'), src.col('t', 'period_end'), window);
    const where = both(
      `${src.col('t', 'metric')} = ${d.string(metric)}`,
      `${src.col('t', 'period_start')} < ${windowSql(d, window).toDate} AND ${src.col('t', 'period_end')} >= ${windowSql(d, window).fromDate}`,
      levelCondition({ ...named, level: rowLevel }, src, setting),
      filtered
    );
    const column = `${prefix}${index}`;
    const values = new Map([[column, d.toDouble(`SUM(${share})`)]]);
    if (countPrefix) {
      values.set(`${countPrefix}${index}`, d.toDouble('COUNT(*)'));
    }
    const allKeys = [...leadingKeys, ...keyExprs];
    const groupClause = keyExprs.length ? ` GROUP BY ${keyExprs.map((key) => key.alias).join(', ')}` : '';
    return {
      sql: `SELECT ${selectList(allKeys, values, all, d)} FROM ${src.render()} WHERE ${where}${groupClause}`,
      tables: src.tables(),
      columns: new Set(values.keys()),
    };
  });
  return { branches, columns: levels.map((_, index) => `${prefix}${index}`) };
}

/** Column names of the target candidates, before any branch is built (the union needs them all). */
export function targetColumns(groupBy: DimensionId[], filters: Filter[], prefix = 't_'): string[] {
  return candidateLevels(queryLevel(groupBy, filters).level).map((_, index) => `${prefix}${index}`);
}
