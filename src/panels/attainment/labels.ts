import {
  type Field,
  formattedValueToString,
  getDisplayProcessor,
  getValueFormat,
  type GrafanaTheme2,
} from '@grafana/data';
import { t } from '@grafana/i18n';

import { type Gauge } from './data/toGauges';
import { type AttainmentOptions } from './types';

/** Every text a gauge shows, formatted and translated. */
export interface GaugeTexts {
  name: string;
  /** The big numeral: attainment in percent, or the actual when there is no target. */
  headline: string;
  actual: string;
  /** "of <target>"; null without a target (the status says "No target"). */
  ofTarget: string | null;
  status: string;
  /** A shape for the status, so that it does not rest on colour: ✓ ! ✕ or –. */
  statusSymbol: string;
  daysLeft: string | null;
  neededPerDay: string | null;
  /** Label for the whole gauge (screen readers, tooltip heading). */
  summary: string;
  /** Detail lines for the tooltip: [label, value]. */
  details: Array<[string, string]>;
}

/** Values are inserted as they are: React escapes the text it renders, i18next must not do it twice. */
export function raw(values: Record<string, unknown>): Record<string, unknown> {
  return { ...values, interpolation: { escapeValue: false } };
}

function formatWith(field: Field | undefined, fallback: Field, value: number, theme: GrafanaTheme2): string {
  const source = field ?? fallback;
  const display = source.display ?? getDisplayProcessor({ field: source, theme });
  return formattedValueToString(display(value));
}

/**
 * Attainment in percent. Whole percents, except that a value just under 100 % is not rounded up
 * to "100%" (a gauge that has not reached its target must not say it has): it shows 99.9 %.
 */
export function percentText(ratio: number): string {
  const percent = ratio * 100;
  const format = getValueFormat('percent');
  if (percent < 100 && Math.round(percent) >= 100) {
    return formattedValueToString(format(Math.floor(percent * 10) / 10, 1));
  }
  return formattedValueToString(format(Math.round(percent), 0));
}

function daysText(days: number): string {
  // whole days, except the last one: "0.4" says more than "0"
  return days > 0 && days < 1 ? days.toFixed(1) : String(Math.round(days));
}

export function statusLabel(gauge: Gauge): { label: string; symbol: string } {
  if (gauge.actual === null) {
    return { label: t('attainment.status.no-value', 'No value'), symbol: '–' };
  }
  if (gauge.targetProblem === 'negative') {
    return { label: t('attainment.status.negative-target', 'Target below zero'), symbol: '–' };
  }
  if (gauge.targetProblem !== null) {
    return { label: t('attainment.status.no-target', 'No target'), symbol: '–' };
  }
  switch (gauge.status) {
    case 'on_track':
      return { label: t('attainment.status.on-track', 'On track'), symbol: '✓' };
    case 'cautioned':
      return { label: t('attainment.status.cautioned', 'Cautioned'), symbol: '!' };
    case 'off_track':
      return { label: t('attainment.status.off-track', 'Off track'), symbol: '✕' };
    default:
      return { label: t('attainment.status.unknown', 'No status'), symbol: '–' };
  }
}

export function gaugeTexts(gauge: Gauge, options: AttainmentOptions, theme: GrafanaTheme2): GaugeTexts {
  const { source } = gauge;
  const actualField = source.actual;
  const format = (value: number, field?: Field) => formatWith(field, actualField, value, theme);

  const name = gauge.isTotal ? t('attainment.total', 'Total') : gauge.name;
  const noValue = actualField.config.noValue || t('attainment.no-value', 'No value');
  const actual = gauge.actual === null ? noValue : format(gauge.actual);
  // a zero target is no target: "of $0" would suggest one
  const target = gauge.target !== null && gauge.targetProblem !== 'zero' ? format(gauge.target, source.target) : null;
  const percent = gauge.attainment !== null ? percentText(gauge.attainment) : null;
  const { label: status, symbol: statusSymbol } = statusLabel(gauge);

  const ofTarget = target !== null ? t('attainment.of-target', 'of {{target}}', raw({ target })) : null;

  const daysLeft =
    options.showDaysLeft && gauge.remainingDays !== null
      ? t('attainment.days-left', 'Days left: {{days}}', raw({ days: daysText(gauge.remainingDays) }))
      : null;
  let neededPerDay: string | null = null;
  if (options.showNeededPerDay && gauge.gap !== null) {
    if (gauge.gap === 0) {
      neededPerDay = t('attainment.target-reached', 'Target reached');
    } else if (gauge.requiredRunRate !== null) {
      neededPerDay = t(
        'attainment.needed-per-day',
        'Needed per day: {{value}}',
        raw({
          value: format(gauge.requiredRunRate, source.requiredRunRate),
        })
      );
    }
  }

  const summary =
    percent !== null
      ? t(
          'attainment.summary',
          '{{name}}: {{percent}} of target, {{actual}} of {{target}}, {{status}}',
          raw({
            name,
            percent,
            actual,
            target,
            status,
          })
        )
      : t('attainment.summary-no-ratio', '{{name}}: {{actual}}, {{status}}', raw({ name, actual, status }));

  const details: Array<[string, string]> = [[t('attainment.detail.actual', 'Actual'), actual]];
  if (target !== null) {
    details.push([t('attainment.detail.target', 'Target'), target]);
  }
  if (percent !== null) {
    details.push([t('attainment.detail.attainment', 'Attainment'), percent]);
  }
  if (gauge.expectedToDate !== null) {
    details.push([t('attainment.detail.expected', 'Expected to date'), format(gauge.expectedToDate)]);
  }
  if (gauge.pace !== null) {
    details.push([t('attainment.detail.pace', 'Pace'), percentText(gauge.pace)]);
  }
  if (gauge.projected !== null) {
    details.push([t('attainment.detail.projected', 'Projected'), format(gauge.projected, source.projected)]);
  }
  if (gauge.gap !== null) {
    details.push([t('attainment.detail.gap', 'Gap to target'), format(gauge.gap)]);
  }
  if (gauge.requiredRunRate !== null) {
    details.push([
      t('attainment.detail.needed', 'Needed per day'),
      format(gauge.requiredRunRate, source.requiredRunRate),
    ]);
  }
  if (gauge.remainingDays !== null) {
    details.push([t('attainment.detail.days-left', 'Days left'), daysText(gauge.remainingDays)]);
  }
  details.push([
    t('attainment.detail.status', 'Status'),
    gauge.statusFrom === 'thresholds'
      ? t(
          'attainment.detail.status-computed',
          '{{status}} (by {{measure}})',
          raw({
            status,
            measure:
              gauge.statusMeasure === 'pace'
                ? t('attainment.detail.by-pace', 'pace')
                : t('attainment.detail.by-attainment', 'attainment'),
          })
        )
      : status,
  ]);

  return {
    name,
    headline: percent ?? actual,
    actual,
    ofTarget,
    status,
    statusSymbol,
    daysLeft,
    neededPerDay,
    summary,
    details,
  };
}
