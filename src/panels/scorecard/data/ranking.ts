/** Ranking and sorting of leaderboard rows. Pure functions over the model of toScorecard. */
import { ranksNullsLast } from '../../../sales';

import type { ScorecardModel, ScorecardRow } from './toScorecard';

export type Better = 'higher' | 'lower';
export type Order = 'asc' | 'desc';

export interface SortState {
  /** `rank`, `entity`, `score`, `change`, `value:<metric id>` or `pct:<metric id>`. */
  key: string;
  order: Order;
}

/**
 * Competition ranks ("1224", 1 = best) of the values present; a missing value has no rank (null), where
 * the core's ranksNullsLast ranks it after every value.
 */
export function ranksOfPresent(values: Array<number | null>, better: Better): Array<number | null> {
  const ranks = ranksNullsLast(values, better === 'higher');
  return values.map((value, index) => (value === null ? null : ranks[index]));
}

export type ParsedKey =
  { kind: 'rank' | 'entity' | 'score' | 'change' } | { kind: 'value' | 'pct'; metricIndex: number };

/** Resolves a sort key against the model; undefined when it names nothing the model has. */
export function parseSortKey(key: string, model: ScorecardModel): ParsedKey | undefined {
  if (key === 'rank' || key === 'entity' || key === 'change' || key === 'score') {
    if (key === 'score' && !model.score) {
      return undefined;
    }
    if (key === 'change' && !model.hasRankChange) {
      return undefined;
    }
    return { kind: key };
  }
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  if (colon < 0 || (kind !== 'value' && kind !== 'pct')) {
    return undefined;
  }
  const metricIndex = model.metrics.findIndex((m) => m.id === key.slice(colon + 1));
  if (metricIndex < 0 || (kind === 'pct' && !model.metrics[metricIndex].pctOfTarget)) {
    return undefined;
  }
  return { kind, metricIndex };
}

export function valueKey(metricId: string): string {
  return `value:${metricId}`;
}

export function pctKey(metricId: string): string {
  return `pct:${metricId}`;
}

/** Which direction of a column is better; undefined for the entity name. */
export function betterOf(parsed: ParsedKey, model: ScorecardModel): Better | undefined {
  switch (parsed.kind) {
    case 'rank':
      return 'lower';
    case 'score':
    case 'change':
      return 'higher';
    case 'entity':
      return undefined;
    default:
      return model.metrics[parsed.metricIndex].lowerIsBetter ? 'lower' : 'higher';
  }
}

/** The order that puts the best first (A to Z for names). */
export function bestFirstOrder(key: string, model: ScorecardModel): Order {
  const parsed = parseSortKey(key, model);
  return parsed && betterOf(parsed, model) === 'higher' ? 'desc' : 'asc';
}

/**
 * Ranks for table frames, which carry none: by the active sort column when it is a metric,
 * else by the configured sort column when that is a metric, else by the first metric.
 * Scorecard frames keep the data source's ranks.
 */
export function withRanks(model: ScorecardModel, activeKey: string, configuredKey: string): ScorecardRow[] {
  if (model.source === 'scorecard') {
    return model.rows;
  }
  const rankingKey = [activeKey, configuredKey].find((key) => {
    const parsed = parseSortKey(key, model);
    return parsed?.kind === 'value' || parsed?.kind === 'pct';
  });
  const parsed = parseSortKey(rankingKey ?? valueKey(model.metrics[0].id), model);
  if (!parsed) {
    return model.rows;
  }
  const ranks = ranksOfPresent(
    model.rows.map((row) => sortValue(row, parsed) as number | null),
    betterOf(parsed, model) ?? 'higher'
  );
  return model.rows.map((row, i) => ({ ...row, rank: ranks[i] }));
}

function sortValue(row: ScorecardRow, parsed: ParsedKey): number | string | null {
  switch (parsed.kind) {
    case 'rank':
      return row.rank;
    case 'entity':
      return row.name;
    case 'score':
      return row.score;
    case 'change':
      return row.rankChange;
    case 'value':
      return row.values[parsed.metricIndex];
    case 'pct':
      return row.pctOfTarget[parsed.metricIndex];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: number | string, b: number | string): number {
  return typeof a === 'string' || typeof b === 'string' ? collator.compare(String(a), String(b)) : a - b;
}

function isMissing(value: number | string | null): value is null {
  return value === null || value === '';
}

/**
 * Sorts rows by one column; rows without a value go last in either order. Ties fall back to rank,
 * then name, then frame order, so the result never depends on the engine's sort stability.
 * An unknown key sorts by rank, best first.
 */
export function sortRows(rows: ScorecardRow[], model: ScorecardModel, sort: SortState): ScorecardRow[] {
  const known = parseSortKey(sort.key, model);
  const parsed: ParsedKey = known ?? { kind: 'rank' };
  const sign = known && sort.order === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, parsed);
    const vb = sortValue(b, parsed);
    if (isMissing(va) || isMissing(vb)) {
      if (isMissing(va) !== isMissing(vb)) {
        return isMissing(va) ? 1 : -1;
      }
    } else {
      const primary = compareValues(va, vb);
      if (primary !== 0) {
        return sign * primary;
      }
    }
    return (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.name, b.name) || a.index - b.index;
  });
}
