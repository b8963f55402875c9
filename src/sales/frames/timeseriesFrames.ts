import { dimensionValueLabel } from '../catalog/dimensions';
import type { CompiledTimeseries } from '../sql/compile';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, metricFieldConfig } from './fieldConfig';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

/**
 * The name of one series of a grouped time series, as Grafana shows it in a legend: the group alone
 * ("East") when the frame holds one series, else the field's name and the group ("Bookings · East").
 */
export function seriesName(fieldName: string, group: string[], seriesInFrame: number): string {
  if (group.length === 0) {
    return fieldName;
  }
  const groupName = group.join(' / ');
  return seriesInFrame === 1 ? groupName : `${fieldName} · ${groupName}`;
}

/**
 * One frame per group, each with every bucket of the range: counts and sums are 0 in an empty
 * bucket, every other metric null; buckets that start after now are null for every metric (no data
 * yet), and the bucket holding now is named in meta.custom.partialBucket. With compare,
 * `<metric>_previous` holds the previous range's value of the bucket in the same position.
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
  const now = compiled.currentTime;
  const range = compiled.periods[0].range;
  const holdingNow =
    now >= range.from && now < range.to ? compiled.buckets.filter((bucket) => bucket.start <= now).pop() : undefined;
  const seriesInFrame = compiled.metrics.length * (withPrevious ? 2 : 1);

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
    // the group as people read it: names, not rep ids; forecast categories by their labels
    const groupNames = keyFields.flatMap((field, index) =>
      field.role === 'dimension' ? [dimensionValueLabel(field.dimension!, group.keys[index] ?? '')] : []
    );
    const named = (config: FrameField['config']) => ({
      ...config,
      displayNameFromDS: seriesName(config!.displayNameFromDS!, groupNames, seriesInFrame),
    });
    const fields: FrameField[] = [{ name: 'time', type: 'time', config: {} }];
    const values: unknown[][] = [compiled.buckets.map((bucket) => bucket.start)];
    compiled.metrics.forEach((metric, metricIndex) => {
      fields.push({ name: metric.id, type: 'number', config: named(metricFieldConfig(metric, display)), labels });
      values.push(compiled.buckets.map((bucket) => (bucket.start > now ? null : valueAt(0, bucket.key, metricIndex))));
      if (withPrevious) {
        const previous = compiled.previousBuckets!;
        fields.push({
          name: `${metric.id}_previous`,
          type: 'number',
          config: named(metricFieldConfig(metric, display, 'previous')),
          labels,
        });
        values.push(
          compiled.buckets.map((_, index) =>
            index < previous.length ? valueAt(1, previous[index].key, metricIndex) : null
          )
        );
      }
    });
    const name = keyFields.length ? groupNames.join(' / ') : undefined;
    const custom = {
      kind: 'timeseries',
      grain: compiled.grain,
      ...(holdingNow ? { partialBucket: { time: holdingNow.start, now } } : {}),
    };
    return {
      schema: { refId, name, meta: { custom }, fields },
      data: { values },
    };
  });
}
