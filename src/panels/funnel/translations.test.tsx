import { cleanup, render, screen } from '@testing-library/react';
import React from 'react';

import { createTheme, FieldType } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import enUS from '../../locales/en-US/seed-salesfunnel-panel.json';
import zhHans from '../../locales/zh-Hans/seed-salesfunnel-panel.json';
import { dataSourceFunnelFrame, longFrame, prepare, snapshotFunnelFrame } from './testing/frames';
import { funnelProps } from './testing/panelProps';
import { FunnelPanel } from './FunnelPanel';
import pluginJson from './plugin.json';
import type { FunnelOptions } from './types';
import { switchPluginLanguage } from '../../testing/pluginLanguage';

const renderPanel = (series: ReturnType<typeof prepare>, options: Partial<FunnelOptions> = {}) =>
  render(
    <ThemeContext.Provider value={createTheme()}>
      <FunnelPanel {...funnelProps(series, options)} />
    </ThemeContext.Provider>
  );

/** The texts drawn in each stage of the first funnel. */
const stageTexts = () =>
  screen
    .getAllByRole('listitem')
    .map((stage) => Array.from(stage.querySelectorAll('text')).map((node) => node.textContent));

/** The open pipeline by stage in `unit`, its amounts divided by `scale` as the data source does for 万元. */
function openPipeline(unit: string, scale: number) {
  const frame = snapshotFunnelFrame('amount');
  const amounts = [123_000_000, 47_823_450, 9_999_960, 8600];
  return {
    ...frame,
    fields: frame.fields.map((field) =>
      field.name === 'value' || field.name === 'amount'
        ? { ...field, type: FieldType.number, values: amounts.map((amount) => amount / scale), config: { unit } }
        : field
    ),
  };
}

describe('the funnel in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('labels stages from the zh-Hans locale file', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]));
    const texts = Array.from(screen.getAllByRole('listitem')[1].querySelectorAll('text')).map(
      (node) => node.textContent
    );
    // the data source's count of deals takes its measure word
    expect(texts).toEqual(['Qualified', '120 笔', '占上一阶段 60.0%', '占第一阶段 60.0%', '流失 80 笔']);
    expect(screen.getAllByRole('listitem')[1].getAttribute('aria-label')).toContain('阶段转化率: 60.0%');
  });

  it('writes the open pipeline in 万 and 亿, from yuan or from 万元', () => {
    for (const [unit, scale] of [
      ['currency:¥', 1],
      ['suffix:万元', 10_000],
    ] as const) {
      renderPanel(prepare([openPipeline(unit, scale)]));
      expect(screen.getByTestId('funnel-caption').textContent).toBe('按当前阶段的进行中商机金额');
      expect(stageTexts().map((texts) => texts.slice(0, 2))).toEqual([
        ['Prospecting', '¥1.23亿'],
        ['Qualification', '¥4782万'],
        // 9,999,960 is 999.996万: 1000万
        ['Proposal', '¥1000万'],
        ['Negotiation', '¥8600'],
      ]);
      cleanup();
    }
  });

  it('writes Grafana’s units when the option says off', () => {
    renderPanel(prepare([openPipeline('currency:¥', 1)]), { chineseNumbers: 'off' });
    expect(stageTexts()[0].slice(0, 2)).toEqual(['Prospecting', '¥123M']);
  });

  it('explains bad data in Chinese', () => {
    renderPanel(prepare([longFrame([10, -3, 1])]));
    expect(screen.getByText(/阶段“Signup”的数值为负数（-3）。漏斗要求数值大于或等于 0。/)).toBeInTheDocument();
  });
});
