import { render } from '@testing-library/react';
import React from 'react';

import { createTheme, type DataFrame, type GrafanaTheme2 } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import { FunnelPanel } from '../FunnelPanel';
import type { FunnelOptions } from '../types';
import { panelProps } from './panelProps';

export interface PageSettings {
  options?: Partial<FunnelOptions>;
  theme?: GrafanaTheme2;
  width: number;
  height: number;
}

/**
 * A standalone page of the rendered panel for a real browser: the markup plus the rules emotion
 * inserted (jsdom keeps them as CSSOM rules, not as text of the style elements).
 */
export function panelPage(
  series: DataFrame[],
  { options = {}, theme = createTheme(), width, height }: PageSettings
): string {
  const { container, unmount } = render(
    <ThemeContext.Provider value={theme}>
      <FunnelPanel {...panelProps(series, options, { width, height })} />
    </ThemeContext.Provider>
  );
  const rules = Array.from(document.styleSheets).flatMap((sheet) =>
    Array.from(sheet.cssRules).map((rule) => rule.cssText)
  );
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>${rules.join('\n')}</style>
<style>body { margin: 0; background: ${theme.colors.background.primary}; font-family: ${theme.typography.fontFamily}; }</style>
</head><body>${container.innerHTML}</body></html>`;
  unmount();
  return page;
}
