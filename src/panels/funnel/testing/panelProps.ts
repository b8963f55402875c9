import type { DataFrame, PanelProps } from '@grafana/data';

import { panelProps } from '../../shared/testing/panelProps';
import { DEFAULT_OPTIONS, type FunnelOptions } from '../types';
import { replaceVariables } from './frames';

/** The funnel's props around frames that already went through applyFieldOverrides, its links resolved as Grafana does. */
export function funnelProps(
  series: DataFrame[],
  options: Partial<FunnelOptions> = {},
  size: { width: number; height: number } = { width: 600, height: 400 }
): PanelProps<FunnelOptions> {
  return panelProps(series, { ...DEFAULT_OPTIONS, ...options }, { ...size, replaceVariables });
}
