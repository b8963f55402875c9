/**
 * Regenerates the gallery: screenshots of every provisioned dashboard and of every panel state, taken
 * by the browser harness (tests/browser/harness) from the BUILT plugins in headless Chromium, written
 * to docs/gallery/*.png, and docs/gallery.md that shows them.
 *
 *   npm run gallery [-- --scale 1]
 *
 * Needs a build (dist/, or SALESPERF_DIST) and Chromium (CHROMIUM_PATH, else /usr/bin/chromium). The
 * dashboards show the demo warehouse at the given scale (1: about 50 reps); the panel states show the
 * hand-made fixture of the tests. Refuses to write a gallery of a panel that failed, lacked data, or
 * logged an error.
 */
import fs from 'fs';
import path from 'path';

import {
  asReached,
  type HarnessPage,
  provisionedDashboards,
  REPO,
  startHarness,
  unexpectedProblems,
} from '../tests/browser/harness/harness';
import type { SavedDashboard } from '../tests/browser/harness/page/main';
import { PANEL_SCENARIOS, PANEL_STATES, type PanelState, scenarioDashboard } from '../tests/browser/harness/scenarios';
import { DEMO, HANDMADE } from '../tests/browser/harness/warehouse';

const GALLERY_DIR = path.join(REPO, 'docs', 'gallery');
const GALLERY_MD = path.join(REPO, 'docs', 'gallery.md');

const STATE_CAPTIONS: Record<PanelState, string> = {
  data: 'with data',
  'no-data': 'no data (a region without deals)',
  error: 'query error (a table the warehouse lacks), its message shown as Grafana shows it: in the header',
};

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function check(page: HarnessPage, what: string, options: { queryErrorsExpected?: boolean } = {}): void {
  const problems = unexpectedProblems(page.problems, options);
  page.problems.length = 0;
  if (problems.length) {
    throw new Error(`${what}: the page reported problems, no gallery written:\n  ${problems.join('\n  ')}`);
  }
}

/** Draws a dashboard and writes its screenshot; refuses one whose panels failed, lacked data or logged errors. */
async function shootDashboard(page: HarnessPage, file: string, dashboard: SavedDashboard, png: string): Promise<void> {
  const report = await page.renderDashboard(dashboard);
  const broken = report.panels.filter((panel) => panel.type !== 'row' && (panel.state !== 'Done' || panel.rows === 0));
  if (broken.length) {
    throw new Error(
      `${file}: ${broken.map((panel) => `${panel.title} (${panel.state}, ${panel.rows} rows)`).join(', ')}`
    );
  }
  check(page, file);
  await page.screenshotDashboard(path.join(GALLERY_DIR, png));
}

interface Shot {
  file: string;
  title: string;
  caption: string;
}

