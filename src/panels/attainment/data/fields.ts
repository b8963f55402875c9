import { type DataFrame, type Field, FieldType, getFieldDisplayName } from '@grafana/data';

/**
 * Field names of the data source's attainment frame (docs/frames.md, section attainment). Those the
 * panel recomputes (attainment, gap) or does not draw (coverage) are listed so that they are never
 * taken for the actual in a frame without an `actual` field.
 */
export const FRAME_FIELDS = {
  actual: 'actual',
  target: 'target',
  attainment: 'attainment',
  expectedToDate: 'expected_to_date',
  pace: 'pace',
  gap: 'gap',
  requiredRunRate: 'required_run_rate',
  projected: 'projected',
  coverage: 'coverage',
  status: 'status',
  elapsedShare: 'elapsed_share',
  remainingDays: 'remaining_days',
} as const;

const KNOWN_NAMES = new Set<string>(Object.values(FRAME_FIELDS));

export function displayNameOf(field: Field, frame: DataFrame): string {
  return getFieldDisplayName(field, frame);
}

/** The field called `name` (its name, or the display name the user sees); exact case first. */
export function findField(frame: DataFrame, name: string): Field | undefined {
  const names = (field: Field) => [field.name, displayNameOf(field, frame)];
  return (
    frame.fields.find((field) => names(field).includes(name)) ??
    frame.fields.find((field) => names(field).some((n) => n.toLowerCase() === name.toLowerCase()))
  );
}

/** Without a chosen name: the field named `actual`, else the first number field that is not a known one. */
export function autoActualField(frame: DataFrame): Field | undefined {
  return (
    findField(frame, FRAME_FIELDS.actual) ??
    frame.fields.find((field) => field.type === FieldType.number && !KNOWN_NAMES.has(field.name))
  );
}

/**
 * The fields naming a row: text fields other than the status, without `<x>_id` when `<x>` is
 * there too (the data source adds rep_id next to rep).
 */
export function nameFields(frame: DataFrame): Field[] {
  const strings = frame.fields.filter((field) => field.type === FieldType.string && field.name !== FRAME_FIELDS.status);
  const names = new Set(strings.map((field) => field.name));
  return strings.filter((field) => !(field.name.endsWith('_id') && names.has(field.name.slice(0, -3))));
}

export type NumberRead = { ok: true; value: number | null } | { ok: false; raw: string };

/** A cell as a number: numbers and numeric text pass, empty cells are null, anything else is reported. */
export function readNumber(field: Field | undefined, row: number): NumberRead {
  if (!field) {
    return { ok: true, value: null };
  }
  const raw: unknown = field.values[row];
  if (raw === null || raw === undefined || raw === '') {
    return { ok: true, value: null };
  }
  if (typeof raw === 'number') {
    return { ok: true, value: Number.isFinite(raw) ? raw : null };
  }
  const parsed = typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  return Number.isFinite(parsed) ? { ok: true, value: parsed } : { ok: false, raw: String(raw) };
}

export function fieldNamesOf(frames: DataFrame[]): string[] {
  return [...new Set(frames.flatMap((frame) => frame.fields.map((field) => displayNameOf(field, frame))))];
}
