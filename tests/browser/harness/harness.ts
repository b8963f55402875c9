/*
 * Starts the whole harness from Node: the demo and hand-made warehouses in DuckDB, the web server
 * serving the built plugins, the bundled harness page, and Debian's Chromium driven by playwright-core.
 * Tests, the gallery script and the render benchmark all go through startHarness().
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import YAML from 'yaml';

import type { FieldConfig } from '@grafana/data';

import { findChromium, launchChromium } from '../../../src/testing/chromium';
import type { DashboardReport, DataSourceSetup, SavedDashboard } from './page/main';
import { bundleHarnessPage } from './bundle';
import { type HarnessServer, startHarnessServer } from './server';
import { DEMO, HANDMADE, type HarnessWarehouse, openWarehouse } from './warehouse';

export const REPO = path.resolve(__dirname, '../../..');

/** The built plugin to load: SALESPERF_DIST, else the repository's dist/. */
export function distDir(): string {
  return path.resolve(process.env.SALESPERF_DIST ?? path.join(REPO, 'dist'));
}

/** Why the harness cannot run here, or undefined when it can. */
export function harnessUnavailable(): string | undefined {
  if (!findChromium()) {
    return "no Chromium found (install Debian's chromium package or set CHROMIUM_PATH)";
  }
  const dist = distDir();
  for (const module of ['datasource/module.js', 'panels/funnel/module.js']) {
    if (!fs.existsSync(path.join(dist, module))) {
      return `the plugin is not built: ${path.join(dist, module)} is missing (run npm run build, or set SALESPERF_DIST)`;
    }
  }
  return undefined;
}

export const WAREHOUSE = { uid: 'salesperf-warehouse', name: 'Sales warehouse', type: 'motherduck-duckdb-datasource' };

/**
 * The provisioned Sales Performance data sources' settings (provisioning/datasources/), pointing at the
 * harness's warehouse: the same uids, with DuckDB's SQL data source type in place of PostgreSQL's. The
 * first is the English dashboards' one; the zh-Hans dashboards' one shows amounts in 万元.
 */
export function provisionedDataSources(): DataSourceSetup[] {
  const file = fs
    .readdirSync(path.join(REPO, 'provisioning/datasources'))
    .map((name) => path.join(REPO, 'provisioning/datasources', name))
    .find((candidate) => /\.ya?ml$/.test(candidate))!;
  const provisioned = YAML.parse(fs.readFileSync(file, 'utf8')) as {
    datasources: Array<{ uid: string; name: string; type: string; jsonData?: Record<string, unknown> }>;
  };
  const sources = provisioned.datasources.filter((entry) => entry.type === 'seed-salesperf-datasource');
  if (!sources.length) {
    throw new Error(`${file} provisions no seed-salesperf-datasource`);
  }
  return sources.map((source) => ({
    uid: source.uid,
    name: source.name,
    jsonData: { ...source.jsonData, warehouseUid: WAREHOUSE.uid },
  }));
}

export function provisionedDataSource(): DataSourceSetup {
  return provisionedDataSources()[0];
}

/**
 * The data sources the harness provisions: the demo one, the demo in 万元 (the zh-Hans dashboards'), one
 * on the hand-made fixture, and a misconfigured one.
 */
export function harnessDataSources(): {
  demo: DataSourceSetup;
  wanYuan: DataSourceSetup;
  handmade: DataSourceSetup;
  broken: DataSourceSetup;
} {
  const [demo, ...others] = provisionedDataSources();
  const wanYuan = others.find((source) => source.jsonData?.currencyUnit === 'suffix:万元');
  if (!wanYuan) {
    throw new Error(
      'provisioning/datasources/ provisions no Sales Performance data source in 万元 (currencyUnit suffix:万元)'
    );
  }
  return {
    demo,
    wanYuan,
    handmade: {
      uid: 'salesperf-handmade',
      name: 'Sales (hand-made fixture)',
      jsonData: { ...demo.jsonData, schema: HANDMADE.schema },
    },
    // a warehouse whose opportunities live under another name than the settings say
    broken: {
      uid: 'salesperf-broken',
      name: 'Sales (wrong table name)',
      jsonData: { ...demo.jsonData, tables: { opportunities: 'deals' } },
    },
  };
}

