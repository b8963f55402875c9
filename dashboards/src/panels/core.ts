import * as barchart from '@grafana/grafana-foundation-sdk/barchart';
import * as bargauge from '@grafana/grafana-foundation-sdk/bargauge';
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as piechart from '@grafana/grafana-foundation-sdk/piechart';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import * as xychart from '@grafana/grafana-foundation-sdk/xychart';

import { FORMULAS, getMetric } from '../../../src/sales';
import { SALES_DATASOURCE } from '../constants';
import { salesQuery, type SalesQueryOptions } from '../query';

/**
 * Grafana's core panels, configured the way the pack uses them. The data source's frames carry
 * units, decimals and display names, so panels set field config only where they differ.
 */

/** Thresholds from a base colour and [value, colour] steps. */
export function thresholds(base: string, ...steps: Array<[number, string]>): dashboard.ThresholdsConfigBuilder {
  return new dashboard.ThresholdsConfigBuilder()
    .mode(dashboard.ThresholdsMode.Absolute)
    .steps([{ value: null, color: base }, ...steps.map(([value, color]) => ({ value, color }))]);
}

export function fixedColor(color: string): dashboard.FieldColorBuilder {
  return new dashboard.FieldColorBuilder().mode(dashboard.FieldColorModeId.Fixed).fixedColor(color);
}

export function thresholdColor(): dashboard.FieldColorBuilder {
  return new dashboard.FieldColorBuilder().mode(dashboard.FieldColorModeId.Thresholds);
}

/** Field override properties (the DynamicConfigValue ids of Grafana's field config). */
export const property = {
  displayName: (value: string): dashboard.DynamicConfigValue => ({ id: 'displayName', value }),
  unit: (value: string): dashboard.DynamicConfigValue => ({ id: 'unit', value }),
  decimals: (value: number): dashboard.DynamicConfigValue => ({ id: 'decimals', value }),
  min: (value: number): dashboard.DynamicConfigValue => ({ id: 'min', value }),
  max: (value: number): dashboard.DynamicConfigValue => ({ id: 'max', value }),
  color: (value: dashboard.FieldColorBuilder): dashboard.DynamicConfigValue => ({ id: 'color', value: value.build() }),
  thresholds: (value: dashboard.ThresholdsConfigBuilder): dashboard.DynamicConfigValue => ({
    id: 'thresholds',
    value: value.build(),
  }),
  links: (value: Array<{ title: string; url: string }>): dashboard.DynamicConfigValue => ({ id: 'links', value }),
  custom: (path: string, value: unknown): dashboard.DynamicConfigValue => ({ id: `custom.${path}`, value }),
  mappings: (value: dashboard.ValueMapping[]): dashboard.DynamicConfigValue => ({ id: 'mappings', value }),
};

/** Transformations (ids of @grafana/data's DataTransformerID). */
export const transform = {
  /** Keeps the fields with these names (matched on field name or display name). */
  keepFields: (names: string[]): dashboard.DataTransformerConfig => ({
    id: 'filterFieldsByName',
    options: { include: { names } },
  }),
  /** The first rows of each frame: the top N of a frame sorted best first. */
  limit: (rows: number): dashboard.DataTransformerConfig => ({ id: 'limit', options: { limitField: rows } }),
  /**
   * Sorts the rows by the field at `index` of the frame as it reaches the transformation. Grafana's
   * sortBy matches `field` against display names, which the data source gives in the user's language,
   * so the index (which it reads first) is what finds the field in every language.
   */
  sortBy: (field: string, index: number, desc: boolean): dashboard.DataTransformerConfig => ({
    id: 'sortBy',
    options: { fields: {}, sort: [{ field, index, desc }] },
  }),
  /**
   * Shows these fields and hides the others of the frame, whose order they keep: Grafana orders fields
   * by their display names, which the data source gives in the user's language, so `shown` must list
   * them in the frame's order.
   */
  showFields: (shown: string[], all: string[]): dashboard.DataTransformerConfig => {
    const positions = shown.map((name) => all.indexOf(name));
    if (positions.some((position, index) => position < 0 || (index > 0 && position < positions[index - 1]))) {
      throw new Error(`showFields: ${shown.join(', ')} are not fields of ${all.join(', ')} in that order`);
    }
    return {
      id: 'organize',
      options: {
        excludeByName: Object.fromEntries(all.filter((name) => !shown.includes(name)).map((name) => [name, true])),
      },
    };
  },
  /**
   * A table of rows × columns from a frame grouped by two dimensions. The values are first copied
   * into a field without the data source's names, which the matrix would otherwise give every
   * column (it names the columns by the column dimension's values only where the values have none).
   */
  matrix: (rows: string, columns: string, value: string): dashboard.DataTransformerConfig[] => [
    {
      id: 'calculateField',
      options: { mode: 'reduceRow', reduce: { include: [value], reducer: 'sum' }, alias: 'matrix_value' },
    },
    {
      id: 'groupingToMatrix',
      options: { rowField: rows, columnField: columns, valueField: 'matrix_value', emptyValue: 'zero' },
    },
  ],
};

