import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_12_MONTHS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  barChartPanel,
  gaugeCell,
  keyFigure,
  periodBarsPanel,
  property,
  rightAxisLine,
  rowBarGaugePanel,
  tablePanel,
  thresholdColor,
  thresholds,
  timeseriesPanel,
} from '../panels/core';
import { salesQuery } from '../query';

const KEY_FIGURES: Array<[title: string, metric: string]> = [
  ['New customers', 'new_customers'],
  ['Active customers', 'active_customers'],
  ['Collection rate', 'collection_rate'],
  ['Overdue receivables', 'overdue_receivables'],
  ['CSAT', 'csat'],
  ['NPS', 'nps'],
];

export function customersDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.customers,
    title: 'Customers and collections',
    description:
      'New and active customers, customer tiers, collections and overdue receivables, satisfaction (CSAT and NPS), and acquisition cost against lifetime value by channel.',
    tags: ['customers', 'collections'],
  });

  KEY_FIGURES.forEach(([title, metric], index) => grid.place(keyFigure(title, metric), index * 4, 0, 4, 4));

  grid.place(
    periodBarsPanel('New customers, last 12 months')
      .description(
        'Customers whose first won deal closed in the month (bars), and customers with a won deal in it (line).'
      )
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['new_customers', 'active_customers'], grain: 'month' }))
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('active_customers')),
    0,
    4,
    12,
    9
  );
  grid.place(
    tablePanel('Customer tiers')
      .description('Customers and deals of the period by customer tier.')
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['active_customers', 'new_customers', 'bookings', 'avg_deal_size', 'win_rate'],
          groupBy: ['customer_tier'],
        })
      )
      .overrideByName('win_rate', [
        gaugeCell(),
        property.min(0),
        property.max(1),
        property.color(thresholdColor()),
        property.thresholds(thresholds('blue')),
      ]),
    12,
    4,
    12,
    9
  );

  grid.place(
    periodBarsPanel('Collections, last 12 months')
      .description(
        'Payments received and invoices falling due each month (bars); the share of the amount due collected so far (line).'
      )
      .withTarget(
        salesQuery({ kind: 'timeseries', metrics: ['collections', 'amount_due', 'collection_rate'], grain: 'month' })
      )
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('collection_rate')),
    0,
    13,
    16,
    9
  );
  grid.place(
    rowBarGaugePanel('Overdue receivables by team')
      .description('Unpaid amount of the invoices already due, now.')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['overdue_receivables'], groupBy: ['team'] }))
      .colorScheme(thresholdColor())
      .thresholds(thresholds('orange')),
    16,
    13,
    8,
    9
  );

  grid.place(
    timeseriesPanel('CSAT and NPS, last 12 months')
      .description('Mean satisfaction score (1–5) and net promoter score (−100 to 100) of the responses each month.')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['csat', 'nps'], grain: 'month' }))
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .axisSoftMin(1)
      .withOverride(rightAxisLine('nps')),
    0,
    22,
    12,
    8
  );
  grid.place(
    tablePanel('CSAT and NPS by tier')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['csat', 'nps'], groupBy: ['customer_tier'] }))
      .overrideByName('csat', [
        gaugeCell(),
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [3.5, 'orange'], [4.2, 'green'])),
      ])
      .overrideByName('nps', [
        gaugeCell(),
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [0, 'orange'], [30, 'green'])),
      ]),
    12,
    22,
    12,
    8
  );

  grid.place(
    tablePanel('CAC and LTV by channel')
      .description(
        'Marketing spend per new customer (CAC), won amount per customer (LTV) and their ratio; 3 or more is the usual aim.'
      )
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['cac', 'ltv', 'ltv_cac'], groupBy: ['channel'] }))
      .overrideByName('ltv_cac', [
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [1, 'orange'], [3, 'green'])),
        gaugeCell(),
      ]),
    0,
    30,
    12,
    8
  );
  grid.place(
    barChartPanel('CAC against LTV', 'channel').withTarget(
      salesQuery({ kind: 'metrics', metrics: ['cac', 'ltv'], groupBy: ['channel'] })
    ),
    12,
    30,
    12,
    8
  );
  return builder.build();
}
