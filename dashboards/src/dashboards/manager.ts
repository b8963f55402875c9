import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import { REP_ORGANISATION } from '../filters';
import {
  barChartPanel,
  fixedColor,
  gaugeCell,
  keyFigure,
  property,
  rowBarGaugePanel,
  statPanel,
  tablePanel,
  thresholdColor,
  thresholds,
  transform,
} from '../panels/core';
import { AttainmentPanelBuilder, ScorecardPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import { hiddenColumn, repDrillDownLinks } from '../shared';

/** Coverage of the gap by pipeline closing before the end of the period: under 1× it cannot close; 3× is the usual rule. */
const COVERAGE_THRESHOLDS = thresholds('red', [1, 'orange'], [3, 'green']);
const COMPLETION_THRESHOLDS = thresholds('red', [0.7, 'orange'], [0.9, 'green']);
const ATTAINMENT_THRESHOLDS = thresholds('red', [0.9, 'orange'], [1, 'green']);

const POOL_NOTE = 'Leads in the public pool belong to no rep, so the region, team and rep filters do not apply.';

export function managerDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.manager,
    title: 'Sales manager',
    description:
      'The team this quarter: the reps scorecard (names open the rep drill-down), attainment and pipeline coverage by rep, stale deals, the visit plan and the public lead pool.',
    tags: ['manager'],
  });

  grid.place(keyFigure('Bookings', 'bookings'), 0, 0, 4, 5);
  grid.place(
    statPanel('Attainment')
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear' }))
      .withTransformation(transform.keepFields(['attainment']))
      .colorScheme(thresholdColor())
      .thresholds(ATTAINMENT_THRESHOLDS),
    4,
    0,
    4,
    5
  );
  grid.place(
    statPanel('Pipeline coverage')
      .description('Open pipeline closing between now and the end of the period ÷ the gap to target.')
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear' }))
      .withTransformation(transform.keepFields(['coverage']))
      .unit('suffix:×')
      .decimals(1)
      .colorScheme(thresholdColor())
      .thresholds(COVERAGE_THRESHOLDS),
    8,
    0,
    4,
    5
  );
  grid.place(keyFigure('Win rate', 'win_rate'), 12, 0, 4, 5);
  grid.place(
    statPanel('Stale deals')
      .description('Open deals older than 14 days without a completed activity in the last 14 days.')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['stale_deals'] }))
      .colorScheme(thresholdColor())
      .thresholds(thresholds('green', [1, 'orange'])),
    16,
    0,
    4,
    5
  );
  grid.place(
    statPanel('Visit plan completion')
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['visit_completion_rate'] }))
      .colorScheme(thresholdColor())
      .thresholds(COMPLETION_THRESHOLDS),
    20,
    0,
    4,
    5
  );

  grid.place(
    new ScorecardPanelBuilder()
      .title('Team scorecard')
      .description(
        'Reps ranked by bookings (3×), win rate, pipeline created, visits and stale deals (fewer is better). A name opens the rep drill-down.'
      )
      .withTarget(
        salesQuery({
          kind: 'scorecard',
          entity: 'rep',
          metrics: [
            { id: 'bookings', weight: 3 },
            { id: 'win_rate', weight: 1 },
            { id: 'pipeline_created', weight: 1 },
            { id: 'visits_completed', weight: 1 },
            { id: 'stale_deals', weight: 1, lowerIsBetter: true },
          ],
          normalize: 'percentile',
          grain: 'month',
        })
      )
      .overrideByName('rep', [property.links(repDrillDownLinks())]),
    0,
    5,
    24,
    11
  );

  grid.place(
    new AttainmentPanelBuilder()
      .title('Attainment by rep')
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['rep'], pace: 'linear' }))
      .option('gaugeStyle', 'bullet')
      .option('sortBy', 'attainment')
      .option('sortOrder', 'desc')
      .overrideByName('actual', [property.links(repDrillDownLinks())]),
    0,
    16,
    12,
    10
  );
  grid.place(
    rowBarGaugePanel('Pipeline coverage by rep')
      .description(
        'Open pipeline closing before the end of the period ÷ each rep’s gap to target (none once the target is met).'
      )
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['rep'], pace: 'linear' }))
      .withTransformation(transform.keepFields(['rep', 'coverage']))
      .unit('suffix:×')
      .decimals(1)
      .colorScheme(thresholdColor())
      .thresholds(COVERAGE_THRESHOLDS),
    12,
    16,
    12,
    10
  );

  grid.place(
    tablePanel('Stale deals by rep')
      .description(
        'Open deals older than 14 days with no completed activity in the last 14 days, beside each rep’s open deals.'
      )
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['stale_deals', 'open_deals', 'open_pipeline'], groupBy: ['rep'] })
      )
      .overrideByName('rep_id', [hiddenColumn()])
      .overrideByName('rep', [property.links(repDrillDownLinks())])
      .overrideByName('stale_deals', [
        property.color(thresholdColor()),
        property.thresholds(thresholds('green', [1, 'orange'], [5, 'red'])),
        property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText }),
      ]),
    0,
    26,
    12,
    9
  );
  grid.place(
    tablePanel('Visit plan by rep')
      .description('Visits planned in the period (the visit plan) and completed (the daily reports).')
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['visits_planned', 'visits_completed', 'visit_completion_rate'],
          groupBy: ['rep'],
        })
      )
      .overrideByName('rep_id', [hiddenColumn()])
      .overrideByName('rep', [property.links(repDrillDownLinks())])
      .overrideByName('visit_completion_rate', [
        gaugeCell(),
        property.min(0),
        property.max(1),
        property.color(thresholdColor()),
        property.thresholds(COMPLETION_THRESHOLDS),
      ]),
    12,
    26,
    12,
    9
  );

  grid.row('Public lead pool', 35);
  grid.place(
    statPanel('Leads in the public pool')
      .description(POOL_NOTE)
      .withTarget(
        salesQuery(
          { kind: 'metrics', metrics: ['pool_leads', 'pool_lead_age_days'] },
          { ignoreVariables: REP_ORGANISATION }
        )
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text')),
    0,
    36,
    8,
    7
  );
  grid.place(
    barChartPanel('Pool leads by source', 'lead_source')
      .description(POOL_NOTE)
      .withTarget(
        salesQuery(
          { kind: 'metrics', metrics: ['pool_leads'], groupBy: ['lead_source'] },
          { ignoreVariables: REP_ORGANISATION }
        )
      ),
    8,
    36,
    8,
    7
  );
  grid.place(
    statPanel('Lead handling')
      .description('Leads created in the period, the share converted so far and the mean hours to first contact.')
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['leads_created', 'lead_conversion_rate', 'lead_response_hours'] })
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text')),
    16,
    36,
    8,
    7
  );
  return builder.build();
}
