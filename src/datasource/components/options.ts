import type { ComboboxOption } from '@grafana/ui';
import { t } from '@grafana/i18n';

import {
  ATTAINMENT_PERIODS,
  COMMISSION_PERIOD_MODES,
  type Compare,
  type DimensionId,
  FILTER_OPS,
  FORECAST_METHODS,
  FUNNEL_MEASURES,
  FUNNEL_MODES,
  GRAINS,
  listDimensions,
  listMetrics,
  type MetricDef,
  NORMALIZATIONS,
  PACE_MODES,
  QUERY_KINDS,
  SCORECARD_ENTITIES,
  TARGET_METRICS,
} from '../../sales';
import {
  attainmentPeriodText,
  commissionPeriodText,
  compareText,
  dimensionText,
  entityText,
  familyText,
  filterOpText,
  forecastMethodText,
  funnelMeasureText,
  funnelModeText,
  grainText,
  kindText,
  metricText,
  normalizationText,
  paceModeText,
  seasonalityText,
  targetMetricText,
  unitText,
} from '../catalogLabels';

/** Picker options in the user's language, built lazily (t() only runs in render). */

const noEscape = { interpolation: { escapeValue: false } };

export function metricOptions(include: (metric: MetricDef) => boolean = () => true): Array<ComboboxOption<string>> {
  return listMetrics()
    .filter(include)
    .map((metric) => {
      const text = metricText(metric.id);
      return {
        value: metric.id,
        label: text.label,
        description: t('options.metric-description', '{{description}} Unit: {{unit}}.', {
          description: text.description,
          unit: unitText(metric.unit),
          ...noEscape,
        }),
        group: familyText(metric.family),
      };
    });
}

export function dimensionOptions(
  ids: DimensionId[] = listDimensions().map((dimension) => dimension.id)
): Array<ComboboxOption<string>> {
  return ids.map((id) => ({ value: id, label: dimensionText(id).label, description: dimensionText(id).description }));
}

export const kindOptions = () =>
  QUERY_KINDS.map((kind) => ({ value: kind, label: kindText(kind).label, description: kindText(kind).description }));

export const grainOptions = () => GRAINS.map((grain) => ({ value: grain, label: grainText(grain) }));

export const compareOptions = (): Array<ComboboxOption<string>> => [
  { value: 'none', label: t('options.compare-none', 'No comparison') },
  ...(['previous_period', 'previous_year'] as Compare[]).map((compare) => ({
    value: compare,
    label: compareText(compare),
  })),
];

export const filterOpOptions = () => FILTER_OPS.map((op) => ({ value: op, label: filterOpText(op) }));

export const funnelModeOptions = () =>
  FUNNEL_MODES.map((mode) => ({
    value: mode,
    label: funnelModeText(mode).label,
    description: funnelModeText(mode).description,
  }));

export const funnelMeasureOptions = () =>
  FUNNEL_MEASURES.map((measure) => ({ value: measure, label: funnelMeasureText(measure) }));

export const targetMetricOptions = () =>
  TARGET_METRICS.map((metric) => ({ value: metric, label: targetMetricText(metric) }));

export const paceModeOptions = () =>
  PACE_MODES.map((mode) => ({
    value: mode,
    label: paceModeText(mode).label,
    description: paceModeText(mode).description,
  }));

export const attainmentPeriodOptions = () =>
  ATTAINMENT_PERIODS.map((period) => ({
    value: period,
    label: attainmentPeriodText(period).label,
    description: attainmentPeriodText(period).description,
  }));

export const commissionPeriodOptions = () =>
  COMMISSION_PERIOD_MODES.map((period) => ({
    value: period,
    label: commissionPeriodText(period).label,
    description: commissionPeriodText(period).description,
  }));

export const forecastMethodOptions = () =>
  FORECAST_METHODS.map((method) => ({
    value: method,
    label: forecastMethodText(method).label,
    description: forecastMethodText(method).description,
  }));

export const intervalOptions = () => [
  { value: '0.8', label: t('options.interval-80', '80 %') },
  { value: '0.95', label: t('options.interval-95', '95 %') },
];

export const seasonalityOptions = () =>
  (['additive', 'multiplicative'] as const).map((value) => ({ value, label: seasonalityText(value) }));

export const entityOptions = () => SCORECARD_ENTITIES.map((entity) => ({ value: entity, label: entityText(entity) }));

export const normalizationOptions = () =>
  NORMALIZATIONS.map((normalization) => ({
    value: normalization,
    label: normalizationText(normalization).label,
    description: normalizationText(normalization).description,
  }));
