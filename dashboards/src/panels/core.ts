import * as barchart from '@grafana/grafana-foundation-sdk/barchart';
import * as bargauge from '@grafana/grafana-foundation-sdk/bargauge';
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as piechart from '@grafana/grafana-foundation-sdk/piechart';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';

import { getMetric } from '../../../src/sales/catalog/metrics';
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
  sortBy: (field: string, desc: boolean): dashboard.DataTransformerConfig => ({
    id: 'sortBy',
    options: { fields: {}, sort: [{ field, desc }] },
  }),
};

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

/**
 * A key figure: the metric and its change against the previous period of the same length, to date
 * (this quarter so far against the previous quarter up to the same day, not against all of it), green
 * when it moved the good way (down for lower-is-better metrics), red otherwise. The change keeps the
 * data source's unit: percent for amounts and counts, points for rates ("−1.5 pp") and NPS.
 */
export function keyFigure(title: string, metric: string, options?: SalesQueryOptions): stat.PanelBuilder {
  const change = `${metric}_change`;
  const better = getMetric(metric).lowerIsBetter ? -1 : 1;
  return statPanel(title)
    .withTarget(
      salesQuery({ kind: 'metrics', metrics: [metric], compare: 'previous_period', compareToDate: true }, options)
    )
    .withTransformation(transform.keepFields([metric, change]))
    .textMode(common.BigValueTextMode.ValueAndName)
    .orientation(common.VizOrientation.Vertical)
    .colorScheme(fixedColor('text'))
    .overrideByName(metric, [property.displayName(title)])
    .overrideByName(change, [
      property.displayName('vs prior, to date'),
      property.color(thresholdColor()),
      property.thresholds(better > 0 ? thresholds('red', [0, 'green']) : thresholds('green', [0, 'red'])),
    ]);
}

export function timeseriesPanel(title: string): timeseries.PanelBuilder {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource({ ...SALES_DATASOURCE })
    .legend(
      new common.VizLegendOptionsBuilder()
        .showLegend(true)
        .displayMode(common.LegendDisplayMode.List)
        .placement(common.LegendPlacement.Bottom)
        .calcs([])
    )
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
    .legend(
      new common.VizLegendOptionsBuilder()
        .showLegend(true)
        .displayMode(common.LegendDisplayMode.List)
        .placement(common.LegendPlacement.Bottom)
        .calcs([])
    )
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
