import { dateTimeFormat } from '@grafana/data';
import { t } from '@grafana/i18n';

import {
  type DataFrameJSON,
  DIMENSION_IDS,
  type FrameField,
  type FrameFieldConfig,
  type FrameMeta,
  POINTS_UNITS,
  seriesName,
  type SnapshotMeta,
  TARGET_ACTUALS,
  type TargetMetric,
} from '../../sales';
import {
  adjustmentKindText,
  commissionFieldText,
  commissionStatusText,
  dimensionText,
  forecastCategoryText,
  metricText,
} from '../catalogLabels';

/**
 * The engine names fields in English (docs/frames.md); this gives their display names in the user's
 * language. Field names, the contract panels read, never change. A series of a grouped time series
 * is named by its group ("East"), or by its field and group ("Bookings · East") where the frame holds
 * several series, as the engine names it.
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
    case 'time':
      return t('frame.reported', 'Reported');
    case 'customer':
      return t('frame.customer', 'Customer');
    case 'text':
      return t('frame.feedback-text', 'Feedback');
    case 'sentiment':
      return t('frame.sentiment', 'Sentiment');
    case 'resolved_at':
      return t('frame.resolved', 'Resolved');
    case 'age_days':
      return t('frame.days-open', 'Days open');
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
  if (custom.kind === 'commission') {
    const text = commissionFieldText(name, typeof custom.rep === 'string' ? custom.rep : '');
    if (text !== undefined) {
      return text;
    }
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

/** The words a field's value mapping shows: commission statuses, adjustment kinds, forecast categories. */
function mappingTextOf(field: FrameField, custom: Record<string, unknown>): (id: string) => string {
  if (custom.kind === 'commission' && field.name === 'status') {
    return commissionStatusText;
  }
  if (custom.kind === 'commission' && field.name === 'adjustment') {
    return adjustmentKindText;
  }
  return forecastCategoryText;
}

/** A field's value mappings with their texts in the user's language. */
function localizedMappings(mappings: unknown, textOf: (id: string) => string): unknown {
  if (!Array.isArray(mappings)) {
    return mappings;
  }
  return mappings.map((mapping) =>
    mapping?.type === 'value' && mapping.options
      ? {
          ...mapping,
          options: Object.fromEntries(
            Object.entries(mapping.options as Record<string, { text?: string }>).map(([id, result]) => [
              id,
              { ...result, text: textOf(id) },
            ])
          ),
        }
      : mapping
  );
}

/** "suffix: pp" and "suffix: pts" (changes in points) with the suffix in the user's language. */
function localizedUnit(unit: unknown): unknown {
  if (unit === POINTS_UNITS.percentage_points) {
    return `suffix: ${t('frame.unit.percentage-points', 'pp')}`;
  }
  if (unit === POINTS_UNITS.points) {
    return `suffix: ${t('frame.unit.points', 'pts')}`;
  }
  return unit;
}

/** A series' group as people read it: its dimensions' values (not the rep id), categories by name. */
function groupOf(labels: Record<string, string> | undefined): string[] {
  return Object.entries(labels ?? {})
    .filter(([name, value]) => name !== 'rep_id' && value !== '')
    .map(([name, value]) => (name === 'forecast_category' ? forecastCategoryText(value) : value));
}

function when(instant: number, timeZone: string): string {
  return `${dateTimeFormat(instant, { format: 'YYYY-MM-DD HH:mm', timeZone })} (${timeZone})`;
}

/** The notices of a frame with snapshot metrics (see sales/frames/periodsMeta), in the user's language. */
function snapshotNotices(snapshot: SnapshotMeta): FrameMeta['notices'] {
  const labels = (ids: string[]) => ids.map((id) => metricText(id).label).join(t('frame.list-separator', ', '));
  const notices: NonNullable<FrameMeta['notices']> = [];
  if (snapshot.rebuilt.length) {
    notices.push({
      severity: 'info',
      text: t(
        'frame.notice.rebuilt',
        '{{metrics}} as of {{when}} are rebuilt from event dates (created, closed, assigned, paid); amounts are today’s.',
        {
          metrics: labels(snapshot.rebuilt),
          when: snapshot.rebuiltAsOf.map((instant) => when(instant, snapshot.timeZone)).join(t('frame.and', ' and ')),
          ...noEscape,
        }
      ),
    });
  }
  if (snapshot.unavailable.length) {
    notices.push({
      severity: 'info',
      text: t(
        'frame.notice.unavailable',
        '{{metrics}}: no previous value, as the forecast category and probability of deals closed since {{when}} are not recorded.',
        { metrics: labels(snapshot.unavailable), when: when(snapshot.asOf[1], snapshot.timeZone), ...noEscape }
      ),
    });
  }
  return notices;
}

