/**
 * i18next-cli's extractor configuration (`npm run i18n:extract`, scripts/i18n.ts). Each plugin of
 * the pack is extracted on its own: its sources, its namespace (the plugin id, which @grafana/i18n's
 * t() uses at runtime) and its files src/locales/<language>/<plugin id>.json.
 */
import type { I18nextToolkitConfig, Plugin } from 'i18next-cli';

import { listDimensions } from './src/sales/catalog/dimensions';
import { listMetrics } from './src/sales/catalog/metrics';
import { ERROR_MESSAGES } from './src/sales/errors';

export const LANGUAGES = ['en-US', 'zh-Hans'];

/** Each plugin's sources (the core, src/sales, has no words of its own). */
export const PLUGIN_SOURCES: Record<string, string[]> = {
  'seed-salesperf-app': ['src/module.tsx', 'src/app/**/*.{ts,tsx}'],
  'seed-salesperf-datasource': ['src/datasource/**/*.{ts,tsx}'],
  'seed-salesfunnel-panel': ['src/panels/funnel/**/*.{ts,tsx}'],
  'seed-attainment-panel': ['src/panels/attainment/**/*.{ts,tsx}'],
  'seed-repscorecard-panel': ['src/panels/scorecard/**/*.{ts,tsx}'],
};

/** The plugin whose locale files hold the catalog's labels and the core's errors. */
export const DATASOURCE = 'seed-salesperf-datasource';

/**
 * The keys the data source builds from the core's ids, which no extractor can list from the source:
 * the catalog's labels (datasource/catalogLabels.ts: t(`metric.${id}.label`, record.label)), one per
 * record with the record's English as the default, and the core's errors (datasource/errorMessage.ts:
 * t(`error.${key}`, template, params)), one per message of its catalog (src/sales/errors).
 */
export function catalogKeys(): Array<{ key: string; defaultValue: string }> {
  const errors = Object.entries(ERROR_MESSAGES).map(([key, english]) => ({
    key: `error.${key}`,
    defaultValue: english,
  }));
  return [
    ...errors,
    ...[
      ...listMetrics().map((metric) => ({ prefix: `metric.${metric.id}`, record: metric })),
      ...listDimensions().map((dimension) => ({ prefix: `dimension.${dimension.id}`, record: dimension })),
    ].flatMap(({ prefix, record }) => [
      { key: `${prefix}.label`, defaultValue: record.label },
      { key: `${prefix}.description`, defaultValue: record.description },
    ]),
  ];
}

const catalogKeysPlugin = (): Plugin => ({
  name: 'salesperf-catalog-keys',
  onEnd: (keys) => {
    for (const { key, defaultValue } of catalogKeys()) {
      keys.set(`${DATASOURCE}:${key}`, {
        key,
        defaultValue,
        ns: DATASOURCE,
        nsIsImplicit: true,
        explicitDefault: true,
      });
    }
  },
});

export function pluginConfig(pluginId: string): I18nextToolkitConfig {
  return {
    locales: LANGUAGES,
    extract: {
      input: PLUGIN_SOURCES[pluginId],
      ignore: ['**/*.test.ts', '**/*.test.tsx'],
      output: 'src/locales/{{language}}/{{namespace}}.json',
      defaultNS: pluginId,
      // the other plugins' files in the same folders are theirs
      ignoreNamespaces: Object.keys(PLUGIN_SOURCES).filter((id) => id !== pluginId),
      functions: ['t'],
      transComponents: ['Trans'],
      primaryLanguage: 'en-US',
      // the plugins pass counts as values ({{count}}), one text per key, as the locale files have it
      disablePlurals: true,
      // one English text per key
      warnOnConflicts: 'error',
      // the flat keys in code-unit order ('commission-period.…' before 'commission.…'), as the files have them
      sort: (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      indentation: 2,
    },
    plugins: pluginId === DATASOURCE ? [catalogKeysPlugin()] : [],
  };
}
