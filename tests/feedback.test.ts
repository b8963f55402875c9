/**
 * Market feedback from visit reports and dealers, on every engine available, against figures worked
 * out by hand from tests/fixtures/handmade.ts (Q1 2024 in New York, now = Mar 15 12:00 EDT = 16:00Z):
 * the feedback metrics by their dimensions and over time, attainment by dealer, the feedback kind,
 * and hostile texts that must come back exactly as stored.
 */
import { runQuery } from '../src/sales/engine';
import type { DataFrameJSON, SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext, HOSTILE_FEEDBACK_TEXT, visit_feedback } from './fixtures/handmade';
import { column, rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

const NOW = Date.parse('2024-03-15T16:00:00Z');

function pick(rows: Array<Record<string, unknown>>, fields: string[]) {
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, row[field]])));
}

function close(value: unknown, expected: number) {
  expect(typeof value).toBe('number');
  expect(value as number).toBeCloseTo(expected, 9);
}

/** Texts that must survive the loaders, the engines, the SQL and the frame: quotes, `$`, `[[x]]`, emoji, 10,000 characters. */
const HOSTILE_TEXTS = [
  HOSTILE_FEEDBACK_TEXT,
  "'; DROP TABLE visit_feedback; --",
  '$__all ${region} $1 [[region]] [[x]] $$',
  'tab\there, new\nline, carriage\rreturn, backslash \\ and \\\\N',
  '"double" `back` \'single\' ’curly’',
  '😀👍🏽🇨🇳 价格太高了，竞争对手降价 15%',
  '%_% LIKE wildcards _ and %',
  ' leading and trailing spaces ',
  "long: '$[[x]]😀\\".repeat(1000).slice(0, 10_000),
];

/** One row per hostile text, reported in 2025 (outside the fixture's dates), on its own customer. */
function hostileRows() {
  return HOSTILE_TEXTS.map((text, index) => ({
    feedback_id: `h${index}`,
    activity_id: null,
    rep_id: 'r1',
    customer_id: 'c1',
    reported_at: Date.parse('2025-06-01T10:00:00Z') + index * 60_000,
    category: 'competitor',
    competitor: index === 1 ? "O'Rival $[[x]] 😀" : null,
    product_id: null,
    sentiment: 0,
    severity: null,
    text,
    resolved_at: null,
  }));
}

