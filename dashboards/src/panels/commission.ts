import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as stat from '@grafana/grafana-foundation-sdk/stat';

import { fixedColor, statPanel, transform } from './core';
import type { Filter } from '../../../src/sales';
import { salesQuery } from '../query';

/**
 * The commission figures of one rep (the dashboard's single-valued rep variable), shared by the
 * Commissions dashboard and the rep drill-down. A rep whose plan changed inside the quarter has a row
 * per plan; the figures to date add them up, the figures about the next tier read the last (current) one.
 */

/** Commission earned, adjustments and payout of the rep's plan periods touching the range, so far. */
export function earningsToDatePanel(title: string, filters: Filter[] = []): stat.PanelBuilder {
  return statPanel(title)
    .description(
      'What the rep has earned so far in the plan periods of the range (a quarter under a quarterly plan): commission from the plan’s tiers over the attainment so far, SPIFs, bonuses, draws and clawbacks, and their sum, the payout.'
    )
    .withTarget(salesQuery({ kind: 'commission', ...(filters.length ? { filters } : {}) }))
    .withTransformation(transform.keepFields(['earned', 'adjustments', 'payout']))
    .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(['sum']).values(false))
    .textMode(common.BigValueTextMode.ValueAndName)
    .colorScheme(fixedColor('text'));
}

/** The rep's attainment, tier and the credited amount still needed to reach the next tier, on the current plan. */
export function toNextTierPanel(title: string, filters: Filter[] = []): stat.PanelBuilder {
  return statPanel(title)
    .description(
      'On the rep’s current plan: attainment so far against the period’s quota, the tier it reaches, and the bookings still needed to reach the next tier (none at the top tier).'
    )
    .withTarget(salesQuery({ kind: 'commission', ...(filters.length ? { filters } : {}) }))
    .withTransformation(transform.keepFields(['attainment', 'tier', 'to_next_tier']))
    .textMode(common.BigValueTextMode.ValueAndName)
    .colorScheme(fixedColor('text'));
}