/** Values shown by name (ids the data source sends, as people read them). */
export function valueNames(names: Record<string, string>): dashboard.ValueMapping {
  return {
    type: dashboard.MappingType.ValueToText,
    options: Object.fromEntries(Object.entries(names).map(([value, text], index) => [value, { text, index }])),
  };
}

/** Status values of the attainment frame shown in words and colours. */
export function statusMappings(): dashboard.ValueMapping[] {
  return [
    {
      type: dashboard.MappingType.ValueToText,
      options: {
        on_track: { text: 'On track', color: 'green', index: 0 },
        cautioned: { text: 'Cautioned', color: 'orange', index: 1 },
        off_track: { text: 'Off track', color: 'red', index: 2 },
      },
    },
  ];
}

function lastValue(): common.ReduceDataOptionsBuilder {
  return new common.ReduceDataOptionsBuilder().calcs(['lastNotNull']).values(false);
}

export function statPanel(title: string): stat.PanelBuilder {
  return new stat.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .graphMode(common.BigValueGraphMode.None)
    .colorMode(common.BigValueColorMode.Value)
    .justifyMode(common.BigValueJustifyMode.Center)
    .textMode(common.BigValueTextMode.Auto)
    .reduceOptions(lastValue())
    .noValue('–');
}

/** The names of a key figure's values: the figure so far (or now, for a state) and its change. */
export const KEY_FIGURE_WORDS = {
  soFar: 'So far',
  now: 'Now',
  change: 'vs same day last quarter',
  /** what the change compares with, per time behaviour (docs/frames.md, "What the comparisons mean") */
  comparedFlow: 'The change compares with last quarter up to the same day and hour.',
  comparedSnapshot:
    'The change compares with the same day of last quarter, rebuilt from the dates recorded (deals created and closed, leads assigned, payments received) with today’s amounts.',
  notCompared:
    'No comparison: the forecast category and probability each deal had on a past day are not recorded, so last quarter’s figure cannot be rebuilt.',
};

/** Whether a metric's value on the same day of last quarter can be rebuilt (weighted, commit and best case cannot). */
function comparable(metric: string): boolean {
  return FORMULAS[metric]?.unavailableAt === undefined;
}

/** Text sizes of a key figure's names and values: read at a desk, or from 3 m on the wall. */
const KEY_FIGURE_TEXT = { desk: { title: 13, value: 34 }, wall: { title: 16, value: 38 } };

export interface KeyFigureOptions extends SalesQueryOptions {
  /** what the figure counts, before the sentence saying what its change compares with */
  description?: string;
  /** desk (default) or wall */
  size?: keyof typeof KEY_FIGURE_TEXT;
}

/**
 * A key figure: the metric this quarter ("so far" for what happened since the quarter began, "now" for a
 * state such as the open pipeline) and its change against the same point of last quarter (to date: the
 * previous quarter up to the same day, not all of it), green when it moved the good way (down for
 * lower-is-better metrics), red otherwise. The change keeps the data source's unit: percent for amounts
 * and counts, points for rates ("−1.5 pp") and NPS. A state whose past value cannot be rebuilt is shown
 * without a change rather than with an empty one.
 */
