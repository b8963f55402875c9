import { type DataFrame, type Field, FieldType, formattedValueToString, getFieldDisplayName } from '@grafana/data';

import type { Snapshot } from './model';

/** Number fields of the data source's funnel frame that are not stage figures of their own. */
const DERIVED_FIELDS = new Set(['position', 'conversion_from_previous', 'conversion_from_first', 'drop_off']);

/** The suffix that marks a comparison (previous period) field, as in the data source's `compare`. */
export const PREVIOUS_SUFFIX = '_previous';
const CHANGE_SUFFIX = '_change';

export function fieldLabel(field: Field, frame: DataFrame, frames?: DataFrame[]): string {
  return getFieldDisplayName(field, frame, frames);
}

/** A field picked in the options: by its name or by its display name (what the field picker stores). */
export function findField(frame: DataFrame, name: string, frames?: DataFrame[]): Field | undefined {
  return (
    frame.fields.find((field) => field.name === name) ??
    frame.fields.find((field) => fieldLabel(field, frame, frames) === name)
  );
}

export function frameLabel(frame: DataFrame, index: number): string {
  return frame.name || frame.refId || `#${index + 1}`;
}

const hasName = (frame: DataFrame, name: string) => frame.fields.some((field) => field.name === name);

/** `x_previous` and `x_change` beside a field `x` are its comparison, not stages or figures. */
export function isComparisonCompanion(field: Field, frame: DataFrame): boolean {
  for (const suffix of [PREVIOUS_SUFFIX, CHANGE_SUFFIX]) {
    if (field.name.endsWith(suffix) && hasName(frame, field.name.slice(0, -suffix.length))) {
      return true;
    }
  }
  return false;
}

export function isDerivedFigure(field: Field): boolean {
  return DERIVED_FIELDS.has(field.name);
}

/** Text fields that identify a group; an `x_id` field beside its name field `x` adds nothing. */
export function groupCandidates(frame: DataFrame, exclude?: Field): Field[] {
  return frame.fields.filter(
    (field) =>
      field !== exclude &&
      field.type === FieldType.string &&
      !(field.name.endsWith('_id') && hasName(frame, field.name.slice(0, -'_id'.length)))
  );
}

/** A text value as shown to the user: through the field's value mappings when Grafana has set them. */
export function textAt(field: Field, rowIndex: number): string | null {
  const raw: unknown = field.values[rowIndex];
  if (raw === null || raw === undefined || raw === '') {
    return null;
  }
  return field.display ? formattedValueToString(field.display(raw)) : String(raw);
}

/** The snapshot the frame is (the data source's funnel frame with meta.custom.mode = 'snapshot'), else null. */
export function snapshotOf(frame: DataFrame): Snapshot | null {
  const custom: unknown = frame.meta?.custom;
  if (!custom || typeof custom !== 'object') {
    return null;
  }
  const { mode, measure } = custom as Record<string, unknown>;
  return mode === 'snapshot' ? { measure: measure === 'amount' ? 'amount' : 'count' } : null;
}
