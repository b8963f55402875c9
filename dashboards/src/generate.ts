/**
 * Writes the dashboards' JSON from their TypeScript sources, in every locale: `npm run dashboards`.
 * `npm run dashboards -- --check` writes nothing and fails when a committed file differs.
 */
import fs from 'fs';
import path from 'path';

import { dashboardJson, localizedDashboards } from './catalog';
import { LOCALE_SETUPS, untranslatedText } from './locale';

const folder = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];
const untranslated = new Map<string, Set<string>>();

for (const { locale, path: file, source, build } of localizedDashboards()) {
  const target = path.join(folder, file);
  const { translationsFile } = LOCALE_SETUPS[locale];
  // the copy keeps the English of what its locale's file lacks: say what to add
  for (const { text } of untranslatedText(source(), locale)) {
    untranslated.set(translationsFile!, (untranslated.get(translationsFile!) ?? new Set()).add(text));
  }
  const text = dashboardJson(build());
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (current === text) {
    continue;
  }
  if (check) {
    stale.push(file);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log(`wrote dashboards/${file}`);
  }
}

for (const [file, texts] of untranslated) {
  console.warn(
    `${texts.size} English strings have no translation in ${file}, and stay English in the copies: add them\n  ${[...texts].map((text) => JSON.stringify(text)).join('\n  ')}`
  );
}

if (stale.length) {
  console.error(`Out of date (run npm run dashboards): ${stale.map((file) => `dashboards/${file}`).join(', ')}`);
  process.exitCode = 1;
}