export function keyFigure(title: string, metric: string, options: KeyFigureOptions = {}): stat.PanelBuilder {
  const { description, size = 'desk', ...queryOptions } = options;
  const text = KEY_FIGURE_TEXT[size];
  const def = getMetric(metric);
  const state = def.timeBehaviour === 'snapshot';
  const compare = comparable(metric);
  const note = !compare
    ? KEY_FIGURE_WORDS.notCompared
    : state
      ? KEY_FIGURE_WORDS.comparedSnapshot
      : KEY_FIGURE_WORDS.comparedFlow;
  const panel = statPanel(title)
    .description(description ? `${description} ${note}` : note)
    .textMode(common.BigValueTextMode.ValueAndName)
    .orientation(common.VizOrientation.Vertical)
    // each value under its name, also when alone in its tile, and the same sizes in every tile of a row
    // (Grafana sizes a lone value larger than a pair)
    .wideLayout(false)
    .text(new common.VizTextDisplayOptionsBuilder().titleSize(text.title).valueSize(text.value))
    .colorScheme(fixedColor('text'))
    .overrideByName(metric, [property.displayName(state ? KEY_FIGURE_WORDS.now : KEY_FIGURE_WORDS.soFar)]);
  if (!compare) {
    return panel.withTarget(salesQuery({ kind: 'metrics', metrics: [metric] }, queryOptions));
  }
  const change = `${metric}_change`;
  return panel
    .withTarget(
      salesQuery({ kind: 'metrics', metrics: [metric], compare: 'previous_period', compareToDate: true }, queryOptions)
    )
    .withTransformation(transform.keepFields([metric, change]))
    .overrideByName(change, [
      property.displayName(KEY_FIGURE_WORDS.change),
      property.color(thresholdColor()),
      property.thresholds(def.lowerIsBetter ? thresholds('green', [0, 'red']) : thresholds('red', [0, 'green'])),
    ]);
}

/** The series named in a list below the chart. */
function listLegend(): common.VizLegendOptionsBuilder {
  return new common.VizLegendOptionsBuilder()
    .showLegend(true)
    .displayMode(common.LegendDisplayMode.List)
    .placement(common.LegendPlacement.Bottom)
    .calcs([]);
}

export function timeseriesPanel(title: string): timeseries.PanelBuilder {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .legend(listLegend())
    .tooltip(new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Multi).sort(common.SortOrder.None))
    .lineWidth(2)
    .fillOpacity(12)
    .showPoints(common.VisibilityMode.Never)
    .spanNulls(false)
    .axisSoftMin(0);
}

/** Bars per period (sums per bucket read better as bars than as a line). */
export function periodBarsPanel(title: string): timeseries.PanelBuilder {
  return timeseriesPanel(title)
    .drawStyle(common.GraphDrawStyle.Bars)
    .fillOpacity(70)
    .lineWidth(1)
    .barAlignment(common.BarAlignment.After);
}

/** Pins a series to the right axis and draws it as a line (a ratio beside amounts). */
export function rightAxisLine(field: string): {
  matcher: dashboard.MatcherConfig;
  properties: dashboard.DynamicConfigValue[];
} {
  return {
    matcher: { id: 'byName', options: field },
    properties: [
      property.custom('axisPlacement', common.AxisPlacement.Right),
      property.custom('drawStyle', common.GraphDrawStyle.Line),
      property.custom('lineWidth', 3),
      property.custom('fillOpacity', 0),
      property.custom('showPoints', common.VisibilityMode.Always),
    ],
  };
}

export function tablePanel(title: string): table.PanelBuilder {
  return new table.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .showHeader(true)
    .cellHeight(common.TableCellHeight.Md);
}

/** A table cell drawn as a gauge coloured by the field's thresholds. */
export function gaugeCell(): dashboard.DynamicConfigValue {
  return property.custom('cellOptions', {
    type: common.TableCellDisplayMode.Gauge,
    mode: common.BarGaugeDisplayMode.Basic,
  });
}

