/**
 * The BUILT panels and Grafana's core panels (the harness's stand-ins) in headless Chromium for a user
 * whose language is zh-Hans, fed by the BUILT data source set to 万元 on the demo warehouse (three years
 * up to 2026-05-14, "now" that afternoon): amounts read in 万 and 亿 with ¥ in this pack's panels, in
 * 万元 in the core panels, counts of deals with their measure word, every label in Chinese, and
 * nothing cut or spilling out of its panel. Screenshots: panel-zh-*.png and dashboard-zh-amounts.png in
 * SALESPERF_SCREENSHOTS (default: a temp folder).
 */
import {
  type Harness,
  harnessDataSources,
  type HarnessPage,
  startHarness,
  unexpectedProblems,
} from './harness/harness';
import type { DashboardReport, SavedDashboard } from './harness/page/main';
import type { SavedPanel } from './harness/page/panelModel';
import { describeInBrowser } from './lib/availability';
import { screenshotPath } from './lib/screenshots';

const datasource = { type: 'seed-salesperf-datasource', uid: harnessDataSources().wanYuan.uid };

function panel(id: number, type: string, title: string, gridPos: SavedPanel['gridPos'], target: object, options = {}) {
  return {
    id,
    type,
    title,
    gridPos,
    datasource,
    targets: [{ refId: 'A', datasource, ...target }],
    options,
    fieldConfig: { defaults: {}, overrides: [] },
  } as SavedPanel;
}

const STAT_OPTIONS = { reduceOptions: { values: true, calcs: [] }, textMode: 'value_and_name', colorMode: 'value' };

/** This year so far: the company's bookings reach 亿, each region's 万. */
const DASHBOARD: SavedDashboard = {
  uid: 'harness-zh-amounts',
  title: '金额（万元）',
  timezone: 'utc',
  time: { from: 'now/y', to: 'now' },
  panels: [
    panel(
      1,
      'seed-attainment-panel',
      '各区域成交额目标达成',
      { x: 0, y: 0, w: 12, h: 9 },
      {
        kind: 'attainment',
        metric: 'bookings',
        groupBy: ['region'],
        period: 'year',
      }
    ),
    panel(
      2,
      'seed-salesfunnel-panel',
      '进行中商机金额（按阶段）',
      { x: 12, y: 0, w: 12, h: 9 },
      {
        kind: 'funnel',
        mode: 'snapshot',
        measure: 'amount',
      }
    ),
    panel(
      3,
      'seed-repscorecard-panel',
      '区域排行榜',
      { x: 0, y: 9, w: 16, h: 8 },
      {
        kind: 'scorecard',
        entity: 'region',
        metrics: [
          { id: 'bookings', weight: 2 },
          { id: 'won_deals', weight: 1 },
          { id: 'win_rate', weight: 1 },
        ],
        normalize: 'target',
      }
    ),
    panel(
      4,
      'seed-salesfunnel-panel',
      '商机漏斗（笔数）',
      { x: 16, y: 9, w: 8, h: 8 },
      {
        kind: 'funnel',
        mode: 'reached',
        measure: 'count',
      }
    ),
    panel(
      5,
      'stat',
      '本年成交额',
      { x: 0, y: 17, w: 6, h: 5 },
      { kind: 'metrics', metrics: ['bookings'] },
      STAT_OPTIONS
    ),
    panel(
      6,
      'bargauge',
      '各区域成交额',
      { x: 6, y: 17, w: 9, h: 5 },
      { kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] },
      { reduceOptions: { values: true, calcs: [] }, orientation: 'horizontal' }
    ),
    panel(
      7,
      'table',
      '各区域指标',
      { x: 15, y: 17, w: 9, h: 5 },
      {
        kind: 'metrics',
        metrics: ['bookings', 'won_deals'],
        groupBy: ['region'],
      }
    ),
  ],
};

/** ¥ then digits then 万 or 亿, as this pack's panels write amounts in Chinese. */
const WAN_YI = /^-?¥\d+(\.\d{1,2})?(万|亿)$/;

describeInBrowser('Chinese numbers in headless Chromium (zh-Hans, 万元)', () => {
  let harness: Harness;
  let page: HarnessPage;
  let report: DashboardReport;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.openPage({ theme: 'dark', language: 'zh-Hans' });
    report = await page.renderDashboard(DASHBOARD);
    await page.screenshotDashboard(screenshotPath('dashboard-zh-amounts'));
    for (const { id } of DASHBOARD.panels!) {
      await page.screenshotPanel(screenshotPath(`panel-zh-${id}`), id);
    }
  }, 300_000);

  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  it('draws every panel with data, in place, with a clean console and no text leaving its panel', async () => {
    expect(report.panels.map((entry) => [entry.id, entry.state, entry.errors])).toEqual(
      DASHBOARD.panels!.map((entry) => [entry.id, 'Done', []])
    );
    expect(report.panels.every((entry) => entry.rows > 0)).toBe(true);
    expect(report.panels[0].fieldConfigs.actual.unit).toBe('suffix:万元');
    expect(unexpectedProblems(page.problems)).toEqual([]);
    expect(await page.layoutProblems()).toEqual([]);
  });

  it('attainment: amounts in 万 and 亿 with ¥, labels in Chinese', async () => {
    const text = await page.panelText(1);
    // one gauge per region of the demo (East, North, South), each with its bookings
    expect(text.filter((line) => WAN_YI.test(line)).length).toBe(3);
    expect(text.some((line) => /^本年目标 ¥\d+(\.\d+)?(万|亿)$/.test(line))).toBe(true);
    expect(text.some((line) => /^每日需完成：¥\d+(\.\d+)?万$|^已达成目标$/.test(line))).toBe(true);
    expect(text.join(' ')).not.toMatch(/[KMB]\b|万元/);
  });

  it('funnel of the open pipeline: each stage’s amount in 万 or 亿, under the Chinese caption', async () => {
    const text = await page.panelText(2);
    expect(text[0]).toBe('进行中商机金额（按阶段）');
    expect(text).toContain('按当前阶段的进行中商机金额');
    // every stage's amount with ¥; those of 10,000 yuan or more in 万 (the demo's smallest stages hold less)
    const amounts = text.filter((line) => line.startsWith('¥'));
    expect(amounts.length).toBe(5);
    expect(amounts.every((line) => WAN_YI.test(line) || /^¥\d{1,4}$/.test(line))).toBe(true);
    expect(amounts.filter((line) => WAN_YI.test(line)).length).toBeGreaterThanOrEqual(3);
  });

  it('scorecard: bookings in 万 or 亿, won deals with 笔, headers in Chinese', async () => {
    const text = (await page.panelText(3)).join('\n');
    expect(text).toMatch(/成交额/);
    expect(text).toMatch(/赢单数/);
    expect(text).toMatch(/¥\d+(\.\d+)?(万|亿)/);
    expect(text).toMatch(/\d+ 笔/);
  });

  it('funnel of deals: counts with 笔, conversions in Chinese', async () => {
    const text = await page.panelText(4);
    expect(text.filter((line) => /^\d+ 笔$/.test(line)).length).toBeGreaterThanOrEqual(3);
    expect(text.some((line) => /^占上一阶段 \d+(\.\d)?%$/.test(line))).toBe(true);
  });

  it('core stat, bar gauge and table: the data source’s 万元 unit, as Grafana formats it', async () => {
    for (const id of [5, 6, 7]) {
      expect((await page.panelText(id)).some((line) => /\d 万元$/.test(line))).toBe(true);
    }
  });
});
