import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import type { DimensionId, Filter } from '../../../src/sales';
import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import { REP_ORGANISATION } from '../filters';
import {
  barChartPanel,
  columnWidth,
  fixedColor,
  thresholdGaugeCell,
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
import { hiddenColumn, repDrillDownLinks, sentimentThresholds } from '../shared';

/** Coverage of the gap by pipeline closing before the end of the period: under 1× it cannot close; 3× is the usual rule. */
const COVERAGE_THRESHOLDS = thresholds('red', [1, 'orange'], [3, 'green']);
const COMPLETION_THRESHOLDS = thresholds('red', [0.7, 'orange'], [0.9, 'green']);
const ATTAINMENT_THRESHOLDS = thresholds('red', [0.9, 'orange'], [1, 'green']);

/** The quarter's bookings attainment (the dashboard's range is this quarter by default), optionally per group. */
function quarterAttainment(groupBy?: DimensionId[]) {
  return salesQuery({
    kind: 'attainment',
    metric: 'bookings',
    pace: 'linear',
    period: 'quarter',
    ...(groupBy ? { groupBy } : {}),
  });
}

/** Rep names take this much of a table, the figures share the rest. */
const REP_COLUMN = 170;

/** Coverage as a multiple with one decimal: the data source sends a plain number with two. */
const COVERAGE_DISPLAY = [property.unit('suffix:×'), property.decimals(1)];

const POOL_NOTE = 'Leads in the public pool belong to no rep, so the region, team and rep filters do not apply.';
const DEALER_NOTE =
  'Customers buying through a dealer, by dealer; a dealer serves its whole region, so the team, rep and product filters do not apply.';
/** Dealers' targets are set per region: the variables below a region would leave them without one. */
const NOT_FOR_DEALERS = ['team', 'rep', 'product'] as const;
/** The customers buying through a dealer: without it the customers buying directly make a group of their own. */
const THROUGH_A_DEALER: Filter = { dimension: 'dealer', op: 'has_value', values: [] };

export function managerDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.manager,
    title: 'Sales manager',
    description:
      'The team this quarter: the reps scorecard (names open the rep drill-down), bookings against the quarter’s targets and pipeline coverage by rep, stale deals, the visit plan, the public lead pool and the dealers.',
    tags: ['manager'],
  });

  grid.place(keyFigure('Bookings this quarter', 'bookings'), 0, 0, 4, 5);
  grid.place(
    statPanel('Bookings vs quarter target')
      .description(
        'Bookings so far as a share of the whole quarter’s target, and the pace: bookings so far ÷ the target expected by now at an even pace (green from 100 %, orange from 90 %).'
      )
      .withTarget(quarterAttainment())
      .withTransformation(transform.keepFields(['attainment', 'pace']))
      .textMode(common.BigValueTextMode.ValueAndName)
      .orientation(common.VizOrientation.Vertical)
      .colorScheme(fixedColor('text'))
      .overrideByName('attainment', [property.displayName('Of target')])
      .overrideByName('pace', [
        property.displayName('Pace'),
        property.color(thresholdColor()),
        property.thresholds(ATTAINMENT_THRESHOLDS),
      ]),
    4,
    0,
    4,
    5
  );
  grid.place(
    statPanel('Pipeline coverage of the gap')
      .description(
        'Open pipeline closing between now and the end of the quarter ÷ the bookings still needed to reach the quarter’s target (none once it is reached); 3× is the usual rule.'
      )
      .withTarget(quarterAttainment())
      .withTransformation(transform.keepFields(['coverage']))
      .overrideByName('coverage', COVERAGE_DISPLAY)
      .colorScheme(thresholdColor())
      .thresholds(COVERAGE_THRESHOLDS),
    8,
    0,
    4,
    5
  );
  grid.place(keyFigure('Win rate this quarter', 'win_rate'), 12, 0, 4, 5);
  grid.place(
    keyFigure('Stale open deals', 'stale_deals', {
      description:
        'Open deals, whatever their close date, older than 14 days with no completed activity in the last 14 days.',
    }),
    16,
    0,
    4,
    5
  );
  grid.place(
    statPanel('Visit plan completion this quarter')
      .description('Of the visits planned this quarter and already due, the share reported done.')
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
      .title('Reps this quarter: scorecard')
      .description(
        'Reps ranked by bookings (3×), win rate, pipeline created, visits completed and stale open deals (fewer is better), all this quarter so far; % of target is of the whole quarter’s target, coloured by pace. A name opens the rep drill-down.'
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
      .title('Bookings against target by rep')
      .description('Each rep’s bookings so far against the whole quarter’s target, best first.')
      .withTarget(quarterAttainment(['rep']))
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
    rowBarGaugePanel('Pipeline coverage of the gap to target, by rep')
      .description(
        'Each rep’s open pipeline closing before the end of the quarter ÷ the bookings still needed to reach the quarter’s target: reps with no gap to cover (target reached) first, then the lowest coverage. The bars are full from 5×.'
      )
      .withTarget(quarterAttainment(['rep']))
      .withTransformation(transform.keepFields(['rep', 'coverage']))
      // coverage is the second field kept
      .withTransformation(transform.sortBy('coverage', 1, false))
      .overrideByName('coverage', [
        ...COVERAGE_DISPLAY,
        property.max(5),
        // no coverage without a gap: the target is reached (or the rep has none)
        property.mappings([
          {
            type: dashboard.MappingType.SpecialValue,
            options: { match: dashboard.SpecialValueMatch.Null, result: { text: 'No gap to cover', index: 0 } },
          },
        ]),
      ])
      .colorScheme(thresholdColor())
      .thresholds(COVERAGE_THRESHOLDS),
    12,
    16,
    12,
    10
  );

  grid.place(
    tablePanel('Stale open deals and open pipeline by rep')
      .description(
        'Stale open deals (whatever their close date: older than 14 days with no completed activity in the last 14 days) beside each rep’s open deals and open pipeline closing this quarter, now.'
      )
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['stale_deals', 'open_deals', 'open_pipeline'], groupBy: ['rep'] })
      )
      .overrideByName('rep_id', [hiddenColumn()])
      .overrideByName('rep', [property.links(repDrillDownLinks()), columnWidth(REP_COLUMN)])
      .overrideByName('open_deals', [property.displayName('Open deals closing this quarter')])
      .overrideByName('open_pipeline', [property.displayName('Open pipeline closing this quarter')])
      .overrideByName('stale_deals', [
        property.displayName('Stale open deals'),
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
    tablePanel('Visit plan by rep, this quarter')
      .description(
        'Visits planned this quarter (the visit plan, the weeks to come included), visits reported done so far, and the share done of the planned visits already due.'
      )
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['visits_planned', 'visits_completed', 'visit_completion_rate'],
          groupBy: ['rep'],
        })
      )
      .overrideByName('rep_id', [hiddenColumn()])
      .overrideByName('rep', [property.links(repDrillDownLinks()), columnWidth(REP_COLUMN)])
      .overrideByName('visits_planned', [property.displayName('Planned this quarter')])
      .overrideByName('visits_completed', [property.displayName('Done so far')])
      .overrideByName('visit_completion_rate', [
        property.displayName('Done of those due'),
        ...thresholdGaugeCell({ min: 0, max: 1 }, COMPLETION_THRESHOLDS),
      ]),
    12,
    26,
    12,
    9
  );

  grid.row('Public lead pool', 35);
  grid.place(
    statPanel('Leads in the public pool now')
      .description(`The leads waiting in the public pool now, and their mean age. ${POOL_NOTE}`)
      .withTarget(
        salesQuery(
          { kind: 'metrics', metrics: ['pool_leads', 'pool_lead_age_days'] },
          { ignoreVariables: REP_ORGANISATION }
        )
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text'))
      .overrideByName('pool_leads', [property.displayName('Leads')])
      .overrideByName('pool_lead_age_days', [property.displayName('Mean age')]),
    0,
    36,
    8,
    7
  );
  grid.place(
    barChartPanel('Leads in the public pool now, by source', 'lead_source')
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
    statPanel('Leads created this quarter')
      .description(
        'Leads created this quarter, the share of them converted so far and the mean hours from creation to first contact.'
      )
      .withTarget(
        salesQuery({ kind: 'metrics', metrics: ['leads_created', 'lead_conversion_rate', 'lead_response_hours'] })
      )
      .textMode(common.BigValueTextMode.ValueAndName)
      .colorScheme(fixedColor('text'))
      .overrideByName('leads_created', [property.displayName('Created')])
      .overrideByName('lead_conversion_rate', [property.displayName('Converted so far')])
      // Grafana's hour unit reads "18.2 hour"
      .overrideByName('lead_response_hours', [
        property.displayName('Hours to first contact'),
        property.unit('suffix: h'),
      ]),
    16,
    36,
    8,
    7
  );

  // tall enough for every dealer of the demo (three per region) without scrolling
  grid.row('Dealers', 43);
  grid.place(
    new AttainmentPanelBuilder()
      .title('Bookings against target by dealer')
      .description(
        `Bookings so far from each dealer's customers against the dealer's whole quarter's target, best first. ${DEALER_NOTE}`
      )
      .withTarget(
        salesQuery(
          {
            kind: 'attainment',
            metric: 'bookings',
            groupBy: ['dealer'],
            filters: [THROUGH_A_DEALER],
            pace: 'linear',
            period: 'quarter',
          },
          { ignoreVariables: NOT_FOR_DEALERS }
        )
      )
      .option('gaugeStyle', 'bullet')
      .option('sortBy', 'attainment')
      .option('sortOrder', 'desc'),
    0,
    44,
    12,
    16
  );
  grid.place(
    tablePanel('Dealers this quarter: deals, visits and feedback')
      .description(
        `Bookings and won deals, win rate, visits completed and the mean sentiment of the feedback (−1 to 1) on each dealer's customers, this quarter so far. ${DEALER_NOTE}`
      )
      .withTarget(
        salesQuery(
          {
            kind: 'metrics',
            metrics: ['bookings', 'won_deals', 'win_rate', 'visits_completed', 'feedback_sentiment'],
            groupBy: ['dealer'],
            filters: [THROUGH_A_DEALER],
          },
          { ignoreVariables: NOT_FOR_DEALERS }
        )
      )
      .overrideByName('win_rate', [...thresholdGaugeCell({ min: 0, max: 1 }, thresholds('blue'))])
      .overrideByName('feedback_sentiment', [
        property.color(thresholdColor()),
        property.thresholds(sentimentThresholds()),
        property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText }),
      ]),
    12,
    44,
    12,
    16
  );
  return builder.build();
}
