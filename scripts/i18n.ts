/**
 * `npm run i18n:extract`: i18next-cli's extractor, once per plugin (i18next.config.ts), rewrites the
 * en-US files from the English defaults in the source and keeps zh-Hans in step (a new key empty,
 * an unused one removed), then lists the keys zh-Hans still needs.
 * `--check` writes nothing: it fails when a locale file is not what extraction writes, or when a
 * source file outside the plugins' folders has words of its own (they would reach no locale file).
 */
import path from 'path';

import { LANGUAGES, PLUGIN_SOURCES, pluginConfig } from '../i18next.config';
import { readLocale } from './i18n/locales';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');

/** Keys in source files no plugin owns (the core, src/sales, speaks through the plugins). */
async function unownedKeys(findKeys: Extractor['findKeys']): Promise<string[]> {
  const config = pluginConfig('unowned');
  const { allKeys } = await findKeys({
    ...config,
    extract: {
      ...config.extract,
      input: ['src/**/*.{ts,tsx}'],
      ignore: [...(config.extract.ignore as string[]), 'src/sales/**', ...Object.values(PLUGIN_SOURCES).flat()],
    },
  });
  return [...allKeys.values()].map((key) => key.key);
}

type Extractor = typeof import('i18next-cli');

/** i18next-cli is ESM-only in its dependencies: imported, after the Node 20 shim (i18n/setMethods.ts). */
async function loadExtractor(): Promise<Extractor> {
  await import('./i18n/setMethods');
  return import('i18next-cli');
}

async function main(check: boolean) {
  process.chdir(root);
  const { findKeys, runExtractor } = await loadExtractor();
  const stale: string[] = [];
  for (const pluginId of Object.keys(PLUGIN_SOURCES)) {
    const { results } = await runExtractor(pluginConfig(pluginId), {
      isDryRun: check,
      quiet: true,
      syncPrimaryWithDefaults: true,
    });
    stale.push(...results.filter((result) => result.updated).map((result) => path.relative(root, result.path)));
  }
  if (check) {
    const unowned = await unownedKeys(findKeys);
    if (stale.length > 0 || unowned.length > 0) {
      console.error(`stale locale files (run npm run i18n:extract): ${stale.join(', ') || 'none'}`);
      console.error(`keys outside the plugins' folders: ${unowned.join(', ') || 'none'}`);
      process.exit(1);
    }
    console.log('locale files up to date');
    return;
  }
  let missing = 0;
  for (const pluginId of Object.keys(PLUGIN_SOURCES)) {
    const english = readLocale(srcDir, 'en-US', pluginId);
    for (const language of LANGUAGES.filter((l) => l !== 'en-US')) {
      const translated = readLocale(srcDir, language, pluginId);
      for (const key of Object.keys(english).filter((k) => !translated[k]?.trim())) {
        console.log(`${language} ${pluginId}: missing "${key}" (${english[key]})`);
        missing++;
      }
    }
  }
  console.log(missing ? `${missing} translations missing` : 'all locale files complete');
}

main(process.argv.includes('--check')).catch((error) => {
  console.error(error);
  process.exit(1);
});
