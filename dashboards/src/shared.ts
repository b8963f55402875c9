import type * as bargauge from '@grafana/grafana-foundation-sdk/bargauge';
import * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS } from './constants';
import { barGaugePanel, fixedColor, property, thresholds, transform } from './panels/core';
import { salesQuery } from './query';

/**
 * Pieces more than one dashboard uses.
 */

/**
 * The rep drill-down for the rep of the row: data links on a field of a frame grouped by rep (which
 * carries rep_id beside the rep's name), keeping the dashboard's time range.
 */
export function repDrillDownLinks(): Array<{ title: string; url: string }> {
  return [
    {
      title: 'Rep drill-down: ${__data.fields.rep}',
      url: `/d/${DASHBOARD_UIDS.rep}?var-rep=\${__data.fields.rep_id}&\${__url_time_range}`,
    },
  ];
}

/** Feedback sentiment (−1 to 1): reports lean negative (problems get written down), so below −0.3 is bad news, above 0.1 good. */
export function sentimentThresholds(): dashboard.ThresholdsConfigBuilder {
  return thresholds('red', [-0.3, 'orange'], [0.1, 'green']);
}

/** Hides a field from a table (the rep_id beside the rep's name, used by links only). */
export function hiddenColumn(): dashboard.DynamicConfigValue {
  return property.custom('hidden', true);
}

/**
 * The quarter's target beside two forecasts of the quarter's bookings: the run-rate projection
 * (attainment's `projected` over the whole quarter) and the pipeline call (won so far + commit + best
 * case, the forecast kind's `pipeline` method on the quarter).
 */
export function forecastVsTargetPanel(title: string): bargauge.PanelBuilder {
  return barGaugePanel(title)
    .description(
      'The whole quarter’s bookings target, the run-rate projection (bookings so far ÷ the share of the quarter gone) and the pipeline call (won so far + open commit + open best case closing this quarter).'
    )
    .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear', period: 'quarter' }).refId('A'))
    .withTarget(
      salesQuery({
        kind: 'forecast',
        metric: 'bookings',
        grain: 'quarter',
        method: 'pipeline',
        horizon: 1,
        lookback: 4,
        interval: 0.8,
      }).refId('B')
    )
    .withTransformation(transform.keepFields(['target', 'projected', 'forecast']))
    .namePlacement(common.BarGaugeNamePlacement.Top)
    .overrideByName('target', [property.displayName('Target'), property.color(fixedColor('blue'))])
    .overrideByName('projected', [property.displayName('Run-rate projection'), property.color(fixedColor('purple'))])
    .overrideByName('forecast', [property.displayName('Pipeline forecast'), property.color(fixedColor('orange'))]);
}
