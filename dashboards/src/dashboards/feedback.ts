import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { DASHBOARD_UIDS, LAST_13_MONTHS } from '../constants';
import { salesDashboard } from '../dashboard';
import {
  colouredCell,
  thresholdGaugeCell,
  keyFigure,
  periodBarsPanel,
  property,
  rightAxisLine,
  tablePanel,
  thresholdColor,
  thresholds,
  timeseriesPanel,
  transform,
} from '../panels/core';
import { FEEDBACK_FIELDS } from '../../../src/sales';
import { salesQuery } from '../query';
import { hiddenColumn, repDrillDownLinks, sentimentThresholds } from '../shared';

/**
 * Market feedback from the daily visit reports (市场反馈): what customers, competitors and dealers
 * are saying, whether it is getting better or worse, and the issues still open, for a manager to
 * act on before the numbers move.
 */

/** The key figures with their widths (24 grid columns): sentiment's change (−0.06 pts) needs more room than a count's. */
const KEY_FIGURES: Array<[title: string, metric: string, description: string, width: number]> = [
  ['Feedback reports this quarter', 'feedback_reports', 'Market feedback reported from visits this quarter.', 4],
  [
    'Visits with feedback this quarter',
    'visits_with_feedback_rate',
    'Of the visits completed this quarter, the share whose report carries market feedback; its change in points.',
    4,
  ],
  ['Competitor mentions this quarter', 'competitor_mentions', 'Feedback about a competitor reported this quarter.', 4],
  ['Open issues', 'open_issues', 'Issues (feedback with a severity) not resolved now, whenever reported.', 3],
  [
    'Resolution time this quarter',
    'issue_resolution_days',
    'Mean time from report to resolution of the issues (feedback with a severity) resolved this quarter.',
    4,
  ],
  [
    'Feedback sentiment this quarter',
    'feedback_sentiment',
    'Mean sentiment of the feedback reported this quarter, from −1 (negative) to 1 (positive); its change in points.',
    5,
  ],
];

/** Column widths of the feedback tables, so that the report's text gets the rest of the row. */
const WIDTHS: Record<string, number> = {
  time: 165,
  rep: 140,
  customer: 180,
  dealer: 130,
  feedback_category: 150,
  competitor: 140,
  sentiment: 95,
  feedback_severity: 95,
  resolved_at: 165,
  age_days: 100,
};

/** The feedback kind's codes in words and colours. */
function feedbackMappings(): Record<string, dashboard.ValueMapping[]> {
  const words = (options: Record<string, [text: string, color?: string]>): dashboard.ValueMapping[] => [
    {
      type: dashboard.MappingType.ValueToText,
      options: Object.fromEntries(
        Object.entries(options).map(([value, [text, color]], index) => [
          value,
          { text, index, ...(color ? { color } : {}) },
        ])
      ),
    },
  ];
  return {
    feedback_category: words({
      customer_opinion: ['Customer opinion', 'text'],
      competitor: ['Competitor', 'text'],
      dealer: ['Dealer', 'text'],
      price: ['Price', 'text'],
      product_issue: ['Product issue', 'text'],
      logistics: ['Logistics', 'text'],
    }),
    sentiment: words({ '-1': ['Negative', 'red'], '0': ['Neutral', 'text'], '1': ['Positive', 'green'] }),
    feedback_severity: words({ high: ['High', 'red'], medium: ['Medium', 'orange'], low: ['Low', 'yellow'] }),
  };
}

/** A table of feedback rows: the codes in words, the report's text wrapped and given the room. */
function feedbackTable(title: string, fields: string[]) {
  const mappings = feedbackMappings();
  let table = tablePanel(title)
    .withTransformation(transform.showFields(fields, FEEDBACK_FIELDS))
    .overrideByName('text', [property.custom('wrapText', true), property.custom('minWidth', 320)]);
  for (const field of fields.filter((name) => name !== 'text')) {
    const mapping = mappings[field];
    table = table.overrideByName(field, [
      property.custom('width', WIDTHS[field] ?? 140),
      ...(mapping
        ? [property.mappings(mapping), property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorText })]
        : []),
    ]);
  }
  return table;
}

