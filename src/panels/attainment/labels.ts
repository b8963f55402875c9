import {
  type Field,
  formattedValueToString,
  getDisplayProcessor,
  getValueFormat,
  type GrafanaTheme2,
} from '@grafana/data';
import { t } from '@grafana/i18n';

import { type Gauge } from './data/toGauges';
import { type AttainmentOptions, type Status } from './types';

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

type Template = (values: Record<string, string>) => string;

/**
 * A translated text with {{placeholders}}, filled in by hand. Measured in the benchmark
 * (bench/run.ts): i18next's t() costs the better part of a millisecond a call in the browser, and
 * a wall of 200 gauges made a thousand calls a render; so each text is translated once per render
 * of the panel (with its placeholders kept) and filled in for each gauge here.
 */
function template(translated: string): Template {
  const parts = translated.split(/\{\{\s*(\w+)\s*\}\}/);
  return (values) => parts.map((part, i) => (i % 2 ? (values[part] ?? '') : part)).join('');
}

/** t() options that keep the {{placeholders}} for template(). */
const KEEP_PLACEHOLDERS = { skipInterpolation: true };

/** The panel's translated texts, read once per render of the panel and shared by its gauges. */
export interface LabelBook {
  status: Record<Status | 'no_value' | 'negative_target' | 'no_target' | 'unknown', string>;
  total: string;
  noValue: string;
  targetReached: string;
  ofTarget: Template;
  daysLeft: Template;
  neededPerDay: Template;
  summary: Template;
  summaryNoRatio: Template;
}

export function labelBook(): LabelBook {
  return {
    status: {
      on_track: t('attainment.status.on-track', 'On track'),
      cautioned: t('attainment.status.cautioned', 'Cautioned'),
      off_track: t('attainment.status.off-track', 'Off track'),
      no_value: t('attainment.status.no-value', 'No value'),
      negative_target: t('attainment.status.negative-target', 'Target below zero'),
      no_target: t('attainment.status.no-target', 'No target'),
      unknown: t('attainment.status.unknown', 'No status'),
    },
    total: t('attainment.total', 'Total'),
    noValue: t('attainment.no-value', 'No value'),
    targetReached: t('attainment.target-reached', 'Target reached'),
    ofTarget: template(t('attainment.of-target', 'of {{target}}', KEEP_PLACEHOLDERS)),
    daysLeft: template(t('attainment.days-left', 'Days left: {{days}}', KEEP_PLACEHOLDERS)),
    neededPerDay: template(t('attainment.needed-per-day', 'Needed per day: {{value}}', KEEP_PLACEHOLDERS)),
    summary: template(
      t(
        'attainment.summary',
        '{{name}}: {{percent}} of target, {{actual}} of {{target}}, {{status}}',
        KEEP_PLACEHOLDERS
      )
    ),
    summaryNoRatio: template(t('attainment.summary-no-ratio', '{{name}}: {{actual}}, {{status}}', KEEP_PLACEHOLDERS)),
  };
}

const SYMBOLS: Record<keyof LabelBook['status'], string> = {
  on_track: '✓',
  cautioned: '!',
  off_track: '✕',
  no_value: '–',
  negative_target: '–',
  no_target: '–',
  unknown: '–',
};

/** What the status label says, and its symbol. */
export function statusKey(gauge: Gauge): keyof LabelBook['status'] {
  if (gauge.actual === null) {
    return 'no_value';
  }
  if (gauge.targetProblem === 'negative') {
    return 'negative_target';
  }
  if (gauge.targetProblem !== null) {
    return 'no_target';
  }
  return gauge.status ?? 'unknown';
}

function noValueText(field: Field, book: LabelBook): string {
  return field.config.noValue || book.noValue;
}

export function gaugeTexts(
  gauge: Gauge,
  options: AttainmentOptions,
  theme: GrafanaTheme2,
  book: LabelBook
): GaugeTexts {
  const { source } = gauge;
  const actualField = source.actual;
  const format = (value: number, field?: Field) => formatWith(field, actualField, value, theme);

  const name = gauge.isTotal ? book.total : gauge.name;
  const actual = gauge.actual === null ? noValueText(actualField, book) : format(gauge.actual);
  // a zero target is no target: "of $0" would suggest one
  const target = gauge.target !== null && gauge.targetProblem !== 'zero' ? format(gauge.target, source.target) : null;
  const percent = gauge.attainment !== null ? percentText(gauge.attainment) : null;
  const key = statusKey(gauge);
  const status = book.status[key];

  let neededPerDay: string | null = null;
  if (options.showNeededPerDay && gauge.gap !== null) {
    if (gauge.gap === 0) {
      neededPerDay = book.targetReached;
    } else if (gauge.requiredRunRate !== null) {
      neededPerDay = book.neededPerDay({ value: format(gauge.requiredRunRate, source.requiredRunRate) });
    }
  }

  return {
    name,
    headline: percent ?? actual,
    actual,
    ofTarget: target !== null ? book.ofTarget({ target }) : null,
    status,
    statusSymbol: SYMBOLS[key],
    daysLeft:
      options.showDaysLeft && gauge.remainingDays !== null
        ? book.daysLeft({ days: daysText(gauge.remainingDays) })
        : null,
    neededPerDay,
    summary:
      percent !== null
        ? book.summary({ name, percent, actual, target: target ?? '', status })
        : book.summaryNoRatio({ name, actual, status }),
  };
}

/**
 * The detail lines of a gauge's tooltip, [label, value]: computed only when the tooltip shows, since
 * a wall of gauges is mostly looked at, not hovered.
 */
export function gaugeDetails(gauge: Gauge, theme: GrafanaTheme2): Array<[string, string]> {
  const { source } = gauge;
  const actualField = source.actual;
  const format = (value: number, field?: Field) => formatWith(field, actualField, value, theme);
  const book = labelBook();
  const status = book.status[statusKey(gauge)];
  const details: Array<[string, string]> = [
    [
      t('attainment.detail.actual', 'Actual'),
      gauge.actual === null ? noValueText(actualField, book) : format(gauge.actual),
    ],
  ];
  if (gauge.target !== null && gauge.targetProblem !== 'zero') {
    details.push([t('attainment.detail.target', 'Target'), format(gauge.target, source.target)]);
  }
  if (gauge.attainment !== null) {
    details.push([t('attainment.detail.attainment', 'Attainment'), percentText(gauge.attainment)]);
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

  return details;
}
