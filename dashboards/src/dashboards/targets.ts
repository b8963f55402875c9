import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import type { AttainmentPeriod, DimensionId, ForecastMethod } from '../../../src/sales';
import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  barGaugePanel,
  colouredCell,
  columnWidth,
  fixedColor,
  gaugeCell,
  property,
  statusMappings,
  tablePanel,
  thresholdColor,
  thresholds,
  timeseriesPanel,
  transform,
  valueNames,
} from '../panels/core';
import { AttainmentPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import { forecastVsTargetPanel } from '../shared';

const ATTAINMENT_THRESHOLDS = thresholds('red', [0.9, 'orange'], [1, 'green']);

interface Level {
  heading: string;
  /** The whole period every figure refers to: the target, pace, days left, needed per day. */
  period: AttainmentPeriod;
  /** Panel time override; none: the dashboard's range (this quarter by default). */
  timeFrom?: string;
}

/**
 * The decomposition of the targets: this year, this quarter (the dashboard's range, so it follows the
 * time picker) and this month, each so far against the whole period's target, paced through it. The
 * year and the month are the ones holding now (`now/fy`, `now/M`: from their start to now); the
 * attainment's period makes their target the whole year's and month's, not the share due so far.
 */
const LEVELS: Level[] = [
  { heading: 'This year', period: 'year', timeFrom: 'now/fy' },
  { heading: 'This quarter', period: 'quarter' },
  { heading: 'This month', period: 'month', timeFrom: 'now/M' },
];

/** The team table's columns: who, where they are against the whole period's target, and the pace. */
const TEAM_FIELDS = ['region', 'team', 'actual', 'target', 'attainment', 'pace', 'projected', 'status'];

/** Forecast method ids of the backtest frame, as people name them. */
const METHOD_NAMES: Record<string, string> = {
  ets: 'Exponential smoothing (ETS)',
  theta: 'Theta',
  seasonal_naive: 'Seasonal naive',
  'holt_winters (additive)': 'Holt-Winters, additive',
  'holt_winters (multiplicative)': 'Holt-Winters, multiplicative',
  linear: 'Linear trend',
  'polynomial (order 2)': 'Quadratic trend',
  'polynomial (order 3)': 'Cubic trend',
  exponential: 'Exponential trend',
  logarithmic: 'Logarithmic trend',
  power: 'Power trend',
};

const FORECAST = { metric: 'bookings', grain: 'month', horizon: 6, lookback: 30, interval: 0.8 } as const;

/**
 * A panel time range holding a forecast's history and its horizon (monthly): Grafana offers only
 * ranges ending now, so the range is the next lookback + horizon + 1 months shifted back by
 * lookback + 1. Its start is then before the first history month and its end after the last forecast month.
 */
function forecastWindow(lookback: number, horizon: number): { timeFrom: string; timeShift: string } {
  return { timeFrom: `+${lookback + horizon + 1}M`, timeShift: `${lookback + 1}M` };
}

function periodAttainment(period: AttainmentPeriod, groupBy: DimensionId[]) {
  return salesQuery({ kind: 'attainment', metric: 'bookings', groupBy, pace: 'linear', period });
}

function attainmentTable(title: string, period: AttainmentPeriod) {
  return (
    tablePanel(title)
      .description(
        'Each team’s bookings so far, the whole period’s target, the share of it reached, the pace (bookings so far ÷ the target expected by now), the projection at that pace and the status.'
      )
      .withTarget(periodAttainment(period, ['region', 'team']))
      .withTransformation(transform.keepFields(TEAM_FIELDS))
      // eight teams without scrolling
      .cellHeight(common.TableCellHeight.Sm)
      // the share of the whole period's target: low early in the period, so not coloured as good or bad (pace is)
      .overrideByName('attainment', [gaugeCell(), property.min(0), property.max(1), property.color(fixedColor('blue'))])
      .overrideByName('pace', [
        property.color(thresholdColor()),
        property.thresholds(ATTAINMENT_THRESHOLDS),
        colouredCell(),
      ])
      .overrideByName('status', [property.mappings(statusMappings()), colouredCell()])
  );
}

function forecastPanel(title: string, method: ForecastMethod, description: string) {
  const window = forecastWindow(FORECAST.lookback, FORECAST.horizon);
  return timeseriesPanel(title)
    .description(description)
    .withTarget(salesQuery({ kind: 'forecast', ...FORECAST, method }))
    .timeFrom(window.timeFrom)
    .timeShift(window.timeShift)
    .hideTimeOverride(true)
    .overrideByName('actual', [property.color(fixedColor('blue')), property.custom('lineWidth', 2)])
    .overrideByName('forecast', [
      property.color(fixedColor('orange')),
      property.custom('lineStyle', { fill: 'dash', dash: [10, 10] }),
      property.custom('lineWidth', 2),
    ])
    .overrideByName('lower', [
      property.color(fixedColor('orange')),
      property.custom('lineWidth', 0),
      property.custom('fillOpacity', 0),
      property.custom('hideFrom', { legend: true, tooltip: false, viz: false }),
    ])
    .overrideByName('upper', [
      property.color(fixedColor('orange')),
      property.custom('lineWidth', 0),
      property.custom('fillOpacity', 20),
      property.custom('fillBelowTo', 'lower'),
      property.custom('hideFrom', { legend: true, tooltip: false, viz: false }),
    ]);
}

export function targetsDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.targets,
    title: 'Targets and forecast',
    description:
      'Bookings against the whole year’s, quarter’s and month’s targets, by region and team, with the pace to date; the quarter’s pace by pacing method and its forecasts; monthly forecasts compared by their backtest accuracy.',
    tags: ['targets', 'forecast'],
  });

  let y = 0;
  for (const level of LEVELS) {
    grid.row(level.heading, y);
    const gauges = new AttainmentPanelBuilder()
      .title(`${level.heading}: bookings against target by region`)
      .withTarget(periodAttainment(level.period, ['region']))
      .option('gaugeStyle', 'bullet')
      .option('columns', 1)
      .option('sortBy', 'name');
    const table = attainmentTable(`${level.heading}: bookings against target by team`, level.period);
    if (level.timeFrom) {
      // the gauges and the title name the period; Grafana's "this year so far" would suggest a prorated target
      gauges.timeFrom(level.timeFrom).hideTimeOverride(true);
      table.timeFrom(level.timeFrom).hideTimeOverride(true);
    }
    grid.place(gauges, 0, y + 1, 9, 10);
    grid.place(table, 9, y + 1, 15, 10);
    y += 11;
  }

  grid.row('Pacing', y);
  grid.place(
    barGaugePanel('Pace this quarter, by pacing method')
      .description(
        'Company bookings so far ÷ the share of the quarter’s target expected by now: by calendar days, by working days, and by last year’s cumulative shape of the same quarter.'
      )
      .targets(
        (['linear', 'working_days', 'seasonal'] as const).map((pace, index) =>
          salesQuery({ kind: 'attainment', metric: 'bookings', pace, period: 'quarter' }).refId(
            String.fromCharCode(65 + index)
          )
        )
      )
      .withTransformation(transform.keepFields(['pace']))
      .overrideByQuery('A', [property.displayName('Calendar days')])
      .overrideByQuery('B', [property.displayName('Working days')])
      .overrideByQuery('C', [property.displayName('Seasonal')])
      .colorScheme(thresholdColor())
      .thresholds(ATTAINMENT_THRESHOLDS)
      .max(1.5),
    0,
    y + 1,
    12,
    8
  );
  grid.place(forecastVsTargetPanel('Bookings this quarter: target and forecasts'), 12, y + 1, 12, 8);
  y += 9;

  grid.row('Forecast', y);
  grid.place(
    forecastPanel(
      'Bookings by month, forecast: exponential smoothing (auto)',
      'auto',
      'Bookings of each whole month, and the next six months forecast by the exponential-smoothing model chosen by AICc, with its 80 % interval widened to its backtest errors.'
    ),
    0,
    y + 1,
    15,
    10
  );
  grid.place(
    tablePanel('Forecast methods compared by backtest')
      .description(
        'Errors over rolling forecast origins of each method auto backtests. MASE: the mean error ÷ the seasonal naive forecast’s error on the history (below 1 is better); MAPE and sMAPE: mean errors in percent.'
      )
      .withTarget(salesQuery({ kind: 'forecast', ...FORECAST, method: 'auto', backtestFrame: true }))
      .withTransformation(transform.keepFields(['method', 'mase', 'mape', 'smape']))
      .overrideByName('method', [property.mappings([valueNames(METHOD_NAMES)]), columnWidth(230)])
      .overrideByName('mase', [
        property.color(thresholdColor()),
        property.thresholds(thresholds('green', [1, 'orange'], [1.5, 'red'])),
        property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText }),
      ]),
    15,
    y + 1,
    9,
    10
  );
  y += 11;
  const methods: Array<[string, ForecastMethod, string]> = [
    ['Holt-Winters', 'holt_winters', 'Level, trend and a 12-month season, smoothed exponentially.'],
    ['Linear trend', 'linear', 'A least-squares straight line through the history.'],
    ['Seasonal naive', 'seasonal_naive', 'Each month as it was a year earlier: the baseline MASE is measured against.'],
  ];
  methods.forEach(([title, method, description], index) =>
    grid.place(forecastPanel(title, method, description), index * 8, y, 8, 8)
  );
  return builder.build();
}
