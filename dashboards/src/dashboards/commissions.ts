import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS } from '../constants';
import { salesDashboard } from '../dashboard';
import { variableFilter } from '../filters';
import {
  fixedColor,
  gaugeCell,
  thresholdGaugeCell,
  property,
  statPanel,
  tablePanel,
  thresholdColor,
  thresholds,
  transform,
  xyChartPanel,
} from '../panels/core';
import { earningsToDatePanel, toNextTierPanel } from '../panels/commission';
import { salesQuery } from '../query';
import { hiddenColumn, repDrillDownLinks } from '../shared';
import { dealVariable, planVariable } from '../variables';

const ATTAINMENT_THRESHOLDS = thresholds('red', [0.5, 'orange'], [1, 'green']);
/** Payout ÷ the incentive budget: up to it as planned; well over it, the plans pay more than budgeted. */
const BUDGET_THRESHOLDS = thresholds('green', [1, 'orange'], [1.5, 'red']);
const DEAL_AMOUNTS = [10_000, 25_000, 50_000, 100_000];

/** Every commission query of the dashboard follows the plan variable. */
const PLAN = [variableFilter('plan')];
/** The tables list every rep under the region and team chosen, whichever rep is selected. */
const EVERY_REP = { ignoreVariables: ['rep'] } as const;

export function commissionsDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.commissions,
    title: 'Commissions',
    description:
      'What reps earn this quarter under their commission plans: payout to date by rep with attainment and tier, team payout against the incentive budget, the selected rep’s payout curve and what a next deal would pay, and the adjustments (SPIFs, bonuses, draws, clawbacks).',
    tags: ['commissions'],
    singleRep: true,
    variables: [planVariable(), dealVariable(DEAL_AMOUNTS, 25_000)],
  });

  grid.place(earningsToDatePanel('Selected rep: earned this quarter so far', PLAN), 0, 0, 9, 5);
  grid.place(toNextTierPanel('Selected rep: to the next tier', PLAN), 9, 0, 8, 5);
  grid.place(
    // the amount in the value's name, not the title: Grafana shows titles with the variable's value
    // but finds panels (links, tests) by the title as saved
    statPanel('Selected rep: what the next deal pays')
      .description(
        'What one more deal of the amount chosen in “Next deal of”, closed this quarter, would add to the selected rep’s payout: the higher attainment may reach a higher tier (or the gate), and the cap may take part of it.'
      )
      .withTarget(salesQuery({ kind: 'commission', whatIf: '$deal', filters: PLAN }))
      .withTransformation(transform.keepFields(['next_deal_pays']))
      .textMode(common.BigValueTextMode.ValueAndName)
      .overrideByName('next_deal_pays', [property.displayName('A deal of $deal pays')])
      .colorScheme(fixedColor('green')),
    17,
    0,
    7,
    5
  );

  grid.place(
    tablePanel('Payout this quarter so far, by rep')
      .description(
        'Each rep’s plan period (a rep whose plan changed inside the quarter has a row per plan, each paid under its own plan, the quota prorated by days): bookings credited, quota, attainment, the tier reached, commission from the tiers (after the gate and the cap), adjustments and the payout. A name opens the rep drill-down.'
      )
      .withTarget(salesQuery({ kind: 'commission', filters: PLAN }, EVERY_REP))
      .withTransformation(
        transform.keepFields([
          'rep',
          'rep_id',
          'plan',
          'credited',
          'quota',
          'attainment',
          'tier',
          'earned',
          'adjustments',
          'payout',
          'to_next_tier',
          'status',
        ])
      )
      // payout: the tenth field kept
      .withTransformation(transform.sortBy('payout', 9, true))
      .overrideByName('rep', [property.links(repDrillDownLinks())])
      .overrideByName('rep_id', [hiddenColumn()])
      // two decimals: a rep 0.05 % short of the next tier must not read 100.0 %
      .overrideByName('attainment', [
        gaugeCell(),
        property.decimals(2),
        property.min(0),
        property.max(2),
        property.color(thresholdColor()),
        property.thresholds(ATTAINMENT_THRESHOLDS),
      ])
      .overrideByName('tier', [property.custom('width', 70)])
      .overrideByName('status', [property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText })]),
    0,
    5,
    24,
    11
  );
  grid.place(
    tablePanel('Team payout against budget, this quarter')
      .description(
        'Payouts so far summed per team against the budget: the sum of the reps’ target incentives (what each plan pays at 100 % of quota) for the quarter.'
      )
      .withTarget(salesQuery({ kind: 'commission', groupBy: ['team'], filters: PLAN }, EVERY_REP))
      .withTransformation(transform.keepFields(['team', 'payout', 'target_incentive', 'budget_used']))
      .overrideByName('budget_used', [...thresholdGaugeCell({ min: 0, max: 1.5 }, BUDGET_THRESHOLDS)]),
    0,
    16,
    9,
    9
  );

  grid.place(
    xyChartPanel('Selected rep: payout curve', 1, 'attainment', ['curve_earned', 'current_earned'])
      .description(
        'Commission the selected rep’s plan pays from 0 % to 250 % attainment of this quarter’s quota (the gate, the tiers’ rates and the cap), and where the rep stands now. A rep whose plan changed inside the quarter: the curve of the first plan.'
      )
      .withTarget(salesQuery({ kind: 'commission', curve: true, filters: PLAN }))
      .overrideByName('curve_earned', [property.color(fixedColor('blue'))])
      .overrideByName('current_earned', [
        property.color(fixedColor('orange')),
        property.custom('show', 'points'),
        property.custom('pointSize', { fixed: 14 }),
      ]),
    9,
    16,
    15,
    9
  );
  grid.place(
    tablePanel('Adjustments this year so far')
      .description(
        'SPIFs, bonuses and draws paid and clawbacks taken in the plan periods of this fiscal year so far, one by one, by rep and date: part of each period’s payout beside the commission from the tiers.'
      )
      .withTarget(salesQuery({ kind: 'commission', adjustments: true, filters: PLAN }, EVERY_REP))
      .timeFrom('now/fy')
      .frameIndex(1)
      .withTransformation(transform.keepFields(['date', 'rep', 'adjustment', 'amount', 'note', 'period']))
      .overrideByName('amount', [
        property.color(thresholdColor()),
        property.thresholds(thresholds('red', [0, 'green'])),
        property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText }),
      ]),
    0,
    25,
    24,
    8
  );
  return builder.build();
}
