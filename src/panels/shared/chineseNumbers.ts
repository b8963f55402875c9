/**
 * Numbers as Chinese readers write them, for the three panels: amounts in 万 and 亿 with their
 * currency symbol (¥478.2万, ¥1.23亿, where Grafana writes ¥4.78M), and counts of the data source's
 * metrics with their measure word (12 笔, 3 家). Grafana has no such unit and its value formats cannot
 * be extended, so the panels wrap the display processor of each such field: colours, thresholds and
 * value mappings stay Grafana's. No t() here: the words are Chinese typography, used only in Chinese.
 */
import * as i18nextModule from 'i18next';

import {
  type DataFrame,
  type DecimalCount,
  type DisplayProcessor,
  type Field,
  FieldType,
  getDisplayProcessor,
  getValueFormat,
  type GrafanaTheme2,
} from '@grafana/data';

import { amountDivisor, isAmountUnit, WAN, WAN_YUAN_UNIT } from '../../sales';
import { CHINESE_NUMBERS, type ChineseNumbers, DEFAULT_CHINESE_NUMBERS } from './chineseNumbersOption';

/** Simplified Chinese, as Grafana names the language (zh-Hans) or a browser does (zh-CN, zh-SG, zh). */
export function readsSimplifiedChinese(language: string | undefined): boolean {
  return /^zh(-Hans(-.*)?|-CN|-SG)?$/i.test(language ?? '');
}

/**
 * The user's language, from the i18next instance Grafana shares with plugins. Grafana hands plugins the
 * module's namespace, whose default export is the instance (as @grafana/i18n's getI18nInstance reads it).
 */
function userLanguage(): string | undefined {
  type Instance = { language?: string; resolvedLanguage?: string };
  const shared = i18nextModule as unknown as Instance & { default?: Instance };
  const instance = shared.default ?? shared;
  return instance.resolvedLanguage ?? instance.language;
}

/** Whether a panel writes Chinese numbers: as the option says, or on auto when the user reads Chinese. */
export function chineseNumbersOn(option: ChineseNumbers | undefined, language = userLanguage()): boolean {
  return option === 'on' || ((option ?? DEFAULT_CHINESE_NUMBERS) === 'auto' && readsSimplifiedChinese(language));
}

/** 万亿 above 亿 above 万: every step is 10,000 times the one below. */
const STEPS: Array<[number, string]> = [
  [1, ''],
  [WAN, '万'],
  [WAN * WAN, '亿'],
  [WAN * WAN * WAN, '万亿'],
];

/** Four significant digits, at most two decimals (1.23亿, 12.35万, 478.2万, 1235万, 3667), no trailing zeros. */
function autoDecimals(scaled: number): number {
  const digits = Math.floor(Math.log10(Math.max(Math.abs(scaled), 1))) + 1;
  return Math.min(2, Math.max(0, 4 - digits));
}

/**
 * A number in 万/亿: its digits and its unit word ('' below 10,000). With `decimals` (the field's),
 * exactly that many after the scaled number, as Grafana's own scaled units do; without, at most four
 * significant digits. A value that rounds up to the next step moves to it: 9,999.96万 is 1亿.
 */
export function wanYi(value: number, decimals?: DecimalCount): { text: string; unit: string } {
  const size = Math.abs(value);
  let index = 0;
  while (index < STEPS.length - 1 && size >= STEPS[index + 1][0]) {
    index++;
  }
  for (;;) {
    const [step, unit] = STEPS[index];
    const scaled = value / step;
    const places = decimals ?? autoDecimals(scaled);
    const rounded = Number(scaled.toFixed(places));
    if (Math.abs(rounded) >= WAN && index < STEPS.length - 1) {
      index++;
      continue;
    }
    const text = decimals == null ? String(rounded) : rounded.toFixed(places);
    return { text: text === '-0' ? '0' : text, unit };
  }
}

/** The currency symbol of an amount unit, before or after the number, as Grafana writes it. */
function symbolOf(unit: string): { prefix: string; suffix: string } {
  if (unit === WAN_YUAN_UNIT) {
    return { prefix: '¥', suffix: '' };
  }
  const one = getValueFormat(unit)(1, 0);
  return { prefix: one.prefix ?? '', suffix: (one.suffix ?? '').trim() };
}

/** The measure word of what the data source's count metrics count. */
const MEASURE_WORDS = {
  deals: '笔',
  customers: '家',
  leads: '条',
  visits: '次',
  activities: '次',
  reports: '条',
  mentions: '次',
  issues: '个',
} as const;
type Counted = keyof typeof MEASURE_WORDS;

/** The data source's count metrics (the catalog's unit 'count'; its test keeps the two in step). */
export const COUNT_METRICS: Record<string, Counted> = {
  won_deals: 'deals',
  lost_deals: 'deals',
  open_deals: 'deals',
  opportunities_created: 'deals',
  stale_deals: 'deals',
  new_customers: 'customers',
  active_customers: 'customers',
  leads_created: 'leads',
  pool_leads: 'leads',
  aged_pool_leads: 'leads',
  visits_planned: 'visits',
  visits_completed: 'visits',
  activities_completed: 'activities',
  feedback_reports: 'reports',
  competitor_mentions: 'mentions',
  open_issues: 'issues',
};

