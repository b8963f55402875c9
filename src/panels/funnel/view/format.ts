import {
  type DisplayProcessor,
  type Field,
  formattedValueToString,
  getDisplayProcessor,
  getValueFormat,
  type GrafanaTheme2,
} from '@grafana/data';

import type { ValueSource } from '../data/model';

/** The field's display processor as Grafana's field overrides set it (unit, decimals, mappings …). */
export function displayOf(field: Field, theme: GrafanaTheme2): DisplayProcessor {
  return field.display ?? getDisplayProcessor({ field, theme });
}

export function formatValue(source: ValueSource, value: number, theme: GrafanaTheme2): string {
  return formattedValueToString(displayOf(source.field, theme)(value));
}

export function formatPercent(ratio: number, decimals: number): string {
  return formattedValueToString(getValueFormat('percentunit')(ratio, decimals));
}

/** (current − previous) ÷ |previous| with its sign, as the data source's `_change` fields; null when previous is 0. */
export function formatChange(current: number, previous: number, decimals: number): string | null {
  if (previous === 0) {
    return null;
  }
  const change = (current - previous) / Math.abs(previous);
  const text = formatPercent(change, decimals);
  return change > 0 ? `+${text}` : text;
}
