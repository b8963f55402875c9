import { render } from '@testing-library/react';
import React from 'react';

import {
  type DataFrame,
  EventBusSrv,
  type FieldConfigSource,
  getDefaultTimeRange,
  LoadingState,
  type PanelProps,
} from '@grafana/data';

import { ScorecardPanel } from '../ScorecardPanel';
import { DEFAULT_OPTIONS, type ScorecardOptions } from '../types';
import { panelFieldConfig, processFrames } from './frames';

export interface Setup {
  options?: Partial<ScorecardOptions>;
  width?: number;
  height?: number;
  fieldConfig?: FieldConfigSource;
}

/** The panel as a dashboard renders it: the frames through applyFieldOverrides, then the panel's props. */
export function renderPanel(
  frames: DataFrame[],
  { options = {}, width = 1400, height = 400, fieldConfig = panelFieldConfig() }: Setup = {}
) {
  const timeRange = getDefaultTimeRange();
  const props: PanelProps<ScorecardOptions> = {
    id: 1,
    data: { series: processFrames(frames, fieldConfig), state: LoadingState.Done, timeRange },
    timeRange,
    timeZone: 'utc',
    options: { ...DEFAULT_OPTIONS, ...options },
    transparent: false,
    width,
    height,
    fieldConfig,
    renderCounter: 0,
    title: 'Team leaderboard',
    eventBus: new EventBusSrv(),
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    replaceVariables: (value: string) => value,
    onChangeTimeRange: jest.fn(),
  };
  return render(<ScorecardPanel {...props} />);
}
