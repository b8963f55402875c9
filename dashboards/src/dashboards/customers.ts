import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_13_MONTHS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  barChartPanel,
  fixedColor,
  thresholdGaugeCell,
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

const KEY_FIGURES: Array<[title: string, metric: string, description?: string]> = [
  ['New customers this quarter', 'new_customers', 'Customers whose first won deal closed this quarter.'],
  ['Active customers this quarter', 'active_customers', 'Customers with a deal won this quarter.'],
  [
    'Collection rate this quarter',
    'collection_rate',
    'Of the invoices that fell due this quarter so far, the share of their amount paid.',
  ],
  ['Overdue receivables', 'overdue_receivables', 'Unpaid amount of the invoices due before today, whenever issued.'],
  ['CSAT this quarter', 'csat', 'Mean satisfaction score (1–5) of the responses this quarter.'],
  ['NPS this quarter', 'nps', 'Net promoter score (−100 to 100) of the responses this quarter; its change in points.'],
];

export function customersDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.customers,
    title: 'Customers and collections',
    description:
      'Customers this quarter (new, active, by tier), collections and receivables overdue now, satisfaction (CSAT and NPS), and acquisition cost against lifetime value by channel; monthly trends over the last 13 months.',
    tags: ['customers', 'collections'],
  });

  KEY_FIGURES.forEach(([title, metric, description], index) =>
    grid.place(keyFigure(title, metric, { description }), index * 4, 0, 4, 4)
  );

  grid.place(
    periodBarsPanel('New and active customers by month, last 13 months')
      .description(
        'Customers whose first won deal closed in the month (bars), and customers with a deal won in it (line); this month so far.'
      )
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['new_customers', 'active_customers'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('active_customers')),
    0,
    4,
    12,
    9
  );
  grid.place(
    tablePanel('Customers and deals this quarter, by tier')
      .description(
        'Active and new customers, bookings, average deal and win rate of the deals closed this quarter, by customer tier.'
      )
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['active_customers', 'new_customers', 'bookings', 'avg_deal_size', 'win_rate'],
          groupBy: ['customer_tier'],
        })
      )
      .overrideByName('win_rate', [...thresholdGaugeCell({ min: 0, max: 1 }, thresholds('blue'))]),
    12,
    4,
    12,
    9
  );

  grid.place(
    periodBarsPanel('Collections by month, last 13 months')
      .description(
        'Payments received each month (filled bars) against the invoices falling due that month (outlined bars), and the share of those invoices paid so far (line); this month so far.'
      )
      .withTarget(
        salesQuery({ kind: 'timeseries', metrics: ['collections', 'amount_due', 'collection_rate'], grain: 'month' })
      )
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .overrideByName('amount_due', [
        property.custom('fillOpacity', 0),
        property.custom('lineWidth', 2),
        property.color(fixedColor('text')),
      ])
      .withOverride(rightAxisLine('collection_rate')),
    0,
    13,
    16,
    9
  );
  grid.place(
    rowBarGaugePanel('Overdue receivables by team')
      .description(
        'Unpaid amount of the invoices due before today, whenever issued, now; the key figure’s total by team.'
      )
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['overdue_receivables'], groupBy: ['team'] }))
      .colorScheme(thresholdColor())
      .thresholds(thresholds('orange')),
    16,
    13,
    8,
    9
  );

  grid.place(
    timeseriesPanel('CSAT and NPS by month, last 13 months')
      .description(
        'Mean satisfaction score (1–5, left) and net promoter score (−100 to 100, right) of the responses each month; this month so far.'
      )
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['csat', 'nps'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .axisSoftMin(1)
      .withOverride(rightAxisLine('nps')),
    0,
    22,
    12,
    8
  );
  grid.place(
    tablePanel('CSAT and NPS this quarter, by tier')
      .description('Mean satisfaction score (1–5) and net promoter score (−100 to 100) of this quarter’s responses.')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['csat', 'nps'], groupBy: ['customer_tier'] }))
      .overrideByName('csat', [
        ...thresholdGaugeCell({ min: 1, max: 5 }, thresholds('red', [3.5, 'orange'], [4.2, 'green'])),
      ])
      .overrideByName('nps', [
        ...thresholdGaugeCell({ min: -100, max: 100 }, thresholds('red', [0, 'orange'], [30, 'green'])),
      ]),
    12,
    22,
    12,
    8
  );

  grid.place(
    tablePanel('CAC and LTV this quarter, by channel')
      .description(
        'Marketing spend this quarter per new customer this quarter (CAC), won amount per customer since the first deal (LTV) and their ratio; 3× or more is the usual aim.'
      )
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['cac', 'ltv', 'ltv_cac'], groupBy: ['channel'] }))
      .overrideByName('ltv_cac', [
        property.unit('suffix:×'),
        property.decimals(1),
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [1, 'orange'], [3, 'green'])),
        property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText }),
      ]),
    0,
    30,
    12,
    8
  );
  grid.place(
    barChartPanel('CAC against LTV this quarter, by channel', 'channel')
      .description(
        'Marketing spend this quarter per new customer (CAC) beside won amount per customer since the first deal (LTV).'
      )
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['cac', 'ltv'], groupBy: ['channel'] })),
    12,
    30,
    12,
    8
  );
  return builder.build();
}
