import type { CompiledTimeseries } from '../sql/compile';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, metricFieldConfig } from './fieldConfig';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

/**
 * One frame per group, each with every bucket of the range: counts and sums are 0 in an empty
 * bucket, every other metric null. With compare, `<metric>_previous` holds the previous range's
 * value of the bucket in the same position.
 */
export function timeseriesFrames(
  compiled: CompiledTimeseries,
  result: DataFrameJSON,
  display: DisplayOptions,
  refId?: string
): DataFrameJSON[] {
  const count = rowCount(result);
  const periods = (columnOf(result, 'period') ?? []).map(toNumberOrNull);
  const buckets = (columnOf(result, 'bucket') ?? []).map(toNumberOrNull);
  const keyFields = compiled.fields.filter((field) => field.role === 'dimension' || field.role === 'dimension_id');
  const keyColumns = keyFields.map((field) =>
    (columnOf(result, field.name) ?? new Array(count).fill(null)).map(toTextOrNull)
  );
  const metricColumns = compiled.metrics.map((metric) =>
    (columnOf(result, metric.id) ?? new Array(count).fill(null)).map(toNumberOrNull)
  );

  const groups = new Map<string, { keys: Array<string | null>; rows: number[] }>();
  for (let row = 0; row < count; row++) {
    const keys = keyColumns.map((column) => column[row]);
    const id = JSON.stringify(keys);
    if (!groups.has(id)) {
      groups.set(id, { keys, rows: [] });
    }
    groups.get(id)!.rows.push(row);
  }
  if (groups.size === 0 && keyFields.length === 0) {
    groups.set('[]', { keys: [], rows: [] });
  }
  const ordered = [...groups.values()].sort((a, b) => compareKeys(a.keys, b.keys));
  const withPrevious = compiled.previousBuckets !== undefined;

  return ordered.map((group) => {
    const rowAt = new Map(group.rows.map((row) => [`${periods[row]}:${buckets[row]}`, row]));
    const valueAt = (period: number, key: number, metricIndex: number): number | null => {
      const row = rowAt.get(`${period}:${key}`);
      const value = row === undefined ? null : metricColumns[metricIndex][row];
      return value ?? (compiled.metrics[metricIndex].additive ? 0 : null);
    };
    const labels: Record<string, string> = {};
    keyFields.forEach((field, index) => {
      labels[field.name] = group.keys[index] ?? '';
    });
    const fields: FrameField[] = [{ name: 'time', type: 'time', config: {} }];
    const values: unknown[][] = [compiled.buckets.map((bucket) => bucket.start)];
    compiled.metrics.forEach((metric, metricIndex) => {
      fields.push({ name: metric.id, type: 'number', config: metricFieldConfig(metric, display), labels });
      values.push(compiled.buckets.map((bucket) => valueAt(0, bucket.key, metricIndex)));
      if (withPrevious) {
        const previous = compiled.previousBuckets!;
        fields.push({
          name: `${metric.id}_previous`,
          type: 'number',
          config: metricFieldConfig(metric, display, 'previous'),
          labels,
        });
        values.push(
          compiled.buckets.map((_, index) =>
            index < previous.length ? valueAt(1, previous[index].key, metricIndex) : null
          )
        );
      }
    });
    const name = keyFields.length ? group.keys.map((key) => key ?? '').join(' / ') : undefined;
    return {
      schema: { refId, name, meta: { custom: { kind: 'timeseries', grain: compiled.grain } }, fields },
      data: { values },
    };
  });
}
