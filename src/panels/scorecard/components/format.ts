import { Field, formattedValueToString } from '@grafana/data';

import { percentText } from '../../shared/percent';

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

/**
 * % of target as its field formats it, except that short of the target it never reads 100 %: then as
 * the attainment panel shows it (99.6 %), so a rep at 99.6 % is not shown as having reached the target.
 */
export function formatPctOfTarget(field: Field, ratio: number): string {
  if (ratio < 1 && field.display && Number(field.display(ratio).text) >= 100) {
    return percentText(ratio);
  }
  return formatValue(field, ratio);
}
