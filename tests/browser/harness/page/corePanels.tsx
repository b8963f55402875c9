/*
 * Grafana's core panels are part of Grafana, not of any npm package, so the harness cannot load them
 * as it loads this pack's plugins. To lay out whole dashboards it draws them with the @grafana/ui
 * components those panels are built on, fed the same way (getFieldDisplayValues for stat and bar
 * gauge, Table for table, TimeSeries for time series). Bar charts and pie charts have no such
 * component: they show their data as a table, marked as such. These stand-ins show that a core panel
 * received its data and field config; how Grafana itself draws them is checked by tests/e2e against a
 * real Grafana.
 */
import React from 'react';

import {
  type DisplayValueAlignmentFactors,
  FieldColorModeId,
  FieldConfigProperty,
  type FieldConfigPropertyItem,
  type FieldDisplay,
  getDisplayValueAlignmentFactors,
  getFieldDisplayValues,
  identityOverrideProcessor,
  PanelPlugin,
  type PanelProps,
  type ReduceDataOptions,
  VizOrientation,
} from '@grafana/data';
import {
  BarGauge,
  BarGaugeDisplayMode,
  BigValue,
  BigValueColorMode,
  BigValueGraphMode,
  BigValueJustifyMode,
  BigValueTextMode,
  Table,
  TimeSeries,
  useTheme2,
  VizRepeater,
} from '@grafana/ui';

import { BarGaugeNamePlacement, BarGaugeValueMode } from '@grafana/schema';

import type { SavedPanel } from './panelModel';

type Options = Record<string, any>;

const NoEditor = () => null;

/** Grafana's defaultGraphConfig (the time series panel's custom field config defaults). */
const GRAPH_DEFAULTS: Record<string, unknown> = {
  drawStyle: 'line',
  lineInterpolation: 'linear',
  lineWidth: 1,
  fillOpacity: 0,
  gradientMode: 'none',
  barAlignment: 0,
  barWidthFactor: 0.6,
  stacking: { mode: 'none', group: 'A' },
  axisPlacement: 'auto',
  axisColorMode: 'text',
  axisBorderShow: false,
  axisCenteredZero: false,
  scaleDistribution: { type: 'linear' },
  showPoints: 'auto',
  pointSize: 5,
  spanNulls: false,
  insertNulls: false,
  hideFrom: { legend: false, tooltip: false, viz: false },
  thresholdsStyle: { mode: 'off' },
};

/** Every custom.* property the saved panel sets, so that applyFieldOverrides applies it. */
function customPaths(panel: SavedPanel): string[] {
  const paths = new Set(Object.keys(panel.fieldConfig?.defaults?.custom ?? {}));
  for (const rule of panel.fieldConfig?.overrides ?? []) {
    for (const property of rule.properties) {
      if (property.id.startsWith('custom.')) {
        paths.add(property.id.slice('custom.'.length));
      }
    }
  }
  return [...paths];
}

function customItems(
  paths: string[],
  defaults: Record<string, unknown>
): Array<FieldConfigPropertyItem<any, any, any>> {
  const all = new Set([...Object.keys(defaults), ...paths]);
  return [...all].map((path) => ({
    id: path,
    path,
    name: path,
    editor: NoEditor,
    override: NoEditor,
    process: identityOverrideProcessor,
    shouldApply: () => true,
    settings: {},
    defaultValue: defaults[path],
  }));
}

function displayValues(props: PanelProps<Options>, theme: ReturnType<typeof useTheme2>): FieldDisplay[] {
  return getFieldDisplayValues({
    fieldConfig: props.fieldConfig,
    reduceOptions: (props.options.reduceOptions ?? { calcs: ['lastNotNull'] }) as ReduceDataOptions,
    replaceVariables: props.replaceVariables,
    theme,
    data: props.data.series,
    timeZone: props.timeZone,
  });
}

function StatStandIn(props: PanelProps<Options>) {
  const theme = useTheme2();
  const { options } = props;
  return (
    <VizRepeater<FieldDisplay, DisplayValueAlignmentFactors>
      getValues={() => displayValues(props, theme)}
      getAlignmentFactors={getDisplayValueAlignmentFactors}
      renderValue={({ value, alignmentFactors, width, height, count }) => (
        <BigValue
          value={value.display}
          count={count}
          sparkline={value.sparkline}
          colorMode={(options.colorMode as BigValueColorMode) ?? BigValueColorMode.Value}
          graphMode={(options.graphMode as BigValueGraphMode) ?? BigValueGraphMode.None}
          justifyMode={(options.justifyMode as BigValueJustifyMode) ?? BigValueJustifyMode.Auto}
          textMode={(options.textMode as BigValueTextMode) ?? BigValueTextMode.Auto}
          alignmentFactors={alignmentFactors}
          text={options.text}
          width={width}
          height={height}
          theme={theme}
          disableWideLayout={options.wideLayout === false}
        />
      )}
      width={props.width}
      height={props.height}
      source={props.data}
      renderCounter={props.renderCounter}
      autoGrid={true}
      orientation={(options.orientation as VizOrientation) ?? VizOrientation.Auto}
      minVizWidth={options.minVizWidth ?? 75}
      minVizHeight={options.minVizHeight ?? 75}
    />
  );
}

