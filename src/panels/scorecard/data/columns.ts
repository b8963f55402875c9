/**
 * Which columns the leaderboard has, and which of them fit the panel's width. Columns are dropped
 * by priority (least important first) so narrow panels keep rank, name, score and the first metric.
 */
import { pctKey, valueKey } from './ranking';
import type { ScorecardModel } from './toScorecard';

export type ColumnKind = 'rank' | 'change' | 'entity' | 'score' | 'value' | 'pct' | 'trend';

export interface ColumnSpec {
  /** Unique: `rank`, `change`, `entity`, `score`, `value:<metric>`, `pct:<metric>`, `trend:<metric>`. */
  id: string;
  kind: ColumnKind;
  metricIndex?: number;
  /** Undefined for columns that cannot be sorted (trends). */
  sortKey?: string;
  /** Width in pixels at the base font size (14 px); scaled with the row size. */
  minWidth: number;
  /** Share of the spare width the column takes. */
  grow: number;
  /** Lower is kept longer; 0 is never dropped. */
  priority: number;
}

export interface PlacedColumn extends ColumnSpec {
  width: number;
}

export interface ColumnChoices {
  showRankChange: boolean;
  showScore: boolean;
  showPctOfTarget: boolean;
  showSparklines: boolean;
}

const ALWAYS = 0;
const ENTITY_MIN_WIDTH = 48;

/** The columns in display order: rank, change, name, score, then value, % of target and trend per metric. */
export function leaderboardColumns(model: ScorecardModel, choices: ColumnChoices): ColumnSpec[] {
  const columns: ColumnSpec[] = [
    { id: 'rank', kind: 'rank', sortKey: 'rank', minWidth: 76, grow: 0, priority: ALWAYS },
  ];
  if (choices.showRankChange && model.hasRankChange) {
    columns.push({ id: 'change', kind: 'change', sortKey: 'change', minWidth: 84, grow: 0, priority: 15 });
  }
  columns.push({ id: 'entity', kind: 'entity', sortKey: 'entity', minWidth: 140, grow: 2, priority: ALWAYS });
  if (choices.showScore && model.score) {
    columns.push({ id: 'score', kind: 'score', sortKey: 'score', minWidth: 100, grow: 1.5, priority: 1 });
  }
  model.metrics.forEach((metric, metricIndex) => {
    columns.push({
      id: valueKey(metric.id),
      kind: 'value',
      metricIndex,
      sortKey: valueKey(metric.id),
      minWidth: 100,
      grow: 1,
      priority: 10 + 10 * metricIndex,
    });
    const hasTargets = model.rows.some((row) => row.pctOfTarget[metricIndex] !== null);
    if (choices.showPctOfTarget && metric.pctOfTarget && hasTargets) {
      columns.push({
        id: pctKey(metric.id),
        kind: 'pct',
        metricIndex,
        sortKey: pctKey(metric.id),
        minWidth: 84,
        grow: 0.5,
        priority: 11 + 10 * metricIndex,
      });
    }
    const hasTrend = model.rows.some((row) => (row.sparklines[metricIndex]?.length ?? 0) > 1);
    if (choices.showSparklines && hasTrend) {
      columns.push({
        id: `trend:${metric.id}`,
        kind: 'trend',
        metricIndex,
        minWidth: 100,
        grow: 0.75,
        priority: 1000 + metricIndex,
      });
    }
  });
  return columns;
}

/**
 * Keeps the most important columns while their scaled minimum widths fit `width`, shares out the spare
 * width by `grow`, and returns them in display order with the ones left out. It stops at the first
 * column that does not fit: a narrower, less important one never takes its place, so a board ranked by
 * score never shows a metric without the score that orders it.
 */
export function fitColumns(
  columns: ColumnSpec[],
  width: number,
  scale = 1
): { placed: PlacedColumn[]; hidden: ColumnSpec[] } {
  const byPriority = [...columns].sort((a, b) => a.priority - b.priority);
  const kept = new Set<ColumnSpec>();
  let used = 0;
  let full = false;
  for (const column of byPriority) {
    const min = column.minWidth * scale;
    full = full || (column.priority !== ALWAYS && used + min > width);
    if (column.priority === ALWAYS || !full) {
      kept.add(column);
      used += min;
    }
  }
  const placedSpecs = columns.filter((c) => kept.has(c));
  const spare = width - used;
  const totalGrow = placedSpecs.reduce((sum, c) => sum + c.grow, 0);
  const placed = placedSpecs.map((column) => {
    const min = column.minWidth * scale;
    if (spare >= 0) {
      return { ...column, width: Math.floor(min + (totalGrow > 0 ? (spare * column.grow) / totalGrow : 0)) };
    }
    // Narrower than the essentials: the name gives way (it ellipsises).
    return { ...column, width: column.kind === 'entity' ? Math.max(ENTITY_MIN_WIDTH, Math.floor(min + spare)) : min };
  });
  return { placed, hidden: columns.filter((c) => !kept.has(c)) };
}
