import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_13_MONTHS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  fixedColor,
  periodBarsPanel,
  pieChartPanel,
  property,
  statPanel,
  tablePanel,
  thresholdColor,
  thresholds,
  timeseriesPanel,
  transform,
} from '../panels/core';
import { earningsToDatePanel, toNextTierPanel } from '../panels/commission';
import { AttainmentPanelBuilder, FunnelPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import { TARGET_METRICS } from '../../../src/sales';

export function repDrillDown(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.rep,
    title: 'Rep drill-down',
    description:
      'One rep this quarter: results against the quarter’s targets, key figures so far, the deals created and the open pipeline, the visit plan, the last 13 months, and the commission earned so far and to the next tier. Reached from the rep names on the scorecards (var-rep=<rep id>).',
    tags: ['rep'],
    singleRep: true,
  });

  grid.place(
    new AttainmentPanelBuilder()
      .title('Against this quarter’s targets')
      .description('Bookings, collections, new customers and visits so far against the rep’s whole quarter’s targets.')
      .targets(
        TARGET_METRICS.map((metric, index) =>
          salesQuery({ kind: 'attainment', metric, pace: 'linear', period: 'quarter' }).refId(
            String.fromCharCode(65 + index)
          )
        )
      )
      .option('gaugeStyle', 'bullet')
      // two by two: the four targets fit the panel's height
      .option('columns', 2),
    0,
    0,
    12,
    10
  );
  grid.place(
    statPanel('This quarter so far')
      .description('The rep’s deals closed this quarter so far, and the activities completed.')
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
      .title('Deals created this quarter: stages reached')
      .description(
        'The rep’s deals created this quarter, each counted at every stage up to the furthest it reached so far.'
      )
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' })),
    0,
    10,
    8,
    10
  );
  grid.place(
    tablePanel('Open pipeline closing this quarter, by stage')
      .description(
        'The rep’s open deals expected to close this quarter, now, by current stage: their number, amount and amount × probability.'
      )
      .withTarget(salesQuery({ kind: 'funnel', mode: 'snapshot', measure: 'amount' }))
      .withTransformation(transform.keepFields(['stage', 'count', 'amount', 'weighted_amount'])),
    8,
    10,
    9,
    10
  );
  grid.place(
    pieChartPanel('Open pipeline closing this quarter, by forecast category')
      .description('The same open deals, now, by forecast category (omitted deals are not pipeline).')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] })),
    17,
    10,
    7,
    10
  );

  grid.place(
    periodBarsPanel('Visits planned and done this quarter, by week')
      .description(
        'Visits in the visit plan and visits reported done, each week from Monday; no bars for weeks to come.'
      )
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['visits_planned', 'visits_completed'], grain: 'week' }))
      // the plan outlined, what was done filled inside it
      .overrideByName('visits_planned', [
        property.color(fixedColor('text')),
        property.custom('fillOpacity', 0),
        property.custom('lineWidth', 2),
      ])
      .overrideByName('visits_completed', [property.color(fixedColor('green'))]),
    0,
    20,
    16,
    8
  );
  grid.place(
    statPanel('Visit plan this quarter')
      .description(
        'The share reported done of the planned visits already due, the visits planned this quarter (the weeks to come included) and those reported done so far.'
      )
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['visit_completion_rate', 'visits_planned', 'visits_completed'] })
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text'))
      .overrideByName('visits_planned', [property.displayName('Planned this quarter')])
      .overrideByName('visits_completed', [property.displayName('Done so far')])
      .overrideByName('visit_completion_rate', [
        property.displayName('Done of those due'),
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [0.7, 'orange'], [0.9, 'green'])),
      ]),
    16,
    20,
    8,
    8
  );

  // two panels of half the width: monthly ticks fall on the month starts (see LAST_13_MONTHS)
  grid.place(
    periodBarsPanel('Bookings by month, last 13 months')
      .description('The rep’s deals won, by the month they closed; this month so far.')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['bookings'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true),
    0,
    28,
    12,
    8
  );
  grid.place(
    timeseriesPanel('Win rate by month, last 13 months')
      .description('The rep’s deals won ÷ deals won and lost, by the month they closed; this month so far.')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['win_rate'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .showPoints(common.VisibilityMode.Always)
      .pointSize(6),
    12,
    28,
    12,
    8
  );

  grid.place(earningsToDatePanel('Commission this quarter so far'), 0, 36, 12, 6);
  grid.place(toNextTierPanel('Commission: to the next tier'), 12, 36, 12, 6);
  return builder.build();
}
