import { salesError } from '../errors';
import type { Normalization, ScorecardMetric } from '../types';
import { describe, finiteOrNull, nonNegative, oneOf } from './checks';
import { ranksNullsLast } from './ranking';
import { ratio } from './ratio';

/** % of target counts at most this much in the `target` normalisation. */
export const TARGET_CAP = 1.5;

export interface ScorecardEntityInput {
  /** the entity's id (rep_id, team or region) */
  key: string;
  /** metric id → value; null or absent = no data */
  values: Record<string, number | null | undefined>;
  /** metric id → target; null or absent = no target */
  targets?: Record<string, number | null | undefined>;
}

export interface ScorecardInput {
  metrics: ScorecardMetric[];
  normalize: Normalization;
  entities: ScorecardEntityInput[];
  /**
   * The entities' ranks in the previous period of the same length (key → rank). An entity absent here,
   * or with a null rank, was not ranked before. previousRanks(rows) gives them from a previous result.
   */
  previousRanks?: Record<string, number | null | undefined>;
  /**
   * The share of the range elapsed at now, 0..1 (pacing's elapsedShare): with it each metric with a target
   * gets expected_to_date and pace, so that "78 % of target" 48 % into the quarter reads as ahead.
   */
  elapsedShare?: number | null;
}

export interface ScorecardMetricResult {
  value: number | null;
  target: number | null;
  /** value ÷ target; null without a target or with a zero target */
  pct_of_target: number | null;
  /** target × the elapsed share; null without a target or an elapsed share */
  expected_to_date: number | null;
  /** value ÷ expected_to_date; null when that is null or 0 (a range not begun) */
  pace: number | null;
  /** 1 = best; ties share the best rank; lower-is-better ranks ascending; no value ranks last */
  rank: number;
  /** the value on the normalisation's scale, inverted for lower-is-better; null when it does not count */
  normalized: number | null;
}

export interface ScorecardRow {
  key: string;
  metrics: Record<string, ScorecardMetricResult>;
  /** Σ weight × normalised ÷ Σ weight over the metrics that have a normalised value; null when none has */
  score: number | null;
  /** by score, 1 = best, ties share the best rank, no score ranks last */
  rank: number;
  previous_rank: number | null;
  /** previous_rank − rank (positive = moved up); null without a previous rank */
  rank_change: number | null;
}

/**
 * The scorecard: per metric its pct_of_target and rank, the composite score, the overall rank and the
 * change of rank. Rows come sorted by rank (ties in input order).
 *
 * Normalisations, each giving "higher = better" so lower-is-better metrics are inverted:
 * - target: value ÷ target, capped at 150 %. Lower-is-better: target ÷ value, capped the same way (a value
 *   of 0 or below is as good as the cap). A missing target, or one ≤ 0, leaves the metric out.
 * - percentile: percentile rank among the entities with a value, (below + ½ × equal) ÷ n, counting the
 *   entity itself among the equal ones, so it lies in (0, 1) and ties get the same score. Lower-is-better
 *   counts the entities above instead of below.
 * - zscore: (value − mean) ÷ standard deviation over the entities with a value (population SD: the
 *   entities are the whole set, not a sample). Lower-is-better: the sign is flipped. When all values are
 *   equal (SD 0) the metric tells the entities apart in no way and is left out.
 * A missing value leaves the metric out for that entity; the score is then the weighted mean over the
 * metrics that remain (their weights re-normalised), so a missing number neither rewards nor punishes.
 * pct_of_target and the per-metric ranks use the raw values.
 */
export function scorecard(input: ScorecardInput): ScorecardRow[] {
  const normalize = oneOf(input.normalize, ['target', 'percentile', 'zscore'] as const, 'The scorecard normalisation');
  const metrics = checkMetrics(input.metrics);
  const entities = checkEntities(input.entities, metrics);
  const elapsed = finiteOrNull(input.elapsedShare, 'The elapsed share of the range');
  if (elapsed !== null && (elapsed < 0 || elapsed > 1)) {
    throw salesError('scorecard.elapsed-share', { value: describe(elapsed) }, 'invalid_value');
  }

  const perMetric = metrics.map((metric) => {
    const values = entities.map((entity) => entity.values[metric.id]);
    const targets = entities.map((entity) => entity.targets[metric.id]);
    const ranks = ranksNullsLast(values, !metric.lowerIsBetter);
    const normalized = normalise(normalize, values, targets, Boolean(metric.lowerIsBetter));
    return { metric, values, targets, ranks, normalized };
  });

  const scores = entities.map((_entity, index) => {
    let weighted = 0;
    let weights = 0;
    for (const { metric, normalized } of perMetric) {
      const value = normalized[index];
      if (value !== null && metric.weight > 0) {
        weighted += metric.weight * value;
        weights += metric.weight;
      }
    }
    return ratio(weighted, weights);
  });
  const ranks = ranksNullsLast(scores, true);

  const rows = entities.map((entity, index): ScorecardRow => {
    const previousRank = finiteOrNull(input.previousRanks?.[entity.key], `The previous rank of "${entity.key}"`);
    return {
      key: entity.key,
      metrics: Object.fromEntries(
        perMetric.map(({ metric, values, targets, ranks: metricRanks, normalized }) => {
          const target = targets[index];
          const expected = target === null || elapsed === null ? null : target * elapsed;
          return [
            metric.id,
            {
              value: values[index],
              target,
              pct_of_target: ratio(values[index], target),
              expected_to_date: expected,
              pace: ratio(values[index], expected),
              rank: metricRanks[index],
              normalized: normalized[index],
            },
          ];
        })
      ),
      score: scores[index],
      rank: ranks[index],
      previous_rank: previousRank,
      rank_change: previousRank === null ? null : previousRank - ranks[index],
    };
  });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.rank - b.row.rank || a.index - b.index)
    .map(({ row }) => row);
}

