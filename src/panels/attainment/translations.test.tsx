import { screen, within } from '@testing-library/react';

import enUS from '../../locales/en-US/seed-attainment-panel.json';
import zhHans from '../../locales/zh-Hans/seed-attainment-panel.json';
import pluginJson from './plugin.json';
import { attainmentFrame, frameOf } from './testing/frames';
import { renderPanel } from './testing/renderPanel';
import { switchPluginLanguage } from '../../testing/pluginLanguage';

/** The data source's attainment frame for two regions, in yuan or in 万元, with a target metric. */
function regionsFrame(unit: string, scale: number, metric = 'bookings') {
  const frame = frameOf([
    { name: 'region', values: ['华东', '华南'] },
    { name: 'actual', values: [123_000_000 / scale, 4_782_345 / scale], unit },
    { name: 'target', values: [150_000_000 / scale, 5_000_000 / scale], unit },
    { name: 'attainment', values: [0.82, 0.9565], unit: 'percentunit' },
    { name: 'gap', values: [27_000_000 / scale, 217_655 / scale], unit },
    { name: 'required_run_rate', values: [1_800_000 / scale, 14_510 / scale], unit },
    { name: 'remaining_days', values: [15, 15], unit: 'none' },
  ]);
  return { ...frame, meta: { custom: { kind: 'attainment', metric } } };
}

const text = (gauge: HTMLElement, part: string) => within(gauge).getByTestId(`attainment-${part}`).textContent;

describe('the panel in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('draws its labels from the zh-Hans locale file, amounts in 万 with the data’s currency', () => {
    renderPanel([attainmentFrame()]);
    const [alice, bob] = screen.getAllByTestId('attainment-gauge');
    expect(text(alice, 'status')).toBe('✓ 进度正常');
    expect(text(bob, 'status')).toBe('! 需关注');
    expect(text(bob, 'target')).toBe('目标 $10万');
    expect(text(bob, 'daysLeft')).toBe('剩余 15 天');
    expect(text(bob, 'neededPerDay')).toBe('每日需完成：$3667');
    expect(text(alice, 'neededPerDay')).toBe('已达成目标');
  });

  it('writes yuan in 万 and 亿', () => {
    renderPanel([regionsFrame('currency:¥', 1)]);
    const [east, south] = screen.getAllByTestId('attainment-gauge');
    expect(text(east, 'actual')).toBe('¥1.23亿');
    expect(text(east, 'target')).toBe('目标 ¥1.5亿');
    expect(text(east, 'neededPerDay')).toBe('每日需完成：¥180万');
    expect(text(south, 'actual')).toBe('¥478.2万');
    expect(text(south, 'target')).toBe('目标 ¥500万');
    expect(within(east).getByRole('img').getAttribute('aria-label')).toBe(
      '华东：达成率 82%，¥1.23亿，目标 ¥1.5亿，落后'
    );
  });

  it('reads amounts in 万元 (the data source’s ÷ 10,000) as the same yuan', () => {
    renderPanel([regionsFrame('suffix:万元', 10_000)]);
    const [east, south] = screen.getAllByTestId('attainment-gauge');
    expect([text(east, 'actual'), text(east, 'target'), text(south, 'actual')]).toEqual([
      '¥1.23亿',
      '目标 ¥1.5亿',
      '¥478.2万',
    ]);
  });

  it('counts visits and customers with their measure word', () => {
    const visits = frameOf([
      { name: 'team', values: ['华东一组'] },
      { name: 'actual', values: [12], unit: 'none', decimals: 0 },
      { name: 'target', values: [40], unit: 'none', decimals: 0 },
      { name: 'gap', values: [28], unit: 'none', decimals: 0 },
      { name: 'required_run_rate', values: [1.9], unit: 'none', decimals: 1 },
      { name: 'remaining_days', values: [15], unit: 'none' },
    ]);
    renderPanel([{ ...visits, meta: { custom: { kind: 'attainment', metric: 'visits' } } }]);
    const [team] = screen.getAllByTestId('attainment-gauge');
    expect([text(team, 'actual'), text(team, 'target'), text(team, 'neededPerDay')]).toEqual([
      '12 次',
      '目标 40 次',
      '每日需完成：1.9 次',
    ]);
  });

  it('writes Grafana’s units when the option says off', () => {
    renderPanel([regionsFrame('currency:¥', 1)], { options: { chineseNumbers: 'off' } });
    const [east] = screen.getAllByTestId('attainment-gauge');
    expect([text(east, 'actual'), text(east, 'target')]).toEqual(['¥123M', '目标 ¥150M']);
  });
});

describe('the panel in English', () => {
  it('writes Grafana’s units, or 万 and 亿 when the option says on', () => {
    renderPanel([regionsFrame('currency:¥', 1)]);
    expect(text(screen.getAllByTestId('attainment-gauge')[0], 'actual')).toBe('¥123M');
    document.body.innerHTML = '';
    renderPanel([regionsFrame('currency:¥', 1)], { options: { chineseNumbers: 'on' } });
    expect(text(screen.getAllByTestId('attainment-gauge')[0], 'actual')).toBe('¥1.23亿');
  });
});
