import {
  type DisplayProcessor,
  type Field,
  formattedValueToString,
  getDisplayProcessor,
  type GrafanaTheme2,
} from '@grafana/data';
import { t } from '@grafana/i18n';

import { inChineseStyle } from '../shared/chineseNumbers';
import { unescaped } from '../shared/i18n';
import { percentText } from '../shared/percent';

import { type Clock, isCurrentPeriod, periodDates, type PeriodUnit } from './data/period';
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

/** Units of plain numbers: a field in one of them counts things (deals, customers, visits). */
const COUNT_UNITS = new Set(['', 'none', 'short', 'locale']);

export function isCountField(field: Field): boolean {
  return COUNT_UNITS.has(field.config.unit ?? '');
}

/** The field's display processor with no decimals, made once per field (a frame's fields live as long as its data). */
const wholeDisplays = new WeakMap<Field, DisplayProcessor>();

function wholeDisplay(field: Field, theme: GrafanaTheme2): DisplayProcessor {
  let display = wholeDisplays.get(field);
  if (!display) {
    display = inChineseStyle(
      field,
      getDisplayProcessor({ field: { ...field, config: { ...field.config, decimals: 0 } }, theme })
    );
    wholeDisplays.set(field, display);
  }
  return display;
}

/**
 * A value in the field's unit, by its display processor; a whole number of a count field without
 * decimals ("2 of 3", where the data source's one decimal for counts would show "2.0 of 3.0").
 */
