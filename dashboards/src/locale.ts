import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, PANEL_TYPES, SALES_DATASOURCE } from './constants';
import { ZH_HANS } from './locales/zh-Hans';

/**
 * One copy of every dashboard per language, as Grafana localizes dashboards (it never translates a
 * dashboard's own words). The sources are written in English; a locale's copy is the English dashboard
 * with every word a reader sees replaced by its translation (an English string is the key, so the same
 * English is translated the same way everywhere), its own uids and links to its own copies, its own
 * data source (amounts in the locale's display) and its own tags.
 */

export const DASHBOARD_LOCALES = ['en-US', 'zh-Hans'] as const;
export type DashboardLocale = (typeof DASHBOARD_LOCALES)[number];

export interface LocaleSetup {
  /** Folder under dashboards/ (and dist/dashboards/) holding this locale's files; '' for dashboards/ itself. */
  folder: string;
  /** Appended to every dashboard uid: each copy has its own. */
  uidSuffix: string;
  /** The sales data source the copies read (provisioning/datasources/): its currency setting is the locale's. */
  datasourceUid: string;
  /** Options the copies give every panel of the pack. */
  packPanelOptions?: Record<string, unknown>;
  /** Factor applied to a stat panel's fixed value size, for units wider than the English ones. */
  statValueScale?: number;
  /** Translations by English text; none for the language the sources are written in. */
  translations?: Readonly<Record<string, string>>;
  /** The file of those translations, named in messages. */
  translationsFile?: string;
}

export const LOCALE_SETUPS: Record<DashboardLocale, LocaleSetup> = {
  'en-US': { folder: '', uidSuffix: '', datasourceUid: SALES_DATASOURCE.uid },
  'zh-Hans': {
    folder: 'zh-Hans',
    uidSuffix: '-zh',
    // 销售绩效（万元）: amounts in 万元, which the pack's panels write as ¥478.2万
    datasourceUid: 'salesperf-zh',
    // amounts in 万/亿 and counts with measure words whatever language the user has chosen in Grafana
    packPanelOptions: { chineseNumbers: 'on' },
    // 万元 and 个点 take twice the room of M and pp, and Chinese breaks a line between any two
    // characters: at the English size a key figure's unit falls onto a second line
    statValueScale: 0.85,
    translations: ZH_HANS,
    translationsFile: 'dashboards/src/locales/zh-Hans.ts',
  },
};

/** The uid of a dashboard's copy in a locale. */
export function localizedUid(uid: string, locale: DashboardLocale): string {
  return `${uid}${LOCALE_SETUPS[locale].uidSuffix}`;
}

// ---------------------------------------------------------------------------------------------------
// The words a reader sees in a saved dashboard

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isNode) : []);

/** What a visitor of the dashboard's words is told about each: where it is, for messages. */
export type VisitText = (text: string, where: string) => string;

function visitKey(node: Node, key: string, where: string, visit: VisitText): void {
  if (typeof node[key] === 'string' && node[key] !== '') {
    node[key] = visit(node[key], where);
  }
}

/** Value mappings: value → text, or a range/regex/special match with its result's text. */
function visitMappings(mappings: unknown, where: string, visit: VisitText): void {
  for (const mapping of nodes(mappings)) {
    const options = mapping.options;
    if (!isNode(options)) {
      continue;
    }
    if (isNode(options.result)) {
      visitKey(options.result, 'text', `${where} mapping`, visit);
      continue;
    }
    for (const [value, result] of Object.entries(options)) {
      if (isNode(result)) {
        visitKey(result, 'text', `${where} mapping of ${value}`, visit);
      }
    }
  }
}

function visitLinks(links: unknown, where: string, visit: VisitText): void {
  for (const link of nodes(links)) {
    visitKey(link, 'title', `${where} link`, visit);
    visitKey(link, 'tooltip', `${where} link tooltip`, visit);
  }
}

/** Field config: display name, links, value mappings, axis label, the no-value text. */
function visitFieldProperty(id: string, holder: Node, key: string, where: string, visit: VisitText): void {
  switch (id) {
    case 'displayName':
    case 'custom.axisLabel':
    case 'noValue':
      visitKey(holder, key, `${where} ${id}`, visit);
      break;
    case 'unit': {
      // a custom unit's words: "suffix: h" reads "18.2 h"
      const unit = holder[key];
      const custom = typeof unit === 'string' ? /^(suffix|prefix):(\s*)(.*\p{L}.*)$/u.exec(unit) : null;
      if (custom) {
        holder[key] = `${custom[1]}:${custom[2]}${visit(custom[3], `${where} unit`)}`;
      }
      break;
    }
    case 'links':
      visitLinks(holder[key], where, visit);
      break;
    case 'mappings':
      visitMappings(holder[key], where, visit);
      break;
  }
}

