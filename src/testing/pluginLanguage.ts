import { initPluginTranslations, type Resources } from '@grafana/i18n';
// Grafana sets the user's language on the i18next instance it shares with plugins; tests do the same.
import i18next from 'i18next';

import { bundledLocales } from '../i18n/bundledLocales';

/**
 * Puts a plugin's translations in the state Grafana leaves them in for a user of `language`: Grafana
 * has its own strings in that language before it loads plugins, then the plugin's module.ts runs.
 * Resolves to the function that switches back to en-US (for afterAll).
 */
export async function switchPluginLanguage(
  pluginId: string,
  locales: Record<string, Resources>,
  language: string
): Promise<() => Promise<unknown>> {
  const loaders = [bundledLocales(locales)];
  await initPluginTranslations(pluginId, loaders);
  i18next.addResourceBundle(language, 'grafana', { common: { save: '保存' } });
  await i18next.changeLanguage(language);
  await initPluginTranslations(pluginId, loaders);
  return () => i18next.changeLanguage('en-US');
}