/** The dashboards the pack provisions: every JSON file in dashboards/, or in a locale's folder of it (zh-Hans). */
export function provisionedDashboards(localeFolder = ''): Array<{ file: string; dashboard: SavedDashboard }> {
  const folder = path.join(REPO, 'dashboards', localeFolder);
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      dashboard: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as SavedDashboard,
    }));
}

/** The rep drill-down's mark: a rep variable offering one rep at a time (no All). */
function singleRepVariable(dashboard: SavedDashboard) {
  return dashboard.templating?.list?.find((variable) => variable.name === 'rep' && !variable.includeAll);
}

/**
 * A dashboard as people reach it. The rep drill-down is opened from the rep names of the scorecards
 * (var-rep=<rep id>): it shows the quarter's top rep by bookings, as the wall's leaderboard links it,
 * instead of the first rep of the list, who may have left the company. Other dashboards open as saved.
 */
export async function asReached(dashboard: SavedDashboard, warehouse: HarnessWarehouse): Promise<SavedDashboard> {
  const rep = singleRepVariable(dashboard);
  if (!rep) {
    return dashboard;
  }
  const now = new Date(DEMO.now);
  const quarter = Math.floor(now.getUTCMonth() / 3) * 3;
  const [start, end] = [quarter, quarter + 3].map((month) =>
    new Date(Date.UTC(now.getUTCFullYear(), month, 1)).toISOString().slice(0, 10)
  );
  const frame = await warehouse.executor.run(
    `SELECT owner_rep_id FROM ${DEMO.schema}.opportunities
     WHERE status = 'won' AND close_date >= DATE '${start}' AND close_date < DATE '${end}'
     GROUP BY owner_rep_id ORDER BY sum(amount) DESC, owner_rep_id LIMIT 1`
  );
  const top = String(frame.data.values[0][0]);
  return {
    ...dashboard,
    templating: {
      list: dashboard.templating!.list!.map((variable) =>
        variable === rep ? { ...variable, current: { value: top } } : variable
      ),
    },
  };
}

/** Something a clean page never shows: a console error, an uncaught error, a failed or refused request. */
export interface PageProblem {
  kind: 'console' | 'page-error' | 'request-failed' | 'http';
  text: string;
  url?: string;
}

/**
 * The problems a page should not have had. A query that fails on purpose answers HTTP 400, as Grafana's
 * /api/ds/query does, and Chromium logs every 4xx response as a console error: `queryErrorsExpected`
 * accepts exactly those.
 */
export function unexpectedProblems(problems: PageProblem[], { queryErrorsExpected = false } = {}): string[] {
  return problems
    .filter(
      (problem) => !(queryErrorsExpected && problem.url?.includes('/api/ds/query') && /\b400\b/.test(problem.text))
    )
    .map((problem) => `${problem.kind}: ${problem.text}${problem.url ? ` (${problem.url})` : ''}`);
}

export interface HarnessPage {
  page: Page;
  /** console errors, page errors and failed requests seen so far */
  problems: PageProblem[];
  renderDashboard(dashboard: SavedDashboard, options?: { now?: number }): Promise<DashboardReport>;
  /** panels off their gridPos, overlapping panels, text of this pack's panels leaving its panel */
  layoutProblems(): Promise<string[]>;
  /** `value` as Grafana displays it in a field of `config` */
  formatValue(value: number, config: FieldConfig): Promise<string>;
  /** shows the error of a panel in Grafana's way: the tooltip of its header's error indicator */
  hoverPanelError(panelId?: number): Promise<string>;
  /** a PNG of a panel with the page's margin around it (where a hovered tooltip shows) */
  screenshotPanel(file: string, panelId?: number): Promise<void>;
  /** a PNG of the whole dashboard, as tall as it is */
  screenshotDashboard(file: string): Promise<void>;
  /** the text a panel shows, one entry per line */
  panelText(panelId?: number): Promise<string[]>;
  close(): Promise<void>;
}

