/**
 * What the windows and comparisons mean (docs/frames.md: what the comparisons mean, time series and
 * ranges that run past now, the attainment period, the snapshot funnel), checked against figures
 * worked out by hand from tests/fixtures/handmade.ts on every engine available. Times are New York's
 * unless they end in Z.
 */
import { runQuery } from '../src/sales/engine';
import type { DataFrameJSON, SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { column, rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

const Q2_2024 = { from: Date.parse('2024-04-01T04:00:00Z'), to: Date.parse('2024-07-01T04:00:00Z') };
/** May 14, 2024 15:00 EDT: day 43 of Q2 */
const MAY_14 = Date.parse('2024-05-14T19:00:00Z');

function close(value: unknown, expected: number, digits = 9) {
  expect(typeof value).toBe('number');
  expect(value as number).toBeCloseTo(expected, digits);
}

function only(frame: DataFrameJSON): Record<string, unknown> {
  const rows = rowsOf(frame);
  expect(rows).toHaveLength(1);
  return rows[0];
}

const custom = (frame: DataFrameJSON) => frame.schema.meta?.custom as Record<string, any>;

describeOnEveryEngine(
  'time semantics on $label',
  'time',
  FIXTURE,
  ({ executor, schema, cluster }) => {
    // Q1 2024, now = Mar 15 12:00 EDT (day 74 of Q1)
    const context = fixtureContext(executor, schema, cluster?.name);
    const run = (query: SalesQuery, override: Partial<typeof context> & { rangeUnit?: 'quarter' } = {}) =>
      runQuery(query, { ...context, ...override });

    describe('previous_period is the previous calendar unit', () => {
      it("a quarter's previous period is the previous quarter; to date, up to the same day of it", async () => {
        const query: SalesQuery = { kind: 'metrics', metrics: ['bookings', 'won_deals'], compare: 'previous_period' };
        const at = { range: Q2_2024, currentTime: MAY_14 };
        // Q2: o3 (Apr 1, 4,000). All of Q1: o1 1,000 + o2 2,500 + o4 0 + o7 3,000 + o15 1,800 + o18 200
        expect(only((await run(query, at))[0])).toEqual({
          bookings: 4000,
          bookings_previous: 8500,
          bookings_change: (4000 - 8500) / 8500,
          won_deals: 1,
          won_deals_previous: 6,
          won_deals_change: (1 - 6) / 6,
        });
        // to date: May 14 15:00 is day 43 of Q2; Jan 1 + 43 days = Feb 13 15:00: o1, o15 and o18 (Jan 31)
        const [toDate] = await run({ ...query, compareToDate: true } as SalesQuery, at);
        expect(only(toDate)).toMatchObject({ bookings: 4000, bookings_previous: 3000, won_deals_previous: 3 });
        expect(custom(toDate).periods[1]).toEqual({
          from: Date.parse('2024-01-01T05:00:00Z'),
          to: Date.parse('2024-04-01T04:00:00Z'),
          countedTo: Date.parse('2024-02-13T20:00:00Z'),
          asOf: Date.parse('2024-02-13T20:00:00Z'),
        });
      });

      it('the to-date part of a quarter meets the whole previous quarter, or its part to the same day', async () => {
        // the range Apr 1 – May 14 15:00, now at its end: the to-date part of Q2
        const soFar = { from: Q2_2024.from, to: MAY_14 };
        const query: SalesQuery = { kind: 'metrics', metrics: ['bookings'], compare: 'previous_period' };
        const [whole] = await run(query, { range: soFar, currentTime: MAY_14 });
        expect(only(whole)).toMatchObject({ bookings: 4000, bookings_previous: 8500 });
        const [toDate] = await run({ ...query, compareToDate: true } as SalesQuery, {
          range: soFar,
          currentTime: MAY_14,
        });
        expect(only(toDate)).toMatchObject({ bookings: 4000, bookings_previous: 3000 });
      });

      it('the previous fiscal quarter with the fiscal year starting in April', async () => {
        // Jan–Mar 2024 is the fourth fiscal quarter of FY2023; the third is Oct–Dec 2023: o19 (Oct 1, 600)
        // and o8 (Dec 31, 800). Won: o19, o8; lost: none
        const [frame] = await run(
          { kind: 'metrics', metrics: ['bookings', 'win_rate'], compare: 'previous_period' },
          { fiscalYearStartMonth: 4 }
        );
        expect(only(frame)).toMatchObject({ bookings: 8500, bookings_previous: 1400, win_rate_previous: 1 });
      });

      it('a month across the DST change meets the whole previous month', async () => {
        // March 2024 (DST began on Mar 10) is 31 days less an hour; the same length before it would
        // start on Jan 30 at 01:00 and take in o15 and o18 (Jan 31). February: o4 won (0), o5 lost
        const march = { from: Date.parse('2024-03-01T05:00:00Z'), to: Date.parse('2024-04-01T04:00:00Z') };
        const [frame] = await run(
          { kind: 'metrics', metrics: ['bookings', 'won_deals', 'lost_deals'], compare: 'previous_period' },
          { range: march }
        );
        // March: o2 2,500 + o7 3,000 won; o6, o16 lost
        expect(only(frame)).toMatchObject({
          bookings: 5500,
          bookings_previous: 0,
          won_deals: 2,
          won_deals_previous: 1,
          lost_deals: 2,
          lost_deals_previous: 1,
        });
      });

      it('to date across DST: the previous quarter stops at the same wall-clock time of its day', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['bookings'],
          compare: 'previous_period',
          compareToDate: true,
        });
        // Mar 15 12:00 EDT is day 74 of Q1; Oct 1 + 74 days = Dec 14, 12:00 EST (17:00Z)
        expect(custom(frame).periods[1].countedTo).toBe(Date.parse('2023-12-14T17:00:00Z'));
      });
    });

    describe('snapshot metrics', () => {
      const pipeline: SalesQuery = {
        kind: 'metrics',
        metrics: ['open_pipeline', 'open_deals', 'weighted_pipeline', 'commit_pipeline'],
        compare: 'previous_period',
      };

      it.each([false, true])(
        'the open pipeline closing in the quarter is never cut to date (compareToDate %s)',
        async (compareToDate) => {
          const [frame] = await run({ ...pipeline, compareToDate } as SalesQuery);
          const row = only(frame);
          // open, closing in Q1, not omitted: o9 2,000 (Mar 28, after now), o10 1,200, o11 700. Cut to date
          // it would lose o9
          expect(row).toMatchObject({ open_pipeline: 3900, open_deals: 3, commit_pipeline: 2000 });
          close(row.weighted_pipeline, 2000 * 0.6 + 1200 * 0.5 + 700 * 0.3);
          // as of Dec 14 12:00, closing in Q4: o8 (created Dec 1, won Dec 31) was open then; o19 had closed
          // on Oct 1. Amounts are today's
          expect(row).toMatchObject({
            open_pipeline_previous: 800,
            open_pipeline_change: (3900 - 800) / 800,
            open_deals_previous: 1,
          });
          // which category and probability o8 had on Dec 14 is not recorded: no previous value
          expect(row).toMatchObject({
            weighted_pipeline_previous: null,
            weighted_pipeline_change: null,
            commit_pipeline_previous: null,
            commit_pipeline_change: null,
          });
          expect(custom(frame).snapshot).toEqual({
            asOf: [context.currentTime, Date.parse('2023-12-14T17:00:00Z')],
            rebuilt: ['open_pipeline', 'open_deals'],
            rebuiltAsOf: [Date.parse('2023-12-14T17:00:00Z')],
            unavailable: ['weighted_pipeline', 'commit_pipeline'],
            timeZone: context.timeZone,
          });
          expect(frame.schema.meta?.notices?.map((notice) => notice.text)).toEqual([
            "Open pipeline, Open deals as of 2023-12-14 12:00 (America/New_York) are rebuilt from event dates (created, closed, assigned, paid); amounts are today's.",
            'Weighted pipeline, Commit: no previous value, as the forecast category and probability of deals closed since 2023-12-14 12:00 (America/New_York) are not recorded.',
          ]);
        }
      );

      it('stale deals as of a past instant count the deals open then, closed since or not', async () => {
        const [frame] = await run({ kind: 'metrics', metrics: ['stale_deals'], compare: 'previous_period' });
        // now: o10, o11, o13, o14 (see kpi.test.ts). Dec 14 12:00: deals open then were o1 (created Nov 20,
        // won Jan 1) and o8 (created Dec 1, too recent); no activity on o1 since Nov 30 12:00
        expect(only(frame)).toEqual({ stale_deals: 4, stale_deals_previous: 1, stale_deals_change: 3 });
        // Q2, now May 14 15:00: open today o9–o14, none with an activity since Apr 30. Feb 13 15:00: open then
        // and created before Jan 30 15:00: o2 (won Mar 31), o3 (won Apr 1), o6 (lost Mar 10), o11, o14;
        // o4 and o13 were too recent, o16 too; none had an activity in the 14 days before
        const [q2] = await run(
          { kind: 'metrics', metrics: ['stale_deals'], compare: 'previous_period' },
          { range: Q2_2024, currentTime: MAY_14 }
        );
        expect(only(q2)).toMatchObject({ stale_deals: 6, stale_deals_previous: 5 });
      });

      it('pool leads as of a past instant: created by then, not yet assigned or converted', async () => {
        const [frame] = await run(
          { kind: 'metrics', metrics: ['pool_leads', 'pool_lead_age_days'], compare: 'previous_period' },
          { range: Q2_2024, currentTime: MAY_14 }
        );
        const row = only(frame);
        // now (May 14 15:00): unassigned and new or working: l2 (Feb 10), l4 (Dec 20), l6 (Apr 2); l5 is
        // disqualified. Feb 13 15:00: l2 and l4; l1 and l7 were assigned an hour after their creation
        expect(row).toMatchObject({ pool_leads: 3, pool_leads_previous: 2, pool_leads_change: 0.5 });
        // ages now: 94 d 4 h, 146 d 4 h, 42 d 4 h; on Feb 13 15:00: 3 d 5 h and 55 d 5 h
        close(row.pool_lead_age_days, (94 + 146 + 42 + 12 / 24) / 3);
        close(row.pool_lead_age_days_previous, (3 + 55 + 10 / 24) / 2);
      });

      it('overdue receivables leave out invoices due today', async () => {
        const query: SalesQuery = { kind: 'metrics', metrics: ['overdue_receivables'] };
        // Mar 2 12:00: i5 (due Jan 30) 800 − 300 paid, i7 (due Dec 1) 400 − 100; i6 (1,800) is due today
        const [mar2] = await run(query, { currentTime: Date.parse('2024-03-02T17:00:00Z') });
        expect(only(mar2)).toEqual({ overdue_receivables: 500 + 300 });
        // a day later i6 is overdue, nothing of it paid yet (900 comes on Mar 15)
        const [mar3] = await run(query, { currentTime: Date.parse('2024-03-03T17:00:00Z') });
        expect(only(mar3)).toEqual({ overdue_receivables: 500 + 300 + 1800 });
      });
    });

    describe('series that run past now', () => {
      it('buckets that start after now are null, the bucket holding now is marked partial', async () => {
        const frames = await run({ kind: 'timeseries', metrics: ['bookings'], grain: 'week', groupBy: ['region'] });
        // weeks of Mar 18 and Mar 25 start after now (Mar 15 12:00): no data yet, whatever o7 (Mar 20) and
        // o2 (Mar 31) say; the week of Mar 11 holds now
        expect(column(frames[0], 'bookings')).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null]);
        expect(column(frames[1], 'bookings')).toEqual([0, 0, 0, 0, 2000, 0, 0, 0, 0, 0, 0, null, null]);
        expect(custom(frames[0]).partialBucket).toEqual({
          time: Date.parse('2024-03-11T04:00:00Z'),
          now: context.currentTime,
        });
      });

      it("a future month is null against last year's value for it", async () => {
        const [frame] = await run(
          { kind: 'timeseries', metrics: ['bookings'], grain: 'month', compare: 'previous_year' },
          { range: Q2_2024, currentTime: MAY_14 }
        );
        // April: o3 4,000; May so far nothing; June has not begun. June 2023: o17 5,000
        expect(column(frame, 'bookings')).toEqual([4000, 0, null]);
        expect(column(frame, 'bookings_previous')).toEqual([0, 0, 5000]);
        expect(custom(frame).partialBucket.time).toBe(Date.parse('2024-05-01T04:00:00Z'));
      });

      it('refuses more than 5,000 buckets, naming a coarser grain', async () => {
        const twentyYears = { from: Date.parse('2005-01-01T05:00:00Z'), to: Date.parse('2025-01-01T05:00:00Z') };
        await expect(
          run({ kind: 'timeseries', metrics: ['bookings'], grain: 'day' }, { range: twentyYears })
        ).rejects.toThrow(
          'The range holds 7,305 day buckets, more than the 5,000 a series may have: use the week grain or a shorter range.'
        );
      });
    });

    describe('changes of rates are in points', () => {
      it('win rate, visit completion and NPS change by their difference, with a unit saying so', async () => {
        const [frame] = await run({
          kind: 'metrics',
          metrics: ['win_rate', 'visit_completion_rate', 'nps', 'bookings'],
          compare: 'previous_period',
        });
        const row = only(frame);
        // win rate: Q1 6 of 9; Q4 2023 o19 and o8 won, nothing lost: 1. 66.7 % − 100 % = −33.3 points
        close(row.win_rate_change, (6 / 9 - 1) * 100);
        // visits planned before now in Q1, 3 of 4 done; Q4: a5 (planned Dec 31 18:00, done Jan 2): 1 of 1
        close(row.visit_completion_rate_previous, 1);
        close(row.visit_completion_rate_change, (3 / 4 - 1) * 100);
        // NPS: Q1 two promoters and a detractor of three, 33.3; Q4: cs6 (9, Dec 31 07:00), 100
        close(row.nps_change, 100 / 3 - 100);
        // amounts stay relative: 8,500 against o19 + o8
        close(row.bookings_change, (8500 - 1400) / 1400);
        const units = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.config?.unit]));
        expect(units).toMatchObject({
          win_rate_change: 'suffix: pp',
          visit_completion_rate_change: 'suffix: pp',
          nps_change: 'suffix: pts',
          bookings_change: 'percentunit',
        });
      });
    });

    describe('attainment period', () => {
      // month to date: Mar 1 00:00 EST to now, Mar 15 12:00 EDT
      const monthToDate = {
        range: { from: Date.parse('2024-03-01T05:00:00Z'), to: Date.parse('2024-03-15T16:00:00Z') },
      };

      it('a month-to-date range measured against the whole month', async () => {
        const [frame] = await run({ kind: 'attainment', period: 'month' }, monthToDate);
        const row = only(frame);
        // t1, 36,600 for 2024's 366 days: March's 31 days are 3,100 (the range alone, Mar 1–15, would be 1,500)
        close(row.target as number, 3100);
        // bookings closing in March: o2 (Mar 31) 2,500 + o7 (Mar 20) 3,000, dated ahead of now in the fixture
        expect(row.actual).toBe(5500);
        // 14.5 of March's 31 days have gone
        close(row.elapsed_share as number, 14.5 / 31);
        close(row.expected_to_date as number, 3100 * (14.5 / 31));
        close(row.remaining_days as number, 16.5);
        expect(row).toMatchObject({ gap: 0, required_run_rate: 0, status: 'on_track' });
        expect(custom(frame).period).toEqual({
          unit: 'month',
          from: Date.parse('2024-03-01T05:00:00Z'),
          to: Date.parse('2024-04-01T04:00:00Z'),
        });
      });

      it('counts show no decimals where they are whole', async () => {
        const [frame] = await run({ kind: 'attainment', metric: 'visits', period: 'month' }, monthToDate);
        const row = only(frame);
        // visits completed in March: a1 (Mar 10), a4 (Mar 15 at now); t9's 12 for Q1's 91 days: 12 × 31/91
        expect(row.actual).toBe(2);
        // (MySQL and ClickHouse divide decimals to 9 places)
        close(row.target as number, (12 * 31) / 91, 6);
        // gap 4.09 − 2 over the 16.5 days left: 0.127 a day
        close(row.required_run_rate as number, ((12 * 31) / 91 - 2) / 16.5, 6);
        const decimals = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.config?.decimals]));
        expect(decimals).toMatchObject({ actual: 0, target: 1, required_run_rate: 1, remaining_days: 1 });
        // a zero target (new customers, t11): nothing needed per day, shown as "0", not "0.0"
        const [zero] = await run({ kind: 'attainment', metric: 'new_customers', period: 'quarter' }, monthToDate);
        expect(only(zero)).toMatchObject({ target: 0, gap: 0, required_run_rate: 0 });
        const zeroDecimals = Object.fromEntries(
          zero.schema.fields.map((field) => [field.name, field.config?.decimals])
        );
        expect(zeroDecimals).toMatchObject({ actual: 0, target: 0, gap: 0, required_run_rate: 0 });
      });
    });

    describe('the snapshot funnel', () => {
      it('holds the same deals as the open pipeline, without reading the stage history', async () => {
        const [metrics] = await run({ kind: 'metrics', metrics: ['open_pipeline', 'open_deals', 'weighted_pipeline'] });
        const totals = only(metrics);
        // the stage history named after a table that does not exist: the snapshot never reads it
        const withoutHistory = { location: { schema, tables: { opportunity_stage_history: 'no_such_history' } } };
        const [funnel] = await run({ kind: 'funnel', mode: 'snapshot', measure: 'amount' }, withoutHistory);
        const sum = (name: string) => (column(funnel, name) as number[]).reduce((a, b) => a + b, 0);
        // o11 Qualify 700, o9 Proposal 2,000, o10 Negotiation 1,200: 3,900 = open_pipeline
        expect(column(funnel, 'stage')).toEqual(['Prospect', 'Qualify', 'Proposal', 'Negotiation']);
        expect(sum('amount')).toBe(totals.open_pipeline);
        expect(sum('count')).toBe(totals.open_deals);
        close(sum('weighted_amount'), totals.weighted_pipeline as number);
        expect(sum('amount')).toBe(3900);
      });
    });

    describe('zero where the catalog says zero', () => {
      it('activities per won deal: 0 for a rep with won deals and no activity, null without won deals', async () => {
        const [frame] = await run({ kind: 'metrics', metrics: ['activities_per_won_deal'], groupBy: ['rep'] });
        // r1: a1 over o1, o2; r2: a3 over o4; r3: a4, nothing won; r4: a5, a6 over o7, o18; r5: a7, nothing
        // won; r6: no activity (a8 is not done) over o15
        expect(rowsOf(frame).map((row) => [row.rep_id, row.activities_per_won_deal])).toEqual([
          ['r1', 0.5],
          ['r2', 1],
          ['r3', null],
          ['r4', 1],
          ['r5', null],
          ['r6', 0],
        ]);
      });

      it('CAC is 0 for new customers won without marketing spend', async () => {
        // the first half of 2023: c2's first won deal (o17, Jun 30), no spend row overlaps it
        const h1 = { from: Date.parse('2023-01-01T05:00:00Z'), to: Date.parse('2023-07-01T04:00:00Z') };
        const [frame] = await run({ kind: 'metrics', metrics: ['cac', 'new_customers'] }, { range: h1 });
        expect(only(frame)).toEqual({ cac: 0, new_customers: 1 });
      });
    });

    describe('forecast categories', () => {
      it('read as names, their ids staying the values', async () => {
        const [frame] = await run({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] });
        // o10 best case 1,200, o9 commit 2,000, o11 pipeline 700
        expect(rowsOf(frame)).toEqual([
          { forecast_category: 'best_case', open_pipeline: 1200 },
          { forecast_category: 'commit', open_pipeline: 2000 },
          { forecast_category: 'pipeline', open_pipeline: 700 },
        ]);
        const config = frame.schema.fields[0].config!;
        expect(config.displayNameFromDS).toBe('Forecast category');
        expect(config.mappings).toEqual([
          {
            type: 'value',
            options: {
              pipeline: { text: 'Pipeline', index: 0 },
              best_case: { text: 'Best case', index: 1 },
              commit: { text: 'Commit', index: 2 },
              closed: { text: 'Closed', index: 3 },
              omitted: { text: 'Omitted', index: 4 },
            },
          },
        ]);
        const [values] = await run({ kind: 'values', dimension: 'forecast_category' });
        expect(rowsOf(values)).toEqual([
          { text: 'Best case', value: 'best_case' },
          { text: 'Closed', value: 'closed' },
          { text: 'Commit', value: 'commit' },
          { text: 'Omitted', value: 'omitted' },
          { text: 'Pipeline', value: 'pipeline' },
        ]);
      });
    });
  },
  { cluster: true }
);
