import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_12_MONTHS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  fixedColor,
  periodBarsPanel,
  pieChartPanel,
  property,
  rightAxisLine,
  statPanel,
  tablePanel,
  thresholdColor,
  thresholds,
  transform,
} from '../panels/core';
import { AttainmentPanelBuilder, FunnelPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import type { TargetMetric } from '../../../src/sales/types';

const TARGET_METRICS: TargetMetric[] = ['bookings', 'collections', 'new_customers', 'visits'];

export function repDrillDown(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.rep,
    title: 'Rep drill-down',
    description:
      'One rep: results against each target, key figures, the funnel, open deals and the visit plan. Reached from the rep names on the scorecards (var-rep=<rep id>).',
    tags: ['rep'],
    singleRep: true,
  });

  grid.place(
    new AttainmentPanelBuilder()
      .title('Against targets')
      .description('Bookings, collections, new customers and visits against the rep’s targets for the period.')
      .targets(
        TARGET_METRICS.map((metric, index) =>
          salesQuery({ kind: 'attainment', metric, pace: 'linear' }).refId(String.fromCharCode(65 + index))
        )
      )
      .option('gaugeStyle', 'bullet')
      .option('columns', 1),
    0,
    0,
    12,
    10
  );
  grid.place(
    statPanel('Key figures')
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: [
            'bookings',
            'won_deals',
            'win_rate',
            'avg_deal_size',
            'median_sales_cycle_days',
            'activities_completed',
          ],
        })
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text')),
    12,
    0,
    12,
    10
  );

  grid.place(
    new FunnelPanelBuilder()
      .title('Funnel')
      .description('The rep’s deals created in the period and the furthest stage each reached.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' })),
    0,
    10,
    8,
    10
  );
  grid.place(
    tablePanel('Open deals by stage')
      .description('The rep’s open deals now, by current stage, whatever their expected close date.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'snapshot', measure: 'amount' }))
      .withTransformation(transform.keepFields(['stage', 'count', 'amount', 'weighted_amount'])),
    8,
    10,
    9,
    10
  );
  grid.place(
    pieChartPanel('Pipeline by forecast category')
      .description('Open deals expected to close in the period, by forecast category.')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] })),
    17,
    10,
    7,
    10
  );

  grid.place(
    periodBarsPanel('Visits planned and done')
      .description('Visits in the visit plan and visits reported done, by week.')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['visits_planned', 'visits_completed'], grain: 'week' }))
      .overrideByName('visits_planned', [property.color(fixedColor('blue'))])
      .overrideByName('visits_completed', [property.color(fixedColor('green'))]),
    0,
    20,
    16,
    8
  );
  grid.place(
    statPanel('Visit plan completion')
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['visit_completion_rate', 'visits_planned', 'visits_completed'] })
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text'))
      .overrideByName('visit_completion_rate', [
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [0.7, 'orange'], [0.9, 'green'])),
      ]),
    16,
    20,
    8,
    8
  );

  grid.place(
    periodBarsPanel('Bookings and win rate, last 12 months')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['bookings', 'win_rate'], grain: 'month' }))
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('win_rate')),
    0,
    28,
    24,
    8
  );
  return builder.build();
}
