import { previousRanks, scorecard, type ScorecardEntityInput } from '../analytics/scorecard';
import type { CompiledScorecard } from '../sql/scorecard';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, metricFieldConfig } from './fieldConfig';
import { columnOf, rowCount, toNumberOrNull, toTextOrNull } from './rows';

/**
 * The scorecard frame of docs/frames.md: one row per entity sorted by rank, per metric its value,
 * target, % of target, expected to date, pace and rank, then score, rank, previous rank, rank change
 * and the sparkline; the elapsed share of the range in the meta.
 */
export function scorecardFrame(
  compiled: CompiledScorecard,
  result: DataFrameJSON,
  display: DisplayOptions,
  refId?: string
): DataFrameJSON {
  const count = rowCount(result);
  const numbers = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toNumberOrNull);
  const buckets = numbers('bucket');
  const keyValues = compiled.keys.map((key) =>
    (columnOf(result, key.field.name) ?? new Array(count).fill(null)).map(toTextOrNull)
  );
  const idIndex = Math.max(
    0,
    compiled.keys.findIndex((key) => key.field.role === 'dimension_id')
  );
  const sparkValues = numbers('sparkline');
  const bucketIndex = new Map(compiled.sparkline.map((bucket, index) => [bucket.key, index]));
  const firstAdditive = compiled.metrics[0].def.additive;

  interface Entity {
    keys: Array<string | null>;
    current: Record<string, number | null>;
    previous: Record<string, number | null>;
    targets: Record<string, number | null>;
    previousTargets: Record<string, number | null>;
    sparkline: Array<number | null>;
  }
  const entities = new Map<string, Entity>();
  for (let row = 0; row < count; row++) {
    const keys = keyValues.map((column) => column[row]);
    const id = keys[idIndex];
    if (id === null) {
      continue;
    }
    if (!entities.has(id)) {
      entities.set(id, {
        keys,
        current: {},
        previous: {},
        targets: {},
        previousTargets: {},
        sparkline: compiled.sparkline.map(() => (firstAdditive ? 0 : null)),
      });
    }
    const entity = entities.get(id)!;
    if (buckets[row] === null) {
      for (const metric of compiled.metrics) {
        entity.current[metric.id] = numbers(metric.id)[row];
        entity.previous[metric.id] = numbers(`${metric.id}__previous`)[row];
        if (metric.target) {
          entity.targets[metric.id] = numbers(`${metric.id}__target_0`)[row];
          entity.previousTargets[metric.id] = numbers(`${metric.id}__target_1`)[row];
        }
      }
    } else if (bucketIndex.has(buckets[row]!)) {
      entity.sparkline[bucketIndex.get(buckets[row]!)!] = sparkValues[row] ?? (firstAdditive ? 0 : null);
    }
  }
  const list = [...entities.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const metrics = compiled.metrics.map(({ id, weight, lowerIsBetter }) => ({ id, weight, lowerIsBetter }));
  const inputs = (
    values: (entity: Entity) => Record<string, number | null>,
    targets: (entity: Entity) => Record<string, number | null>
  ) => list.map(([key, entity]): ScorecardEntityInput => ({ key, values: values(entity), targets: targets(entity) }));
  const previous = scorecard({
    metrics,
    normalize: compiled.normalize,
    entities: inputs(
      (entity) => entity.previous,
      (entity) => entity.previousTargets
    ),
  });
  // only entities with something to score last period had a rank then
  const ranked = previous.filter((row) => row.score !== null);
  const rows = scorecard({
    metrics,
    normalize: compiled.normalize,
    entities: inputs(
      (entity) => entity.current,
      (entity) => entity.targets
    ),
    previousRanks: previousRanks(ranked),
    elapsedShare: compiled.elapsedShare,
  });

  const byKey = new Map(list);
  const fields: FrameField[] = compiled.keys.map((key) => ({ name: key.field.name, type: 'string', config: {} }));
  const values: unknown[][] = compiled.keys.map((_, index) => rows.map((row) => byKey.get(row.key)!.keys[index]));
  for (const metric of compiled.metrics) {
    const config = metricFieldConfig(metric.def, display);
    fields.push(
      { name: metric.id, type: 'number', config },
      { name: `${metric.id}_target`, type: 'number', config: { ...config, displayName: `${metric.def.label} target` } },
      {
        name: `${metric.id}_pct_of_target`,
        type: 'number',
        config: { displayName: `${metric.def.label} % of target`, unit: 'percentunit', decimals: 0 },
      },
      {
        name: `${metric.id}_expected_to_date`,
        type: 'number',
        // a prorated count is fractional (1.6 customers expected by now)
        config: {
          ...config,
          displayName: `${metric.def.label} expected to date`,
          ...(metric.def.unit === 'count' ? { decimals: 1 } : {}),
        },
      },
      {
        name: `${metric.id}_pace`,
        type: 'number',
        config: { displayName: `${metric.def.label} pace`, unit: 'percentunit', decimals: 0 },
      },
      { name: `${metric.id}_rank`, type: 'number', config: { displayName: `${metric.def.label} rank`, decimals: 0 } }
    );
    values.push(
      rows.map((row) => row.metrics[metric.id].value),
      rows.map((row) => row.metrics[metric.id].target),
      rows.map((row) => row.metrics[metric.id].pct_of_target),
      rows.map((row) => row.metrics[metric.id].expected_to_date),
      rows.map((row) => row.metrics[metric.id].pace),
      rows.map((row) => row.metrics[metric.id].rank)
    );
  }
  fields.push(
    { name: 'score', type: 'number', config: { displayName: 'Score', decimals: 2 } },
    { name: 'rank', type: 'number', config: { displayName: 'Rank', decimals: 0 } },
    { name: 'previous_rank', type: 'number', config: { displayName: 'Previous rank', decimals: 0 } },
    { name: 'rank_change', type: 'number', config: { displayName: 'Rank change', decimals: 0 } },
    { name: 'sparkline', type: 'other', config: { displayName: `${compiled.metrics[0].def.label} trend` } }
  );
  values.push(
    rows.map((row) => row.score),
    rows.map((row) => row.rank),
    rows.map((row) => row.previous_rank),
    rows.map((row) => row.rank_change),
    rows.map((row) => byKey.get(row.key)!.sparkline)
  );
  return {
    schema: {
      refId,
      meta: {
        custom: {
          kind: 'scorecard',
          entity: compiled.entity,
          normalize: compiled.normalize,
          elapsedShare: compiled.elapsedShare,
          metrics: compiled.metrics.map((metric) => ({
            id: metric.id,
            weight: metric.weight,
            lowerIsBetter: metric.lowerIsBetter ?? false,
            label: metric.def.label,
            unit: metricFieldConfig(metric.def, display).unit,
          })),
          sparkline: {
            metric: compiled.metrics[0].id,
            grain: compiled.grain,
            times: compiled.sparkline.map((bucket) => bucket.start),
          },
        },
      },
      fields,
    },
    data: { values },
  };
}