interface WithoutQuota {
  rep: string;
  plan: string;
  period: string;
  measure: string;
}

/**
 * A commission frame's notices: the reps without a quota in the user's language (the engine's English
 * notice about them is the first), the plans' problems as the engine words them.
 */
function commissionNotices(notices: FrameMeta['notices'], custom: Record<string, unknown>): FrameMeta['notices'] {
  const list = (custom.withoutQuota as WithoutQuota[] | undefined) ?? [];
  if (list.length === 0) {
    return notices;
  }
  const shown = list
    .slice(0, 5)
    .map((entry) => t('frame.notice.no-quota-entry', '{{rep}} in {{period}} ({{plan}})', { ...entry, ...noEscape }));
  const text = t(
    'frame.notice.no-quota',
    'No {{measure}} quota (a rep-level target) for {{reps}}{{more}}: attainment and tiered commission are empty, the payout is the adjustments only.',
    {
      measure: metricText(list[0].measure).label,
      reps: shown.join(t('frame.list-separator', ', ')),
      more:
        list.length > shown.length
          ? t('frame.notice.and-more', ' and {{count}} more', { count: list.length - shown.length })
          : '',
      ...noEscape,
    }
  );
  return [{ severity: 'info', text }, ...(notices ?? []).slice(1)];
}

/**
 * Field names, units, value mappings, variable texts and notices of one engine frame in the user's
 * language. Names go into displayNameFromDS (and an engine's displayName moves there too): Grafana's
 * displayName is the user's override, and set by a data source it names every row of a bar gauge or
 * stat showing all values after the field instead of after the row's text fields.
 */
export function localizeFrame(frame: DataFrameJSON): DataFrameJSON {
  const custom = (frame.schema.meta?.custom ?? {}) as Record<string, unknown>;
  if (custom.kind === 'values') {
    return localizeValues(frame, custom);
  }
  const series = frame.schema.fields.filter((field) => field.type === 'number').length;
  const fields = frame.schema.fields.map((field) => {
    if (field.name === 'time' && custom.kind !== 'feedback') {
      return field;
    }
    const { displayName, ...config } = field.config ?? {};
    const base = displayNameOf(field, custom) ?? config.displayNameFromDS ?? displayName;
    const localized: FrameFieldConfig = { ...config };
    if (base !== undefined) {
      localized.displayNameFromDS =
        custom.kind === 'timeseries' ? seriesName(base, groupOf(field.labels), series) : base;
    }
    if (config.mappings !== undefined) {
      localized.mappings = localizedMappings(config.mappings, mappingTextOf(field, custom));
    }
    if (config.unit !== undefined) {
      localized.unit = localizedUnit(config.unit) as string;
    }
    return { ...field, config: localized };
  });
  const snapshot = custom.snapshot as SnapshotMeta | undefined;
  const meta = snapshot
    ? { ...frame.schema.meta, notices: snapshotNotices(snapshot) }
    : custom.kind === 'commission'
      ? { ...frame.schema.meta, notices: commissionNotices(frame.schema.meta?.notices, custom) }
      : custom.kind === 'feedback' && custom.limitReached === true
        ? { ...frame.schema.meta, notices: feedbackLimitNotice(custom.limit) }
        : frame.schema.meta;
  return { ...frame, schema: { ...frame.schema, meta, fields } };
}

/** The feedback kind cut at its row limit, in the user's language. */
function feedbackLimitNotice(limit: unknown): FrameMeta['notices'] {
  return [
    {
      severity: 'info',
      text: t('frame.feedback-limit', 'Only {{limit}} rows are shown: more match the query.', { limit }),
    },
  ];
}

/** Variable texts: forecast categories by their names in the user's language; everything else as is. */
function localizeValues(frame: DataFrameJSON, custom: Record<string, unknown>): DataFrameJSON {
  if (custom.dimension !== 'forecast_category') {
    return frame;
  }
  const textIndex = frame.schema.fields.findIndex((field) => field.name === 'text');
  const valueIndex = frame.schema.fields.findIndex((field) => field.name === 'value');
  const values = frame.data.values.map((column, index) =>
    index === textIndex ? frame.data.values[valueIndex].map((id) => forecastCategoryText(String(id))) : column
  );
  return { ...frame, data: { ...frame.data, values } };
}
