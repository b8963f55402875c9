/**
 * The zh-Hans copies of the provisioned dashboards (dashboards/zh-Hans/*.json) in headless Chromium for
 * a user whose language is zh-Hans, on a 1920×1080 screen in the dark theme, read through the 万元 data
 * source they name (salesperf-zh) from the demo warehouse. Checked beyond what every dashboard's test
 * checks: no Chinese label is cut (no text ends in an ellipsis or is clipped for lack of room), the
 * pack's panels write amounts in 万/亿 with ¥ and Grafana's in 万元, and the wall still fits the TV.
 * Screenshots: dashboard-zh-*.png in SALESPERF_SCREENSHOTS (default: a temp folder).
 */
import {
  asReached,
  type Harness,
  type HarnessPage,
  provisionedDashboards,
  startHarness,
  unexpectedProblems,
} from './harness/harness';
import type { DashboardReport } from './harness/page/main';
import { describeInBrowser } from './lib/availability';
import { screenshotPath } from './lib/screenshots';

const dashboards = provisionedDashboards('zh-Hans');
const HAN = /\p{Script=Han}/u;

/**
 * Text shortened with an ellipsis or clipped because its box is narrower than it (a stat value broken
 * over lines or text outside its panel is what every dashboard's layout check finds).
 */
function cutText(): string[] {
  const cut: string[] = [];
  const root = document.querySelector('[data-testid="harness-dashboard"]');
  for (const element of Array.from(root?.querySelectorAll<HTMLElement>('*') ?? [])) {
    const style = getComputedStyle(element);
    const hides = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflow === 'hidden';
    const text = element.innerText?.trim();
    // screen-reader-only text is 1 px wide on purpose
    const visuallyHidden = element.clientWidth <= 1 || (style.clip !== '' && style.clip !== 'auto');
    if (
      hides &&
      text &&
      !visuallyHidden &&
      element.children.length === 0 &&
      element.scrollWidth > element.clientWidth + 1
    ) {
      const panel = element.closest<HTMLElement>('[data-testid="harness-panel"]');
      cut.push(
        `panel ${panel?.dataset.panelId ?? '?'}: "${text}" (${element.scrollWidth} px in ${element.clientWidth} px)`
      );
    }
  }
  return cut;
}

describeInBrowser('the zh-Hans dashboards in headless Chromium', () => {
  let harness: Harness;
  let page: HarnessPage;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openPage({ theme: 'dark', language: 'zh-Hans', width: 1920, height: 1080 });
  }, 300_000);

  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  it('finds the six copies', () => {
    expect(dashboards.map((entry) => entry.file)).toContain('executive-wall.json');
    expect(dashboards.length).toBeGreaterThanOrEqual(6);
  });

  it.each(dashboards.map((entry) => entry.file))(
    'zh-Hans/%s: every panel drawn with data under its Chinese title, nothing cut, a clean console',
    async (file) => {
      const { dashboard } = dashboards.find((entry) => entry.file === file)!;
      page.problems.length = 0;
      const report: DashboardReport = await page.renderDashboard(await asReached(dashboard, harness.warehouse));
      await page.screenshotDashboard(screenshotPath(`dashboard-zh-${file.replace(/\.json$/, '')}`));

      const drawn = report.panels.filter((panel) => panel.type !== 'row');
      const failing = drawn.filter((panel) => panel.state !== 'Done' || panel.errors.length > 0 || panel.rows === 0);
      expect(failing.map((panel) => `${panel.title}: ${panel.state} ${panel.rows} rows ${panel.errors}`)).toEqual([]);
      expect(report.panels.filter((panel) => !HAN.test(panel.title ?? '')).map((panel) => panel.title)).toEqual([]);
      expect(await page.layoutProblems()).toEqual([]);
      expect(await page.page.evaluate(cutText)).toEqual([]);
      expect(unexpectedProblems(page.problems)).toEqual([]);
    },
    120_000
  );

  describe('the 大屏 (zh-Hans/executive-wall.json)', () => {
    let report: DashboardReport;
    const wall = () => dashboards.find((entry) => entry.file === 'executive-wall.json')!.dashboard;

    beforeAll(async () => {
      report = await page.renderDashboard(wall());
    }, 120_000);

    it('fits the screen in kiosk mode: no scrolling', async () => {
      expect(report.height + 32).toBeLessThanOrEqual(1080);
      expect(await page.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    });

    it('writes amounts as a Chinese executive reads them: ¥ and 万 in the pack’s panels, 万元 in Grafana’s', async () => {
      const panelText = async (type: string) =>
        (
          await Promise.all(
            report.panels.filter((panel) => panel.type === type).map((panel) => page.panelText(panel.id))
          )
        )
          .flat()
          .join(' | ');
      expect(await panelText('seed-attainment-panel')).toMatch(/¥\d+(\.\d+)?(万|亿)/);
      expect(await panelText('seed-repscorecard-panel')).toMatch(/¥\d+(\.\d+)?(万|亿)/);
      expect(await panelText('stat')).toMatch(/\d 万元/);
      const everything = (await Promise.all(report.panels.map((panel) => page.panelText(panel.id)))).flat().join(' ');
      // no English amounts (K, M) and no English words of the dashboard's own
      expect(everything).not.toMatch(/\$|\d(\.\d+)?\s?[KMB]\b/);
    });
  });
});