async function main() {
  const scale = Number(argument('scale', '1'));
  const started = Date.now();
  const harness = await startHarness({ scale });
  const dashboards: Shot[] = [];
  const panels: Shot[] = [];
  const written: string[] = [];
  fs.mkdirSync(GALLERY_DIR, { recursive: true });
  try {
    for (const theme of ['dark', 'light'] as const) {
      const page = await harness.openPage({ theme });
      // the wall display first: it is what the pack is for
      const ordered = provisionedDashboards().sort(
        (a, b) => Number(b.file === 'executive-wall.json') - Number(a.file === 'executive-wall.json')
      );
      for (const { file, dashboard } of ordered) {
        // every dashboard in the dark theme, the wall display in the light one too
        if (theme === 'light' && file !== 'executive-wall.json') {
          continue;
        }
        const png = `dashboard-${file.replace(/\.json$/, '')}-${theme}.png`;
        await shootDashboard(page, file, await asReached(dashboard, harness.warehouse), png);
        written.push(png);
        dashboards.push({ file: png, title: `${dashboard.title ?? file} (${theme})`, caption: file });
      }
      if (theme === 'dark') {
        // the wall as a Chinese sales team sees it: its zh-Hans copy, for a user whose language is zh-Hans
        const chinese = await harness.openPage({ theme, language: 'zh-Hans' });
        const { file, dashboard } = provisionedDashboards('zh-Hans').find(
          (entry) => entry.file === 'executive-wall.json'
        )!;
        const png = `dashboard-executive-wall-zh-Hans-${theme}.png`;
        await shootDashboard(chinese, `zh-Hans/${file}`, dashboard, png);
        await chinese.close();
        written.push(png);
        dashboards.push({ file: png, title: `${dashboard.title} (zh-Hans, ${theme})`, caption: `zh-Hans/${file}` });
      }
      for (const scenario of PANEL_SCENARIOS) {
        for (const state of PANEL_STATES) {
          if (theme === 'light' && state !== 'data') {
            continue;
          }
          await page.renderDashboard(scenarioDashboard(scenario, state), { now: HANDMADE.now });
          if (state === 'error') {
            await page.hoverPanelError();
          }
          check(page, `${scenario.name} ${state}`, { queryErrorsExpected: state === 'error' });
          const png = `panel-${scenario.name}-${state}-${theme}.png`;
          await page.screenshotPanel(path.join(GALLERY_DIR, png));
          written.push(png);
          panels.push({
            file: png,
            title: `${scenario.title}: ${STATE_CAPTIONS[state]} (${theme})`,
            caption: scenario.plugin,
          });
        }
      }
      await page.close();
    }
  } finally {
    await harness.close();
  }
  for (const stale of fs.readdirSync(GALLERY_DIR)) {
    if (stale.endsWith('.png') && !written.includes(stale)) {
      fs.rmSync(path.join(GALLERY_DIR, stale));
    }
  }
  fs.writeFileSync(GALLERY_MD, galleryMarkdown(dashboards, panels, scale));
  console.log(
    `gallery: ${written.length} screenshots in ${path.relative(REPO, GALLERY_DIR)}, ${path.relative(REPO, GALLERY_MD)} written in ${((Date.now() - started) / 1000).toFixed(0)} s`
  );
}

function galleryMarkdown(dashboards: Shot[], panels: Shot[], scale: number): string {
  const image = (shot: Shot) => `### ${shot.title}\n\n![${shot.title}](gallery/${shot.file})\n\n\`${shot.caption}\`\n`;
  const demoDay = new Date(DEMO.now).toISOString().slice(0, 16).replace('T', ' ');
  return `# Gallery

<!-- Generated by \`npm run gallery\` (scripts/gallery.ts): edit the script, not this file. -->

Screenshots of the **built** plugins (\`dist/\`) in headless Chromium, taken by the browser harness of
\`tests/browser/\`: the plugins' \`module.js\` files are loaded through SystemJS with the shared
dependencies Grafana 12 gives plugins (React, @grafana/data, @grafana/ui, @grafana/runtime, d3, rxjs,
lodash, @emotion/css, i18next), the Sales Performance data source runs each panel's query and sends its
SQL through a Grafana SQL data source to DuckDB, field config is applied with \`applyFieldOverrides\`,
and panels are laid out on Grafana's 24-column grid by their \`gridPos\`.

* Dashboards: every file of \`dashboards/\`, and the zh-Hans copy of the wall for a user whose language
  is zh-Hans, on the demo warehouse (\`npx salesperf seed\`, seed
  ${DEMO.seed}, scale ${scale}, data up to ${DEMO.end}), at ${demoDay} UTC, 1920 px wide.
* Panel states: each panel on the hand-made fixture of the tests (Q1 2024 in New York), with data,
  without data and with a query error.
* Grafana's core panels (stat, time series, bar gauge, table) are drawn with the @grafana/ui components
  those panels are built on; bar charts, pie charts and XY charts, which have none, show their data as a
  table marked as such. How Grafana itself draws them is what \`tests/e2e/\` checks against a real Grafana.
* The font is Inter from Debian's \`fonts-inter\` package (4.0), standing in for the Inter files Grafana
  serves; without that package Chromium falls back to another sans-serif font.

Regenerate with \`npm run build && npm run gallery\`.

## Dashboards

${dashboards.map(image).join('\n')}
## Panel states

${panels.map(image).join('\n')}`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
