import path from 'path';

import { LANGUAGES, messagesOf, PLUGIN_FOLDERS, readLocale, unownedTranslatedFiles } from '../scripts/i18n';

const srcDir = path.resolve(__dirname, '..', 'src');

describe.each(Object.keys(PLUGIN_FOLDERS))('translations of %s', (pluginId) => {
  const messages = messagesOf(srcDir, pluginId);

  it('use each key with one English text only', () => {
    const byKey = new Map<string, Set<string>>();
    for (const message of messages) {
      byKey.set(message.key, (byKey.get(message.key) ?? new Set()).add(message.english));
    }
    const conflicting = [...byKey].filter(([, texts]) => texts.size > 1).map(([key]) => key);
    expect(conflicting).toEqual([]);
  });

  it('en-US matches the English in the source (run `npm run i18n:extract` after editing strings)', () => {
    const expected = Object.fromEntries(messages.map((m) => [m.key, m.english]));
    expect(readLocale(srcDir, 'en-US', pluginId)).toEqual(expected);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en-US'))('%s translates every key', (language) => {
    const locale = readLocale(srcDir, language, pluginId);
    const untranslated = messages.filter((m) => !locale[m.key]?.trim()).map((m) => m.key);
    const stale = Object.keys(locale).filter((key) => !messages.some((m) => m.key === key));
    expect({ untranslated: [...new Set(untranslated)], stale }).toEqual({ untranslated: [], stale: [] });
  });
});

it('every translated string lives in a plugin folder that owns a locale file', () => {
  expect(unownedTranslatedFiles(srcDir)).toEqual([]);
});
