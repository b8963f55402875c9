import { spawnSync } from 'child_process';
import path from 'path';

import { LANGUAGES, PLUGIN_SOURCES } from '../i18next.config';
import { readLocale } from '../scripts/i18n/locales';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');

it('the locale files are what `npm run i18n:extract` writes, each key with one English text, all in plugin folders', () => {
  // i18next-cli over each plugin's sources, writing nothing: it fails on a stale file, on a key with
  // two English texts and on words in a source file no plugin owns
  const check = spawnSync('npx', ['tsx', 'scripts/i18n.ts', '--check'], { cwd: root, encoding: 'utf8' });
  expect({ status: check.status, output: check.status === 0 ? '' : `${check.stdout}${check.stderr}` }).toEqual({
    status: 0,
    output: '',
  });
}, 180_000);

describe.each(Object.keys(PLUGIN_SOURCES))('translations of %s', (pluginId) => {
  const english = readLocale(srcDir, 'en-US', pluginId);

  it.each(LANGUAGES.filter((language) => language !== 'en-US'))('%s translates every key', (language) => {
    const locale = readLocale(srcDir, language, pluginId);
    const untranslated = Object.keys(english).filter((key) => !locale[key]?.trim());
    const stale = Object.keys(locale).filter((key) => !(key in english));
    expect({ untranslated, stale }).toEqual({ untranslated: [], stale: [] });
  });
});
