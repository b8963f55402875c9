import { defineConfig } from 'eslint/config';
import grafanaI18n from '@grafana/i18n/eslint-plugin';
import baseConfig from './.config/eslint.config.mjs';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'readline',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

// Outside src/sales the core is imported through its public surface, src/sales/index.ts ('…/sales').
const deepCoreImports = {
  group: ['**/sales/**'],
  message: "Import the core through its public surface ('…/sales', src/sales/index.ts); export what you need there.",
};

export default defineConfig([
  {
    ignores: [
      '**/logs',
      '**/*.log',
      '**/node_modules/',
      '**/coverage',
      '**/dist/',
      '**/artifacts/',
      'test-results/',
      'playwright-report/',
      '**/.eslintcache',
      '.config/',
    ],
  },
  ...baseConfig,
  {
    files: ['src/**/*.{ts,tsx}'],
    // test support is never shown to users
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/**/testing/**', 'src/sales/**', 'src/node/**'],
    plugins: { '@grafana/i18n': grafanaI18n },
    rules: {
      '@grafana/i18n/no-untranslated-strings': ['error', { calleesToIgnore: ['^css$', '^cx$'] }],
      '@grafana/i18n/no-translation-top-level': 'error',
    },
  },
  {
    // The plugins, the CLI, the dashboards and the scripts; the tests in tests/ may reach into the core.
    files: ['src/**/*.{ts,tsx}', 'dashboards/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/sales/**'],
    rules: {
      // keeps the base config's restriction (moment) beside ours: a rule's options are replaced, not merged
      'no-restricted-imports': ['error', { paths: ['moment'], patterns: [deepCoreImports] }],
    },
  },
  {
    // The domain core runs in the browser and in Node: no Grafana, React or Node imports.
    files: ['src/sales/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'src/sales must stay free of Node imports.' })),
          patterns: [
            { group: ['@grafana/*'], message: 'src/sales must stay free of Grafana imports.' },
            { group: ['react', 'react-dom', 'react/*', '@emotion/*'], message: 'src/sales must stay free of React.' },
            { group: ['node:*'], message: 'src/sales must stay free of Node imports.' },
            {
              group: ['**/node/**', '**/datasource/**', '**/panels/**', '**/app/**'],
              message: 'src/sales must not depend on the plugins or on Node-only code.',
            },
          ],
        },
      ],
    },
  },
]);
