/**
 * The pack's BUILT panels in headless Chromium, loaded through SystemJS as Grafana loads them, fed by the
 * BUILT data source, whose SQL runs on the hand-made fixture in DuckDB behind the harness's
 * /api/ds/query: with data, with no data and with an error, in the dark and the light theme. The texts
 * checked are the hand-worked figures of tests/analytics-kinds.test.ts (Q1 2024 in New York, now =
 * Mar 15 12:00 EDT); amounts are compared with Grafana's display of the hand-worked value in the field
 * config the frame carries. Screenshots go to SALESPERF_SCREENSHOTS (default: a temp folder).
 */
import { type Harness, type HarnessPage, startHarness, unexpectedProblems } from './harness/harness';
import type { DashboardReport } from './harness/page/main';
import { PANEL_SCENARIOS, type PanelScenario, type PanelState, scenarioDashboard } from './harness/scenarios';
import { HANDMADE } from './harness/warehouse';
import { describeInBrowser } from './lib/availability';
import { screenshotPath } from './lib/screenshots';

const scenario = (name: string): PanelScenario => PANEL_SCENARIOS.find((candidate) => candidate.name === name)!;

describeInBrowser('the built panels in headless Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  describe.each(['dark', 'light'] as const)('%s theme', (theme) => {
    let page: HarnessPage;

    beforeAll(async () => {
      page = await harness.openPage({ theme });
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    /** Renders one scenario, saves its screenshot, and checks the page stayed clean. */
    async function show(name: string, state: PanelState): Promise<DashboardReport> {
      page.problems.length = 0;
      const report = await page.renderDashboard(scenarioDashboard(scenario(name), state), { now: HANDMADE.now });
      if (state === 'error') {
        await page.hoverPanelError();
      }
      await page.screenshotPanel(screenshotPath(`panel-${name}-${state}-${theme}`));
      expect(unexpectedProblems(page.problems, { queryErrorsExpected: state === 'error' })).toEqual([]);
      expect(await page.layoutProblems()).toEqual([]);
      return report;
    }

    const shown = async (report: DashboardReport, field: string, value: number) =>
      page.formatValue(value, report.panels[0].fieldConfigs[field]);

    it('funnel: stages reached in Q1 with counts, step and cumulative conversion and drop-off', async () => {
      const report = await show('funnel', 'data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [], rows: 5 });
      // furthest stage of the 15 deals created in Q1: 6 won, 1 more in Negotiation, 2 more in Proposal …
      expect(await page.panelText()).toEqual([
        'Funnel, stages reached',
        'Prospect',
        '15',
        '100.0% of first',
        'Qualify',
        '11',
        '73.3% of previous', // 11 / 15
        '73.3% of first',
        '4 dropped',
        'Proposal',
        '9',
        '81.8% of previous', // 9 / 11
        '60.0% of first', // 9 / 15
        '2 dropped',
        'Negotiation',
        '7',
        '77.8% of previous', // 7 / 9
        '46.7% of first', // 7 / 15
        '2 dropped',
        'Won',
        '6',
        '85.7% of previous', // 6 / 7
        '40.0% of first', // 6 / 15
        '1 dropped',
      ]);
    });

    it('funnel: a region without deals shows every stage at zero, without ratios', async () => {
      const report = await show('funnel', 'no-data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [] });
      expect(await page.panelText()).toEqual([
        'Funnel, stages reached',
        'Prospect',
        '0',
        'Qualify',
        '0',
        '0 dropped',
        'Proposal',
        '0',
        '0 dropped',
        'Negotiation',
        '0',
        '0 dropped',
        'Won',
        '0',
        '0 dropped',
      ]);
    });

    it('funnel snapshot: open deals by current stage, read from the frame, with no conversion or drop-off', async () => {
      const report = await show('funnel-snapshot', 'data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [] });
      const text = await page.panelText();
      expect(text.slice(0, 2)).toEqual(['Open deals now, by stage', 'Open deals by current stage']);
      expect(text.filter((line) => ['Prospect', 'Qualify', 'Proposal', 'Negotiation'].includes(line))).toEqual([
        'Prospect',
        'Qualify',
        'Proposal',
        'Negotiation',
      ]);
      expect(text.filter((line) => /previous|of first|dropped|gained/.test(line))).toEqual([]);
    });

    it('attainment: East behind (70 %, off track), West past its target (167 %)', async () => {
      const report = await show('attainment', 'data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [], rows: 2 });
      // East: 3,500 of 5,000 with pace 3,500 / (5,000 × 74.5/91) = 0.855 < 0.9: off track; 1,500 to go in
      // 16.5 days: 90.91 a day. West: 5,000 of its teams' 3,000
      expect(await page.panelText()).toEqual([
        'Bookings against target by region',
        'East',
        '70%',
        await shown(report, 'actual', 3500),
        `of ${await shown(report, 'target', 5000)}`,
        '✕ Off track',
        'Days left: 17',
        `Needed per day: ${await shown(report, 'required_run_rate', 1500 / 16.5)}`,
        'West',
        '167%',
        await shown(report, 'actual', 5000),
        `of ${await shown(report, 'target', 3000)}`,
        '✓ On track',
        'Days left: 17',
        'Target reached',
      ]);
    });

    it('attainment: a region without deals says No data', async () => {
      const report = await show('attainment', 'no-data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [], rows: 0 });
      expect(await page.panelText()).toEqual(['Bookings against target by region', 'No data']);
    });

    it('scorecard: reps ranked by bookings against target (capped at 150 %) and win rate', async () => {
      const report = await show('scorecard', 'data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [], rows: 6 });
      const text = (await page.panelText()).join(' | ');
      // r6 (1,800 of 910, capped at 1.5) first, r1 (3,500 of 3,000 = 1.17) second, the rest share rank 3
      const bookings = async (value: number) => shown(report, 'bookings', value);
      expect(text).toContain(`O'Brien $Ltd | 1.50 | ${await bookings(1800)} | 198%`);
      expect(text).toContain(`Alice | 1.17 | ${await bookings(3500)} | 117%`);
      expect(text).toContain(`Dan | – | ${await bookings(3200)} | – | No target`);
      const order = ["O'Brien $Ltd", 'Alice', 'Bob', 'Carol', 'Dan', 'Eve'].map((name) => text.indexOf(`| ${name} |`));
      expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]))).toBe(true);
      expect(text.match(/Rank 3, top three/g)).toHaveLength(4);
      // now is 74.5 of the quarter's 91 days: % of target is coloured by pace, and the footer says so
      expect(text).toContain('Colours show pace: % of target against the 82% of the period gone');
    });

    it('scorecard: a region without reps says No data', async () => {
      const report = await show('scorecard', 'no-data');
      expect(report.panels[0]).toMatchObject({ state: 'Done', errors: [], rows: 0 });
      expect(await page.panelText()).toEqual(['Rep scorecard', 'No data']);
    });

    it.each(PANEL_SCENARIOS.map((candidate) => candidate.name))(
      '%s: a warehouse without the configured table gives an error naming it',
      async (name) => {
        const report = await show(name, 'error');
        expect(report.panels[0]).toMatchObject({
          state: 'Error',
          errors: ['The query cannot run: the table sales.deals is missing.'],
        });
        // Grafana shows a panel's query error in its header: the indicator's tooltip holds the message
        expect(await page.hoverPanelError()).toBe('The query cannot run: the table sales.deals is missing.');
      }
    );
  });
});