describeOnEveryEngine(
  'market feedback and dealers on $label',
  'feedback',
  { ...FIXTURE, visit_feedback: [...visit_feedback, ...hostileRows()] },
  ({ executor, schema, cluster }) => {
    const context = fixtureContext(executor, schema, cluster?.name);
    const run = (query: SalesQuery, override: Partial<typeof context> = {}) =>
      runQuery(query, { ...context, ...override });
    const june2025 = { from: Date.parse('2025-06-01T00:00:00Z'), to: Date.parse('2025-07-01T00:00:00Z') };

    describe('metrics', () => {
      it('counts mentions and reports by competitor, and sentiment per competitor', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['feedback_reports', 'competitor_mentions', 'feedback_sentiment'],
          groupBy: ['competitor'],
        });
        // RivalCo: f1 (−1), f11 (−1); f8 is out of the range. Zeta Systems: f6 (0). No competitor: f2 f3 f4 f5 f10
        expect(rowsOf(frame)).toEqual([
          { competitor: 'RivalCo', feedback_reports: 2, competitor_mentions: 2, feedback_sentiment: -1 },
          { competitor: 'Zeta Systems', feedback_reports: 1, competitor_mentions: 1, feedback_sentiment: 0 },
          // f2 0, f3 1, f4 −1, f5 −1, f10 1
          { competitor: null, feedback_reports: 5, competitor_mentions: 0, feedback_sentiment: 0 },
        ]);
      });

      it('groups by feedback category and by severity, open issues as of now', async () => {
        const [byCategory] = await run({
          kind: 'metrics',
          metrics: ['feedback_reports', 'feedback_sentiment'],
          groupBy: ['feedback_category'],
        });
        expect(rowsOf(byCategory)).toEqual([
          { feedback_category: 'competitor', feedback_reports: 3, feedback_sentiment: -2 / 3 },
          { feedback_category: 'customer_opinion', feedback_reports: 2, feedback_sentiment: 1 },
          { feedback_category: 'dealer', feedback_reports: 1, feedback_sentiment: -1 },
          { feedback_category: 'price', feedback_reports: 1, feedback_sentiment: 0 },
          { feedback_category: 'product_issue', feedback_reports: 1, feedback_sentiment: -1 },
        ]);
        const [bySeverity] = await run({
          kind: 'metrics',
          metrics: ['open_issues', 'feedback_reports', 'issue_resolution_days'],
          groupBy: ['feedback_severity'],
        });
        // open at now: high f1, f4, f7 (from December); low f5. Resolved in Q1: medium f2 (2 days), f9 (56), f11 (4); high f4 (29)
        expect(rowsOf(bySeverity)).toEqual([
          { feedback_severity: 'high', open_issues: 3, feedback_reports: 3, issue_resolution_days: 29 },
          { feedback_severity: 'low', open_issues: 1, feedback_reports: 1, issue_resolution_days: null },
          { feedback_severity: 'medium', open_issues: 0, feedback_reports: 2, issue_resolution_days: (2 + 56 + 4) / 3 },
          { feedback_severity: null, open_issues: 0, feedback_reports: 2, issue_resolution_days: null },
        ]);
      });

      it('rebuilds open issues as of a past now from reported_at and resolved_at', async () => {
        // now = Feb 10 12:00Z: f5 (Feb 5) and f7 open; f9 resolved Jan 10, f11 resolved Feb 9, f4 not reported yet
        const [frame] = await run(
          { kind: 'metrics', metrics: ['open_issues'] },
          { currentTime: Date.parse('2024-02-10T12:00:00Z') }
        );
        expect(rowsOf(frame)).toEqual([{ open_issues: 2 }]);
        // a range that ended before f9's resolution: f9 and f7 were open at its end (Jan 1 05:00Z)
        const [december] = await run(
          { kind: 'metrics', metrics: ['open_issues'] },
          { range: { from: Date.parse('2023-12-01T05:00:00Z'), to: Date.parse('2024-01-01T05:00:00Z') } }
        );
        expect(rowsOf(december)).toEqual([{ open_issues: 2 }]);
      });

      it('compares sentiment in points, and open issues with how they stood at the same point of the previous quarter', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['feedback_sentiment', 'open_issues', 'feedback_reports'],
          compare: 'previous_period',
        });
        // Q4 2023: f9 (Nov 15) −1 and f7 (Dec 20) −1; open 74.5 days into it (Dec 14): f9 only, f7 came later
        expect(rowsOf(frame)).toEqual([
          {
            feedback_sentiment: -0.25,
            feedback_sentiment_previous: -1,
            feedback_sentiment_change: 0.75,
            open_issues: 4,
            open_issues_previous: 1,
            open_issues_change: 3,
            feedback_reports: 8,
            feedback_reports_previous: 2,
            feedback_reports_change: 3,
          },
        ]);
        const units = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.config?.unit]));
        expect(units).toMatchObject({ feedback_sentiment_change: 'suffix: pts', open_issues_change: 'percentunit' });
      });

      it('shares of visits with feedback by rep: a visit with two rows counts once, a meeting not at all', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['visits_with_feedback_rate', 'visits_completed'],
          groupBy: ['rep'],
        });
        // Alice a1 (f1, f2); Carol a4 (f6, at now); Dan a5 (none; his f11 came from the meeting a6); Eve a7 (f4)
        expect(pick(rowsOf(frame), ['rep', 'visits_with_feedback_rate', 'visits_completed'])).toEqual([
          { rep: 'Alice', visits_with_feedback_rate: 1, visits_completed: 1 },
          // Bob's only activity is a call: no visit, no share
          { rep: 'Bob', visits_with_feedback_rate: null, visits_completed: 0 },
          { rep: 'Carol', visits_with_feedback_rate: 1, visits_completed: 1 },
          { rep: 'Dan', visits_with_feedback_rate: 0, visits_completed: 1 },
          { rep: 'Eve', visits_with_feedback_rate: 1, visits_completed: 1 },
        ]);
      });

      it('totals visits with feedback beside visits, and gives its one row for a range with no visit at all', async () => {
        // the reps' rows above added up: 3 of the 4 visits have feedback; Bob's call counts in neither
        const [frame] = await run({ kind: 'metrics', metrics: ['visits_with_feedback_rate', 'visits_completed'] });
        expect(rowsOf(frame)).toEqual([{ visits_with_feedback_rate: 0.75, visits_completed: 4 }]);
        // June 2025 has feedback rows (the hostile texts) but no activity
        const [empty] = await run(
          { kind: 'metrics', metrics: ['visits_with_feedback_rate', 'visits_completed', 'feedback_reports'] },
          { range: june2025 }
        );
        expect(rowsOf(empty)).toEqual([
          { visits_with_feedback_rate: null, visits_completed: 0, feedback_reports: HOSTILE_TEXTS.length },
        ]);
      });

      it('groups customer-side metrics by dealer and filters by it', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['bookings', 'visits_completed', 'feedback_reports'],
          groupBy: ['dealer'],
        });
        // NorthDeal: c2 (o2 2,500; f5) and c4 (visit a4; f6). Without a dealer: o1 o4 o7 o15 o18; a1 a5 a7; the other six reports
        expect(rowsOf(frame)).toEqual([
          { dealer: 'NorthDeal', bookings: 2500, visits_completed: 1, feedback_reports: 2 },
          { dealer: null, bookings: 6000, visits_completed: 3, feedback_reports: 6 },
        ]);
        const [northDeal] = await run({
          kind: 'metrics',
          metrics: ['bookings', 'collections', 'csat'],
          filters: [{ dimension: 'dealer', op: 'in', values: ['NorthDeal'] }],
        });
        // o2; no payments from c2 or c4 in Q1; cs2 (c2) 4 and cs3 (c4) 2
        expect(rowsOf(northDeal)).toEqual([{ bookings: 2500, collections: 0, csat: 3 }]);
        // has_value: the customers buying through a dealer, without the group of those who do not
        const [dealersOnly] = await run({
          kind: 'metrics',
          metrics: ['bookings', 'visits_completed', 'feedback_reports'],
          groupBy: ['dealer'],
          filters: [{ dimension: 'dealer', op: 'has_value', values: [] }],
        });
        expect(rowsOf(dealersOnly)).toEqual([
          { dealer: 'NorthDeal', bookings: 2500, visits_completed: 1, feedback_reports: 2 },
        ]);
      });

      it('shows competitor mentions, sentiment and visits with feedback by New York month', async () => {
        const [frame] = await run({
          kind: 'timeseries',
          metrics: ['feedback_reports', 'competitor_mentions', 'feedback_sentiment', 'visits_with_feedback_rate'],
          grain: 'month',
        });
        // Jan f3; Feb f4 f5 f11; Mar f1 f2 f6 f10 (19:00 Mar 31)
        expect(column(frame, 'feedback_reports')).toEqual([1, 3, 4]);
        expect(column(frame, 'competitor_mentions')).toEqual([0, 1, 2]);
        expect(column(frame, 'feedback_sentiment')).toEqual([1, -1, 0]);
        // Jan a5 without feedback; Feb a7; Mar a1 and a4
        expect(column(frame, 'visits_with_feedback_rate')).toEqual([0, 1, 1]);
        const byCompetitor = await run({
          kind: 'timeseries',
          metrics: ['competitor_mentions'],
          grain: 'month',
          groupBy: ['competitor', 'region'],
        });
        expect(byCompetitor.map((series) => [series.schema.name, column(series, 'competitor_mentions')])).toEqual([
          ['RivalCo / East', [0, 0, 1]],
          ['RivalCo / West', [0, 1, 0]],
          ['Zeta Systems / East', [0, 0, 1]],
        ]);
      });

      it('refuses open issues as a time series (a snapshot) and feedback dimensions on deal metrics', async () => {
        await expect(run({ kind: 'timeseries', metrics: ['open_issues'], grain: 'month' })).rejects.toThrow(
          'The metric open_issues cannot be shown as a time series: it is measured as of now. Use kind metrics.'
        );
        await expect(run({ kind: 'metrics', metrics: ['bookings'], groupBy: ['competitor'] })).rejects.toThrow(
          'The metric bookings cannot be grouped by competitor'
        );
      });
    });

    describe('attainment by dealer', () => {
      it('uses dealer target rows only, never the plan without a dealer', async () => {
        const [frame] = await run({ kind: 'attainment', groupBy: ['dealer'] });
        // NorthDeal: t12 4,000 against o2 2,500. WestDeal: t13 (January only) 1,000, nothing won. No dealer: no dealer row
        expect(pick(rowsOf(frame), ['dealer', 'actual', 'target', 'attainment'])).toEqual([
          { dealer: 'NorthDeal', actual: 2500, target: 4000, attainment: 2500 / 4000 },
          { dealer: 'WestDeal', actual: 0, target: 1000, attainment: 0 },
          { dealer: null, actual: 6000, target: null, attainment: null },
        ]);
        // the company's attainment is unchanged by the dealer rows: t1 only
        const [company] = await run({ kind: 'attainment' });
        close(rowsOf(company)[0].target, 9100);
      });

      it('rolls dealer rows up through reps to regions, and filters by dealer', async () => {
        const [frame] = await run({ kind: 'attainment', groupBy: ['region', 'dealer'] });
        // East/NorthDeal: no region row, Bob's t15 1,500 rolled up; West/WestDeal: its region row t14 600
        expect(pick(rowsOf(frame), ['region', 'dealer', 'actual', 'target'])).toEqual([
          { region: 'East', dealer: 'NorthDeal', actual: 2500, target: 1500 },
          { region: 'East', dealer: null, actual: 1000, target: null },
          { region: 'West', dealer: 'WestDeal', actual: 0, target: 600 },
          { region: 'West', dealer: null, actual: 5000, target: null },
        ]);
        const [filtered] = await run({
          kind: 'attainment',
          filters: [{ dimension: 'dealer', op: 'in', values: ['NorthDeal'] }],
        });
        expect(pick(rowsOf(filtered), ['actual', 'target'])).toEqual([{ actual: 2500, target: 4000 }]);
        // has_value: the dealers alone, as the manager's dealers row asks; the same figures as grouped above
        const [dealers] = await run({
          kind: 'attainment',
          groupBy: ['dealer'],
          filters: [{ dimension: 'dealer', op: 'has_value', values: [] }],
        });
        expect(pick(rowsOf(dealers), ['dealer', 'actual', 'target'])).toEqual([
          { dealer: 'NorthDeal', actual: 2500, target: 4000 },
          { dealer: 'WestDeal', actual: 0, target: 1000 },
        ]);
      });
    });

    describe('the feedback kind', () => {
      it('lists the rows reported in the range, newest first, with each issue’s days open as of now', async () => {
        const [frame] = await run({ kind: 'feedback' });
        const rows = rowsOf(frame);
        expect(rows).toHaveLength(8);
        expect(
          pick(rows, ['time', 'rep', 'rep_id', 'customer', 'dealer', 'feedback_category', 'competitor', 'product'])
        ).toEqual([
          {
            time: Date.parse('2024-03-31T23:00:00Z'),
            rep: "O'Brien $Ltd",
            rep_id: 'r6',
            customer: 'Crane',
            dealer: null,
            feedback_category: 'customer_opinion',
            competitor: null,
            product: null,
          },
          {
            time: NOW,
            rep: 'Carol',
            rep_id: 'r3',
            customer: 'Delta',
            dealer: 'NorthDeal',
            feedback_category: 'competitor',
            competitor: 'Zeta Systems',
            product: 'Cloud',
          },
          {
            time: Date.parse('2024-03-10T15:35:00Z'),
            rep: 'Alice',
            rep_id: 'r1',
            customer: 'Acme',
            dealer: null,
            feedback_category: 'price',
            competitor: null,
            product: 'Widget',
          },
          {
            time: Date.parse('2024-03-10T15:30:00Z'),
            rep: 'Alice',
            rep_id: 'r1',
            customer: 'Acme',
            dealer: null,
            feedback_category: 'competitor',
            competitor: 'RivalCo',
            product: 'Widget',
          },
          {
            time: Date.parse('2024-02-20T16:30:00Z'),
            rep: 'Eve',
            rep_id: 'r5',
            customer: 'Helix',
            dealer: null,
            feedback_category: 'product_issue',
            competitor: null,
            product: 'Gadget',
          },
          {
            time: Date.parse('2024-02-05T16:30:00Z'),
            rep: 'Dan',
            rep_id: 'r4',
            customer: 'Fjord',
            dealer: null,
            feedback_category: 'competitor',
            competitor: 'RivalCo',
            product: 'Cloud',
          },
          {
            time: Date.parse('2024-02-05T15:00:00Z'),
            rep: 'Bob',
            rep_id: 'r2',
            customer: 'Bolt',
            dealer: 'NorthDeal',
            feedback_category: 'dealer',
            competitor: null,
            product: null,
          },
          {
            time: Date.parse('2024-01-02T16:00:00Z'),
            rep: 'Dan',
            rep_id: 'r4',
            customer: 'Echo',
            dealer: null,
            feedback_category: 'customer_opinion',
            competitor: null,
            product: null,
          },
        ]);
        expect(pick(rows, ['sentiment', 'feedback_severity', 'resolved_at'])).toEqual([
          { sentiment: 1, feedback_severity: null, resolved_at: null },
          { sentiment: 0, feedback_severity: 'high', resolved_at: null },
          { sentiment: 0, feedback_severity: 'medium', resolved_at: Date.parse('2024-03-12T15:35:00Z') },
          { sentiment: -1, feedback_severity: 'high', resolved_at: null },
          { sentiment: -1, feedback_severity: 'high', resolved_at: Date.parse('2024-03-20T16:30:00Z') },
          { sentiment: -1, feedback_severity: 'medium', resolved_at: Date.parse('2024-02-09T16:30:00Z') },
          { sentiment: -1, feedback_severity: 'low', resolved_at: null },
          { sentiment: 1, feedback_severity: null, resolved_at: null },
        ]);
        // no severity, nothing resolved: no age; f6 reported at now: 0; f2 2 days; f1 5 days 30 minutes; f4 resolved after
        // now, so open 24 days less 30 minutes as of now; f11 4 days; f5 39 days and an hour
        const ages = column(frame, 'age_days') as Array<number | null>;
        expect(ages[0]).toBeNull();
        expect(ages[7]).toBeNull();
        [0, 2, 5 + 0.5 / 24, 24 - 0.5 / 24, 4, 39 + 1 / 24].forEach((days, index) => close(ages[index + 1], days));
        expect(rows[7].text).toBe(HOSTILE_FEEDBACK_TEXT);
        expect(rows[0].text).toBe('客户对新版本很满意，希望增加培训。');
        expect(frame.schema.meta?.custom).toMatchObject({ kind: 'feedback', openIssues: false, limitReached: false });
        expect(frame.schema.meta?.notices).toBeUndefined();
        const types = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.type]));
        expect(types).toMatchObject({
          time: 'time',
          resolved_at: 'time',
          sentiment: 'number',
          age_days: 'number',
          text: 'string',
        });
      });

      it('lists the issues open as of now, whenever reported, the longest open first', async () => {
        const [frame] = await run({ kind: 'feedback', openIssues: true });
        // f7 (Dec 20), f5, f4 (resolved only after now), f1; not f6 (reported at now)
        expect(pick(rowsOf(frame), ['time', 'feedback_severity'])).toEqual([
          { time: Date.parse('2023-12-20T15:00:00Z'), feedback_severity: 'high' },
          { time: Date.parse('2024-02-05T15:00:00Z'), feedback_severity: 'low' },
          { time: Date.parse('2024-02-20T16:30:00Z'), feedback_severity: 'high' },
          { time: Date.parse('2024-03-10T15:30:00Z'), feedback_severity: 'high' },
        ]);
        // Dec 20 15:00 → Mar 15 16:00: 86 days and an hour
        close(column(frame, 'age_days')[0], 86 + 1 / 24);
        const [high] = await run({
          kind: 'feedback',
          openIssues: true,
          filters: [{ dimension: 'feedback_severity', op: 'in', values: ['high'] }],
        });
        expect(column(high, 'age_days')).toHaveLength(3);
        // the open issues the table lists are the ones open_issues counts
        const [count] = await run({
          kind: 'metrics',
          metrics: ['open_issues'],
          filters: [{ dimension: 'feedback_severity', op: 'in', values: ['high'] }],
        });
        expect(rowsOf(count)).toEqual([{ open_issues: 3 }]);
      });

      it('filters by the feedback dimensions and by text, case-insensitively', async () => {
        const byDimension = await run({
          kind: 'feedback',
          filters: [
            { dimension: 'competitor', op: 'in', values: ['RivalCo'] },
            { dimension: 'region', op: 'in', values: ['West'] },
          ],
        });
        expect(column(byDimension[0], 'text')).toEqual(['RivalCo is bundling installation for free.']);
        const [rival] = await run({ kind: 'feedback', search: 'rivalco' });
        expect(column(rival, 'text')).toEqual([
          'RivalCo quoted 15% below our Widget price; the buyer wants an answer by Friday.',
          'RivalCo is bundling installation for free.',
        ]);
        const [chinese] = await run({ kind: 'feedback', search: '满意' });
        expect(column(chinese, 'text')).toEqual(['客户对新版本很满意，希望增加培训。']);
        const [dollar] = await run({ kind: 'feedback', search: "IT'S $9.99 AT [[X]]" });
        expect(column(dollar, 'text')).toEqual([HOSTILE_FEEDBACK_TEXT]);
      });

      it('stops at the row limit and says that more rows match', async () => {
        const [frame] = await run({ kind: 'feedback', limit: 3 });
        expect(column(frame, 'time')).toEqual([
          Date.parse('2024-03-31T23:00:00Z'),
          NOW,
          Date.parse('2024-03-10T15:35:00Z'),
        ]);
        expect(frame.schema.meta?.custom).toMatchObject({ limit: 3, limitReached: true });
        expect(frame.schema.meta?.notices?.[0].text).toBe('Only 3 rows are shown: more match the query.');
        const [exact] = await run({ kind: 'feedback', limit: 8 });
        expect(exact.schema.meta?.custom).toMatchObject({ limitReached: false });
        await expect(run({ kind: 'feedback', limit: 0 })).rejects.toThrow(
          'The feedback row limit must be a whole number from 1 to 1000, not 0.'
        );
        await expect(run({ kind: 'feedback', limit: 2.5 })).rejects.toThrow('not 2.5');
      });

      it('gives hostile texts back exactly as stored, whole, and finds each by itself', async () => {
        const [frame] = await run({ kind: 'feedback', limit: 1000 }, { range: june2025 });
        const texts = [...(column(frame, 'text') as string[])].reverse();
        expect(texts).toEqual(HOSTILE_TEXTS);
        expect(texts[texts.length - 1]).toHaveLength(10_000);
        for (const text of HOSTILE_TEXTS) {
          const [found] = await run({ kind: 'feedback', search: text }, { range: june2025 });
          expect({ text, found: column(found, 'text') }).toEqual({ text, found: [text] });
        }
        const [competitor] = await run(
          { kind: 'feedback', filters: [{ dimension: 'competitor', op: 'in', values: ["O'Rival $[[x]] 😀"] }] },
          { range: june2025 }
        );
        expect(column(competitor, 'text')).toEqual([HOSTILE_TEXTS[1]]);
        const sql = frame.schema.meta?.executedQueryString as string;
        expect(sql).not.toMatch(/[$[]/);
      });

      it('lists the values of the feedback dimensions and of dealers for variables', async () => {
        const values = async (query: SalesQuery): Promise<unknown[]> =>
          column(((await run(query)) as DataFrameJSON[])[0], 'value');
        expect(await values({ kind: 'values', dimension: 'competitor' })).toEqual([
          "O'Rival $[[x]] 😀",
          'RivalCo',
          'Zeta Systems',
        ]);
        expect(await values({ kind: 'values', dimension: 'dealer' })).toEqual(['NorthDeal', 'WestDeal']);
        expect(
          await values({
            kind: 'values',
            dimension: 'competitor',
            filters: [{ dimension: 'feedback_severity', op: 'in', values: ['high'] }],
          })
        ).toEqual(['RivalCo', 'Zeta Systems']);
      });
    });
  },
  { cluster: true }
);