export function feedbackDashboard(): dashboard.Dashboard {
  const { builder, grid } = salesDashboard({
    uid: DASHBOARD_UIDS.feedback,
    title: 'Market feedback',
    description:
      'What the daily visit reports say about customers, competitors, dealers, prices and products: competitor mentions, sentiment, the share of visits with feedback, the issues still open and the latest reports.',
    tags: ['feedback', 'visits'],
  });

  let x = 0;
  for (const [title, metric, description, width] of KEY_FIGURES) {
    grid.place(keyFigure(title, metric, { description }), x, 0, width, 4);
    x += width;
  }
  grid.place(
    periodBarsPanel('Competitor mentions by competitor, last 13 months')
      .description(
        'Feedback about a competitor reported each month, one bar segment per competitor named; this month so far.'
      )
      .withTarget(
        salesQuery({ kind: 'timeseries', metrics: ['competitor_mentions'], grain: 'month', groupBy: ['competitor'] })
      )
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .stacking(new common.StackingConfigBuilder().mode(common.StackingMode.Normal)),
    0,
    4,
    14,
    9
  );
  grid.place(
    tablePanel('Competitor mentions this quarter, by competitor and region')
      .description('Feedback about each competitor reported this quarter, by the reporting rep’s region.')
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['competitor_mentions'],
          groupBy: ['competitor', 'region'],
          // mentions of a competitor the rep did not name have no row of their own
          filters: [{ dimension: 'competitor', op: 'has_value', values: [] }],
        })
      )
      .transformations(transform.matrix('competitor', 'region', 'competitor_mentions'))
      .withOverride({
        matcher: { id: 'byType', options: 'number' },
        properties: [
          property.custom('cellOptions', { type: common.TableCellDisplayMode.ColorBackground }),
          property.color(new dashboard.FieldColorBuilder().mode(dashboard.FieldColorModeId.ContinuousBlues)),
        ],
      }),
    14,
    4,
    10,
    9
  );

  grid.place(
    timeseriesPanel('Feedback sentiment by region, last 13 months')
      .description(
        'Mean sentiment of the feedback reported each month (−1 negative, 0 neutral, 1 positive), per region; this month so far.'
      )
      .withTarget(
        salesQuery({ kind: 'timeseries', metrics: ['feedback_sentiment'], grain: 'month', groupBy: ['region'] })
      )
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .axisSoftMin(-1)
      .axisSoftMax(1)
      .fillOpacity(0)
      .showPoints(common.VisibilityMode.Always),
    0,
    13,
    12,
    9
  );
  grid.place(
    periodBarsPanel('Feedback reports and visits with feedback by month, last 13 months')
      .description(
        'Feedback reported each month (bars), and the share of the month’s completed visits whose report carries feedback (line); this month so far.'
      )
      .withTarget(
        salesQuery({
          kind: 'timeseries',
          metrics: ['feedback_reports', 'visits_with_feedback_rate'],
          grain: 'month',
        })
      )
      .timeFrom(LAST_13_MONTHS)
      .hideTimeOverride(true)
      .withOverride(rightAxisLine('visits_with_feedback_rate')),
    12,
    13,
    12,
    9
  );

  grid.place(
    feedbackTable('Open high-severity issues now, longest open first', [
      'time',
      'rep',
      'customer',
      'feedback_category',
      'text',
      'age_days',
    ])
      .description(
        'Issues reported with high severity and not resolved as of now, whenever reported, with the days they have been open.'
      )
      .withTarget(
        salesQuery({
          kind: 'feedback',
          openIssues: true,
          limit: 50,
          filters: [{ dimension: 'feedback_severity', op: 'in', values: ['high'] }],
        })
      )
      .overrideByName('age_days', [
        property.decimals(0),
        property.color(thresholdColor()),
        property.thresholds(thresholds('green', [7, 'orange'], [30, 'red'])),
        colouredCell(),
      ]),
    0,
    22,
    16,
    10
  );
  grid.place(
    tablePanel('Open issues now, by rep')
      .description(
        'Issues (feedback with a severity) each rep reported that are not resolved now, whenever reported; most first.'
      )
      .withTarget(salesQuery({ kind: 'metrics', metrics: ['open_issues'], groupBy: ['rep'] }))
      // the frame's fields: rep, rep_id, open_issues
      .withTransformation(transform.sortBy('open_issues', 2, true))
      .overrideByName('rep_id', [hiddenColumn()])
      .overrideByName('rep', [property.links(repDrillDownLinks())])
      .overrideByName('open_issues', [...thresholdGaugeCell({ min: 0 }, thresholds('orange'))]),
    16,
    22,
    8,
    10
  );

  grid.place(
    tablePanel('Feedback this quarter, by category')
      .description(
        'Feedback reported this quarter by category: how much and how it felt; the issues open now, whenever reported; the mean days to resolve the issues resolved this quarter.'
      )
      .withTarget(
        salesQuery({
          kind: 'metrics',
          metrics: ['feedback_reports', 'feedback_sentiment', 'open_issues', 'issue_resolution_days'],
          groupBy: ['feedback_category'],
        })
      )
      .overrideByName('feedback_category', [property.mappings(feedbackMappings().feedback_category)])
      .overrideByName('feedback_sentiment', [...thresholdGaugeCell({ min: -1, max: 1 }, sentimentThresholds())]),
    0,
    32,
    24,
    10
  );

  grid.place(
    feedbackTable('Latest feedback this quarter', [
      'time',
      'rep',
      'customer',
      'dealer',
      'feedback_category',
      'competitor',
      'sentiment',
      'feedback_severity',
      'text',
      'resolved_at',
    ])
      .description('The latest 100 reports of this quarter, newest first, as the reps wrote them.')
      .withTarget(salesQuery({ kind: 'feedback', limit: 100 })),
    0,
    42,
    24,
    14
  );
  return builder.build();
}
