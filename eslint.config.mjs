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
