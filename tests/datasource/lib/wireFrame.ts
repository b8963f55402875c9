import type { DataFrameJSON } from '../../../src/sales/types';

const GO_TYPES: Record<string, string> = {
  number: 'float64',
  string: 'string',
  time: 'time.Time',
  boolean: 'bool',
  other: 'json.RawMessage',
};

/** A result as Grafana's backend serialises data.Frame for the frontend (JSON wire format). */
export function wireFrame(frame: DataFrameJSON, refId: string, sql: string) {
  return {
    schema: {
      refId,
      meta: { typeVersion: [0, 0], executedQueryString: sql },
      fields: frame.schema.fields.map((field) => ({
        name: field.name,
        type: field.type,
        typeInfo: { frame: GO_TYPES[field.type] ?? 'json.RawMessage', nullable: true },
      })),
    },
    data: { values: frame.data.values },
  };
}