/** The attainment kind's target metrics that count (its `metric`; see TARGET_ACTUALS). */
export const COUNTED_TARGETS: Record<string, Counted> = { new_customers: 'customers', visits: 'visits' };

const ATTAINMENT_COUNTS = new Set(['actual', 'target', 'expected_to_date', 'gap', 'projected', 'required_run_rate']);
const METRIC_COUNT_SUFFIXES = ['', '_previous', '_target', '_expected_to_date'];

/** What a field of one of the data source's frames (docs/frames.md) counts, if it is a count. */
export function countedBy(field: Field, frame: DataFrame): Counted | undefined {
  const custom = (frame.meta?.custom ?? {}) as { kind?: string; measure?: string; metric?: string };
  switch (custom.kind) {
    case 'funnel':
      return field.name === 'count' || (custom.measure === 'count' && ['value', 'drop_off'].includes(field.name))
        ? 'deals'
        : undefined;
    case 'attainment':
      return ATTAINMENT_COUNTS.has(field.name) ? COUNTED_TARGETS[custom.metric ?? ''] : undefined;
    case 'metrics':
    case 'timeseries':
    case 'scorecard': {
      const metric = METRIC_COUNT_SUFFIXES.filter((suffix) => field.name.endsWith(suffix))
        .map((suffix) => field.name.slice(0, field.name.length - suffix.length))
        .find((id) => id in COUNT_METRICS);
      return metric ? COUNT_METRICS[metric] : undefined;
    }
    default:
      return undefined;
  }
}

/** Units of plain numbers, to which a measure word can follow. */
const PLAIN_UNITS = new Set(['', 'none', 'locale']);

type Restyle = (display: DisplayProcessor) => DisplayProcessor;

/** Whether Grafana formatted the value by its unit (not by a value mapping's text). */
function formattedByUnit(field: Field, shown: ReturnType<DisplayProcessor>): boolean {
  if (!field.config.mappings?.length) {
    return true;
  }
  return shown.text === getValueFormat(field.config.unit || 'none')(shown.numeric, field.config.decimals).text;
}

function amountStyle(field: Field): Restyle {
  const unit = field.config.unit!;
  const divisor = amountDivisor(unit);
  const symbol = symbolOf(unit);
  return (display) => (value, adjacentDecimals) => {
    const shown = display(value, adjacentDecimals);
    if (!Number.isFinite(shown.numeric) || !formattedByUnit(field, shown)) {
      return shown;
    }
    const amount = shown.numeric * divisor;
    const { text, unit: word } = wanYi(Math.abs(amount), field.config.decimals);
    const sign = amount < 0 && text !== '0' ? '-' : '';
    return { ...shown, prefix: `${sign}${symbol.prefix}`, text, suffix: `${word}${symbol.suffix}` };
  };
}

function countStyle(field: Field, counted: Counted): Restyle {
  const word = MEASURE_WORDS[counted];
  return (display) => (value, adjacentDecimals) => {
    const shown = display(value, adjacentDecimals);
    if (!Number.isFinite(shown.numeric) || !formattedByUnit(field, shown)) {
      return shown;
    }
    return { ...shown, suffix: `${shown.suffix ?? ''} ${word}` };
  };
}

const styles = new WeakMap<Field, Restyle>();

/**
 * A display processor made by a panel for a field (one with other decimals, say) in the style the
 * field was given by withChineseNumbers; unchanged for any other field.
 */
export function inChineseStyle(field: Field, display: DisplayProcessor): DisplayProcessor {
  return styles.get(field)?.(display) ?? display;
}

function styleOf(field: Field, frame: DataFrame): Restyle | undefined {
  if (field.type !== FieldType.number) {
    return undefined;
  }
  if (isAmountUnit(field.config.unit)) {
    return amountStyle(field);
  }
  const counted = countedBy(field, frame);
  return counted && PLAIN_UNITS.has(field.config.unit ?? '') ? countStyle(field, counted) : undefined;
}

/**
 * The frames with Chinese numbers in their amount and count fields (new field objects whose display
 * processor is wrapped); the frames themselves when `on` is false or nothing needs it.
 */
export function withChineseNumbers(frames: DataFrame[], on: boolean, theme: GrafanaTheme2): DataFrame[] {
  if (!on) {
    return frames;
  }
  return frames.map((frame) => {
    let changed = false;
    const fields = frame.fields.map((field) => {
      const style = styleOf(field, frame);
      if (!style) {
        return field;
      }
      changed = true;
      const styled: Field = { ...field, display: style(field.display ?? getDisplayProcessor({ field, theme })) };
      styles.set(styled, style);
      return styled;
    });
    return changed ? { ...frame, fields } : frame;
  });
}

/** The option's texts, translated by each panel (in its own namespace). */
export interface ChineseNumbersTexts {
  name: string;
  description: string;
  auto: string;
  on: string;
  off: string;
}

/** The panels' radio for the option, in their options builder (`addRadio`). */
export function chineseNumbersRadio(texts: ChineseNumbersTexts, category: string[]) {
  return {
    path: 'chineseNumbers',
    name: texts.name,
    description: texts.description,
    category,
    defaultValue: DEFAULT_CHINESE_NUMBERS,
    settings: {
      options: CHINESE_NUMBERS.map((value) => ({ value, label: texts[value] })),
    },
  };
}
