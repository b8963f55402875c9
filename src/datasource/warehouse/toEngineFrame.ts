import { dataFrameToJSON, FieldType, toDataFrame } from '@grafana/data';

import type { DataFrameJSON, FrameFieldType } from '../../sales';

const FIELD_TYPES: readonly FrameFieldType[] = [FieldType.time, FieldType.number, FieldType.string, FieldType.boolean];

/**
 * One frame of a SQL data source's response (a DataFrame, or the wire DataFrameJSON) as the frame the
 * engine reads: columns by field name, time as epoch milliseconds, numbers as numbers.
 */
export function toEngineFrame(item: unknown): DataFrameJSON {
  const json = dataFrameToJSON(toDataFrame(item));
  const fields = json.schema?.fields ?? [];
  return {
    schema: {
      name: json.schema?.name,
      refId: json.schema?.refId,
      meta: { ...json.schema?.meta },
      fields: fields.map((field) => ({
        name: field.name,
        type: FIELD_TYPES.includes(field.type as FrameFieldType) ? (field.type as FrameFieldType) : 'other',
      })),
    },
    data: { values: fields.map((_, index) => Array.from(json.data?.values[index] ?? [])) },
  };
}

/** A frame without columns, for a response that carries none. */
export function emptyEngineFrame(): DataFrameJSON {
  return { schema: { fields: [] }, data: { values: [] } };
}
