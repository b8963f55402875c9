import { screen, within } from '@testing-library/react';

import { createDataFrame, FieldType } from '@grafana/data';

import enUS from '../../locales/en-US/seed-repscorecard-panel.json';
import zhHans from '../../locales/zh-Hans/seed-repscorecard-panel.json';
import { switchPluginLanguage } from '../../testing/pluginLanguage';
import pluginJson from './plugin.json';
import { scorecardFrame } from './testing/frames';
import { renderPanel } from './testing/renderPanel';

const WAN_YUAN = 'suffix:万元';

/** The data source's scorecard frame of two regions in 万元 (amounts ÷ 10,000), bookings and won deals. */
function regionsInWanYuan() {
  const number = (name: string, values: Array<number | null>, config: object = {}) => ({
    name,
    type: FieldType.number,
    values,
    config,
  });
  return createDataFrame({
    refId: 'A',
    meta: {
      custom: {
        kind: 'scorecard',
        entity: 'region',
        normalize: 'target',
        metrics: [
          { id: 'bookings', weight: 2, lowerIsBetter: false, label: 'Bookings', unit: WAN_YUAN },
          { id: 'won_deals', weight: 1, lowerIsBetter: false, label: 'Won deals', unit: 'none' },
        ],
        sparkline: { metric: 'bookings', grain: 'month', times: [1, 2, 3] },
      },
    },
    fields: [
      { name: 'region', type: FieldType.string, values: ['华东', '华南'], config: { displayNameFromDS: '区域' } },
      number('bookings', [12_300, 478.2345], { displayNameFromDS: '成交额', unit: WAN_YUAN }),
      number('bookings_target', [15_000, 500], { unit: WAN_YUAN }),
      number('bookings_pct_of_target', [0.82, 0.9565], { unit: 'percentunit', decimals: 0 }),
      number('bookings_rank', [1, 2]),
      number('won_deals', [42, 12], { displayNameFromDS: '赢单数', unit: 'none', decimals: 0 }),
      number('won_deals_target', [null, null], { unit: 'none', decimals: 0 }),
      number('won_deals_pct_of_target', [null, null], { unit: 'percentunit', decimals: 0 }),
      number('won_deals_rank', [1, 2]),
      number('score', [1.2, 0.8], { decimals: 2 }),
      number('rank', [1, 2]),
      {
        name: 'sparkline',
        type: FieldType.other,
        values: [
          [3000, 4000, 5300],
          [100, 150, 228.2345],
        ],
      },
    ],
  });
}

const rows = () => screen.getAllByTestId('scorecard-row');
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the leaderboard in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('heads its columns from the zh-Hans locale file', () => {
    renderPanel([scorecardFrame()]);
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↑↓]/, ''));
    expect(headers).toContain(zhHans.header.rank);
    expect(headers).toContain(zhHans.header.score);
    expect(headers).not.toContain(enUS.header.rank);
  });

  it('writes amounts in 万 and 亿 and won deals with their measure word', () => {
    renderPanel([regionsInWanYuan()], { options: { showSparklines: false } });
    const [east, south] = rows().map(cellTexts);
    expect(east).toEqual(expect.arrayContaining(['华东', '¥1.23亿', '82%', '42 笔']));
    expect(south).toEqual(expect.arrayContaining(['华南', '¥478.2万', '96%', '12 笔']));
    const chip = within(rows()[1])
      .getAllByRole('cell')
      .flatMap((cell) => [...cell.querySelectorAll('[title]')]);
    expect(chip.map((element) => element.getAttribute('title'))).toContain('¥478.2万，目标 ¥500万');
  });

  it('names the trend of an amount in 万', () => {
    renderPanel([regionsInWanYuan()]);
    expect(screen.getAllByRole('img', { name: /趋势/ })[1]).toHaveAccessibleName('成交额 趋势：从 ¥100万 到 ¥228.2万');
  });

  it('writes Grafana’s units when the option says off', () => {
    renderPanel([regionsInWanYuan()], { options: { chineseNumbers: 'off', showSparklines: false } });
    expect(cellTexts(rows()[1])).toEqual(expect.arrayContaining(['478 万元', '12']));
  });
});
