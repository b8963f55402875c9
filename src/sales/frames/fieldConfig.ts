import type { MetricDef } from '../catalog/metrics';
import type { FrameFieldConfig } from '../types';

export interface DisplayOptions {
  /** Grafana unit for amounts, e.g. currencyUSD or currencyEUR */
  currencyUnit: string;
}

export const DEFAULT_CURRENCY_UNIT = 'currencyUSD';

/** Field config of a metric's value: Grafana unit, decimals, natural bounds, display name. */
export function metricFieldConfig(metric: MetricDef, display: DisplayOptions, suffix = ''): FrameFieldConfig {
  const displayName = suffix ? `${metric.label} ${suffix}` : metric.label;
  switch (metric.unit) {
    case 'currency':
    case 'per_day':
      // Grafana's automatic decimals: $5.38M on a stat and $3.5M between axis ticks, where a fixed 0
      // shows $5M and repeats tick labels ($4M, $4M, $3M …)
      return { displayName, unit: display.currencyUnit };
    case 'count':
      return { displayName, unit: 'none', decimals: 0 };
    case 'ratio':
      return { displayName, unit: 'percentunit', decimals: 1 };
    case 'days':
      return { displayName, unit: 'd', decimals: 1 };
    case 'hours':
      return { displayName, unit: 'h', decimals: 1 };
    case 'score':
      return metric.id === 'csat'
        ? { displayName, unit: 'none', decimals: 2, min: 1, max: 5 }
        : { displayName, unit: 'none', decimals: 2 };
    case 'nps':
      return { displayName, unit: 'none', decimals: 0, min: -100, max: 100 };
    case 'status':
      return { displayName };
  }
}

/** The change against the previous period is a ratio whatever the metric's unit. */
export function changeFieldConfig(metric: MetricDef): FrameFieldConfig {
  return { displayName: `${metric.label} change`, unit: 'percentunit', decimals: 1 };
}
