/**
 * The commission kind on the hand-made fixture, on every engine (the ClickHouse cluster included),
 * against figures worked out by hand: fiscal 2025 in New York, now = 2025-03-15 12:00 EDT.
 *
 * Plans (tiers of the catalog's worked example: [0,1) 10 %, [1,1.5) 12 %, [1.5,2) 14 %, [2,∞) 16 %):
 * AE Quarterly, marginal, gate 50 %, cap 2 × target incentive; Dealer Channel, retroactive.
 * Q1 2025 has 90 days (31 + 28 + 31).
 */
import { runQuery } from '../src/sales/engine';
import type { CommissionQuery, DataFrameJSON, SalesQuery } from '../src/sales/types';
import { COMMISSION_NOW, FIXTURE, fixtureContext, Q1_2025 } from './fixtures/handmade';
import { rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

const FIELDS = [
  'rep',
  'plan',
  'period',
  'plan_start',
  'plan_end',
  'credited',
  'quota',
  'attainment',
  'tier',
  'earned',
  'adjustments',
  'payout',
  'to_next_tier',
  'status',
];

/** Numbers rounded to the cent (quotas prorated by days and tiers multiplied in floating point). */
function rounded(rows: Array<Record<string, unknown>>, fields: string[]) {
  return rows.map((row) =>
    Object.fromEntries(
      fields.map((field) => {
        const value = row[field];
        return [field, typeof value === 'number' ? Math.round(value * 10000) / 10000 : value];
      })
    )
  );
}

describeOnEveryEngine(
  'commissions on $label',
  'comm',
  FIXTURE,
  ({ executor, schema, cluster }) => {
    const context = { ...fixtureContext(executor, schema, cluster?.name), range: Q1_2025, currentTime: COMMISSION_NOW };
    const run = (query: Omit<CommissionQuery, 'kind'>, override: Partial<typeof context> = {}) =>
      runQuery({ kind: 'commission', ...query } as SalesQuery, { ...context, ...override });
    const payouts = async (query: Omit<CommissionQuery, 'kind'> = {}, override: Partial<typeof context> = {}) => {
      const [frame] = await run(query, override);
      return frame;
    };

    it('pays each rep per plan period: the worked example, the retroactive plan, a gate, a cap and a plan change', async () => {
      const frame = await payouts({ whatIf: 30_000 });
      expect(rounded(rowsOf(frame), [...FIELDS, 'next_deal_pays'])).toEqual([
        // 100,000 × 1 × 10 % + 100,000 × 0.25 × 12 %; SPIF 500; a further 30,000 (155 %) pays 3,700
        {
          rep: 'Alice',
          plan: 'AE Quarterly',
          period: '2025 Q1',
          plan_start: '2025-01-01',
          plan_end: '2025-03-31',
          credited: 125000,
          quota: 100000,
          attainment: 1.25,
          tier: 2,
          earned: 13000,
          adjustments: 500,
          payout: 13500,
          to_next_tier: 25000,
          status: 'tiered',
          next_deal_pays: 3700,
        },
        // retroactive: 125,000 × 12 %; a clawback of 1,500; 30,000 more (155 %): 155,000 × 14 % − 15,000
        {
          rep: 'Bob',
          plan: 'Dealer Channel',
          period: '2025 Q1',
          plan_start: '2025-01-01',
          plan_end: '2025-03-31',
          credited: 125000,
          quota: 100000,
          attainment: 1.25,
          tier: 2,
          earned: 15000,
          adjustments: -1500,
          payout: 13500,
          to_next_tier: 25000,
          status: 'tiered',
          next_deal_pays: 6700,
        },
        // 40 % is below the 50 % gate: nothing earned, 5,000 more reaches the gate; 30,000 more makes
        // 100 %: 50,000 × 10 %
        {
          rep: 'Carol',
          plan: 'AE Quarterly',
          period: '2025 Q1',
          plan_start: '2025-01-01',
          plan_end: '2025-03-31',
          credited: 20000,
          quota: 50000,
          attainment: 0.4,
          tier: 1,
          earned: 0,
          adjustments: 0,
          payout: 0,
          to_next_tier: 5000,
          status: 'below_gate',
          next_deal_pays: 5000,
        },
        // 300 %: 20,000 × (10 % + 0.5 × 12 % + 0.5 × 14 %) + 20,000 × 16 % = 7,800, capped at 2 × 2,000;
        // a draw of 2,000; a further deal pays nothing
        {
          rep: 'Dan',
          plan: 'AE Quarterly',
          period: '2025 Q1',
          plan_start: '2025-01-01',
          plan_end: '2025-03-31',
          credited: 60000,
          quota: 20000,
          attainment: 3,
          tier: 4,
          earned: 4000,
          adjustments: 2000,
          payout: 6000,
          to_next_tier: null,
          status: 'capped',
          next_deal_pays: 0,
        },
        // left in 2024, no plan: her settlement is paid on its own
        {
          rep: 'Eve',
          plan: null,
          period: null,
          plan_start: '2025-01-01',
          plan_end: '2025-03-31',
          credited: 0,
          quota: null,
          attainment: null,
          tier: null,
          earned: null,
          adjustments: 300,
          payout: 300,
          to_next_tier: null,
          status: 'no_plan',
          next_deal_pays: null,
        },
        // Jan 1 – Feb 14 (45 days) on AE: quota 45,000, credited 54,000 (the Feb 14 deal), 120 %:
        // 45,000 × 10 % + 9,000 × 12 % = 5,580, less a 580 clawback; 30,000 more (186.7 %) would earn
        // 4,500 + 2,700 + 16,500 × 14 % = 9,510, capped at 2 × 4,500 (the part's target incentive): 3,420 more
        {
          rep: "O'Brien $Ltd",
          plan: 'AE Quarterly',
          period: '2025 Q1',
          plan_start: '2025-01-01',
          plan_end: '2025-02-14',
          credited: 54000,
          quota: 45000,
          attainment: 1.2,
          tier: 2,
          earned: 5580,
          adjustments: -580,
          payout: 5000,
          to_next_tier: 13500,
          status: 'tiered',
          next_deal_pays: 3420,
        },
        // Feb 15 – Mar 31 (45 days) on Dealer: quota 45,000, credited 22,500 (the Feb 15 deal), 50 %:
        // 22,500 × 10 %; 30,000 more (116.7 %): 52,500 × 12 % − 2,250 = 4,050
        {
          rep: "O'Brien $Ltd",
          plan: 'Dealer Channel',
          period: '2025 Q1',
          plan_start: '2025-02-15',
          plan_end: '2025-03-31',
          credited: 22500,
          quota: 45000,
          attainment: 0.5,
          tier: 1,
          earned: 2250,
          adjustments: 0,
          payout: 2250,
          to_next_tier: 22500,
          status: 'tiered',
          next_deal_pays: 4050,
        },
      ]);
      const rows = rowsOf(frame);
      // the part holding now (Mar 15) is current; O'Brien's AE part is over
      expect(rows.map((row) => row.current)).toEqual([true, true, true, true, true, false, true]);
      expect(rows[0]).toMatchObject({ rep_id: 'r1', plan_id: 'ae', period_start: '2025-01-01', period_end: '2025-03-31' });
      expect(rows[0].effective_rate).toBeCloseTo(13000 / 125000, 12);
      // target incentive per quarter, prorated by days for a part
      expect(rounded(rows, ['target_incentive']).map((row) => row.target_incentive)).toEqual([
        12000, 15000, 6000, 2000, null, 4500, 4500,
      ]);
      expect(frame.schema.meta?.custom).toMatchObject({
        kind: 'commission',
        frame: 'payouts',
        period: 'plan',
        whatIf: 30000,
        plans: {
          r6: [
            { plan_id: 'ae', plan: 'AE Quarterly', calc: 'marginal', from: '2025-01-01', to: '2025-02-14' },
            { plan_id: 'dealer', plan: 'Dealer Channel', calc: 'retroactive', from: '2025-02-15', to: '2025-03-31' },
          ],
        },
      });
    });

    it('gives a rep without quota no attainment and no tiered commission, and says why', async () => {
      const q2 = { from: Date.parse('2025-04-01T04:00:00Z'), to: Date.parse('2025-07-01T04:00:00Z') };
      const frame = await payouts(
        { filters: [{ dimension: 'rep', op: 'in', values: ['r1'] }] },
        { range: q2, currentTime: Date.parse('2025-05-15T16:00:00Z') }
      );
      expect(rounded(rowsOf(frame), FIELDS)).toEqual([
        {
          rep: 'Alice',
          plan: 'AE Quarterly',
          period: '2025 Q2',
          plan_start: '2025-04-01',
          plan_end: '2025-06-30',
          credited: 10000,
          quota: null,
          attainment: null,
          tier: null,
          earned: null,
          adjustments: 1000,
          payout: 1000,
          to_next_tier: null,
          status: 'no_quota',
        },
      ]);
      expect(frame.schema.meta?.custom?.withoutQuota).toEqual([
        { rep: 'Alice', rep_id: 'r1', plan: 'AE Quarterly', period: '2025 Q2', measure: 'bookings' },
      ]);
      expect(frame.schema.meta?.notices?.[0].text).toBe(
        'No bookings quota (a rep-level target) for Alice in 2025 Q2 (AE Quarterly): attainment and tiered commission are empty, the payout is the adjustments only.'
      );
    });

    it('pays a whole plan period for part of it, or only the part in the range', async () => {
      const february = { from: Date.parse('2025-02-01T05:00:00Z'), to: Date.parse('2025-03-01T05:00:00Z') };
      const filters = [{ dimension: 'rep' as const, op: 'in' as const, values: ['r6'] }];
      // plan: February touches Q1, paid whole
      const whole = await payouts({ filters }, { range: february });
      expect(rounded(rowsOf(whole), ['plan_start', 'plan_end', 'earned'])).toEqual([
        { plan_start: '2025-01-01', plan_end: '2025-02-14', earned: 5580 },
        { plan_start: '2025-02-15', plan_end: '2025-03-31', earned: 2250 },
      ]);
      // range: Feb 1 – 14 (14 days) quota 14,000, 54,000 credited (385.7 %): 14,000 × 0.23 + 26,000 × 16 %
      // = 7,380, capped at 2 × 9,000 × 14 / 90 = 2,800; Feb 15 – 28 quota 14,000, 22,500 (160.7 %) × 14 %
      const part = await payouts({ filters, period: 'range' }, { range: february });
      expect(rounded(rowsOf(part), ['plan_start', 'plan_end', 'quota', 'earned', 'adjustments', 'status'])).toEqual([
        { plan_start: '2025-02-01', plan_end: '2025-02-14', quota: 14000, earned: 2800, adjustments: -580, status: 'capped' },
        { plan_start: '2025-02-15', plan_end: '2025-02-28', quota: 14000, earned: 3150, adjustments: 0, status: 'tiered' },
      ]);
    });

    it('sums payouts per team against the budget (Σ target incentive)', async () => {
      const frame = await payouts({ groupBy: ['team'] });
      expect(rounded(rowsOf(frame), ['team', 'earned', 'adjustments', 'payout', 'target_incentive', 'budget_used', 'reps'])).toEqual([
        // Alice 13,000 + 500, Bob 15,000 − 1,500 against 12,000 + 15,000
        { team: 'East-A', earned: 28000, adjustments: -1000, payout: 27000, target_incentive: 27000, budget_used: 1, reps: 2 },
        { team: 'East-B', earned: 0, adjustments: 0, payout: 0, target_incentive: 6000, budget_used: 0, reps: 1 },
        // Dan 4,000 + 2,000; Eve's 300 (no plan, no budget)
        { team: 'West-A', earned: 4000, adjustments: 2300, payout: 6300, target_incentive: 2000, budget_used: 3.15, reps: 2 },
        // O'Brien 5,580 + 2,250 − 580 against 4,500 + 4,500
        { team: 'West-B', earned: 7830, adjustments: -580, payout: 7250, target_incentive: 9000, budget_used: 0.8056, reps: 1 },
      ]);
    });

    it('filters by plan, and by the organisation', async () => {
      const dealer = await payouts({ filters: [{ dimension: 'plan', op: 'in', values: ['dealer'] }] });
      expect(rounded(rowsOf(dealer), ['rep', 'plan', 'payout'])).toEqual([
        { rep: 'Bob', plan: 'Dealer Channel', payout: 13500 },
        { rep: "O'Brien $Ltd", plan: 'Dealer Channel', payout: 2250 },
      ]);
      const west = await payouts({ groupBy: ['plan'], filters: [{ dimension: 'region', op: 'in', values: ['West'] }] });
      expect(rounded(rowsOf(west), ['plan', 'plan_id', 'payout'])).toEqual([
        { plan: 'AE Quarterly', plan_id: 'ae', payout: 11000 },
        { plan: 'Dealer Channel', plan_id: 'dealer', payout: 2250 },
        { plan: null, plan_id: null, payout: 300 },
      ]);
    });

    it("draws each rep's payout curve with the rep's point, and lists the adjustments", async () => {
      const frames = await run({
        curve: true,
        adjustments: true,
        filters: [{ dimension: 'rep', op: 'in', values: ['r1', 'r6'] }],
      });
      expect(frames.map((frame: DataFrameJSON) => frame.schema.name)).toEqual([
        'payouts',
        'Alice · AE Quarterly',
        "O'Brien $Ltd · Dealer Channel",
        'adjustments',
      ]);
      const alice = rowsOf(frames[1]);
      const at = (x: number) => alice.find((point) => Math.abs((point.attainment as number) - x) < 1e-9)!;
      expect(alice[0]).toEqual({ attainment: 0, curve_earned: 0, current_earned: null });
      expect(alice[alice.length - 1].attainment).toBe(2.5);
      // below the 50 % gate nothing; at 100 % 10,000; 23,000 at 200 %, then 16 % up to the cap of
      // 2 × 12,000, reached at 206.25 %
      expect(at(0.45).curve_earned).toBe(0);
      expect(at(1).curve_earned as number).toBeCloseTo(10000, 6);
      expect(at(2).curve_earned as number).toBeCloseTo(23000, 6);
      expect(at(2.0625).curve_earned as number).toBeCloseTo(24000, 6);
      expect(at(2.5).curve_earned as number).toBeCloseTo(24000, 6);
      expect(at(1.25)).toMatchObject({ current_earned: 13000 });
      expect(alice.filter((point) => point.current_earned !== null)).toHaveLength(1);
      expect(frames[1].schema.meta?.custom).toMatchObject({ frame: 'curve', rep_id: 'r1', plan_id: 'ae', quota: 100000 });
      expect(rowsOf(frames[3])).toEqual([
        { date: '2025-02-10', rep: 'Alice', rep_id: 'r1', adjustment: 'spif', amount: 500, note: 'Q1 product launch SPIF', plan: 'AE Quarterly', period: '2025 Q1' },
        { date: '2025-02-01', rep: "O'Brien $Ltd", rep_id: 'r6', adjustment: 'clawback', amount: -580, note: 'cancelled order', plan: 'AE Quarterly', period: '2025 Q1' },
      ]);
    });

    it('refuses what it cannot do, naming it', async () => {
      await expect(run({ curve: true, groupBy: ['team'] })).rejects.toThrow(
        'The payout curve is drawn per rep: group by rep (the default) to get it.'
      );
      await expect(run({ whatIf: 'lots' })).rejects.toThrow('whatIf must be a deal amount (a number), not "lots".');
      await expect(run({ groupBy: ['product'] })).rejects.toThrow(
        'Commissions cannot be grouped by product: it can be grouped by rep, team, manager, region, plan.'
      );
      await expect(run({ period: 'week' as never })).rejects.toThrow('Unknown commission period "week": use plan or range.');
    });
  },
  { cluster: true }
);
