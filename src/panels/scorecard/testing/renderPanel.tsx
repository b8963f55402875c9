import { render } from '@testing-library/react';
import React from 'react';

import { type DataFrame, type FieldConfigSource } from '@grafana/data';

import { panelProps } from '../../shared/testing/panelProps';
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
  const props = panelProps(
    processFrames(frames, fieldConfig),
    { ...DEFAULT_OPTIONS, ...options },
    { width, height, fieldConfig, title: 'Team leaderboard' }
  );
  return render(<ScorecardPanel {...props} />);
}
