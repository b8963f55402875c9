import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import { barChartPanel, keyFigure, periodBarsPanel, pieChartPanel, rightAxisLine, transform } from '../panels/core';
import { FunnelPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';

const KEY_FIGURES: Array<[title: string, metric: string, description?: string]> = [
  ['Open pipeline closing this quarter', 'open_pipeline', 'Open deals expected to close this quarter.'],
  [
    'Weighted, closing this quarter',
    'weighted_pipeline',
    'The open pipeline closing this quarter, each deal × its probability.',
  ],
  ['Commit, closing this quarter', 'commit_pipeline', 'The open pipeline closing this quarter in the commit category.'],
  [
    'Best case, closing this quarter',
    'best_case_pipeline',
    'The open pipeline closing this quarter in the best case category.',
  ],
  [
    'Pipeline created this quarter',
    'pipeline_created',
    'Amount of the deals created this quarter, whatever became of them.',
  ],
  [
    'Stale open deals',
    'stale_deals',
    'Open deals, whatever their close date, older than 14 days with no completed activity in the last 14 days.',
  ],
];

export function pipelineDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.pipeline,
    title: 'Pipeline and funnel',
    description:
      'This quarter’s pipeline: the open deals expected to close this quarter (now, by stage and forecast category), and the deals created this quarter (the stages they reached, conversion, time in stage, by week and region).',
    tags: ['pipeline', 'funnel'],
  });

  KEY_FIGURES.forEach(([title, metric, description], index) =>
    grid.place(keyFigure(title, metric, { description }), index * 4, 0, 4, 4)
  );

  grid.place(
    new FunnelPanelBuilder()
      .title('Deals created this quarter: stages reached')
      .description(
        'Deals created this quarter; each counts at every stage up to the furthest it reached so far (won deals reached them all).'
      )
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' })),
    0,
    4,
    8,
    11
  );
  grid.place(
    new FunnelPanelBuilder()
      .title('Deals created this quarter: recorded stages only')
      .description('Deals created this quarter, counted only at the stages their stage history records.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'strict', measure: 'count' })),
    8,
    4,
    8,
    11
  );
  grid.place(
    new FunnelPanelBuilder()
      .title('Open pipeline closing this quarter, by stage')
      .description(
        'The open pipeline of the key figure, now, by each deal’s current stage: open deals expected to close this quarter, whatever their creation date. No conversion: a deal in one stage never passed through the next.'
      )
      .withTarget(salesQuery({ kind: 'funnel', mode: 'snapshot', measure: 'amount' }))
      .option('showConversionFromFirst', false),
    16,
    4,
    8,
    11
  );

  const reached = () => salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' });
  grid.place(
    barChartPanel('Deals created this quarter: conversion by stage', 'stage')
      .description(
        'Of the deals created this quarter, the share of those at the previous stage, and at the first stage, that reached each stage so far.'
      )
      .withTarget(reached())
      .withTransformation(transform.keepFields(['stage', 'conversion_from_previous', 'conversion_from_first']))
      .axisSoftMax(1),
    0,
    15,
    12,
    9
  );
  grid.place(
    barChartPanel('Deals created this quarter: time in stage', 'stage')
      .description('Median and mean days the deals created this quarter spent in each stage, from the stage history.')
      .withTarget(reached())
      .withTransformation(transform.keepFields(['stage', 'median_days_in_stage', 'mean_days_in_stage'])),
    12,
    15,
    12,
    9
  );

  grid.place(
    pieChartPanel('Open pipeline closing this quarter, by forecast category')
      .description('The open pipeline of the key figure, now, by forecast category (omitted deals are not pipeline).')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] })),
    0,
    24,
    8,
    9
  );
  grid.place(
    periodBarsPanel('Pipeline created this quarter, by week')
      .description(
        'Amount (bars) and number (line) of the deals created each week from Monday, whatever became of them; this week so far, no bars for weeks to come.'
      )
      .withTarget(
        salesQuery({ kind: 'timeseries', metrics: ['pipeline_created', 'opportunities_created'], grain: 'week' })
      )
      .withOverride(rightAxisLine('opportunities_created')),
    8,
    24,
    16,
    9
  );

  grid.place(
    new FunnelPanelBuilder()
      .title('Deals created this quarter: stages reached, by region')
      .description('Stages reached so far by the deals created this quarter, one funnel per region on a shared scale.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count', groupBy: ['region'] }))
      .option('scale', 'shared')
      .option('showDropOff', false),
    0,
    33,
    24,
    10
  );
  return builder.build();
}
