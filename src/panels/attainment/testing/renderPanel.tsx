import { render } from '@testing-library/react';
import React from 'react';

import {
  type DataFrame,
  type DataQueryRequest,
  dateTime,
  type FieldConfigSource,
  type GrafanaTheme2,
  ThemeContext,
} from '@grafana/data';

import { renderedMarkup } from '../../shared/testing/markup';
import { panelProps } from '../../shared/testing/panelProps';
import { AttainmentPanel } from '../AttainmentPanel';
import { type AttainmentOptions, defaultOptions } from '../types';
import { darkTheme, processFrames } from './frames';

export interface RenderSettings {
  options?: Partial<AttainmentOptions>;
  fieldConfig?: FieldConfigSource;
  theme?: GrafanaTheme2;
  width?: number;
  height?: number;
}

/** The panel as Grafana renders it: frames through applyFieldOverrides, the theme in context. */
function panel(
  frames: DataFrame[],
  {
    options = {},
    fieldConfig = { defaults: {}, overrides: [] },
    theme = darkTheme,
    width = 1200,
    height = 600,
  }: RenderSettings = {}
) {
  const props = panelProps(
    processFrames(frames, fieldConfig, theme),
    { ...defaultOptions, ...options },
    {
      width,
      height,
      fieldConfig,
      timeRange: { from: dateTime(0), to: dateTime(1000), raw: { from: 'now-30d', to: 'now' } },
      // the query's time is the test's now (which tests may fix with jest.spyOn(Date, 'now'))
      data: { request: { startTime: Date.now() } as DataQueryRequest },
    }
  );
  return (
    <ThemeContext.Provider value={theme}>
      <AttainmentPanel {...props} />
    </ThemeContext.Provider>
  );
}

export function renderPanel(frames: DataFrame[], settings: RenderSettings = {}) {
  return render(panel(frames, settings));
}

/** The rendered panel's markup and styles, to load it into a real browser. */
export function panelMarkup(frames: DataFrame[], settings: RenderSettings = {}): { body: string; styles: string[] } {
  return renderedMarkup(panel(frames, settings));
}
