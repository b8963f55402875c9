/**
 * The funnel, attainment, scorecard and forecast kinds end to end on the hand-made fixture, on every
 * engine available, against figures worked out by hand (Q1 2024 in New York, now = Mar 15 12:00 EDT).
 */
import { runQuery } from '../src/sales/engine';
import type { SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

function pick(rows: Array<Record<string, unknown>>, fields: string[]) {
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, row[field]])));
}

function close(value: unknown, expected: number) {
  expect(typeof value).toBe('number');
  expect(value as number).toBeCloseTo(expected, 9);
}

/** 91 days in Q1 2024; at now 74.5 have passed (Jan 31 + Feb 29 + Mar 14 and half of Mar 15). */
const ELAPSED = 74.5 / 91;

describeOnEveryEngine(
  'analytics kinds on $label',
  'kinds',
  FIXTURE,
  ({ executor, schema, cluster }) => {
    const context = fixtureContext(executor, schema, cluster?.name);
    const run = (query: SalesQuery, override: Partial<typeof context> = {}) =>
      runQuery(query, { ...context, ...override });

    describe('funnel', () => {
      it('reached: every deal counts up to the furthest stage it entered', async () => {
        const [frame] = await run({ kind: 'funnel', mode: 'reached' });
        // furthest stage of the 15 created in Q1: Won o2 o3 o4 o7 o15 o18; Negotiation o10 (history);
        // Proposal o9 (history), o14 (current); Qualify o5 (history, then lost), o11; Prospect o6 o16
        // (lost without history), o12 o13 (current)
        expect(pick(rowsOf(frame), ['stage', 'position', 'count', 'amount', 'drop_off'])).toEqual([
          { stage: 'Prospect', position: 1, count: 15, amount: 22100, drop_off: null },
          { stage: 'Qualify', position: 2, count: 11, amount: 17900, drop_off: 4 },
          { stage: 'Proposal', position: 3, count: 9, amount: 15700, drop_off: 2 },
          { stage: 'Negotiation', position: 4, count: 7, amount: 12700, drop_off: 2 },
          { stage: 'Won', position: 5, count: 6, amount: 11500, drop_off: 1 },
        ]);
        const rows = rowsOf(frame);
        expect(rows[0].conversion_from_previous).toBeNull();
        close(rows[1].conversion_from_previous, 11 / 15);
        close(rows[4].conversion_from_first, 6 / 15);
        // Prospect left after 10 (o2), 10 (o5), 5 (o9), 2 (o10), 15 (o11) days; Qualify after 30, 26, 9
        close(rows[0].mean_days_in_stage, 42 / 5);
        expect(rows[0].median_days_in_stage).toBe(10);
        close(rows[1].mean_days_in_stage, 65 / 3);
        expect(rows[1].median_days_in_stage).toBe(26);
        expect(rows[3].median_days_in_stage).toBeNull();
        expect(frame.schema.meta?.custom).toMatchObject({ kind: 'funnel', mode: 'reached', measure: 'count' });
      });

      it('strict: only stages with a history row, by amount, per region', async () => {
        const [frame] = await run({ kind: 'funnel', mode: 'strict', measure: 'amount', groupBy: ['region'] });
        // history exists for o2 (r1), o5 (r3), o9 (r1), o10 (r2), o11 (r3): all East
        expect(pick(rowsOf(frame), ['region', 'stage', 'value', 'count'])).toEqual([
          { region: 'East', stage: 'Prospect', value: 2500 + 1500 + 2000 + 1200 + 700, count: 5 },
          { region: 'East', stage: 'Qualify', value: 2500 + 1500 + 2000 + 700, count: 4 },
          { region: 'East', stage: 'Proposal', value: 2500 + 2000, count: 2 },
          { region: 'East', stage: 'Negotiation', value: 1200, count: 1 },
          { region: 'East', stage: 'Won', value: 2500, count: 1 },
        ]);
      });

      it('snapshot: the open pipeline by current stage, weighted, with no won stage and no conversion', async () => {
        const [frame] = await run({ kind: 'funnel', mode: 'snapshot', measure: 'amount', groupBy: ['region'] });
        // the open pipeline of Q1 (open, closing in Q1, not omitted): o9 Proposal 2,000 at its stage's 0.6,
        // o10 Negotiation 1,200 at its own 0.5, o11 Qualify 700 at its stage's 0.3, all East. West has none:
        // o12 closes in April, o13 has no close date, o14 is omitted
        expect(pick(rowsOf(frame), ['region', 'stage', 'count', 'amount', 'weighted_amount'])).toEqual([
          { region: 'East', stage: 'Prospect', count: 0, amount: 0, weighted_amount: 0 },
          { region: 'East', stage: 'Qualify', count: 1, amount: 700, weighted_amount: 210 },
          { region: 'East', stage: 'Proposal', count: 1, amount: 2000, weighted_amount: 1200 },
          { region: 'East', stage: 'Negotiation', count: 1, amount: 1200, weighted_amount: 600 },
        ]);
        // a snapshot has no flow between stages
        for (const field of ['conversion_from_previous', 'conversion_from_first', 'drop_off']) {
          expect(rowsOf(frame).map((row) => row[field])).toEqual([null, null, null, null]);
        }
        expect(frame.schema.meta?.custom).toMatchObject({
          kind: 'funnel',
          mode: 'snapshot',
          asOf: context.currentTime,
        });
        // money with Grafana's automatic decimals ($1.86M, not $2M), counts whole
        const config = Object.fromEntries(frame.schema.fields.map((field) => [field.name, field.config]));
        for (const money of ['value', 'amount', 'weighted_amount']) {
          expect({ money, decimals: config[money]?.decimals }).toEqual({ money, decimals: undefined });
        }
        expect(config.count).toMatchObject({ unit: 'none', decimals: 0 });
      });
    });

    describe('attainment', () => {
      it('company: the company target row, paced linearly', async () => {
        const [frame] = await run({ kind: 'attainment' });
        const [row] = rowsOf(frame);
        // t1: 36,600 over 366 days → 9,100 for 91 days; bookings 8,500
        expect(row.actual).toBe(8500);
        close(row.target, 9100);
        close(row.attainment, 8500 / 9100);
        close(row.elapsed_share, ELAPSED);
        close(row.expected_to_date, 9100 * ELAPSED);
        // 8,500 against 7,450 expected: pace 1.14
        close(row.pace, 8500 / (9100 * ELAPSED));
        expect(row.status).toBe('on_track');
        close(row.gap, 600);
        close(row.remaining_days, 16.5);
        close(row.required_run_rate, 600 / 16.5);
        close(row.projected, 8500 / ELAPSED);
        // open pipeline closing from Mar 16 to Mar 31: o9 (Mar 28, 2,000)
        close(row.coverage, 2000 / 600);
      });

      it('by region: East from its region row, West rolled up from its team rows', async () => {
        const [frame] = await run({ kind: 'attainment', groupBy: ['region'] });
        expect(pick(rowsOf(frame), ['region', 'actual', 'target', 'status'])).toEqual([
          // pace 3500 / (5000 × 74.5/91) = 0.855
          { region: 'East', actual: 3500, target: 5000, status: 'off_track' },
          // no West row: team West-A's 3,000
          { region: 'West', actual: 5000, target: 3000, status: 'on_track' },
        ]);
      });

      it('by team: team rows where they exist, else rep rows rolled up', async () => {
        const [frame] = await run({ kind: 'attainment', groupBy: ['team'] });
        const rows = pick(rowsOf(frame), ['team', 'target', 'attainment', 'status']);
        // East-A: r1's three monthly rows (3 × 1,000); West-A: its own 3,000; West-B: r6's 1,820 × 91/182.
        // East-B has neither a target nor bookings in Q1: no row
        expect(rows).toEqual([
          { team: 'East-A', target: 3000, attainment: 3500 / 3000, status: 'on_track' },
          { team: 'West-A', target: 3000, attainment: 3200 / 3000, status: 'on_track' },
          { team: 'West-B', target: 910, attainment: 1800 / 910, status: 'on_track' },
        ]);
      });

      it('by rep: only rep-level rows count, targets never roll down', async () => {
        const [frame] = await run({
          kind: 'attainment',
          groupBy: ['rep'],
          filters: [{ dimension: 'region', op: 'in', values: ['West'] }],
        });
        // r4 has bookings but no rep-level target; r6 has both
        expect(pick(rowsOf(frame), ['rep_id', 'actual', 'target'])).toEqual([
          { rep_id: 'r4', actual: 3200, target: null },
          { rep_id: 'r6', actual: 1800, target: 910 },
        ]);
      });

      it('a zero target gives no ratios; thresholds and the target metric are configurable', async () => {
        const [newCustomers] = await run({ kind: 'attainment', metric: 'new_customers' });
        // t11 is 0: gap 0, every ratio null
        expect(pick(rowsOf(newCustomers), ['actual', 'target', 'gap', 'attainment', 'pace', 'status'])).toEqual([
          { actual: 3, target: 0, gap: 0, attainment: null, pace: null, status: null },
        ]);
        const [visits] = await runQuery(
          { kind: 'attainment', metric: 'visits' },
          { ...context, pacing: { thresholds: { onTrack: 0.4, cautioned: 0.3 } } }
        );
        const [row] = rowsOf(visits);
        // 4 visits completed against 12: pace 4 / (12 × 74.5/91) = 0.407
        expect(row.actual).toBe(4);
        close(row.pace, 4 / (12 * ELAPSED));
        expect(row.status).toBe('on_track');
        expect(row.coverage).toBeNull();
      });

      it('a range not yet started has no pace and no projection', async () => {
        const future = { from: Date.parse('2024-04-01T04:00:00Z'), to: Date.parse('2024-07-01T04:00:00Z') };
        const [frame] = await run({ kind: 'attainment' }, { range: future });
        const [row] = rowsOf(frame);
        // t1 prorated: 91 days of 366 × 36,600
        close(row.target, 9100);
        expect(row.elapsed_share).toBe(0);
        expect(row.pace).toBeNull();
        expect(row.projected).toBeNull();
        expect(row.status).toBeNull();
      });

      it('paces working days: Mon-Fri elapsed share', async () => {
        const [frame] = await run({ kind: 'attainment', pace: 'working_days' });
        const [row] = rowsOf(frame);
        // Q1 2024 has 23 + 21 + 21 = 65 weekdays; before Mar 15 there are 23 + 21 + 10, and Mar 15 (a Friday) is half gone
        close(row.elapsed_share, 54.5 / 65);
        close(row.remaining_days, 10.5);
      });

      it('names a dimension targets cannot be grouped by', async () => {
        await expect(run({ kind: 'attainment', groupBy: ['channel'] })).rejects.toThrow(
          'Attainment of bookings cannot be grouped by channel: it can be grouped by rep, team, region, product, dealer.'
        );
      });
    });

    describe('scorecard', () => {
      it('ranks reps by % of target (capped at 150 %), keeping reps without activity', async () => {
        const [frame] = await run({
          kind: 'scorecard',
          entity: 'rep',
          metrics: [
            { id: 'bookings', weight: 2 },
            { id: 'win_rate', weight: 1 },
          ],
          normalize: 'target',
        });
        const rows = rowsOf(frame);
        expect(pick(rows, ['rep_id', 'bookings', 'bookings_target', 'score', 'rank'])).toEqual([
          // r6: 1,800 ÷ 910 capped at 1.5; r1: 3,500 ÷ 3,000; the others have no rep-level target
          { rep_id: 'r6', bookings: 1800, bookings_target: 910, score: 1.5, rank: 1 },
          { rep_id: 'r1', bookings: 3500, bookings_target: 3000, score: 3500 / 3000, rank: 2 },
          { rep_id: 'r2', bookings: 0, bookings_target: null, score: null, rank: 3 },
          { rep_id: 'r3', bookings: 0, bookings_target: null, score: null, rank: 3 },
          { rep_id: 'r4', bookings: 3200, bookings_target: null, score: null, rank: 3 },
          { rep_id: 'r5', bookings: 0, bookings_target: null, score: null, rank: 3 },
        ]);
        // bookings ranks with ties: r1 3500, r4 3200, r6 1800, then three at 0
        expect(Object.fromEntries(rows.map((row) => [row.rep_id, row.bookings_rank]))).toEqual({
          r1: 1,
          r4: 2,
          r6: 3,
          r2: 4,
          r3: 4,
          r5: 4,
        });
        // the last 12 months of bookings, Apr 2023 … Mar 2024: r2 won o17 in June 2023
        expect(rows.find((row) => row.rep_id === 'r2')!.sparkline).toEqual([0, 0, 5000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        expect((frame.schema.meta?.custom as { sparkline: { times: number[] } }).sparkline.times[0]).toBe(
          Date.parse('2023-04-01T04:00:00Z')
        );
      });

      it('ranks teams by percentile with lower-is-better inverted, and compares with the previous period', async () => {
        const [frame] = await run({
          kind: 'scorecard',
          entity: 'region',
          metrics: [
            { id: 'bookings', weight: 1 },
            { id: 'lost_deals', weight: 1, lowerIsBetter: true },
          ],
          normalize: 'percentile',
        });
        const rows = rowsOf(frame);
        // bookings East 3500 < West 5000; lost deals East 2 (o5 o16) > West 1 (o6): West better on both
        expect(
          pick(rows, ['region', 'bookings', 'lost_deals', 'score', 'rank', 'previous_rank', 'rank_change'])
        ).toEqual([
          // percentiles: (below + ½) ÷ 2 → 0.75 for the better, 0.25 for the worse. Previous period
          // (Oct–Dec 2023): West's o8 (800) against East's nothing, no losses: West first again
          { region: 'West', bookings: 5000, lost_deals: 1, score: 0.75, rank: 1, previous_rank: 1, rank_change: 0 },
          { region: 'East', bookings: 3500, lost_deals: 2, score: 0.25, rank: 2, previous_rank: 2, rank_change: 0 },
        ]);
      });

      it('gives expected to date and pace of each target against the elapsed share of the range', async () => {
        const query: SalesQuery = {
          kind: 'scorecard',
          entity: 'region',
          metrics: [{ id: 'bookings', weight: 1 }],
          normalize: 'target',
        };
        // now = Mar 15 12:00: 74.5 of the quarter's 91 days. East: 3,500 of its 5,000 (70 %), expected
        // 5,000 × 74.5/91 = 4,093.4, pace 0.855; West: 5,000 of its teams' 3,000, expected 2,456.0, pace 2.036
        const [now] = await run(query);
        const at = (frame: typeof now, region: string) => rowsOf(frame).find((row) => row.region === region)!;
        expect((now.schema.meta?.custom as { elapsedShare: number }).elapsedShare).toBeCloseTo(ELAPSED, 12);
        expect(at(now, 'East')).toMatchObject({ bookings: 3500, bookings_target: 5000 });
        close(at(now, 'East').bookings_pct_of_target, 0.7);
        close(at(now, 'East').bookings_expected_to_date, 5000 * ELAPSED);
        close(at(now, 'East').bookings_pace, 3500 / (5000 * ELAPSED));
        close(at(now, 'West').bookings_expected_to_date, 3000 * ELAPSED);
        close(at(now, 'West').bookings_pace, 5000 / (3000 * ELAPSED));

        // now = Feb 10 12:00 EST: 40.5 of 91 days. East's 70 % of target is well ahead: pace
        // 3,500 ÷ (5,000 × 40.5/91) = 1.573
        const [february] = await run(query, { currentTime: Date.parse('2024-02-10T17:00:00Z') });
        expect((february.schema.meta?.custom as { elapsedShare: number }).elapsedShare).toBeCloseTo(40.5 / 91, 12);
        close(at(february, 'East').bookings_pct_of_target, 0.7);
        close(at(february, 'East').bookings_pace, 3500 / (5000 * (40.5 / 91)));

        // once the quarter is over, expected = target and pace = % of target
        const [april] = await run(query, { currentTime: Date.parse('2024-04-15T16:00:00Z') });
        expect((april.schema.meta?.custom as { elapsedShare: number }).elapsedShare).toBe(1);
        expect(at(april, 'East')).toMatchObject({ bookings_expected_to_date: 5000, bookings_pace: 0.7 });
      });

      it('names a metric that cannot be scored by the entity', async () => {
        await expect(
          run({ kind: 'scorecard', entity: 'rep', metrics: [{ id: 'cac', weight: 1 }], normalize: 'zscore' })
        ).rejects.toThrow('The metric cac cannot be scored by rep');
      });
    });

    describe('forecast', () => {
      it('pipeline: closed won so far plus commit and best case closing this month', async () => {
        const [frame] = await run({
          kind: 'forecast',
          metric: 'bookings',
          grain: 'month',
          method: 'pipeline',
          horizon: 1,
          lookback: 3,
        });
        const rows = rowsOf(frame);
        expect(rows.map((row) => row.time)).toEqual(
          ['2023-12-01T05:00:00Z', '2024-01-01T05:00:00Z', '2024-02-01T05:00:00Z', '2024-03-01T05:00:00Z'].map(
            Date.parse
          )
        );
        // history Dec 800 (o8), Jan 3,000, Feb 0; March: nothing won before now, o9 commit 2,000 + o10 best case 1,200
        expect(rows.map((row) => row.actual)).toEqual([800, 3000, 0, null]);
        expect(rows[3].forecast).toBe(3200);
        expect(rows[3].upper).toBe(3200);
        expect(frame.schema.meta?.custom).toMatchObject({
          kind: 'forecast',
          method: 'pipeline',
          chosenMethod: 'pipeline',
        });
      });

      it('linear: a least-squares line through the history with its interval, plus a backtest frame', async () => {
        const frames = await run({
          kind: 'forecast',
          metric: 'bookings',
          grain: 'month',
          method: 'linear',
          horizon: 2,
          lookback: 4,
          backtestFrame: true,
        });
        const rows = rowsOf(frames[0]);
        // Nov 0, Dec 800, Jan 3000, Feb 0 at x = 0..3: slope 220, intercept 620
        expect(rows.map((row) => row.forecast)).toEqual(
          [620, 840, 1060, 1280, 1500, 1720].map((value) => expect.closeTo(value, 6))
        );
        expect(rows[4].lower).toBeLessThan(1500);
        expect(rows[4].upper).toBeGreaterThan(1500);
        // the meta names the model that forecast and its backtest accuracy
        expect(frames[0].schema.meta?.custom).toMatchObject({
          chosenMethod: 'linear',
          model: 'linear',
          backtest: { origins: expect.any(Number) },
        });
        expect(frames[1].schema.meta?.custom).toMatchObject({ kind: 'forecast_backtest', model: 'linear' });
        expect(frames[1].schema.name).toBe('backtest');
        expect(frames[1].schema.fields.map((field) => field.name)).toEqual([
          'method',
          'mase',
          'mape',
          'smape',
          'origins',
        ]);
      });

      it('says how much history a method needs', async () => {
        await expect(
          run({ kind: 'forecast', metric: 'bookings', grain: 'month', method: 'holt_winters', horizon: 3, lookback: 6 })
        ).rejects.toThrow(/needs at least \d+/);
      });
    });
  },
  { cluster: true }
);
