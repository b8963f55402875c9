import type { DataFrameJSON } from '../types';

/**
 * The units amounts can be shown in: one of Grafana's currency units (currencyUSD, currencyEUR …),
 * the Chinese yuan, for which Grafana has no unit of its own but reads `currency:<symbol>` (¥4.78M),
 * or 万元, ten thousands of yuan, which Grafana cannot scale to: frames in 万元 carry amounts divided
 * by 10,000 with a suffix unit that every core panel shows (478.2 万元).
 */
export const CNY_UNIT = 'currency:¥';
export const WAN_YUAN_UNIT = 'suffix:万元';
export const WAN = 10_000;

/** Grafana's currency units, custom ones (currency:¥) included, and 万元. */
export function isAmountUnit(unit: string | undefined): boolean {
  return unit !== undefined && (unit.startsWith('currency') || unit === WAN_YUAN_UNIT);
}

/** What an amount is divided by in the frames of this unit. */
export function amountDivisor(unit: string): number {
  return unit === WAN_YUAN_UNIT ? WAN : 1;
}

interface ScorecardCustom {
  metrics?: Array<{ id: string; unit?: string }>;
  sparkline?: { metric: string };
}

/**
 * A frame whose amounts (the fields in `currencyUnit`, and a scorecard's sparkline of an amount) are
 * divided as the unit says. Those fields lose fixed decimals, which were set for whole currency units:
 * 47.82 万元 must not read 48 万元.
 */
export function inAmountUnit(frame: DataFrameJSON, currencyUnit: string): DataFrameJSON {
  const divisor = amountDivisor(currencyUnit);
  if (divisor === 1) {
    return frame;
  }
  const scale = (value: unknown): unknown =>
    typeof value === 'number' ? value / divisor : Array.isArray(value) ? value.map(scale) : value;
  const custom = (frame.schema.meta?.custom ?? {}) as ScorecardCustom;
  const sparkline = custom.metrics?.find((metric) => metric.id === custom.sparkline?.metric);
  const scaled = frame.schema.fields.map(
    (field) => field.config?.unit === currencyUnit || (field.name === 'sparkline' && sparkline?.unit === currencyUnit)
  );
  return {
    ...frame,
    schema: {
      ...frame.schema,
      fields: frame.schema.fields.map((field, index) => {
        if (!scaled[index] || field.config?.decimals === undefined) {
          return field;
        }
        const { decimals: _decimals, ...config } = field.config;
        return { ...field, config };
      }),
    },
    data: {
      ...frame.data,
      values: frame.data.values.map((column, index) => (scaled[index] ? column.map(scale) : column)),
    },
  };
}
