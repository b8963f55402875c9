import type { DataFrameJSON } from '../../src/sales/types';

/** A frame's rows as objects keyed by field name. */
export function rowsOf(frame: DataFrameJSON): Array<Record<string, unknown>> {
  const count = frame.data.values[0]?.length ?? 0;
  return [...Array(count).keys()].map((row) =>
    Object.fromEntries(frame.schema.fields.map((field, index) => [field.name, frame.data.values[index][row]]))
  );
}

/** One field's values, failing with the fields there are when it is missing. */
export function column(frame: DataFrameJSON, name: string): unknown[] {
  const index = frame.schema.fields.findIndex((field) => field.name === name);
  if (index < 0) {
    throw new Error(`no field ${name} in ${frame.schema.fields.map((field) => field.name).join(', ')}`);
  }
  return frame.data.values[index];
}

/**
 * Frames' field names and values, numbers to `digits` significant digits: for frames that must be the
 * same whichever way their sums were split (a decimal sum split between a rollup and the fact table
 * can differ in the last bit of its double).
 */
export function roundedFrames(frames: DataFrameJSON[], digits = 12): unknown {
  return frames.map((frame) => ({
    fields: frame.schema.fields.map((field) => field.name),
    values: frame.data.values.map((column) =>
      column.map((value) => (typeof value === 'number' ? Number(value.toPrecision(digits)) : value))
    ),
  }));
}