function formatWith(field: Field | undefined, fallback: Field, value: number, theme: GrafanaTheme2): string {
  const source = field ?? fallback;
  if (Number.isInteger(value) && isCountField(source)) {
    return formattedValueToString(wholeDisplay(source, theme)(value));
  }
  const display = source.display ?? getDisplayProcessor({ field: source, theme });
  return formattedValueToString(display(value));
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

type CalendarUnit = Exclude<PeriodUnit, 'range'>;

/** The panel's translated texts, read once per render of the panel and shared by its gauges. */
export interface LabelBook {
  status: Record<Status | 'no_value' | 'negative_target' | 'no_target' | 'unknown', string>;
  total: string;
  noValue: string;
  targetReached: string;
  /** "of $1.2M": the target of the query's range, or of a period the data does not name. */
  ofTarget: Template;
  /** "of $1.2M this month": the whole period holding now. */
  ofTargetThis: Record<CalendarUnit, Template>;
  /** "of $1.2M for April 2026": a whole period that does not hold now. */
  ofTargetFor: Template;
  daysLeft: Template;
  daysLeftThis: Record<CalendarUnit, Template>;
  neededPerDay: Template;
  /** For counts needing less than one a day: how many more reach the target. */
  stillNeeded: Template;
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
    ofTargetThis: {
      week: template(t('attainment.of-target-this.week', 'of {{target}} this week', KEEP_PLACEHOLDERS)),
      month: template(t('attainment.of-target-this.month', 'of {{target}} this month', KEEP_PLACEHOLDERS)),
      quarter: template(t('attainment.of-target-this.quarter', 'of {{target}} this quarter', KEEP_PLACEHOLDERS)),
      year: template(t('attainment.of-target-this.year', 'of {{target}} this year', KEEP_PLACEHOLDERS)),
    },
    ofTargetFor: template(t('attainment.of-target-for', 'of {{target}} for {{period}}', KEEP_PLACEHOLDERS)),
    daysLeft: template(t('attainment.days-left', 'Days left: {{days}}', KEEP_PLACEHOLDERS)),
    daysLeftThis: {
      week: template(t('attainment.days-left-this.week', 'Days left this week: {{days}}', KEEP_PLACEHOLDERS)),
      month: template(t('attainment.days-left-this.month', 'Days left this month: {{days}}', KEEP_PLACEHOLDERS)),
      quarter: template(t('attainment.days-left-this.quarter', 'Days left this quarter: {{days}}', KEEP_PLACEHOLDERS)),
      year: template(t('attainment.days-left-this.year', 'Days left this year: {{days}}', KEEP_PLACEHOLDERS)),
    },
    neededPerDay: template(t('attainment.needed-per-day', 'Needed per day: {{value}}', KEEP_PLACEHOLDERS)),
    stillNeeded: template(t('attainment.still-needed', 'Still needed: {{value}}', KEEP_PLACEHOLDERS)),
    summary: template(
      t('attainment.summary', '{{name}}: {{percent}} of target, {{actual}} {{ofTarget}}, {{status}}', KEEP_PLACEHOLDERS)
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

/** The unit of the gauge's period when that period holds now ("this month"), else null. */
function currentUnit(gauge: Gauge, clock: Clock): CalendarUnit | null {
  return gauge.period && isCurrentPeriod(gauge.period, clock) ? gauge.period.unit : null;
}

/**
 * What is still needed: per day, or, for a count that needs less than one a day (a new customer in
 * the next three weeks), how many more reach the target — "Needed per day: 0.0" would say nothing.
 * Null once the target is reached or when there are no days left.
 */
function neededOf(gauge: Gauge): { kind: 'per-day' | 'count'; value: number } | null {
  const { gap, requiredRunRate } = gauge;
  if (gap === null || gap === 0 || requiredRunRate === null) {
    return null;
  }
  if (requiredRunRate < 1 && isCountField(gauge.source.actual)) {
    // whole things: 0.45 of a customer to go is one more customer (the tolerance keeps 3 − 2 at 1)
    return { kind: 'count', value: Math.ceil(gap - 1e-9) };
  }
  return { kind: 'per-day', value: requiredRunRate };
}

export function gaugeTexts(
  gauge: Gauge,
  options: AttainmentOptions,
  theme: GrafanaTheme2,
  book: LabelBook,
  clock: Clock
): GaugeTexts {
  const { source, period } = gauge;
  const actualField = source.actual;
  const format = (value: number, field?: Field) => formatWith(field, actualField, value, theme);

  const name = gauge.isTotal ? book.total : gauge.name;
  const actual = gauge.actual === null ? noValueText(actualField, book) : format(gauge.actual);
  // a zero target is no target: "of $0" would suggest one
  const target = gauge.target !== null && gauge.targetProblem !== 'zero' ? format(gauge.target, source.target) : null;
  const percent = gauge.attainment !== null ? percentText(gauge.attainment) : null;
  const key = statusKey(gauge);
  const status = book.status[key];
  const unit = currentUnit(gauge, clock);

  let ofTarget: string | null = null;
  if (target !== null) {
    if (unit) {
      ofTarget = book.ofTargetThis[unit]({ target });
    } else if (period && period.unit !== 'range') {
      ofTarget = book.ofTargetFor({ target, period: periodDates(period, clock.timeZone) });
    } else {
      ofTarget = book.ofTarget({ target });
    }
  }

  let neededPerDay: string | null = null;
  if (options.showNeededPerDay) {
    const needed = neededOf(gauge);
    if (gauge.gap === 0) {
      // gap = max(target − actual, 0) of the target shown: reached only when the actual is at or above it
      neededPerDay = book.targetReached;
    } else if (needed?.kind === 'count') {
      neededPerDay = book.stillNeeded({ value: format(needed.value) });
    } else if (needed) {
      neededPerDay = book.neededPerDay({ value: format(needed.value, source.requiredRunRate) });
    }
  }

  let daysLeft: string | null = null;
  if (options.showDaysLeft && gauge.remainingDays !== null) {
    const days = daysText(gauge.remainingDays);
    daysLeft = unit ? book.daysLeftThis[unit]({ days }) : book.daysLeft({ days });
  }

  return {
    name,
    headline: percent ?? actual,
    actual,
    ofTarget,
    status,
    statusSymbol: SYMBOLS[key],
    daysLeft,
    neededPerDay,
    summary:
      percent !== null
        ? book.summary({ name, percent, actual, ofTarget: ofTarget ?? '', status })
        : book.summaryNoRatio({ name, actual, status }),
  };
}

/**
 * The detail lines of a gauge's tooltip, [label, value]: computed only when the tooltip shows, since
 * a wall of gauges is mostly looked at, not hovered.
 */
export function gaugeDetails(gauge: Gauge, theme: GrafanaTheme2, clock: Clock): Array<[string, string]> {
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
  if (gauge.period) {
    // what the target, pace, projection and days left refer to
    details.push([t('attainment.detail.period', 'Target period'), periodDates(gauge.period, clock.timeZone)]);
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
  const needed = neededOf(gauge);
  if (needed?.kind === 'count') {
    details.push([t('attainment.detail.still-needed', 'Still needed'), format(needed.value)]);
  } else if (needed) {
    details.push([t('attainment.detail.needed', 'Needed per day'), format(needed.value, source.requiredRunRate)]);
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
          unescaped({
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
