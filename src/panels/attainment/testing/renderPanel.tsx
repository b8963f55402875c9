import { render } from '@testing-library/react';
import React from 'react';

import {
  type DataFrame,
  dateTime,
  type FieldConfigSource,
  type GrafanaTheme2,
  LoadingState,
  type PanelProps,
  ThemeContext,
} from '@grafana/data';

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

/** Renders the panel as Grafana would: frames through applyFieldOverrides, the theme in context. */
export function renderPanel(
  frames: DataFrame[],
  {
    options = {},
    fieldConfig = { defaults: {}, overrides: [] },
    theme = darkTheme,
    width = 1200,
    height = 600,
  }: RenderSettings = {}
) {
  const series = processFrames(frames, fieldConfig, theme);
  const timeRange = { from: dateTime(0), to: dateTime(1000), raw: { from: 'now-30d', to: 'now' } };
  const props = {
    id: 1,
    // the query's time is the test's now (which tests may fix with jest.spyOn(Date, 'now'))
    data: { series, state: LoadingState.Done, timeRange, request: { startTime: Date.now() } },
    timeRange,
    timeZone: 'utc',
    options: { ...defaultOptions, ...options },
    fieldConfig,
    transparent: false,
    width,
    height,
    renderCounter: 0,
    title: '',
    eventBus: {
      publish: jest.fn(),
      getStream: jest.fn(),
      subscribe: jest.fn(),
      removeAllListeners: jest.fn(),
      newScopedBus: jest.fn(),
    },
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    replaceVariables: (value: string) => value,
    onChangeTimeRange: jest.fn(),
  } as unknown as PanelProps<AttainmentOptions>;
  return render(
    <ThemeContext.Provider value={theme}>
      <AttainmentPanel {...props} />
    </ThemeContext.Provider>
  );
}

/**
 * The rendered panel's markup and the styles emotion inserted for it (jsdom keeps them as CSSOM
 * rules, not as text in the style elements), to load it into a real browser.
 */
export function panelMarkup(frames: DataFrame[], settings: RenderSettings = {}): { body: string; styles: string[] } {
  const { container, unmount } = renderPanel(frames, settings);
  const styles = Array.from(document.styleSheets).flatMap((sheet) =>
    Array.from(sheet.cssRules).map((rule) => rule.cssText)
  );
  const body = container.innerHTML;
  unmount();
  return { body, styles };
}
