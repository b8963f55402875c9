/*
 * A page showing the panel for headless Chromium (browser.test.ts): the URL's query picks the size,
 * options, data and theme. Rendered live, as in Grafana, so react-window measures and scrolls for real.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';

import { createTheme, EventBusSrv, getDefaultTimeRange, LoadingState } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import { ScorecardPanel } from '../ScorecardPanel';
import { DEFAULT_OPTIONS } from '../types';
import { leaderboardFrame, pacedScorecardFrame, panelFieldConfig, processFrames, scorecardFrame } from './frames';

const params = new URLSearchParams(location.search);
const width = Number(params.get('width') ?? 1200);
const height = Number(params.get('height') ?? 420);
const theme = createTheme({ colors: { mode: params.get('theme') === 'light' ? 'light' : 'dark' } });
const data = params.get('data');
const frame =
  data === 'small'
    ? scorecardFrame()
    : data === 'paced'
      ? pacedScorecardFrame(0.48)
      : leaderboardFrame(Number(params.get('reps') ?? 40));
const fieldConfig = panelFieldConfig({
  overrides: [
    {
      matcher: { id: 'byName', options: 'rep' },
      properties: [{ id: 'links', value: [{ title: 'Rep', url: '/d/rep?var-rep=${__data.fields.rep_id}' }] }],
    },
  ],
});
const timeRange = getDefaultTimeRange();

document.body.style.margin = '0';
document.body.style.background = theme.colors.background.primary;
document.body.style.fontFamily = theme.typography.fontFamily;
const root = document.getElementById('root')!;
root.style.width = `${width}px`;
root.style.height = `${height}px`;
createRoot(root).render(
  <ThemeContext.Provider value={theme}>
    <ScorecardPanel
      id={1}
      data={{ series: processFrames([frame], fieldConfig, theme), state: LoadingState.Done, timeRange }}
      timeRange={timeRange}
      timeZone="utc"
      options={{ ...DEFAULT_OPTIONS, ...JSON.parse(params.get('options') ?? '{}') }}
      transparent={false}
      width={width}
      height={height}
      fieldConfig={fieldConfig}
      renderCounter={0}
      title=""
      eventBus={new EventBusSrv()}
      onOptionsChange={() => {}}
      onFieldConfigChange={() => {}}
      replaceVariables={(value: string) => value}
      onChangeTimeRange={() => {}}
    />
  </ThemeContext.Provider>
);
