import type { ResourceLoader, Resources } from '@grafana/i18n';

/**
 * Translations are bundled into each plugin's module.js instead of being fetched by Grafana:
 * nested plugins live in sub-folders of the app, where Grafana's own locale loading and lazy
 * chunks would resolve paths against the wrong folder.
 */
export function bundledLocales(byLanguage: Record<string, Resources>): ResourceLoader {
  return async (language: string) => byLanguage[language] ?? {};
}
