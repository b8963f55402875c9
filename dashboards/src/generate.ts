/**
 * Writes the dashboards' JSON from their TypeScript sources, in every locale, and the app's dashboard
 * includes in src/plugin.json (Grafana imports what they list): `npm run dashboards`.
 * `npm run dashboards -- --check` writes nothing and fails when a committed file differs.
 */
import fs from 'fs';
import path from 'path';
import { format, resolveConfig } from 'prettier';

import { dashboardJson, localizedDashboards } from './catalog';
import { LOCALE_SETUPS, untranslatedText } from './locale';

const folder = path.resolve(__dirname, '..');
const pluginJsonFile = path.resolve(folder, '../src/plugin.json');
const check = process.argv.includes('--check');
const stale: string[] = [];
const untranslated = new Map<string, Set<string>>();

interface Include {
  type: string;
  [key: string]: unknown;
}

/** Writes `text` to `target` when it differs, or notes it as stale under --check. */
function update(target: string, text: string, shown: string): void {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (current === text) {
    return;
  }
  if (check) {
    stale.push(shown);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log(`wrote ${shown}`);
  }
}

async function main(): Promise<void> {
  const dashboardIncludes: Include[] = [];
  for (const { locale, path: file, source, build } of localizedDashboards()) {
    const { translationsFile } = LOCALE_SETUPS[locale];
    // the copy keeps the English of what its locale's file lacks: say what to add
    for (const { text } of untranslatedText(source(), locale)) {
      untranslated.set(translationsFile!, (untranslated.get(translationsFile!) ?? new Set()).add(text));
    }
    const built = build();
    update(path.join(folder, file), dashboardJson(built), `dashboards/${file}`);
    dashboardIncludes.push({ type: 'dashboard', name: built.title, path: `dashboards/${file}`, uid: built.uid });
  }

  // the app's other includes (pages, nested plugins) stay as written, the dashboards after them
  const plugin = JSON.parse(fs.readFileSync(pluginJsonFile, 'utf8')) as { includes?: Include[] };
  plugin.includes = [
    ...(plugin.includes ?? []).filter((include) => include.type !== 'dashboard'),
    ...dashboardIncludes,
  ];
  const options = await resolveConfig(pluginJsonFile);
  update(pluginJsonFile, await format(JSON.stringify(plugin, null, 2), { ...options, parser: 'json' }), 'src/plugin.json');

  for (const [file, texts] of untranslated) {
    console.warn(
      `${texts.size} English strings have no translation in ${file}, and stay English in the copies: add them\n  ${[...texts].map((text) => JSON.stringify(text)).join('\n  ')}`
    );
  }

  if (stale.length) {
    console.error(`Out of date (run npm run dashboards): ${stale.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
