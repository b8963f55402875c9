import {
  type DataFrame,
  dateTime,
  EventBusSrv,
  type FieldConfigSource,
  type InterpolateFunction,
  LoadingState,
  type PanelData,
  type PanelProps,
  type TimeRange,
} from '@grafana/data';

export interface PanelSettings {
  width?: number;
  height?: number;
  fieldConfig?: FieldConfigSource;
  timeRange?: TimeRange;
  title?: string;
  /** Grafana's template service; the panels' links call it. */
  replaceVariables?: InterpolateFunction;
  /** More of the query's result than its frames (its request, …). */
  data?: Partial<PanelData>;
}

const JANUARY_2026: TimeRange = {
  from: dateTime('2026-01-01T00:00:00Z'),
  to: dateTime('2026-02-01T00:00:00Z'),
  raw: { from: 'now-30d', to: 'now' },
};

/** The props Grafana passes a panel, around frames that already went through applyFieldOverrides. */
export function panelProps<T>(
  series: DataFrame[],
  options: T,
  {
    width = 600,
    height = 400,
    fieldConfig = { defaults: {}, overrides: [] },
    timeRange = JANUARY_2026,
    title = '',
    replaceVariables = (value: string) => value,
    data = {},
  }: PanelSettings = {}
): PanelProps<T> {
  return {
    id: 1,
    data: { series, state: LoadingState.Done, timeRange, ...data },
    timeRange,
    timeZone: 'utc',
    options,
    fieldConfig,
    transparent: false,
    width,
    height,
    renderCounter: 1,
    title,
    eventBus: new EventBusSrv(),
    onOptionsChange: () => {},
    onFieldConfigChange: () => {},
    replaceVariables,
    onChangeTimeRange: () => {},
  };
}
