import { render, screen } from '@testing-library/react';
import React from 'react';

import { EventBusSrv, getDefaultTimeRange, LoadingState, type PanelProps } from '@grafana/data';

import enUS from '../../locales/en-US/seed-repscorecard-panel.json';
import zhHans from '../../locales/zh-Hans/seed-repscorecard-panel.json';
import { switchPluginLanguage } from '../../testing/pluginLanguage';
import pluginJson from './plugin.json';
import { ScorecardPanel } from './ScorecardPanel';
import { panelFieldConfig, processFrames, scorecardFrame } from './testing/frames';
import { DEFAULT_OPTIONS, type ScorecardOptions } from './types';

function renderLeaderboard() {
  const timeRange = getDefaultTimeRange();
  const fieldConfig = panelFieldConfig();
  const props: PanelProps<ScorecardOptions> = {
    id: 1,
    data: { series: processFrames([scorecardFrame()], fieldConfig), state: LoadingState.Done, timeRange },
    timeRange,
    timeZone: 'utc',
    options: DEFAULT_OPTIONS,
    transparent: false,
    width: 1400,
    height: 400,
    fieldConfig,
    renderCounter: 0,
    title: '销售排行榜',
    eventBus: new EventBusSrv(),
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    replaceVariables: (value: string) => value,
    onChangeTimeRange: jest.fn(),
  };
  return render(<ScorecardPanel {...props} />);
}

describe('the leaderboard in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('heads its columns from the zh-Hans locale file', () => {
    renderLeaderboard();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↑↓]/, ''));
    expect(headers).toContain(zhHans.header.rank);
    expect(headers).toContain(zhHans.header.score);
    expect(headers).not.toContain(enUS.header.rank);
  });
});
