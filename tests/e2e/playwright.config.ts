/*
 * End-to-end tests against a real Grafana with this pack installed (docker compose up), written with
 * @grafana/plugin-e2e. Run them with `npm run e2e` (tests/e2e/run.sh), which needs GRAFANA_URL.
 * The browser is Chromium from the system (CHROMIUM_PATH, else /usr/bin/chromium): Playwright's own
 * browser downloads are not used.
 */
import { dirname } from 'path';

import type { PluginOptions } from '@grafana/plugin-e2e';
import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from '../../src/testing/chromium';

const pluginE2eAuth = `${dirname(require.resolve('@grafana/plugin-e2e'))}/auth`;

const chromium = { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

export default defineConfig<PluginOptions>({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: process.env.GRAFANA_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromium,
  },
  projects: [
    // signs in as admin (GRAFANA_ADMIN_USER / GRAFANA_ADMIN_PASSWORD, admin/admin by default) once
    { name: 'auth', testDir: pluginE2eAuth, testMatch: [/.*\.js/], use: { launchOptions: chromium } },
    {
      name: 'run-tests',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1920, height: 1080 },
        launchOptions: chromium,
        storageState: 'playwright/.auth/admin.json',
      },
      dependencies: ['auth'],
    },
  ],
});
