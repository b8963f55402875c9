// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');
const base = require('./.config/jest.config');

// d3's sub-packages and their helpers ship only as ES modules. PGlite's CommonJS build loads Node
// modules with dynamic import(), which jest's module sandbox refuses: transforming it turns them into require().
const esModules = [
  ...grafanaESModules,
  'd3-[a-z-]+',
  'internmap',
  'delaunator',
  'robust-predicates',
  '@electric-sql/pglite',
];

const swc = base.transform['^.+\\.(t|j)sx?$'];

const shared = {
  ...base,
  // some ES-module-only dependencies ship .mjs files; PGlite ships .cjs
  transform: { ...base.transform, '^.+\\.(mjs|cjs)$': swc },
  transformIgnorePatterns: [nodeModulesToTransform(esModules)],
};

module.exports = {
  projects: [
    {
      // React components: the app pages, the data source editors and the panels.
      ...shared,
      displayName: 'ui',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}', '<rootDir>/tests/ui/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: ['<rootDir>/src/sales/', '<rootDir>/src/node/'],
    },
    {
      // The Grafana-free core, the Node executors and CLI, and repository-level checks.
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      setupFilesAfterEnv: [],
      testMatch: [
        '<rootDir>/src/sales/**/*.test.ts',
        '<rootDir>/src/node/**/*.test.ts',
        '<rootDir>/tests/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['<rootDir>/tests/ui/'],
    },
  ],
  testTimeout: 120000,
};
