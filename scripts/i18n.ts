/**
 * Finds every t('key', 'English default') and <Trans i18nKey="key">default</Trans> in a plugin's
 * sources, so that the locale files can be kept in step: `npm run i18n:extract` rewrites the
 * en-US files from the source defaults and lists zh-Hans keys that still need a translation. The core's
 * error messages join the data source's (scripts/i18n-error-messages.ts).
 */
import fs from 'fs';
import path from 'path';

import { ERROR_MESSAGES_PLUGIN, errorMessages } from './i18n-error-messages';

export const PLUGIN_FOLDERS: Record<string, string[]> = {
  'seed-salesperf-app': ['module.tsx', 'app'],
  'seed-salesperf-datasource': ['datasource'],
  'seed-salesfunnel-panel': ['panels/funnel'],
  'seed-attainment-panel': ['panels/attainment'],
  'seed-repscorecard-panel': ['panels/scorecard'],
};
export const LANGUAGES = ['en-US', 'zh-Hans'];

const T_CALL = /\bt\(\s*(['"`])([^'"`$]+?)\1\s*,\s*(['"`])((?:\\.|(?!\3)[\s\S])*?)\3/g;
const TRANS = /<Trans\s+i18nKey=(['"])([^'"]+)\1[^>]*>([\s\S]*?)<\/Trans>/g;

export interface Message {
  key: string;
  english: string;
  file: string;
}

function sourceFiles(root: string): string[] {
  if (!fs.existsSync(root)) {
    return [];
  }
  if (fs.statSync(root).isFile()) {
    return [root];
  }
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(child);
    }
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

function unescape(text: string): string {
  return text.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n');
}

export function messagesIn(file: string): Message[] {
  const text = fs.readFileSync(file, 'utf8');
  const messages: Message[] = [];
  for (const match of text.matchAll(T_CALL)) {
    messages.push({ key: match[2], english: unescape(match[4]), file });
  }
  for (const match of text.matchAll(TRANS)) {
    messages.push({ key: match[2], english: match[3].replace(/\s+/g, ' ').trim(), file });
  }
  return messages;
}

export function messagesOf(srcDir: string, pluginId: string): Message[] {
  const found = PLUGIN_FOLDERS[pluginId]
    .flatMap((folder) => sourceFiles(path.join(srcDir, folder)))
    .flatMap(messagesIn);
  return pluginId === ERROR_MESSAGES_PLUGIN ? [...found, ...errorMessages(srcDir)] : found;
}

/** Source files that call t() but belong to no plugin's folders (their keys would be lost). */
export function unownedTranslatedFiles(srcDir: string): string[] {
  const owned = new Set(
    Object.values(PLUGIN_FOLDERS)
      .flat()
      .flatMap((folder) => sourceFiles(path.join(srcDir, folder)))
  );
  return sourceFiles(srcDir)
    .filter((file) => !owned.has(file) && !file.includes(`${path.sep}sales${path.sep}`))
    .filter((file) => messagesIn(file).length > 0);
}

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...flat, [full]: value } : { ...flat, ...flatten(value, full) };
  }, {});
}

export function unflatten(flat: Record<string, string>): Tree {
  const tree: Tree = {};
  for (const key of Object.keys(flat).sort()) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as Tree;
    }
    node[parts[parts.length - 1]] = flat[key];
  }
  return tree;
}

export function localeFile(srcDir: string, language: string, pluginId: string): string {
  return path.join(srcDir, 'locales', language, `${pluginId}.json`);
}

export function readLocale(srcDir: string, language: string, pluginId: string): Record<string, string> {
  return flatten(JSON.parse(fs.readFileSync(localeFile(srcDir, language, pluginId), 'utf8')) as Tree);
}

if (require.main === module) {
  const srcDir = path.resolve(__dirname, '..', 'src');
  let missing = 0;
  for (const pluginId of Object.keys(PLUGIN_FOLDERS)) {
    const english = Object.fromEntries(messagesOf(srcDir, pluginId).map((m) => [m.key, m.english]));
    fs.writeFileSync(localeFile(srcDir, 'en-US', pluginId), JSON.stringify(unflatten(english), null, 2) + '\n');
    const chinese = readLocale(srcDir, 'zh-Hans', pluginId);
    const kept = Object.fromEntries(Object.entries(chinese).filter(([key]) => key in english));
    fs.writeFileSync(localeFile(srcDir, 'zh-Hans', pluginId), JSON.stringify(unflatten(kept), null, 2) + '\n');
    for (const key of Object.keys(english).filter((k) => !kept[k])) {
      console.log(`zh-Hans ${pluginId}: missing "${key}" (${english[key]})`);
      missing++;
    }
  }
  console.log(missing ? `${missing} zh-Hans translations missing` : 'all locale files complete');
}
