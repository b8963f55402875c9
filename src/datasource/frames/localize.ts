import { t } from '@grafana/i18n';

import { TARGET_ACTUALS } from '../../sales/catalog/metrics';
import { DIMENSION_IDS } from '../../sales/catalog/dimensions';
import type { DataFrameJSON, FrameField, TargetMetric } from '../../sales/types';
import { dimensionText, metricText } from '../catalogLabels';

/**
 * The engine names fields in English (docs/frames.md); this gives their display names in the user's
 * language. Field names, the contract panels read, never change. A series of a grouped time series
 * also carries its group in its display name: Grafana shows a configured display name as is, so
 * without it every group's series would read the same in a legend.
 */

const noEscape = { interpolation: { escapeValue: false } };

const METRIC_SUFFIXES: Array<[string, (metric: string) => string]> = [
  ['_pct_of_target', (metric) => t('frame.pct-of-target', '{{metric}} % of target', { metric, ...noEscape })],
  ['_previous', (metric) => t('frame.previous', '{{metric}} previous', { metric, ...noEscape })],
  ['_change', (metric) => t('frame.change', '{{metric}} change', { metric, ...noEscape })],
  ['_target', (metric) => t('frame.target', '{{metric}} target', { metric, ...noEscape })],
  ['_rank', (metric) => t('frame.rank-of', '{{metric}} rank', { metric, ...noEscape })],
];

function isMetric(id: string): boolean {
  return metricText(id).label !== id;
}

function fixedName(name: string, custom: Record<string, unknown>): string | undefined {
  const level = typeof custom.interval === 'number' ? `${Math.round(custom.interval * 100)} %` : '';
  switch (name) {
    case 'elapsed_share':
      return t('frame.elapsed', 'Elapsed');
    case 'remaining_days':
      return t('frame.days-left', 'Days left');
    case 'position':
      return t('frame.position', 'Position');
    case 'count':
      return t('frame.deals', 'Deals');
    case 'amount':
      return t('frame.amount', 'Amount');
    case 'value':
      return custom.measure === 'amount' ? t('frame.amount', 'Amount') : t('frame.deals', 'Deals');
    case 'weighted_amount':
      return t('frame.weighted-amount', 'Weighted amount');
    case 'conversion_from_previous':
      return t('frame.conversion-from-previous', 'Conversion from previous stage');
    case 'conversion_from_first':
      return t('frame.conversion-from-first', 'Conversion from first stage');
    case 'drop_off':
      return t('frame.drop-off', 'Drop-off');
    case 'median_days_in_stage':
      return t('frame.median-days', 'Median days in stage');
    case 'mean_days_in_stage':
      return t('frame.mean-days', 'Mean days in stage');
    case 'forecast':
      return t('frame.forecast', 'Forecast');
    case 'lower':
      return t('frame.lower', 'Lower ({{level}})', { level, ...noEscape });
    case 'upper':
      return t('frame.upper', 'Upper ({{level}})', { level, ...noEscape });
    case 'method':
      return t('frame.method', 'Method');
    case 'origins':
      return t('frame.origins', 'Origins');
    case 'score':
      return t('frame.score', 'Score');
    case 'rank':
      return t('frame.rank', 'Rank');
    case 'previous_rank':
      return t('frame.previous-rank', 'Previous rank');
    case 'rank_change':
      return t('frame.rank-change', 'Rank change');
    default:
      return undefined;
  }
}

/** The metric a field's values measure, where the field is not named after it. */
function measuredMetric(name: string, custom: Record<string, unknown>): string | undefined {
  if (name === 'actual') {
    if (custom.kind === 'attainment') {
      return TARGET_ACTUALS[custom.metric as TargetMetric];
    }
    return typeof custom.metric === 'string' ? custom.metric : undefined;
  }
  if (name === 'sparkline') {
    const metrics = custom.metrics as Array<{ id?: string }> | undefined;
    return metrics?.[0]?.id;
  }
  return undefined;
}

function displayNameOf(field: FrameField, custom: Record<string, unknown>): string | undefined {
  const { name } = field;
  if (custom.kind === 'values') {
    return undefined;
  }
  if ((DIMENSION_IDS as string[]).includes(name)) {
    return dimensionText(name).label;
  }
  if (name === 'rep_id') {
    return t('frame.rep-id', 'Rep ID');
  }
  const fixed = fixedName(name, custom);
  if (fixed !== undefined && !(custom.kind === 'metrics' || custom.kind === 'timeseries')) {
    return fixed;
  }
  const measured = measuredMetric(name, custom);
  if (measured) {
    const label = metricText(measured).label;
    return name === 'sparkline' ? t('frame.trend', '{{metric}} trend', { metric: label, ...noEscape }) : label;
  }
  if (isMetric(name)) {
    return metricText(name).label;
  }
  for (const [suffix, describe] of METRIC_SUFFIXES) {
    const metric = name.endsWith(suffix) ? name.slice(0, -suffix.length) : '';
    if (metric && isMetric(metric)) {
      return describe(metricText(metric).label);
    }
  }
  return undefined;
}

export function localizeFrame(frame: DataFrameJSON): DataFrameJSON {
  const custom = (frame.schema.meta?.custom ?? {}) as Record<string, unknown>;
  const fields = frame.schema.fields.map((field) => {
    if (field.type === 'time') {
      return field;
    }
    const translated = displayNameOf(field, custom);
    if (translated === undefined && !field.config?.displayName) {
      return field;
    }
    const group = Object.values(field.labels ?? {}).filter((value) => value !== '');
    const base = translated ?? field.config!.displayName!;
    const displayName = group.length ? `${base} ${group.join(' / ')}` : base;
    return { ...field, config: { ...field.config, displayName } };
  });
  return { ...frame, schema: { ...frame.schema, fields } };
}
