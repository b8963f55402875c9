import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_13_MONTHS } from '../constants';
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
  ['Bookings this quarter', 'bookings'],
  ['Won deals this quarter', 'won_deals'],
  ['Win rate this quarter', 'win_rate'],
  ['Average deal this quarter', 'avg_deal_size'],
  ['New customers this quarter', 'new_customers'],
  ['Collections this quarter', 'collections'],
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

  // Key figures with their change against last quarter up to the same day.
  KEY_FIGURES.forEach(([title, metric], index) =>
    grid.place(keyFigure(title, metric, { size: 'wall' }), index * 4, 0, 4, 5)
  );

  grid.place(
    new AttainmentPanelBuilder()
      .title('Bookings against this quarter’s target')
      .description(
        'Company bookings so far against the whole quarter’s target; the marker is where bookings should be by now at an even pace.'
      )
      .withTarget(salesQuery({ kind: 'attainment', metric: 'bookings', pace: 'linear', period: 'quarter' }))
      .option('gaugeStyle', 'arc')
      .option('showName', false),
    0,
    5,
    6,
    9
  );
  grid.place(
    new AttainmentPanelBuilder()
      .title('Bookings against target by region')
      .description('Each region’s bookings so far against its whole quarter’s target.')
      .withTarget(
        salesQuery({ kind: 'attainment', metric: 'bookings', groupBy: ['region'], pace: 'linear', period: 'quarter' })
      )
      .option('gaugeStyle', 'arc')
      .option('sortBy', 'name')
      .option('showNeededPerDay', false),
    6,
    5,
    10,
    9
  );
  grid.place(forecastVsTargetPanel('Bookings this quarter: target and forecasts'), 16, 5, 8, 9);

  grid.place(
    new FunnelPanelBuilder()
      .title('Deals created this quarter: stages reached')
      .description('Deals created this quarter, each counted at every stage up to the furthest it reached so far.')
      // days in stage show only in the tooltip, which a wall display has no pointer for: not read
      .withTarget(salesQuery({ kind: 'funnel', mode: 'reached', measure: 'count', timeInStage: false }))
      .option('textScale', 1.3)
      .option('showDropOff', false),
    0,
    14,
    6,
    13
  );
  grid.place(
    new ScorecardPanelBuilder()
      .title('Top 10 reps by bookings this quarter')
      .description(
        'Ranked by bookings this quarter, with their % of the quarter’s target coloured by pace; pages every 15 seconds.'
      )
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
      // rank, name, bookings and % of target fit the wall's column; rank change and the trend do not
      .option('showRankChange', false)
      .option('showSparklines', false)
      .option('autoAdvance', 'page')
      .option('advanceIntervalSeconds', 15),
    6,
    14,
    12,
    13
  );
  grid.place(
    timeseriesPanel('Win rate by month, last 13 months')
      .description('Deals won ÷ deals won and lost, by the month they closed; this month so far.')
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['win_rate'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .lineWidth(4)
      .showPoints(common.VisibilityMode.Always)
      .pointSize(8)
      .legend(new common.VizLegendOptionsBuilder().showLegend(false).displayMode(common.LegendDisplayMode.Hidden)),
    18,
    14,
    6,
    6
  );
  grid.place(
    periodBarsPanel('Collections by month, last 13 months')
      .description(
        'Payments received each month (bars) and the share of the invoices falling due that month paid so far (line); this month so far.'
      )
      .withTarget(salesQuery({ kind: 'timeseries', metrics: ['collections', 'collection_rate'], grain: 'month' }))
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('collection_rate')),
    18,
    20,
    6,
    7
  );
  return builder.build();
}
