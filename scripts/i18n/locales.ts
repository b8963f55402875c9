import fs from 'fs';
import path from 'path';

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...flat, [full]: value } : { ...flat, ...flatten(value, full) };
  }, {});
}

export function localeFile(srcDir: string, language: string, pluginId: string): string {
  return path.join(srcDir, 'locales', language, `${pluginId}.json`);
}

/** A plugin's locale file as flat keys (`metric.bookings.label`). */
export function readLocale(srcDir: string, language: string, pluginId: string): Record<string, string> {
  return flatten(JSON.parse(fs.readFileSync(localeFile(srcDir, language, pluginId), 'utf8')) as Tree);
}
