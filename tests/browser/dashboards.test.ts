/**
 * Every provisioned dashboard (dashboards/*.json) in headless Chromium, in the dark and the light theme:
 * the BUILT data source answers every panel and variable from the demo warehouse in DuckDB (three years
 * up to 2026-05-14, "now" that afternoon), the BUILT panels draw them, and Grafana's core panels are
 * drawn by @grafana/ui stand-ins (see harness/page/corePanels.tsx). Checked: no panel fails or lacks
 * data, panels sit where their gridPos puts them without overlapping, no text of this pack's panels
 * leaves its panel, the page logs no error, and the executive wall fits a 1080p TV. Screenshots go to
 * SALESPERF_SCREENSHOTS (default: a temp folder).
 */
import {
  asReached,
  type Harness,
  type HarnessPage,
  provisionedDashboards,
  startHarness,
  unexpectedProblems,
} from './harness/harness';
import { KEY_FIGURE_WORDS } from '../../dashboards/src/panels/core';
import type { DashboardReport } from './harness/page/main';
import { describeInBrowser } from './lib/availability';
import { screenshotPath } from './lib/screenshots';

const dashboards = provisionedDashboards();
const dashboard = (file: string) => dashboards.find((entry) => entry.file === file)!.dashboard;

describeInBrowser('the provisioned dashboards in headless Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('finds the dashboards the pack provisions', () => {
    expect(dashboards.map((entry) => entry.file)).toContain('executive-wall.json');
    expect(dashboards.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(['dark', 'light'] as const)('%s theme', (theme) => {
    let page: HarnessPage;

    beforeAll(async () => {
      page = await harness.openPage({ theme });
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    it.each(dashboards.map((entry) => entry.file))(
      '%s: every panel drawn with data, on its grid cell, with a clean console',
      async (file) => {
        page.problems.length = 0;
        const report: DashboardReport = await page.renderDashboard(await asReached(dashboard(file), harness.warehouse));
        await page.screenshotDashboard(screenshotPath(`dashboard-${file.replace(/\.json$/, '')}-${theme}`));

        const drawn = report.panels.filter((panel) => panel.type !== 'row');
        expect(drawn.length).toBeGreaterThan(0);
        const failing = drawn.filter((panel) => panel.state !== 'Done' || panel.errors.length > 0);
        expect(failing.map((panel) => `${panel.title}: ${panel.state} ${panel.errors.join('; ')}`)).toEqual([]);
        const empty = drawn.filter((panel) => panel.rows === 0);
        expect(empty.map((panel) => panel.title)).toEqual([]);
        for (const [name, values] of Object.entries(report.variables)) {
          expect({ name, offered: values.length > 0 }).toEqual({ name, offered: true });
        }

        // this pack's panels draw their data instead of a message
        const messages = page.page.locator(
          '[data-testid="harness-panel"][data-panel-type^="seed-"] [data-testid="data-testid Panel data error message"]'
        );
        expect(await messages.allInnerTexts()).toEqual([]);
        expect(await page.layoutProblems()).toEqual([]);
        expect(unexpectedProblems(page.problems)).toEqual([]);
      },
      120_000
    );
  });

  describe('the market feedback and the manager’s dealers, as hand-written SQL counts them', () => {
    let page: HarnessPage;
    // this quarter (the dashboards' range) and now, as the harness fixes them
    const quarter = `reported_at >= TIMESTAMP '2026-04-01 00:00:00' AND reported_at < TIMESTAMP '2026-07-01 00:00:00'`;
    const now = `TIMESTAMP '2026-05-14 15:00:00'`;
    const openNow = `reported_at <= ${now} AND severity IS NOT NULL AND (resolved_at IS NULL OR resolved_at > ${now})`;
    const count = async (sql: string) => Number((await harness.warehouse.executor.run(sql)).data.values[0][0]);
    /** The panel of a saved dashboard whose first query matches, and its report. */
    const panelWhere = (file: string, report: DashboardReport, match: (query: Record<string, unknown>) => boolean) => {
      const saved = dashboard(file).panels!.find((panel) => panel.targets?.length && match(panel.targets[0]))!;
      return report.panels.find((panel) => panel.id === saved.id)!;
    };
    const numbers = (text: string[]) => text.filter((line) => /^\d+$/.test(line)).map(Number);

    beforeAll(async () => {
      page = await harness.openPage({ theme: 'dark' });
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    it('counts competitor mentions and open issues the same in the key figures, the tables and SQL', async () => {
      const file = 'market-feedback.json';
      const report = await page.renderDashboard(dashboard(file));
      const mentions = `SELECT count(*) FROM sales.visit_feedback WHERE category = 'competitor' AND ${quarter}`;
      const keyFigure = (metric: string) =>
        panelWhere(file, report, (query) => (query.metrics as string[] | undefined)?.[0] === metric && !query.groupBy);
      const figure = async (metric: string) => numbers(await page.panelText(keyFigure(metric).id))[0];
      // the key figure counts the quarter so far; the demo's last day has reports after its 15:00 "now"
      const soFar = await count(`${mentions} AND reported_at < ${now}`);
      expect(soFar).toBeGreaterThan(0);
      expect(await figure('competitor_mentions')).toBe(soFar);
      // the matrix of competitors by region adds up to the quarter's mentions: every one names its competitor
      const matrix = panelWhere(file, report, (query) => String(query.groupBy) === 'competitor,region');
      const cells = numbers(await page.panelText(matrix.id));
      expect(cells.reduce((sum, cell) => sum + cell, 0)).toBe(await count(mentions));

      const open = await count(`SELECT count(*) FROM sales.visit_feedback WHERE ${openNow}`);
      expect(await figure('open_issues')).toBe(open);
      const openHigh = await count(`SELECT count(*) FROM sales.visit_feedback WHERE ${openNow} AND severity = 'high'`);
      expect(openHigh).toBeGreaterThan(0);
      const highTable = panelWhere(file, report, (query) => query.kind === 'feedback' && query.openIssues === true);
      expect(highTable.rows).toBe(openHigh);
    });

    it('lists the dealers, and only them, in the manager’s dealers row', async () => {
      const file = 'sales-manager.json';
      const report = await page.renderDashboard(dashboard(file));
      const dealers = (
        await harness.warehouse.executor.run(
          'SELECT DISTINCT dealer FROM sales.customers WHERE dealer IS NOT NULL ORDER BY dealer'
        )
      ).data.values[0] as string[];
      expect(dealers.length).toBeGreaterThan(1);
      for (const match of [
        (query: Record<string, unknown>) => query.kind === 'attainment' && String(query.groupBy) === 'dealer',
        (query: Record<string, unknown>) => query.kind === 'metrics' && String(query.groupBy) === 'dealer',
      ]) {
        const panel = panelWhere(file, report, match);
        // no row for the customers buying directly
        expect({ title: panel.title, rows: panel.rows }).toEqual({ title: panel.title, rows: dealers.length });
        const text = await page.panelText(panel.id);
        expect(dealers.filter((dealer) => !text.includes(dealer))).toEqual([]);
      }
    });
  });

  describe('the executive wall on a 1080p TV', () => {
    let page: HarnessPage;
    let report: DashboardReport;

    beforeAll(async () => {
      page = await harness.openPage({ theme: 'dark', width: 1920, height: 1080 });
      report = await page.renderDashboard(dashboard('executive-wall.json'));
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    it('fits the screen in kiosk mode: no scrolling', async () => {
      // the grid's height plus the page's 16 px padding above and below
      expect(report.height + 32).toBeLessThanOrEqual(1080);
      const scrollHeight = await page.page.evaluate(() => document.documentElement.scrollHeight);
      expect(scrollHeight).toBeLessThanOrEqual(1080);
    });

    it('shows the quarter’s won deals and bookings as hand-written SQL counts them', async () => {
      // the quarter of now (2026-05-14): April to June, won deals by close date
      const frame = await harness.warehouse.executor.run(
        `SELECT count(*) AS deals, sum(amount) AS bookings FROM sales.opportunities
         WHERE status = 'won' AND close_date >= DATE '2026-04-01' AND close_date < DATE '2026-07-01'`
      );
      const [deals, bookings] = frame.data.values.map((column) => Number(column[0]));
      expect(deals).toBeGreaterThan(0);
      const panel = (title: string) => report.panels.find((candidate) => candidate.title === title)!;
      const text = async (title: string) => (await page.panelText(panel(title).id)).join(' | ');
      const soFar = KEY_FIGURE_WORDS.soFar;
      expect(await text('Won deals this quarter')).toContain(`Won deals this quarter | ${soFar} | ${deals} |`);
      const bookingsShown = await page.formatValue(bookings, panel('Bookings this quarter').fieldConfigs.bookings);
      expect(await text('Bookings this quarter')).toContain(`Bookings this quarter | ${soFar} | ${bookingsShown} |`);
    });

    it('shows every column of the leaderboard: rank, rep, bookings and % of target fit its width', async () => {
      const leaderboard = report.panels.find((panel) => panel.type === 'seed-repscorecard-panel')!;
      const text = (await page.panelText(leaderboard.id)).join(' | ');
      expect(text).toContain('% of target');
      expect(text).not.toMatch(/hidden for lack of width/);
    });

    it('draws the funnel, the gauges and the leaderboard of this pack', async () => {
      const types = report.panels.map((panel) => panel.type);
      expect(types).toEqual(
        expect.arrayContaining(['seed-salesfunnel-panel', 'seed-attainment-panel', 'seed-repscorecard-panel'])
      );
      const funnel = report.panels.find((panel) => panel.type === 'seed-salesfunnel-panel')!;
      const stages = await harness.warehouse.executor.run(
        'SELECT stage FROM sales.stages WHERE NOT is_closed OR is_won ORDER BY position'
      );
      const funnelText = await page.panelText(funnel.id);
      // every open stage and the won stage, in funnel order
      const positions = (stages.data.values[0] as string[]).map((stage) => funnelText.indexOf(stage));
      expect(
        positions.every((position, index) => position > 0 && (index === 0 || position > positions[index - 1]))
      ).toBe(true);
    });
  });
});
