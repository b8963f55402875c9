import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import type { ForecastMethod } from '../../../src/sales/types';
import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  barGaugePanel,
  colouredCell,
  fixedColor,
  gaugeCell,
  property,
  statusMappings,
  tablePanel,
  thresholdColor,
  thresholds,
  timeseriesPanel,
  transform,
} from '../panels/core';
import { AttainmentPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import { forecastVsTargetPanel } from '../shared';

const ATTAINMENT_THRESHOLDS = thresholds('red', [0.9, 'orange'], [1, 'green']);

interface Level {
  heading: string;
  /** Panel time override; none: the dashboard's range (this quarter by default). */
  timeFrom?: string;
  /** The pacing columns make sense for a period still running to its end. */
  pacing: boolean;
}

/**
 * The decomposition of the targets: the year so far, the quarter (the dashboard's range, so it
 * follows the time picker, with pacing to its end) and the month so far.
 */
const LEVELS: Level[] = [
  { heading: 'Year to date', timeFrom: 'now/fy', pacing: false },
  { heading: 'This quarter', pacing: true },
  { heading: 'Month to date', timeFrom: 'now/M', pacing: false },
];

const FORECAST = { metric: 'bookings', grain: 'month', horizon: 6, lookback: 30, interval: 0.8 } as const;

/**
 * A panel time range holding a forecast's history and its horizon (monthly): Grafana offers only
 * ranges ending now, so the range is the next lookback + horizon + 1 months shifted back by
 * lookback + 1. Its start is then before the first history month and its end after the last forecast month.
 */
function forecastWindow(lookback: number, horizon: number): { timeFrom: string; timeShift: string } {
  return { timeFrom: `+${lookback + horizon + 1}M`, timeShift: `${lookback + 1}M` };
}

function attainmentTable(title: string, pacing: boolean) {
  const fields = pacing
    ? [
        'region',
        'team',
        'target',
        'actual',
        'attainment',
        'expected_to_date',
        'pace',
        'gap',
        'required_run_rate',
        'projected',
        'status',
      ]
    : ['region', 'team', 'target', 'actual', 'attainment', 'gap', 'status'];
  return tablePanel(title)
    .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['region', 'team'], pace: 'linear' }))
    .withTransformation(transform.keepFields(fields))
    .overrideByName('attainment', [
      gaugeCell(),
      property.min(0),
      property.max(1.5),
      property.color(thresholdColor()),
      property.thresholds(ATTAINMENT_THRESHOLDS),
    ])
    .overrideByName('pace', [
      property.color(thresholdColor()),
      property.thresholds(ATTAINMENT_THRESHOLDS),
      colouredCell(),
    ])
    .overrideByName('status', [property.mappings(statusMappings()), colouredCell()]);
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
      'Bookings targets decomposed from the year to the period and the month, by region and team; pacing against the target; forecasts compared by their backtest accuracy.',
    tags: ['targets', 'forecast'],
  });

  let y = 0;
  for (const level of LEVELS) {
    grid.row(level.heading, y);
    const gauges = new AttainmentPanelBuilder()
      .title(`${level.heading}: regions`)
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['region'], pace: 'linear' }))
      .option('gaugeStyle', 'bullet')
      .option('sortBy', 'name');
    const table = attainmentTable(`${level.heading}: teams`, level.pacing);
    if (level.timeFrom) {
      gauges.timeFrom(level.timeFrom);
      table.timeFrom(level.timeFrom);
    }
    grid.place(gauges, 0, y + 1, 9, 8);
    grid.place(table, 9, y + 1, 15, 8);
    y += 9;
  }

  grid.row('Pacing', y);
  grid.place(
    barGaugePanel('Pace by pacing method')
      .description(
        'Company bookings ÷ the target expected by now: by calendar days, by working days, and by last year’s cumulative shape of the same period.'
      )
      .targets([
        salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear' }).refId('A'),
        salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'working_days' }).refId('B'),
        salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'seasonal' }).refId('C'),
      ])
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
  grid.place(forecastVsTargetPanel('Forecast vs target'), 12, y + 1, 12, 8);
  y += 9;

  grid.row('Forecast', y);
  grid.place(
    forecastPanel(
      'Bookings forecast: exponential smoothing (auto)',
      'auto',
      'Monthly bookings, the next six months forecast by the exponential-smoothing model chosen by AICc, with its 80 % interval widened to its backtest errors.'
    ),
    0,
    y + 1,
    15,
    10
  );
  grid.place(
    tablePanel('Methods compared by backtest')
      .description(
        'Accuracy over rolling forecast origins of each method auto backtests: ETS, theta, Holt-Winters, seasonal naive and the trends. MASE below 1 beats the seasonal naive forecast.'
      )
      .withTarget(salesQuery({ kind: 'forecast', ...FORECAST, method: 'auto', backtestFrame: true }))
      .withTransformation(transform.keepFields(['method', 'mase', 'mape', 'smape']))
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