function visitPanel(panel: Node, visit: VisitText): void {
  const where = `panel ${String(panel.id ?? '?')}`;
  visitKey(panel, 'title', `${where} title`, visit);
  visitKey(panel, 'description', `${where} description`, visit);
  visitLinks(panel.links, where, visit);
  const fieldConfig = isNode(panel.fieldConfig) ? panel.fieldConfig : {};
  const defaults = isNode(fieldConfig.defaults) ? fieldConfig.defaults : {};
  for (const id of ['displayName', 'noValue', 'unit', 'links', 'mappings']) {
    visitFieldProperty(id, defaults, id, where, visit);
  }
  if (isNode(defaults.custom)) {
    visitKey(defaults.custom, 'axisLabel', `${where} axis label`, visit);
  }
  for (const override of nodes(fieldConfig.overrides)) {
    const matcher = isNode(override.matcher) ? String(override.matcher.options ?? '') : '';
    for (const property of nodes(override.properties)) {
      visitFieldProperty(String(property.id), property, 'value', `${where} override of ${matcher}`, visit);
    }
  }
  for (const transformation of nodes(panel.transformations)) {
    const options = isNode(transformation.options) ? transformation.options : {};
    if (transformation.id === 'organize' && isNode(options.renameByName)) {
      for (const field of Object.keys(options.renameByName)) {
        visitKey(options.renameByName, field, `${where} column ${field}`, visit);
      }
    }
  }
  if (panel.type === 'text' && isNode(panel.options)) {
    visitKey(panel.options, 'content', `${where} text`, visit);
  }
  for (const inner of nodes(panel.panels)) {
    visitPanel(inner, visit);
  }
}

/**
 * Calls `visit` on every word of a saved dashboard that a reader sees (titles, descriptions, row
 * titles, variable labels, link titles and tooltips, display names, custom units' words, value
 * mappings, axis labels, renamed columns, text panels, tags) and stores what it returns. Field names,
 * queries, uids and option values are not visited: they are matched, not read.
 */
export function visitReadableText(saved: Node, visit: VisitText): void {
  visitKey(saved, 'title', 'title', visit);
  visitKey(saved, 'description', 'description', visit);
  if (Array.isArray(saved.tags)) {
    saved.tags = saved.tags.map((tag) => (typeof tag === 'string' ? visit(tag, 'tag') : tag));
  }
  visitLinks(saved.links, 'dashboard', visit);
  const templating = isNode(saved.templating) ? saved.templating : {};
  for (const variable of nodes(templating.list)) {
    visitKey(variable, 'label', `variable ${String(variable.name)} label`, visit);
    visitKey(variable, 'description', `variable ${String(variable.name)} description`, visit);
  }
  for (const panel of nodes(saved.panels)) {
    visitPanel(panel, visit);
  }
}

/** Every readable word of a saved dashboard with where it is. */
export function readableText(saved: object): Array<{ text: string; where: string }> {
  const found: Array<{ text: string; where: string }> = [];
  visitReadableText(structuredClone(saved) as Node, (text, where) => {
    found.push({ text, where });
    return text;
  });
  return found;
}

// ---------------------------------------------------------------------------------------------------
// A locale's copy

/** Replaces, anywhere in the JSON, the values `replace` gives a new one for (depth first). */
function rewrite(value: unknown, replace: (node: Node) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => rewrite(item, replace));
  } else if (isNode(value)) {
    replace(value);
    Object.values(value).forEach((item) => rewrite(item, replace));
  }
}

const PACK_UIDS: readonly string[] = Object.values(DASHBOARD_UIDS);
const PACK_PANEL_TYPES: readonly string[] = Object.values(PANEL_TYPES);

/** `/d/<uid>` of a pack dashboard in a URL, pointed at the locale's copy. */
function localizedUrl(url: string, locale: DashboardLocale): string {
  return url.replace(/(^|\/)d\/([^/?#&]+)/g, (whole, start: string, uid: string) =>
    PACK_UIDS.includes(uid) ? `${start}d/${localizedUid(uid, locale)}` : whole
  );
}

/**
 * The translation of one English string in a locale, or undefined when the locale's file lacks it
 * (the copy keeps the English and tests/dashboards/locales.test.ts names it).
 */
export function translate(text: string, locale: DashboardLocale): string | undefined {
  const translations = LOCALE_SETUPS[locale].translations;
  return translations === undefined ? text : translations[text];
}

/** The readable words of an English dashboard that a locale's file does not translate. */
export function untranslatedText(source: object, locale: DashboardLocale): Array<{ text: string; where: string }> {
  return readableText(source).filter(({ text }) => /\p{L}/u.test(text) && translate(text, locale) === undefined);
}

/** A dashboard's copy in a locale: its words translated, its own uid, links, data source and tags. */
export function localizeDashboard(built: dashboard.Dashboard, locale: DashboardLocale): dashboard.Dashboard {
  const setup = LOCALE_SETUPS[locale];
  if (!setup.translations) {
    return built;
  }
  const copy = structuredClone(built) as unknown as Node;
  visitReadableText(copy, (text) => translate(text, locale) ?? text);
  copy.uid = localizedUid(String(copy.uid), locale);
  rewrite(copy, (node) => {
    if (node.type === SALES_DATASOURCE.type && node.uid === SALES_DATASOURCE.uid) {
      node.uid = setup.datasourceUid;
    }
    if (typeof node.url === 'string') {
      node.url = localizedUrl(node.url, locale);
    }
    // the pack's dashboard list finds the copies by their translated tags
    if (node.type === 'dashboards' && Array.isArray(node.tags)) {
      node.tags = node.tags.map((tag) => (typeof tag === 'string' ? (translate(tag, locale) ?? tag) : tag));
    }
    if (typeof node.type === 'string' && PACK_PANEL_TYPES.includes(node.type) && isNode(node.options)) {
      Object.assign(node.options, setup.packPanelOptions);
    }
    const text = node.type === 'stat' && isNode(node.options) ? node.options.text : undefined;
    if (setup.statValueScale && isNode(text) && typeof text.valueSize === 'number') {
      text.valueSize = Math.round(text.valueSize * setup.statValueScale);
    }
  });
  return copy as unknown as dashboard.Dashboard;
}
