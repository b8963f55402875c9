import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_12_MONTHS } from '../constants';
import { salesDashboard, VisibleLinkBuilder } from '../dashboard';
import { keyFigure, periodBarsPanel, rightAxisLine, timeseriesPanel, transform } from '../panels/core';
import { AttainmentPanelBuilder, FunnelPanelBuilder, ScorecardPanelBuilder } from '../panels/sales';
import { salesQuery } from '../query';
import { forecastVsTargetPanel } from '../shared';

/**
 * A 1920×1080 TV in kiosk mode: 27 grid rows (30 px each plus 8 px margins) fill the screen, so
 * nothing scrolls. Big numbers and few series, readable from 3 m; refreshed every minute.
 */
export const WALL_GRID_ROWS = 27;

const KEY_FIGURES: Array<[title: string, metric: string]> = [
  ['Bookings', 'bookings'],
  ['Won deals', 'won_deals'],
  ['Win rate', 'win_rate'],
  ['Average deal', 'avg_deal_size'],
  ['New customers', 'new_customers'],
  ['Collections', 'collections'],
];

function kioskLink(): VisibleLinkBuilder {
  return new VisibleLinkBuilder(
    new dashboard.DashboardLinkBuilder('Open on the wall (kiosk, dark)')
      .type(dashboard.DashboardLinkType.Link)
      .url(`/d/${DASHBOARD_UIDS.executive}?kiosk&theme=dark`)
      .icon('dashboard')
      .tooltip('Full screen without menus, in the dark theme the wall is designed for')
      .tags([])
      .asDropdown(false)
      .includeVars(false)
      .keepTime(false)
      .targetBlank(false)
  );
}

export function executiveWall(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.executive,
    title: 'Sales executive wall',
    description:
      'This quarter at a glance for a wall-mounted 1920×1080 screen: open it in kiosk mode with the dark theme (the link above does). Refreshes every minute.',
    tags: ['wall', 'executive'],
    refresh: '1m',
    links: [kioskLink()],
  });

  // Key figures with their change against the previous period of the same length, to date.
  KEY_FIGURES.forEach(([title, metric], index) => grid.place(keyFigure(title, metric), index * 4, 0, 4, 5));

  grid.place(
    new AttainmentPanelBuilder()
      .title('Bookings vs target')
      .description(
        'Company bookings against the prorated target of the period; the marker is where the pace says we should be.'
      )
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear' }))
      .option('gaugeStyle', 'arc')
      .option('showName', false),
    0,
    5,
    6,
    9
  );
  grid.place(
    new AttainmentPanelBuilder()
      .title('Attainment by region')
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['region'], pace: 'linear' }))
      .option('gaugeStyle', 'arc')
      .option('sortBy', 'name')
      .option('showNeededPerDay', false),
    6,
    5,
    10,
    9
  );
  grid.place(forecastVsTargetPanel('Forecast vs target'), 16, 5, 8, 9);

  grid.place(
    new FunnelPanelBuilder()
      .title('Funnel')
      .description('Deals created in the period and the furthest stage each reached.')
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count' }))
      .option('textScale', 1.3)
      .option('showDropOff', false),
    0,
    14,
    7,
    13
  );
  grid.place(
    new ScorecardPanelBuilder()
      .title('Top 10 reps')
      .description('Ranked by bookings this quarter, with their % of target; pages every 15 seconds.')
      .withTarget(
        salesQuery({
          kind: 'scorecard',
          entity: 'rep',
          // one metric, so the rank follows the bookings the wall shows (a composite score would need its own column)
          metrics: [{ id: 'bookings', weight: 1 }],
          normalize: 'percentile',
          grain: 'month',
        })
      )
      // the scorecard frame comes sorted by rank: its first ten rows are the top ten
      .withTransformation(transform.limit(10))
      .option('rowSize', 'wall')
      .option('showScore', false)
      .option('autoAdvance', 'page')
      .option('advanceIntervalSeconds', 15),
    7,
    14,
    10,
    13
  );
  grid.place(
    timeseriesPanel('Win rate, last 12 months')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['win_rate'], grain: 'month' }))
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .lineWidth(4)
      .showPoints(common.VisibilityMode.Always)
      .pointSize(8)
      .legend(new common.VizLegendOptionsBuilder().showLegend(false).displayMode(common.LegendDisplayMode.Hidden)),
    17,
    14,
    7,
    6
  );
  grid.place(
    periodBarsPanel('Collections, last 12 months')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['collections', 'collection_rate'], grain: 'month' }))
      .timeFrom(LAST_12_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('collection_rate')),
    17,
    20,
    7,
    7
  );
  return builder.build();
}
