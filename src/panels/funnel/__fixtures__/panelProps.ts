import { type DataFrame, dateTime, EventBusSrv, LoadingState, type PanelProps, type TimeRange } from '@grafana/data';

import { DEFAULT_OPTIONS, type FunnelOptions } from '../types';
import { replaceVariables } from './frames';

const timeRange: TimeRange = {
  from: dateTime('2026-01-01T00:00:00Z'),
  to: dateTime('2026-02-01T00:00:00Z'),
  raw: { from: 'now-30d', to: 'now' },
};

/** The props Grafana passes a panel, around frames that already went through applyFieldOverrides. */
export function panelProps(
  series: DataFrame[],
  options: Partial<FunnelOptions> = {},
  size: { width: number; height: number } = { width: 600, height: 400 }
): PanelProps<FunnelOptions> {
  return {
    id: 7,
    data: { series, state: LoadingState.Done, timeRange },
    timeRange,
    timeZone: 'utc',
    options: { ...DEFAULT_OPTIONS, ...options },
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: size.width,
    height: size.height,
    renderCounter: 1,
    title: '',
    eventBus: new EventBusSrv(),
    onOptionsChange: () => {},
    onFieldConfigChange: () => {},
    replaceVariables,
    onChangeTimeRange: () => {},
  };
}
