import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import { barChartPanel, keyFigure, periodBarsPanel, pieChartPanel, rightAxisLine, transform } from '../panels/core';
import { FunnelPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';

const KEY_FIGURES: Array<[title: string, metric: string]> = [
  ['Open pipeline', 'open_pipeline'],
  ['Weighted pipeline', 'weighted_pipeline'],
  ['Commit', 'commit_pipeline'],
  ['Best case', 'best_case_pipeline'],
  ['Pipeline created', 'pipeline_created'],
  ['Stale deals', 'stale_deals'],
];

export function pipelineDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.pipeline,
    title: 'Pipeline and funnel',
    description:
      'The funnel in each of its modes, conversion and time in each stage, forecast categories and the pipeline created. Pipeline figures count open deals expected to close in the period.',
    tags: ['pipeline', 'funnel'],
  });

  KEY_FIGURES.forEach(([title, metric], index) => grid.place(keyFigure(title, metric), index * 4, 0, 4, 4));

  grid.place(
    new FunnelPanelBuilder()
      .title('Funnel: stages reached')
      .description(
        'Deals created in the period; each counts at every stage up to the furthest it reached (won deals reached them all).'
      )
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' })),
    0,
    4,
    8,
    11
  );
  grid.place(
    new FunnelPanelBuilder()
      .title('Funnel: recorded stages only')
      .description('Deals created in the period, counted only at the stages their stage history records.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'strict', measure: 'count' })),
    8,
    4,
    8,
    11
  );
  grid.place(
    new FunnelPanelBuilder()
      .title('Open deals now, by stage')
      .description('Amount of the open deals by their current stage, whatever their creation date.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'snapshot', measure: 'amount' }))
      .option('showConversionFromFirst', false),
    16,
    4,
    8,
    11
  );

  const reached = () => salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' });
  grid.place(
    barChartPanel('Stage conversion', 'stage')
      .description('Share of the deals at the previous stage, and at the first stage, that reached each stage.')
      .withTarget(reached())
      .withTransformation(transform.keepFields(['stage', 'conversion_from_previous', 'conversion_from_first']))
      .axisSoftMax(1),
    0,
    15,
    12,
    9
  );
  grid.place(
    barChartPanel('Time in stage', 'stage')
      .description('Median and mean days the deals spent in each stage, from the stage history.')
      .withTarget(reached())
      .withTransformation(transform.keepFields(['stage', 'median_days_in_stage', 'mean_days_in_stage'])),
    12,
    15,
    12,
    9
  );

  grid.place(
    pieChartPanel('Forecast categories')
      .description('Open pipeline expected to close in the period, by forecast category.')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] })),
    0,
    24,
    8,
    9
  );
  grid.place(
    periodBarsPanel('Pipeline created')
      .description('Amount and number of the deals created each week, whatever became of them.')
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
      .title('Funnel by region')
      .description('Stages reached by the deals created in the period, one funnel per region on a shared scale.')
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