export interface Harness {
  server: HarnessServer;
  warehouse: HarnessWarehouse;
  browser: Browser;
  openPage(options: {
    theme: 'dark' | 'light';
    language?: string;
    width?: number;
    height?: number;
  }): Promise<HarnessPage>;
  close(): Promise<void>;
}

export async function startHarness({ scale = 0.25 }: { scale?: number } = {}): Promise<Harness> {
  const unavailable = harnessUnavailable();
  if (unavailable) {
    throw new Error(`The browser harness cannot run: ${unavailable}`);
  }
  const [pageDir, warehouse] = await Promise.all([bundleHarnessPage(), openWarehouse({ scale })]);
  const server = await startHarnessServer({
    distDir: distDir(),
    pageDir,
    warehouses: { [WAREHOUSE.uid]: warehouse.executor },
  });
  let browser: Browser;
  try {
    // playwright-core gives every launch a fresh, empty user data directory of its own
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    await warehouse.close();
    throw error;
  }
  const sources = harnessDataSources();

  const openPage: Harness['openPage'] = async ({ theme, language, width = 1920, height = 1080 }) => {
    // the dashboard's grid inside the page's padding of 16 px each side, as laid out in the page
    const gridWidth = width - 32;
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      timezoneId: DEMO.timeZone,
      locale: 'en-US',
    });
    const page = await context.newPage();
    const problems: PageProblem[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push({ kind: 'console', text: message.text(), url: message.location().url || undefined });
      }
    });
    page.on('pageerror', (error) => problems.push({ kind: 'page-error', text: error.stack ?? error.message }));
    page.on('requestfailed', (request) =>
      problems.push({ kind: 'request-failed', text: request.failure()?.errorText ?? 'failed', url: request.url() })
    );
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.push({ kind: 'http', text: `HTTP ${response.status()}`, url: response.url() });
      }
    });
    await page.clock.setFixedTime(DEMO.now);
    await page.goto(`${server.url}/harness/`);
    await page.waitForFunction(() => Boolean(window.salesperfHarness));
    await page.evaluate((setup) => window.salesperfHarness.setup(setup), {
      theme,
      language,
      warehouse: WAREHOUSE,
      dataSources: [sources.demo, sources.wanYuan, sources.handmade, sources.broken],
    });
    return {
      page,
      problems,
      async renderDashboard(dashboard, { now = DEMO.now } = {}) {
        await page.clock.setFixedTime(now);
        const report = await page.evaluate(
          ({ saved, pageWidth }) => window.salesperfHarness.renderDashboard(saved, pageWidth),
          { saved: dashboard, pageWidth: width }
        );
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return report;
      },
      layoutProblems: () => page.evaluate((gridWidth) => window.salesperfHarness.layoutProblems(gridWidth), gridWidth),
      formatValue: (value, config) =>
        page.evaluate(({ value, config }) => window.salesperfHarness.formatValue(value, config), { value, config }),
      async hoverPanelError(panelId = 1) {
        const indicator = page.locator(`[data-panel-id="${panelId}"] [data-testid="data-testid Panel status error"]`);
        await indicator.hover();
        const tooltip = page.getByRole('tooltip');
        await tooltip.waitFor();
        return tooltip.innerText();
      },
      async screenshotPanel(file, panelId = 1) {
        const box = await page.locator(`[data-testid="harness-panel"][data-panel-id="${panelId}"]`).boundingBox();
        if (!box) {
          throw new Error(`panel ${panelId} is not drawn`);
        }
        const margin = 16;
        await page.screenshot({
          path: file,
          clip: {
            x: Math.max(0, box.x - margin),
            y: Math.max(0, box.y - margin),
            width: box.width + 2 * margin,
            height: box.height + 2 * margin,
          },
        });
      },
      async screenshotDashboard(file) {
        await page.screenshot({ path: file, fullPage: true });
      },
      async panelText(panelId = 1) {
        const text = await page.locator(`[data-testid="harness-panel"][data-panel-id="${panelId}"]`).innerText();
        return text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
      },
      close: () => context.close(),
    };
  };

  return {
    server,
    warehouse,
    browser,
    openPage,
    async close() {
      await browser.close();
      await server.close();
      await warehouse.close();
    },
  };
}
