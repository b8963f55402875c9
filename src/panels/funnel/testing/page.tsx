import React from 'react';

import { createTheme, type DataFrame, type GrafanaTheme2 } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import { renderedMarkup } from '../../shared/testing/markup';
import { FunnelPanel } from '../FunnelPanel';
import type { FunnelOptions } from '../types';
import { funnelProps } from './panelProps';

export interface PageSettings {
  options?: Partial<FunnelOptions>;
  theme?: GrafanaTheme2;
  width: number;
  height: number;
}

/** A standalone page of the rendered panel for a real browser. */
export function panelPage(
  series: DataFrame[],
  { options = {}, theme = createTheme(), width, height }: PageSettings
): string {
  const { body, styles } = renderedMarkup(
    <ThemeContext.Provider value={theme}>
      <FunnelPanel {...funnelProps(series, options, { width, height })} />
    </ThemeContext.Provider>
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${styles.join('\n')}</style>
<style>body { margin: 0; background: ${theme.colors.background.primary}; font-family: ${theme.typography.fontFamily}; }</style>
</head><body>${body}</body></html>`;
}