/** The ranks of a previous period's scorecard, for previousRanks: only entities that had a score were ranked. */
export function previousRanks(rows: ScorecardRow[]): Record<string, number> {
  return Object.fromEntries(rows.filter((row) => row.score !== null).map((row) => [row.key, row.rank]));
}

function normalise(
  normalize: Normalization,
  values: Array<number | null>,
  targets: Array<number | null>,
  lowerIsBetter: boolean
): Array<number | null> {
  if (normalize === 'target') {
    return values.map((value, index) => {
      const target = targets[index];
      if (value === null || target === null || target <= 0) {
        return null;
      }
      if (lowerIsBetter) {
        return value <= 0 ? TARGET_CAP : Math.min(target / value, TARGET_CAP);
      }
      return Math.min(value / target, TARGET_CAP);
    });
  }
  const present = values.filter((value): value is number => value !== null);
  if (normalize === 'percentile') {
    return values.map((value) => {
      if (value === null) {
        return null;
      }
      const better = present.filter((other) => (lowerIsBetter ? other > value : other < value)).length;
      const equal = present.filter((other) => other === value).length;
      return (better + equal / 2) / present.length;
    });
  }
  const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
  const sd = Math.sqrt(present.reduce((sum, value) => sum + (value - mean) ** 2, 0) / present.length);
  return values.map((value) => {
    const z = value === null ? null : ratio(value - mean, sd);
    return z === null ? null : lowerIsBetter ? -z : z;
  });
}

function checkMetrics(metrics: ScorecardMetric[]): ScorecardMetric[] {
  if (!Array.isArray(metrics) || metrics.length === 0) {
    throw salesError('scorecard.no-metric', {}, 'invalid_value');
  }
  const ids = new Set<string>();
  let totalWeight = 0;
  for (const metric of metrics) {
    if (typeof metric?.id !== 'string' || metric.id === '') {
      throw salesError('scorecard.metric-without-id', { value: describe(metric?.id) }, 'invalid_value');
    }
    if (ids.has(metric.id)) {
      throw salesError('scorecard.lists-metric-twice', { id: metric.id }, 'invalid_value');
    }
    ids.add(metric.id);
    totalWeight += nonNegative(metric.weight, `The weight of metric "${metric.id}"`);
  }
  if (totalWeight <= 0) {
    throw salesError('scorecard.weights-zero', {}, 'invalid_value');
  }
  return metrics;
}

interface CheckedEntity {
  key: string;
  values: Record<string, number | null>;
  targets: Record<string, number | null>;
}

function checkEntities(entities: ScorecardEntityInput[], metrics: ScorecardMetric[]): CheckedEntity[] {
  if (!Array.isArray(entities)) {
    throw salesError('scorecard.entities-not-list', {}, 'invalid_value');
  }
  const keys = new Set<string>();
  return entities.map((entity) => {
    if (typeof entity?.key !== 'string') {
      throw salesError('scorecard.entity-without-key', { value: describe(entity?.key) }, 'invalid_value');
    }
    if (keys.has(entity.key)) {
      throw salesError('scorecard.entity-twice', { key: entity.key }, 'invalid_value');
    }
    keys.add(entity.key);
    const of = (source: Record<string, unknown> | undefined, what: string) =>
      Object.fromEntries(
        metrics.map((metric) => [
          metric.id,
          finiteOrNull(source?.[metric.id], `The ${what} of "${metric.id}" for "${entity.key}"`),
        ])
      );
    return { key: entity.key, values: of(entity.values, 'value'), targets: of(entity.targets, 'target') };
  });
}