/**
 * A table column drawn as a gauge between `min` and `max` (Grafana takes the field's range when one is
 * left out), coloured by its thresholds: the cell options, range and colours in the order they are saved.
 */
export function thresholdGaugeCell(
  range: { min: number; max?: number },
  steps: dashboard.ThresholdsConfigBuilder
): dashboard.DynamicConfigValue[] {
  return [
    gaugeCell(),
    property.min(range.min),
    ...(range.max === undefined ? [] : [property.max(range.max)]),
    property.color(thresholdColor()),
    property.thresholds(steps),
  ];
}

/** A table column's width in pixels (the rest share what is left). */
export function columnWidth(pixels: number): dashboard.DynamicConfigValue {
  return property.custom('width', pixels);
}

/** A table cell whose background takes the colour of its value (thresholds or value mappings). */
export function colouredCell(): dashboard.DynamicConfigValue {
  return property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorBackground });
}

export function barGaugePanel(title: string): bargauge.PanelBuilder {
  return new bargauge.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .displayMode(common.BarGaugeDisplayMode.Basic)
    .valueMode(common.BarGaugeValueMode.Color)
    .namePlacement(common.BarGaugeNamePlacement.Auto)
    .orientation(common.VizOrientation.Horizontal)
    .showUnfilled(true)
    .sizing(common.BarGaugeSizing.Auto)
    .reduceOptions(lastValue())
    .min(0);
}

/** One bar per row of a table frame: all rows are shown, not one reduced value per field. */
export function rowBarGaugePanel(title: string): bargauge.PanelBuilder {
  return barGaugePanel(title).reduceOptions(new common.ReduceDataOptionsBuilder().values(true).calcs([]));
}

export function barChartPanel(title: string, xField: string): barchart.PanelBuilder {
  return new barchart.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .xField(xField)
    .orientation(common.VizOrientation.Auto)
    .showValue(common.VisibilityMode.Auto)
    .stacking(common.StackingMode.None)
    .fillOpacity(80)
    .legend(listLegend())
    .axisSoftMin(0);
}

export function pieChartPanel(title: string): piechart.PanelBuilder {
  return new piechart.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .pieType(piechart.PieChartType.Donut)
    .displayLabels([piechart.PieChartLabels.Percent])
    .reduceOptions(new common.ReduceDataOptionsBuilder().values(true).calcs([]))
    .legend(
      new piechart.PieChartLegendOptionsBuilder()
        .showLegend(true)
        .displayMode(common.LegendDisplayMode.Table)
        .placement(common.LegendPlacement.Right)
        .values([piechart.PieChartLegendValues.Value, piechart.PieChartLegendValues.Percent])
    );
}

/** The Grafana release the dashboards are written for (docker-compose.yml runs it). */
const GRAFANA_VERSION = '12.4.0';

/**
 * The XY chart saved with the version of the panel it is written for: Grafana migrates an XY chart
 * without a pluginVersion (or one before 11.1) from the old options, which would misread these series.
 */
class XYChartPanelBuilder extends xychart.PanelBuilder {
  build(): dashboard.Panel {
    return { ...super.build(), pluginVersion: GRAFANA_VERSION };
  }
}

/**
 * An XY chart of one frame of a query's answer (`frameIndex`), `y` against `x`: lines through the
 * points, each field's own look set by overrides.
 */
export function xyChartPanel(title: string, frameIndex: number, x: string, ys: string[]): xychart.PanelBuilder {
  const series = ys.map((y) => ({
    build: (): xychart.XYSeriesConfig => ({
      frame: { matcher: { id: 'byIndex', options: frameIndex } },
      x: { matcher: { id: 'byName', options: x } },
      y: { matcher: { id: 'byName', options: y } },
    }),
  }));
  return new XYChartPanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .mapping(xychart.SeriesMapping.Manual)
    .series(series)
    .show(xychart.XYShowMode.Lines)
    .lineWidth(2)
    .legend(listLegend())
    .tooltip(new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Single).sort(common.SortOrder.None))
    .axisSoftMin(0);
}
