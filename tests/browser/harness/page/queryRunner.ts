/*
 * A panel's query as Grafana's dashboard runs it (PanelQueryRunner and runRequest in Grafana 12): one
 * DataQueryRequest to the panel's data source, the response's frames and errors turned into PanelData,
 * then the panel's transformations and applyFieldOverrides with the plugin's field config registry.
 */
import {
  applyFieldOverrides,
  CoreApp,
  type DataFrame,
  type DataQueryError,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  type DataTransformerConfig,
  type FieldConfigSource,
  type GrafanaTheme2,
  LoadingState,
  type PanelData,
  type PanelPlugin,
  type TimeRange,
  transformDataFrame,
} from '@grafana/data';
import { toDataQueryError } from '@grafana/runtime';
import { from, lastValueFrom, toArray } from 'rxjs';

import type { SavedPanel } from './panelModel';

let requestCounter = 0;

export interface QueryContext {
  dataSource: DataSourceApi;
  panel: SavedPanel;
  timeRange: TimeRange;
  timeZone: string;
  dashboardUID?: string;
  replaceVariables: (text: string) => string;
}

/** What the data source answered for the panel, before transformations and field config. */
export async function runPanelQuery(context: QueryContext): Promise<PanelData> {
  const { dataSource, panel, timeRange, timeZone } = context;
  const targets = (panel.targets ?? []).map((target) => ({
    ...target,
    refId: target.refId ?? 'A',
    datasource: (target.datasource as object) ?? panel.datasource ?? dataSource.getRef(),
  }));
  requestCounter += 1;
  const request: DataQueryRequest = {
    app: CoreApp.Dashboard,
    requestId: `SQR${requestCounter}`,
    timezone: timeZone,
    range: timeRange,
    rangeRaw: timeRange.raw,
    interval: '1h',
    intervalMs: 3_600_000,
    maxDataPoints: panel.maxDataPoints ?? 1000,
    targets: targets as DataQueryRequest['targets'],
    scopedVars: {},
    startTime: Date.now(),
    dashboardUID: context.dashboardUID,
    panelId: panel.id,
    panelName: panel.title,
    panelPluginId: panel.type,
    filters: [],
  };
  try {
    const response: DataQueryResponse = await lastValueFrom(from(dataSource.query(request)), {
      defaultValue: { data: [] },
    });
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const errors: DataQueryError[] = [...(response.errors ?? []), ...(response.error ? [response.error] : [])];
    return {
      series: (response.data ?? []) as DataFrame[],
      state: errors.length ? LoadingState.Error : (response.state ?? LoadingState.Done),
      errors: errors.length ? errors : undefined,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      error: errors[0],
      timeRange,
      request,
    };
  } catch (error) {
    const queryError = toDataQueryError(error);
    return { series: [], state: LoadingState.Error, errors: [queryError], error: queryError, timeRange, request };
  }
}

/** Transformations, then the field config applied the way the panel query runner applies it. */
export async function processPanelData(
  data: PanelData,
  panel: SavedPanel,
  plugin: PanelPlugin,
  fieldConfig: FieldConfigSource,
  theme: GrafanaTheme2,
  timeZone: string,
  replaceVariables: (text: string) => string
): Promise<PanelData> {
  const transformations = (panel.transformations ?? []).filter(
    (transformation) => !transformation.disabled
  ) as DataTransformerConfig[];
  let series = data.series;
  if (transformations.length && series.length) {
    series = await lastValueFrom(
      transformDataFrame(transformations, series, { interpolate: replaceVariables }).pipe(toArray())
    ).then((all) => all[all.length - 1] ?? []);
  }
  return {
    ...data,
    series: applyFieldOverrides({
      data: series,
      fieldConfig,
      fieldConfigRegistry: plugin.fieldConfigRegistry,
      replaceVariables,
      theme,
      timeZone,
    }),
  };
}
