import { render, screen } from '@testing-library/react';
import React from 'react';

import { createTheme } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import enUS from '../../locales/en-US/seed-salesfunnel-panel.json';
import zhHans from '../../locales/zh-Hans/seed-salesfunnel-panel.json';
import { dataSourceFunnelFrame, longFrame, prepare } from './testing/frames';
import { funnelProps } from './testing/panelProps';
import { FunnelPanel } from './FunnelPanel';
import pluginJson from './plugin.json';
import { switchPluginLanguage } from '../../testing/pluginLanguage';

const renderPanel = (series: ReturnType<typeof prepare>) =>
  render(
    <ThemeContext.Provider value={createTheme()}>
      <FunnelPanel {...funnelProps(series)} />
    </ThemeContext.Provider>
  );

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
    expect(texts).toEqual(['Qualified', '120', '占上一阶段 60.0%', '占第一阶段 60.0%', '流失 80']);
    expect(screen.getAllByRole('listitem')[1].getAttribute('aria-label')).toContain('阶段转化率: 60.0%');
  });

  it('explains bad data in Chinese', () => {
    renderPanel(prepare([longFrame([10, -3, 1])]));
    expect(screen.getByText(/阶段“Signup”的数值为负数（-3）。漏斗要求数值大于或等于 0。/)).toBeInTheDocument();
  });
});
