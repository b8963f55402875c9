import { Field, formattedValueToString } from '@grafana/data';

/** A value as the field's display processor formats it (unit, decimals, mappings), or '' without one. */
export function formatValue(field: Field | undefined, value: unknown): string {
  if (!field || value === null || value === undefined) {
    return '';
  }
  return field.display ? formattedValueToString(field.display(value)) : String(value);
}

/** The field's "No value" text, else a dash. */
export function noValueText(field: Field | undefined): string {
  return field?.config.noValue || '–';
}
