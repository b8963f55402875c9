/**
 * Every metric of the catalog against values worked out by hand from tests/fixtures/handmade.ts,
 * on every engine available: DuckDB and PGlite always, PostgreSQL, MariaDB and ClickHouse when
 * their URLs are set. The reference range is Q1 2024 in New York, now = 2024-03-15 12:00 EDT.
 */
import { runQuery } from '../src/sales/engine';
import { listMetrics } from '../src/sales/catalog/metrics';
import type { SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { column, rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

/** Worked by hand; each figure names the rows it comes from. */
const EXPECTED_Q1: Record<string, number | null> = {
  // won in Q1 by close date: o1 1000, o2 2500, o4 0 (Feb 29), o7 3000, o15 1800, o18 200; o3 closes Apr 1 (out)
  bookings: 1000 + 2500 + 0 + 3000 + 1800 + 200,
  won_deals: 6,
  // lost: o5 1500, o6 500 (DST day), o16 2200
  lost_deals: 3,
  win_rate: 6 / 9,
  win_rate_amount: 8500 / (8500 + 4200),
  // created in Q1 (New York): o2 o3(at 00:00) o4 o5 o6 o7 o9 o10 o11 o12 o13 o14 o15(Jan 2 22:00) o16 o18 = 15; won: o2 o3 o4 o7 o15 o18
  cohort_win_rate: 6 / 15,
  avg_deal_size: 8500 / 6,
  largest_deal: 3000,
  // days from the New York creation date to close: o1 42, o2 81, o4 28, o7 10, o15 29 (created Jan 2 in New York), o18 21
  sales_cycle_days: (42 + 81 + 28 + 10 + 29 + 21) / 6,
  // sorted 10 21 28 29 42 81: the two middle values
  median_sales_cycle_days: (28 + 29) / 2,
  // open, closing in Q1, not omitted: o9 2000, o10 1200, o11 700 (o14 omitted, o12 after, o13 no close date)
  open_pipeline: 2000 + 1200 + 700,
  // o9 at its stage's 0.6, o10 at its own 0.5, o11 at its stage's 0.3
  weighted_pipeline: 2000 * 0.6 + 1200 * 0.5 + 700 * 0.3,
  open_deals: 3,
  commit_pipeline: 2000,
  best_case_pipeline: 1200,
  // the 15 created in Q1
  pipeline_created: 2500 + 4000 + 0 + 1500 + 500 + 3000 + 2000 + 1200 + 700 + 900 + 600 + 1000 + 1800 + 2200 + 200,
  opportunities_created: 15,
  // open and created before Mar 1 16:00Z without activity since: o10, o11 (its activity is at now), o13, o14; o9 had a visit Mar 10
  stale_deals: 4,
  // first won deal in Q1: c1 (o1), c6 (o7), c8 (o15/o18 tie); c2 first won in 2023 (o17)
  new_customers: 3,
  // customers of o1 o2 o4 o7 o15 o18: c1 c2 c6 c8
  active_customers: 4,
  // won before Apr 1: o1 o2 o4 o7 o8 o15 o17 o18 o19 = 14900 over c1 c2 c5 c6 c7 c8
  ltv: 14900 / 6,
  // spend: 6200 × 31/62 + 2900 + 3100 × 17/31 = 7700, over 3 new customers
  cac: 7700 / 3,
  ltv_cac: 14900 / 6 / (7700 / 3),
  // created in Q1 (New York): l1 l2 l3 l5 l8; l7 is one second early
  leads_created: 5,
  lead_conversion_rate: 1 / 5,
  // first contact after 2 h (l1), 4 h across the DST change (l3), 2 h (l8)
  lead_response_hours: (2 + 4 + 2) / 3,
  // unassigned, new or working, created before Apr 1: l2, l4
  pool_leads: 2,
  // of those, created more than 3 days before now (Mar 12 16:00Z): l2 (Feb 10), l4 (Dec 20)
  aged_pool_leads: 2,
  // l2 34 days 1 hour, l4 86 days 1 hour before now
  pool_lead_age_days: (34 + 1 / 24 + 86 + 1 / 24) / 2,
  // visits planned in Q1 (New York): a1 a2 a4 a7 a8
  visits_planned: 5,
  // visits completed in Q1: a1 a4 (at now) a5 a7
  visits_completed: 4,
  // planned before now: a1 a2 a4 (15:00Z, an hour before now) a7; a8 (Mar 31 23:00) is not due yet. Done: a1 a4 a7
  visit_completion_rate: 3 / 4,
  // a1 a3 a4 a5 a6 a7
  activities_completed: 6,
  activities_per_won_deal: 6 / 6,
  // received in Q1: 1000 + 300 + 200 + 900
  collections: 2400,
  // issued in Q1: i1 1000, i2 2500, i3 0, i4 3000, i6 1800
  invoiced: 8300,
  // due in Q1: i1 1000, i3 0, i4 3000, i5 800, i6 1800
  amount_due: 6600,
  // received by now on those: i1 1000, i5 300 (200 comes after now), i6 900 (on now's date)
  collection_rate: 2200 / 6600,
  // due before now, unpaid: i5 500, i6 900, i7 300 (i1 paid, i3 zero, i4 not due yet)
  overdue_receivables: 500 + 900 + 300,
  // cs1 5, cs2 4, cs3 2, cs4 3 (cs5 is 00:30 Apr 1 in New York)
  csat: (5 + 4 + 2 + 3) / 4,
  // nps answers 10, 9, 3: two promoters, one detractor
  nps: (100 * (2 - 1)) / 3,
  // reported in Q1 (New York): f1 f2 f3 f4 f5 f6 (at now) f10 (19:00 Mar 31) f11; f7 f9 before, f8 00:30 Apr 1
  feedback_reports: 8,
  // visits completed in Q1: a1 (f1, f2) a4 (f6) a5 (none: f3 came from no activity) a7 (f4); f11 is from a meeting
  visits_with_feedback_rate: 3 / 4,
  // competitor rows among those: f1, f6, f11
  competitor_mentions: 3,
  // f1 −1, f2 0, f3 1, f4 −1, f5 −1, f6 0, f10 1, f11 −1
  feedback_sentiment: -2 / 8,
  // with a severity, reported before now, unresolved at now: f1, f4 (resolved after now), f5, f7 (from December);
  // not f6 (reported at now), f2 f9 f11 (resolved before now)
  open_issues: 4,
  // resolved in Q1: f2 after 2 days, f4 29 (Feb 20 → Mar 20, 2024 is a leap year), f9 56 (Nov 15 → Jan 10), f11 4
  issue_resolution_days: (2 + 29 + 56 + 4) / 4,
};

const CATALOG_WITHOUT_TARGETS = listMetrics().filter((metric) => !metric.targetBased);

function expectClose(actual: unknown, expected: number | null, label: string) {
  if (expected === null) {
    expect({ [label]: actual }).toEqual({ [label]: null });
  } else {
    expect(typeof actual).toBe('number');
    if (Math.abs((actual as number) - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
    }
  }
}

it('the hand-worked expectations cover every metric of the catalog outside the target family', () => {
  expect(Object.keys(EXPECTED_Q1).sort()).toEqual(CATALOG_WITHOUT_TARGETS.map((metric) => metric.id).sort());
});

describeOnEveryEngine(
  'KPIs on $label',
  'kpi',
  FIXTURE,
  ({ executor, schema, cluster }) => {
    const context = fixtureContext(executor, schema, cluster?.name);
    const run = (query: SalesQuery) => runQuery(query, context);

    it('computes every metric in one statement, matching the hand-worked values', async () => {
      const [frame] = await run({ kind: 'metrics', metrics: Object.keys(EXPECTED_Q1) });
      for (const [metric, expected] of Object.entries(EXPECTED_Q1)) {
        expectClose(column(frame, metric)[0], expected, metric);
      }
      expect(frame.schema.meta?.executedQueryString).toMatch(/^SELECT /);
    });

    it('gives each metric its unit and display name', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'win_rate', 'won_deals', 'sales_cycle_days'],
      });
      const config = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.config]));
      expect(config.bookings).toMatchObject({ unit: 'currencyUSD', displayNameFromDS: 'Bookings' });
      expect(config.win_rate).toMatchObject({ unit: 'percentunit', displayNameFromDS: 'Win rate' });
      // displayName is the user's override in Grafana: a data source leaves it alone
      expect(frame.schema.fields.filter((field) => field.config?.displayName !== undefined)).toEqual([]);
      expect(config.won_deals).toMatchObject({ unit: 'none', decimals: 0 });
      expect(config.sales_cycle_days).toMatchObject({ unit: 'd' });
    });

    it('counts a pool lead as waiting over 3 days only once 3 whole days have passed', async () => {
      const at = async (iso: string) => {
        const [frame] = await runQuery(
          { kind: 'metrics', metrics: ['pool_leads', 'aged_pool_leads'] },
          { ...context, currentTime: Date.parse(iso) }
        );
        return rowsOf(frame)[0];
      };
      // l2 was created Feb 10 15:00Z: in the pool 2 days, then exactly 3 days (not over), then 3 days and a second
      expect(await at('2024-02-12T15:00:00Z')).toEqual({ pool_leads: 2, aged_pool_leads: 1 });
      expect(await at('2024-02-13T15:00:00Z')).toEqual({ pool_leads: 2, aged_pool_leads: 1 });
      expect(await at('2024-02-13T15:00:01Z')).toEqual({ pool_leads: 2, aged_pool_leads: 2 });
    });

    it('groups by region and rep (with rep_id), each group from its own rows', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'win_rate', 'median_sales_cycle_days', 'new_customers', 'leads_created'],
        groupBy: ['region', 'rep'],
      });
      expect(rowsOf(frame)).toEqual([
        // r1: o1 + o2; cycles 42 and 81; new customer c1; lead l1
        {
          region: 'East',
          rep: 'Alice',
          rep_id: 'r1',
          bookings: 3500,
          win_rate: 1,
          median_sales_cycle_days: 61.5,
          new_customers: 1,
          leads_created: 1,
        },
        // r2: o4 (zero amount, 28 days); lead l3
        {
          region: 'East',
          rep: 'Bob',
          rep_id: 'r2',
          bookings: 0,
          win_rate: 1,
          median_sales_cycle_days: 28,
          new_customers: 0,
          leads_created: 1,
        },
        // r3: lost o5 and o16
        {
          region: 'East',
          rep: 'Carol',
          rep_id: 'r3',
          bookings: 0,
          win_rate: 0,
          median_sales_cycle_days: null,
          new_customers: 0,
          leads_created: 0,
        },
        // r4: o7 (10 days) and o18 (21 days) won, o6 lost; new customer c6; lead l8
        {
          region: 'West',
          rep: 'Dan',
          rep_id: 'r4',
          bookings: 3200,
          win_rate: 2 / 3,
          median_sales_cycle_days: 15.5,
          new_customers: 1,
          leads_created: 1,
        },
        // r6: o15 won the tie for c8's first deal (o15 < o18)
        {
          region: 'West',
          rep: "O'Brien $Ltd",
          rep_id: 'r6',
          bookings: 1800,
          win_rate: 1,
          median_sales_cycle_days: 29,
          new_customers: 1,
          leads_created: 0,
        },
        // r5 (Eve) closed nothing and created no lead in Q1: no row
        // the pool leads l2 and l5 have no rep
        {
          region: null,
          rep: null,
          rep_id: null,
          bookings: 0,
          win_rate: null,
          median_sales_cycle_days: null,
          new_customers: 0,
          leads_created: 2,
        },
      ]);
    });

    it('groups spend and new customers by channel for CAC', async () => {
      const [frame] = await run({ kind: 'metrics', metrics: ['cac', 'new_customers'], groupBy: ['channel'] });
      expect(rowsOf(frame)).toEqual([
        // c8's first deal o15 came through a dealer; dealer spend 3100 × 17/31
        { channel: 'dealer', cac: 1700, new_customers: 1 },
        // c1 (o1); direct spend 2900
        { channel: 'direct', cac: 2900, new_customers: 1 },
        // c6 (o7); online spend 6200 × 31/62
        { channel: 'online', cac: 3100, new_customers: 1 },
      ]);
    });

    it('adds previous values and changes with compare: previous_year', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'won_deals', 'csat'],
        compare: 'previous_year',
      });
      const [row] = rowsOf(frame);
      // Q1 2023 (New York): nothing won, no responses
      expect(row).toEqual({
        bookings: 8500,
        bookings_previous: 0,
        bookings_change: null,
        won_deals: 6,
        won_deals_previous: 0,
        won_deals_change: null,
        csat: 3.5,
        csat_previous: null,
        csat_change: null,
      });
    });

    it('compares a quarter with the previous quarter, not the same number of days before', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'leads_created'],
        compare: 'previous_period',
        groupBy: ['region'],
      });
      const west = rowsOf(frame).find((row) => row.region === 'West')!;
      // Q1: o7 3000 + o18 200 + o15 1800; Q4 2023: o19 (Oct 1, 600) + o8 (Dec 31, 800). The 91 days
      // before Q1 would start on Oct 2 and miss o19
      expect(west).toMatchObject({ bookings: 5000, bookings_previous: 1400, bookings_change: (5000 - 1400) / 1400 });
      const pool = rowsOf(frame).find((row) => row.region === null)!;
      // pool leads: l2, l5 in Q1; l4 (Dec 20) before
      expect(pool).toMatchObject({ leads_created: 2, leads_created_previous: 1, leads_created_change: 1 });
    });

    it('compares to date: this quarter so far against the previous quarter up to the same day', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'won_deals'],
        compare: 'previous_period',
        compareToDate: true,
        groupBy: ['region'],
      });
      const west = rowsOf(frame).find((row) => row.region === 'West')!;
      // to Mar 15 12:00 (now, day 74 of Q1): o15 1800 + o18 200, not o7 (Mar 20); Q4 up to its day 74,
      // Dec 14 12:00: o19 (Oct 1, 600), not o8 (Dec 31)
      expect(west).toMatchObject({
        bookings: 2000,
        bookings_previous: 600,
        bookings_change: (2000 - 600) / 600,
        won_deals: 2,
        won_deals_previous: 1,
      });
    });

    it('compares a range that is over with the whole previous one, to date or not', async () => {
      const [frame] = await runQuery(
        {
          kind: 'metrics',
          metrics: ['bookings'],
          compare: 'previous_period',
          compareToDate: true,
          groupBy: ['region'],
        },
        { ...context, currentTime: Date.parse('2024-05-01T16:00:00Z') }
      );
      const west = rowsOf(frame).find((row) => row.region === 'West')!;
      // all of Q1 against all of Q4: o19 + o8
      expect(west).toMatchObject({ bookings: 5000, bookings_previous: 1400 });
    });

    it('compares to date with the same days of last year', async () => {
      // Q2 2024 in New York, now Jun 15 12:00 EDT
      const q2 = { from: Date.parse('2024-04-01T04:00:00Z'), to: Date.parse('2024-07-01T04:00:00Z') };
      const query: SalesQuery = { kind: 'metrics', metrics: ['bookings', 'won_deals'], compare: 'previous_year' };
      const at = { ...context, range: q2, currentTime: Date.parse('2024-06-15T16:00:00Z') };
      const [toDate] = await runQuery({ ...query, compareToDate: true } as SalesQuery, at);
      // o3 (Apr 1, 4000); last year to Jun 15 nothing was won: o17 closed on Jun 30, 2023
      expect(rowsOf(toDate)).toEqual([
        {
          bookings: 4000,
          bookings_previous: 0,
          bookings_change: null,
          won_deals: 1,
          won_deals_previous: 0,
          won_deals_change: null,
        },
      ]);
      const [whole] = await runQuery(query, at);
      expect(rowsOf(whole)[0]).toMatchObject({ bookings_previous: 5000, won_deals_previous: 1 });
    });

    it('filters by rep id and excludes a channel, keeping rows without one', async () => {
      const [frame] = await run({
        kind: 'metrics',
        metrics: ['bookings', 'won_deals'],
        filters: [
          { dimension: 'rep', op: 'in', values: ['r4', 'r6'] },
          { dimension: 'channel', op: 'not_in', values: ['online'] },
        ],
      });
      // r4: o7 and o18 are online; r6: o15 (dealer) 1800
      expect(rowsOf(frame)).toEqual([{ bookings: 1800, won_deals: 1 }]);
    });

    it('buckets a time series by New York month, with every bucket and the previous period', async () => {
      const frames = await run({
        kind: 'timeseries',
        metrics: ['bookings', 'win_rate', 'leads_created'],
        grain: 'month',
        compare: 'previous_period',
      });
      expect(frames).toHaveLength(1);
      const [frame] = frames;
      expect(column(frame, 'time')).toEqual([
        Date.parse('2024-01-01T05:00:00Z'),
        Date.parse('2024-02-01T05:00:00Z'),
        Date.parse('2024-03-01T05:00:00Z'),
      ]);
      // Jan: o1 o15 o18; Feb: o4 (0); Mar: o2 o7
      expect(column(frame, 'bookings')).toEqual([3000, 0, 5500]);
      // Jan 3 of 3; Feb o4 won, o5 lost; Mar o2 o7 won, o6 o16 lost
      expect(column(frame, 'win_rate')).toEqual([1, 0.5, 0.5]);
      expect(column(frame, 'leads_created')).toEqual([1, 1, 3]);
      // the previous quarter's buckets: October o19, November nothing, December o8; l4 and l7 (23:59:59 Dec 31)
      expect(column(frame, 'bookings_previous')).toEqual([600, 0, 800]);
      expect(column(frame, 'win_rate_previous')).toEqual([1, null, 1]);
      expect(column(frame, 'leads_created_previous')).toEqual([0, 0, 2]);
      expect(frame.schema.fields.find((field) => field.name === 'time')?.type).toBe('time');
    });

    it('buckets by week from Monday across the DST change, one frame per group', async () => {
      // now after the quarter: no bucket lies in the future
      const frames = await runQuery(
        { kind: 'timeseries', metrics: ['bookings'], grain: 'week', groupBy: ['region'] },
        { ...context, currentTime: Date.parse('2024-05-01T16:00:00Z') }
      );
      expect(frames.map((frame) => frame.schema.name)).toEqual(['East', 'West']);
      const times = column(frames[0], 'time') as number[];
      expect(times).toHaveLength(13);
      // Monday Mar 11 starts at 04:00Z: New York is on daylight time
      expect(times[10]).toBe(Date.parse('2024-03-11T04:00:00Z'));
      expect(times[9]).toBe(Date.parse('2024-03-04T05:00:00Z'));
      // East: o1 in week 1, o2 (Sun Mar 31) in week 13; West: o15 o18 (Jan 31) in week 5, o7 (Mar 20) in week 12
      expect(column(frames[0], 'bookings')).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2500]);
      expect(column(frames[1], 'bookings')).toEqual([0, 0, 0, 0, 2000, 0, 0, 0, 0, 0, 0, 3000, 0]);
      expect(frames[1].schema.fields[1].labels).toEqual({ region: 'West' });
    });

    it('places timestamps by their New York date: a day series around the DST change', async () => {
      const frames = await run({ kind: 'timeseries', metrics: ['opportunities_created'], grain: 'day' });
      const times = column(frames[0], 'time') as number[];
      const created = column(frames[0], 'opportunities_created') as number[];
      const on = (date: string) => created[times.indexOf(Date.parse(date))];
      // o15 at 2024-01-03 03:00Z is Jan 2 in New York
      expect(on('2024-01-02T05:00:00Z')).toBe(1);
      expect(on('2024-01-03T05:00:00Z')).toBe(0);
      // o7 at 01:30 EST on Mar 10; Mar 10 is a 23-hour day
      expect(on('2024-03-10T05:00:00Z')).toBe(1);
      expect(times).toContain(Date.parse('2024-03-11T04:00:00Z'));
      expect(times).toHaveLength(91);
    });

    it('uses the fiscal calendar for quarters', async () => {
      const fiscal = { ...context, fiscalYearStartMonth: 2 };
      const frames = await runQuery({ kind: 'timeseries', metrics: ['bookings'], grain: 'quarter' }, fiscal);
      // fiscal quarters start Nov 1 and Feb 1: Q1 2024 spans two of them
      expect(column(frames[0], 'time')).toEqual([
        Date.parse('2023-11-01T04:00:00Z'),
        Date.parse('2024-02-01T05:00:00Z'),
      ]);
      expect(column(frames[0], 'bookings')).toEqual([3000, 5500]);
    });

    it('lists rep names and ids for variables, cascading from region', async () => {
      const [frame] = await run({
        kind: 'values',
        dimension: 'rep',
        filters: [{ dimension: 'region', op: 'in', values: ['West'] }],
      });
      expect(rowsOf(frame)).toEqual([
        { text: 'Dan', value: 'r4' },
        { text: 'Eve', value: 'r5' },
        { text: "O'Brien $Ltd", value: 'r6' },
      ]);
    });

    it('lists stages in funnel order and distinct channels', async () => {
      const [stages] = await run({ kind: 'values', dimension: 'stage' });
      expect(column(stages, 'text')).toEqual(['Prospect', 'Qualify', 'Proposal', 'Negotiation', 'Won', 'Lost']);
      const [channels] = await run({
        kind: 'values',
        dimension: 'channel',
        filters: [{ dimension: 'region', op: 'in', values: ['East'] }],
      });
      expect(column(channels, 'value')).toEqual(['dealer', 'direct', 'online']);
    });

    it('names a missing table', async () => {
      await expect(run({ kind: 'metrics', metrics: ['bookings'], filters: [] })).resolves.toBeDefined();
      const broken = { ...context, location: { schema, tables: { leads: 'no_such_leads' } } };
      await expect(runQuery({ kind: 'metrics', metrics: ['leads_created'] }, broken)).rejects.toThrow(
        `The query cannot run: the table ${schema}.no_such_leads is missing.`
      );
    });
  },
  { cluster: true }
);
