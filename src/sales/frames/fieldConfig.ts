import { FORECAST_CATEGORIES, getDimension } from '../catalog/dimensions';
import { changeScale, type MetricDef } from '../catalog/metrics';
import type { OutputField } from '../sql/common';
import type { DimensionId, FrameFieldConfig } from '../types';

export interface DisplayOptions {
  /** Grafana unit for amounts, e.g. currencyUSD, currency:¥, or suffix:万元 (amounts ÷ 10,000: amountUnits.ts) */
  currencyUnit: string;
}

export const DEFAULT_CURRENCY_UNIT = 'currencyUSD';

/**
 * Field config of a metric's value: Grafana unit, decimals, natural bounds, and the name the data
 * source gives it (displayNameFromDS: Grafana's displayName is the user's override, and set by a data
 * source it would name every row of a bar gauge or stat showing all values after the metric).
 */
export function metricFieldConfig(metric: MetricDef, display: DisplayOptions, suffix = ''): FrameFieldConfig {
  const displayNameFromDS = suffix ? `${metric.label} ${suffix}` : metric.label;
  switch (metric.unit) {
    case 'currency':
    case 'per_day':
      // Grafana's automatic decimals: $5.38M on a stat and $3.5M between axis ticks, where a fixed 0
      // shows $5M and repeats tick labels ($4M, $4M, $3M …)
      return { displayNameFromDS, unit: display.currencyUnit };
    case 'count':
      return { displayNameFromDS, unit: 'none', decimals: 0 };
    case 'ratio':
      return { displayNameFromDS, unit: 'percentunit', decimals: 1 };
    case 'days':
      return { displayNameFromDS, unit: 'd', decimals: 1 };
    case 'hours':
      return { displayNameFromDS, unit: 'h', decimals: 1 };
    case 'score':
      return metric.id === 'csat'
        ? { displayNameFromDS, unit: 'none', decimals: 2, min: 1, max: 5 }
        : { displayNameFromDS, unit: 'none', decimals: 2 };
    case 'sentiment':
      return { displayNameFromDS, unit: 'none', decimals: 2, min: -1, max: 1 };
    case 'nps':
      return { displayNameFromDS, unit: 'none', decimals: 0, min: -100, max: 100 };
    case 'status':
      return { displayNameFromDS };
  }
}

/** Grafana units of a change in points: a stat shows "−1.5 pp" (win rate) or "+5.6 pts" (NPS). */
export const POINTS_UNITS = { percentage_points: 'suffix: pp', points: 'suffix: pts' } as const;

/**
 * The change against the previous period: relative (a percentage) for counts, amounts and durations;
 * in percentage points for 0..1 ratios and in points for NPS (docs/frames.md, What the comparisons mean).
 */
export function changeFieldConfig(metric: MetricDef): FrameFieldConfig {
  const displayNameFromDS = `${metric.label} change`;
  const scale = changeScale(metric);
  return scale === 'relative'
    ? { displayNameFromDS, unit: 'percentunit', decimals: 1 }
    : { displayNameFromDS, unit: POINTS_UNITS[scale], decimals: metric.unit === 'sentiment' ? 2 : 1 };
}

/**
 * Field config of a group dimension: its name and, for forecast categories, a value mapping to the
 * names people read. The values stay the warehouse's ids, so filters and data links use them, while
 * tables, bar gauges and stats (which name rows by their text fields through the mapping) read
 * "Best case" and "Commit".
 */
export function dimensionFieldConfig(dimension: DimensionId): FrameFieldConfig {
  const config: FrameFieldConfig = { displayNameFromDS: getDimension(dimension).label };
  if (dimension === 'forecast_category') {
    config.mappings = [
      {
        type: 'value',
        options: Object.fromEntries(
          FORECAST_CATEGORIES.map((category, index) => [category.id, { text: category.label, index }])
        ),
      },
    ];
  }
  return config;
}

/** Field config of a group key: the dimension's, or the rep id's beside the rep's name. */
export function keyFieldConfig(field: OutputField): FrameFieldConfig {
  return field.role === 'dimension_id' ? { displayNameFromDS: 'Rep ID' } : dimensionFieldConfig(field.dimension!);
}

/**
 * Decimals for a column of counts and what derives from them (a target prorated to 4.09 visits,
 * 0.03 new customers needed per day): none when every value is whole ("2 of 3", not "2.0 of 3.0"),
 * else enough for the smallest non-zero value to show a digit, between 1 and 3.
 */
export function countDecimals(values: Array<number | null>): number {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.every((value) => Number.isInteger(value))) {
    return 0;
  }
  const smallest = Math.min(...present.filter((value) => value !== 0).map(Math.abs));
  return Math.min(Math.max(Math.ceil(-Math.log10(smallest)), 1), 3);
}
