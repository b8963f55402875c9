import { getMetric } from '../catalog/metrics';
import type { CompiledQuery, OutputField } from '../sql/compile';
import type { DataFrameJSON, FrameField } from '../types';
import { changeFieldConfig, type DisplayOptions, keyFieldConfig, metricFieldConfig } from './fieldConfig';
import { periodsMeta } from './periodsMeta';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

function outputField(field: OutputField, display: DisplayOptions): FrameField {
  switch (field.role) {
    case 'dimension':
    case 'dimension_id':
      return { name: field.name, type: 'string', config: keyFieldConfig(field) };
    case 'metric': {
      const metric = getMetric(field.metric!);
      return {
        name: field.name,
        type: metric.unit === 'status' ? 'string' : 'number',
        config: metricFieldConfig(metric, display),
      };
    }
    case 'previous':
      return {
        name: field.name,
        type: 'number',
        config: metricFieldConfig(getMetric(field.metric!), display, 'previous'),
      };
    case 'change':
      return { name: field.name, type: 'number', config: changeFieldConfig(getMetric(field.metric!)) };
    default:
      throw new Error(`internal: no field for ${field.role}`);
  }
}

/** Reshapes the engine's rows into the frame of docs/frames.md (metrics), sorted by the group keys. */
export function metricsFrame(
  compiled: CompiledQuery,
  result: DataFrameJSON,
  display: DisplayOptions,
  refId?: string
): DataFrameJSON {
  const fields = compiled.fields.map((field) => outputField(field, display));
  const count = rowCount(result);
  const columns = compiled.fields.map((field, index) => {
    const raw = columnOf(result, field.name) ?? new Array(count).fill(null);
    return fields[index].type === 'number' ? raw.map(toNumberOrNull) : raw.map(toTextOrNull);
  });
  const keyIndexes = compiled.fields.flatMap((field, index) =>
    field.role === 'dimension' || field.role === 'dimension_id' ? [index] : []
  );
  const order = [...Array(count).keys()].sort((a, b) =>
    compareKeys(
      keyIndexes.map((index) => columns[index][a] as string | null),
      keyIndexes.map((index) => columns[index][b] as string | null)
    )
  );
  const { custom, notices } = periodsMeta(compiled);
  return {
    schema: { refId, meta: { custom: { kind: 'metrics', ...custom }, ...(notices ? { notices } : {}) }, fields },
    data: { values: columns.map((column) => order.map((row) => column[row])) },
  };
}