function BarGaugeStandIn(props: PanelProps<Options>) {
  const theme = useTheme2();
  const { options } = props;
  const orientation = (options.orientation as VizOrientation) ?? VizOrientation.Horizontal;
  return (
    <VizRepeater<FieldDisplay, DisplayValueAlignmentFactors>
      getValues={() => displayValues(props, theme)}
      getAlignmentFactors={getDisplayValueAlignmentFactors}
      renderValue={({ value, alignmentFactors, width, height }) => (
        <BarGauge
          value={value.display}
          width={width}
          height={height}
          orientation={orientation}
          field={value.field}
          display={
            value.view && value.colIndex !== undefined ? value.view.getFieldDisplayProcessor(value.colIndex) : undefined
          }
          text={options.text}
          theme={theme}
          itemSpacing={8}
          displayMode={(options.displayMode as BarGaugeDisplayMode) ?? BarGaugeDisplayMode.Gradient}
          showUnfilled={options.showUnfilled ?? true}
          valueDisplayMode={(options.valueMode as BarGaugeValueMode) ?? BarGaugeValueMode.Color}
          namePlacement={(options.namePlacement as BarGaugeNamePlacement) ?? BarGaugeNamePlacement.Auto}
          alignmentFactors={alignmentFactors}
          isOverflow={false}
        />
      )}
      width={props.width}
      height={props.height}
      source={props.data}
      renderCounter={props.renderCounter}
      itemSpacing={8}
      orientation={orientation}
      minVizWidth={options.minVizWidth ?? 8}
      minVizHeight={options.minVizHeight ?? 16}
      maxVizHeight={options.maxVizHeight ?? 300}
    />
  );
}

function TableStandIn(props: PanelProps<Options>) {
  const frame = props.data.series[(props.options.frameIndex as number) ?? 0] ?? props.data.series[0];
  if (!frame) {
    return <div data-testid="core-panel-no-data">No data</div>;
  }
  return (
    <Table
      data={frame}
      width={props.width}
      height={props.height}
      showTypeIcons={false}
      cellHeight={props.options.cellHeight}
      timeRange={props.timeRange}
    />
  );
}

function TimeSeriesStandIn(props: PanelProps<Options>) {
  const series = props.data.series.filter((frame) => frame.fields.some((field) => field.type === 'time'));
  if (series.length === 0) {
    return <div data-testid="core-panel-no-data">No data</div>;
  }
  return (
    <TimeSeries
      frames={series}
      timeRange={props.timeRange}
      timeZone={props.timeZone}
      width={props.width}
      height={props.height}
      legend={props.options.legend}
      options={props.options}
    >
      {() => null}
    </TimeSeries>
  );
}

/** The frame an XY chart's manual series mapping draws (its first series' frame index), else the first. */
function xyFrameIndex(options: Options): number {
  const series = options.series as Array<{ frame?: { matcher?: { id?: string; options?: unknown } } }> | undefined;
  const matcher = series?.[0]?.frame?.matcher;
  return matcher?.id === 'byIndex' && typeof matcher.options === 'number' ? matcher.options : 0;
}

/** For panels with no @grafana/ui component: the data they received, as a table, marked as a stand-in. */
function DataAsTable(type: string, frameIndex: (options: Options) => number = () => 0) {
  return function DataAsTableStandIn(props: PanelProps<Options>) {
    const theme = useTheme2();
    const noteHeight = 20;
    const frame = props.data.series[frameIndex(props.options)];
    return (
      <div style={{ width: props.width, height: props.height }}>
        <div
          data-testid="core-panel-stand-in-note"
          style={{
            height: noteHeight,
            fontSize: theme.typography.bodySmall.fontSize,
            color: theme.colors.text.secondary,
          }}
        >
          {`${type}: drawn by Grafana itself; its data:`}
        </div>
        {frame ? (
          <Table data={frame} width={props.width} height={props.height - noteHeight} showTypeIcons={false} />
        ) : (
          <div data-testid="core-panel-no-data">No data</div>
        )}
      </div>
    );
  };
}

interface CoreSpec {
  component: React.ComponentType<PanelProps<Options>>;
  custom: Record<string, unknown>;
  /** panels that colour by series default to the classic palette, the others by thresholds */
  bySeries?: boolean;
}

const COMPONENTS: Record<string, CoreSpec> = {
  stat: { component: StatStandIn, custom: {} },
  gauge: { component: BarGaugeStandIn, custom: {} },
  bargauge: { component: BarGaugeStandIn, custom: {} },
  table: { component: TableStandIn, custom: { align: 'auto', cellOptions: { type: 'auto' }, inspect: false } },
  timeseries: { component: TimeSeriesStandIn, custom: GRAPH_DEFAULTS, bySeries: true },
  barchart: { component: DataAsTable('Bar chart'), custom: {}, bySeries: true },
  piechart: { component: DataAsTable('Pie chart'), custom: {}, bySeries: true },
  xychart: { component: DataAsTable('XY chart', xyFrameIndex), custom: {}, bySeries: true },
};

export function isCorePanel(type: string): boolean {
  return type in COMPONENTS;
}

/** A PanelPlugin standing in for the core panel of `panel.type`, with the custom field config it uses. */
export function corePanelPlugin(panel: SavedPanel): PanelPlugin {
  const spec = COMPONENTS[panel.type];
  const items = customItems(customPaths(panel), spec.custom);
  const plugin = new PanelPlugin<Options>(spec.component).useFieldConfig({
    standardOptions: spec.bySeries
      ? {
          [FieldConfigProperty.Color]: {
            settings: { byValueSupport: true, bySeriesSupport: true, preferThresholdsMode: false },
            defaultValue: { mode: FieldColorModeId.PaletteClassic },
          },
        }
      : {},
    useCustomConfig: (builder) => {
      for (const entry of items) {
        builder.addCustomEditor(entry);
      }
    },
  });
  plugin.meta = {
    id: panel.type,
    name: panel.type,
    type: 'panel',
    module: 'core:plugin/' + panel.type,
    baseUrl: '',
    info: {
      version: '',
      updated: '',
      author: { name: 'Grafana Labs' },
      description: '',
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
    },
  } as unknown as PanelPlugin['meta'];
  return plugin;
}
