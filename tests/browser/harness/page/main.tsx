/*
 * The harness page: a small stand-in for Grafana's frontend that loads this pack's BUILT plugins
 * (dist/**\/module.js, AMD) through SystemJS with Grafana's shared dependencies, and renders
 * dashboards with them. The Node side (tests/browser/harness/harness.ts) drives it through
 * window.salesperfHarness.
 */
import 'uplot/dist/uPlot.min.css';

import i18next from 'i18next';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

import {
  createTheme,
  type DataFrameJSON,
  dataFrameToJSON,
  type FieldConfig,
  FieldType,
  formattedValueToString,
  getDisplayProcessor,
  type GrafanaTheme2,
  LoadingState,
  type PanelData,
  type PanelPlugin,
  rangeUtil,
  setWeekStart,
  type TimeRange,
} from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { config, setBackendSrv, setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { GlobalStyles, ThemeContext } from '@grafana/ui';

import { instanceSettings, TestDataSourceSrv } from '../../../datasource/lib/dataSourceSrv';
import { StandInSqlDataSource } from '../../../datasource/lib/sqlStandIn';
import { TestTemplateSrv, type TestVariable } from '../../../datasource/lib/templateSrv';
import { harnessBackendSrv } from './backendSrv';
import { type BenchPanel, benchElement } from './bench';
import { corePanelPlugin, isCorePanel } from './corePanels';
import { layoutProblems } from './layoutChecks';
import { PanelDataErrorView } from './panelDataErrorView';
import { panelTimeRange, preparePanel, type SavedPanel } from './panelModel';
import { loadDataSourcePlugin, loadPanelPlugin } from './pluginLoader';
import { processPanelData, runPanelQuery } from './queryRunner';
import { registerGrafanaRegistries } from '../../../../src/testing/grafanaRegistries';
import { setPanelDataErrorView } from './runtimeInternals';
import { resolveVariables, type SavedVariable } from './variables';
import { DashboardView, type LoadedPanel } from './views';

export interface DataSourceSetup {
  uid: string;
  name: string;
  jsonData: Record<string, unknown>;
}

export interface HarnessSetup {
  theme: 'dark' | 'light';
  /** the user's language (Grafana's code, e.g. zh-Hans); en-US when absent */
  language?: string;
  /** instances of this pack's data source (all from its built module) */
  dataSources: DataSourceSetup[];
  /** the Grafana SQL data source they read the warehouse through */
  warehouse: { uid: string; name: string; type: string };
}

export interface SavedDashboard {
  uid?: string;
  title?: string;
  timezone?: string;
  fiscalYearStartMonth?: number;
  weekStart?: string;
  time?: { from: string; to: string };
  panels?: SavedPanel[];
  templating?: { list?: SavedVariable[] };
}

export interface PanelReport {
  id?: number;
  title?: string;
  type: string;
  state: string;
  errors: string[];
  frames: number;
  rows: number;
  fields: string[];
  /** each field's config after applyFieldOverrides (the first field of that name) */
  fieldConfigs: Record<string, FieldConfig>;
}

export interface DashboardReport {
  width: number;
  height: number;
  variables: Record<string, string[]>;
  panels: PanelReport[];
}

const DATASOURCE_ID = 'seed-salesperf-datasource';

let theme: GrafanaTheme2 = createTheme();
let dataSourceSrv: TestDataSourceSrv | undefined;
let root: Root | undefined;
let renderCounter = 0;
async function setup(options: HarnessSetup): Promise<void> {
  theme = createTheme({ colors: { mode: options.theme } });
  config.theme2 = theme;
  config.bootData.user.theme = options.theme;
  config.bootData.user.lightTheme = options.theme === 'light';
  registerGrafanaRegistries();
  setPanelDataErrorView(PanelDataErrorView);
  setBackendSrv(harnessBackendSrv());
  await initPluginTranslations('grafana');
  if (options.language) {
    // as Grafana leaves i18next for a user of that language before it loads plugins: its own strings in
    // it (i18next resolves a language only once it holds a string in it)
    config.bootData.user.language = options.language;
    i18next.addResourceBundle(options.language, 'grafana', { common: { save: 'Save' } });
    await i18next.changeLanguage(options.language);
  }

  const { plugin, meta } = await loadDataSourcePlugin(DATASOURCE_ID);
  const warehouseSettings = instanceSettings(options.warehouse.uid, options.warehouse.type, options.warehouse.name);
  const instances: ConstructorParameters<typeof TestDataSourceSrv>[0] = [
    { settings: warehouseSettings, api: new StandInSqlDataSource(warehouseSettings) },
  ];
  for (const source of options.dataSources) {
    const settings = { ...instanceSettings(source.uid, DATASOURCE_ID, source.name, source.jsonData), meta };
    const api = new plugin.DataSourceClass(settings);
    api.components = plugin.components;
    api.meta = meta;
    instances.push({ settings, api });
  }
  dataSourceSrv = new TestDataSourceSrv(instances);
  setDataSourceSrv(dataSourceSrv);
}

function dashboardRange(dashboard: SavedDashboard): TimeRange {
  const raw = dashboard.time ?? { from: 'now-6h', to: 'now' };
  return rangeUtil.convertRawToRange(raw, dashboard.timezone || 'browser', dashboard.fiscalYearStartMonth);
}

async function loadPanel(
  saved: SavedPanel,
  dashboard: SavedDashboard,
  range: TimeRange,
  replaceVariables: (text: string) => string
): Promise<LoadedPanel> {
  const timeZone = dashboard.timezone || 'browser';
  const empty: PanelData = { series: [], state: LoadingState.Done, timeRange: range };
  if (saved.type === 'row') {
    return {
      saved,
      options: {},
      fieldConfig: { defaults: {}, overrides: [] },
      data: empty,
      timeRange: range,
      timeInfo: '',
    };
  }
  let plugin: PanelPlugin;
  try {
    plugin = isCorePanel(saved.type) ? corePanelPlugin(saved) : await loadPanelPlugin(saved.type);
  } catch (error) {
    return {
      saved,
      options: {},
      fieldConfig: { defaults: {}, overrides: [] },
      data: empty,
      timeRange: range,
      timeInfo: '',
      loadError: `Panel plugin ${saved.type} could not be loaded: ${(error as Error).message}`,
    };
  }
  const { options, fieldConfig } = await preparePanel(saved, plugin);
  const { timeRange, timeInfo } = panelTimeRange(saved, range, replaceVariables);
  let data = { ...empty, timeRange };
  if (saved.targets?.length) {
    const dataSource = await dataSourceSrv!.get(saved.datasource?.uid ?? undefined);
    const raw = await runPanelQuery({
      dataSource,
      panel: saved,
      timeRange,
      timeZone,
      dashboardUID: dashboard.uid,
      replaceVariables,
    });
    data = await processPanelData(raw, saved, plugin, fieldConfig, theme, timeZone, replaceVariables);
  }
  return { saved, plugin, options, fieldConfig, data, timeRange, timeInfo };
}

function reportOf(panel: LoadedPanel): PanelReport {
  const errors = panel.loadError ? [panel.loadError] : (panel.data.errors ?? []).map((error) => error.message ?? '');
  return {
    id: panel.saved.id,
    title: panel.saved.title,
    type: panel.saved.type,
    state: panel.loadError ? LoadingState.Error : panel.data.state,
    errors,
    frames: panel.data.series.length,
    rows: panel.data.series.reduce((sum, frame) => sum + frame.length, 0),
    fields: [...new Set(panel.data.series.flatMap((frame) => frame.fields.map((field) => field.name)))],
    fieldConfigs: Object.fromEntries(
      panel.data.series
        .flatMap((frame) => frame.fields)
        .reverse()
        .map((field) => [
          field.name,
          { unit: field.config.unit, decimals: field.config.decimals, displayName: field.config.displayName },
        ])
    ),
  };
}

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function mount(element: React.ReactElement): void {
  document.body.style.margin = '0';
  if (!root) {
    root = createRoot(document.getElementById('root')!);
  }
  root.render(
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <div style={{ padding: theme.spacing(2), background: theme.colors.background.canvas, minHeight: '100vh' }}>
        {element}
      </div>
    </ThemeContext.Provider>
  );
}

/** Loads, queries and draws a dashboard's panels (rows included, panels of collapsed rows not). */
async function renderDashboard(dashboard: SavedDashboard, width: number): Promise<DashboardReport> {
  if (!dataSourceSrv) {
    throw new Error('call setup() first');
  }
  setWeekStart(dashboard.weekStart);
  const range = dashboardRange(dashboard);
  const variables: TestVariable[] = [];
  const templateSrv = new TestTemplateSrv(variables);
  setTemplateSrv(templateSrv);
  const offered = await resolveVariables(dashboard.templating?.list ?? [], range, dataSourceSrv, variables);
  const replaceVariables = (text: string) => templateSrv.replace(text, {});
  const panels = await Promise.all(
    (dashboard.panels ?? []).map((panel) => loadPanel(panel, dashboard, range, replaceVariables))
  );
  const gridWidth = width - 2 * theme.spacing.gridSize * 2;
  renderCounter += 1;
  mount(
    <DashboardView
      panels={panels}
      width={gridWidth}
      timeZone={dashboard.timezone || 'browser'}
      renderCounter={renderCounter}
      replaceVariables={replaceVariables}
    />
  );
  await afterPaint();
  const element = document.querySelector('[data-testid="harness-dashboard"]') as HTMLElement;
  return {
    width: gridWidth,
    height: element.getBoundingClientRect().height,
    variables: offered,
    panels: panels.map(reportOf),
  };
}

/** The frames the data source answers for a panel of `dashboard` (before field config), as JSON. */
async function queryFrames(dashboard: SavedDashboard, panel: SavedPanel): Promise<DataFrameJSON[]> {
  const range = dashboardRange(dashboard);
  setTemplateSrv(new TestTemplateSrv([]));
  const dataSource = await dataSourceSrv!.get(panel.datasource?.uid ?? undefined);
  const data = await runPanelQuery({
    dataSource,
    panel,
    timeRange: range,
    timeZone: dashboard.timezone || 'browser',
    replaceVariables: (text) => text,
  });
  if (data.errors?.length) {
    throw new Error(data.errors.map((error) => error.message).join('; '));
  }
  return data.series.map((frame) => dataFrameToJSON(frame));
}

const benches = new Map<string, BenchPanel>();

export interface BenchSpec {
  key: string;
  type: string;
  options?: Record<string, unknown>;
  frames: DataFrameJSON[];
  width: number;
  height: number;
}

/** Loads a panel for the render benchmark: its plugin, options with defaults, and the frames to draw. */
async function benchLoad(spec: BenchSpec): Promise<void> {
  const saved: SavedPanel = {
    id: 1,
    type: spec.type,
    title: spec.key,
    options: spec.options ?? {},
    fieldConfig: { defaults: {}, overrides: [] },
  };
  const plugin = isCorePanel(spec.type) ? corePanelPlugin(saved) : await loadPanelPlugin(spec.type);
  const { options, fieldConfig } = await preparePanel(saved, plugin);
  benches.set(spec.key, {
    key: spec.key,
    plugin,
    saved,
    options,
    fieldConfig,
    frames: spec.frames,
    width: spec.width,
    height: spec.height,
  });
}

/**
 * `batch` refreshes of a benchmark panel in a row, each synchronous: new data through applyFieldOverrides
 * and the panel rendered, committed and its effects run; then painted. Resolves to the mean milliseconds
 * of one refresh's synchronous part (its script time). Timed as a batch because the fixed clock the
 * harness gives the page (Playwright's clock) ticks in whole milliseconds, as long as one refresh takes.
 */
async function benchRender(key: string, firstVariant: number, batch: number): Promise<number> {
  const bench = benches.get(key)!;
  const started = performance.now();
  for (let variant = firstVariant; variant < firstVariant + batch; variant++) {
    flushSync(() => mount(benchElement(bench, variant, theme)));
  }
  const elapsed = performance.now() - started;
  await afterPaint();
  return elapsed / batch;
}

/** `count` refreshes in a row, each painted before the next (a wall display over days). */
async function benchLoop(key: string, from: number, count: number): Promise<void> {
  for (let variant = from; variant < from + count; variant++) {
    await benchRender(key, variant, 1);
  }
}

/** A value as Grafana displays it in a field with `config` (unit, decimals …), in the current theme. */
function formatValue(value: number, config: FieldConfig): string {
  const display = getDisplayProcessor({ field: { type: FieldType.number, config }, theme });
  return formattedValueToString(display(value));
}

declare global {
  interface Window {
    salesperfHarness: {
      setup: typeof setup;
      renderDashboard: typeof renderDashboard;
      layoutProblems: typeof layoutProblems;
      formatValue: typeof formatValue;
      queryFrames: typeof queryFrames;
      benchLoad: typeof benchLoad;
      benchRender: typeof benchRender;
      benchLoop: typeof benchLoop;
    };
  }
}

window.salesperfHarness = {
  setup,
  renderDashboard,
  layoutProblems,
  formatValue,
  queryFrames,
  benchLoad,
  benchRender,
  benchLoop,
};
