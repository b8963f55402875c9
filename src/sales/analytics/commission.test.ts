import { SalesError } from '../errors';
import { commission, type CommissionTerms, nextDealPays, payoutCurve, tierProblems } from './commission';

/** The catalog's worked example: quota 100,000; [0,1) 10 %, [1,1.5) 12 %, [1.5,2) 14 %, [2,∞) 16 %. */
const TIERS = [
  { lower: 1.5, upper: 2, rate: 0.14 },
  { lower: 0, upper: 1, rate: 0.1 },
  { lower: 2, upper: null, rate: 0.16 },
  { lower: 1, upper: 1.5, rate: 0.12 },
];
const marginal: CommissionTerms = { calc: 'marginal', tiers: TIERS, gate: null, capMultiple: null };
const retroactive: CommissionTerms = { ...marginal, calc: 'retroactive' };
const example = { credited: 125_000, quota: 100_000, targetIncentive: 20_000 };

describe('commission', () => {
  it('pays the worked example: 13,000 marginal, 15,000 retroactive', () => {
    // marginal: 100,000 × 1 × 10 % + 100,000 × 0.25 × 12 %; retroactive: 125,000 × 12 %
    expect(commission(marginal, example)).toEqual({
      attainment: 1.25,
      earned: 13_000,
      tier: 2,
      tierRate: 0.12,
      effectiveRate: 0.104,
      toNextTier: 25_000,
      status: 'tiered',
    });
    expect(commission(retroactive, example).earned).toBe(15_000);
    expect(commission(retroactive, example).effectiveRate).toBe(0.12);
  });

  it('says what a further 30,000 deal pays: 3,700 marginal, 6,700 retroactive', () => {
    // 155 %: marginal 10,000 + 6,000 + 100,000 × 0.05 × 14 % = 16,700; retroactive 155,000 × 14 % = 21,700
    expect(nextDealPays(marginal, example, 30_000)).toBeCloseTo(3_700, 6);
    expect(nextDealPays(retroactive, example, 30_000)).toBeCloseTo(6_700, 6);
  });

  it('earns nothing below the gate, and names the gate as the next step', () => {
    const gated = { ...marginal, gate: 0.5 };
    const below = commission(gated, { credited: 20_000, quota: 50_000, targetIncentive: null });
    expect(below).toMatchObject({ attainment: 0.4, earned: 0, tier: 1, status: 'below_gate', toNextTier: 5_000 });
    // 30,000 is 60 %: past the gate, 30,000 × 10 %
    expect(nextDealPays(gated, { credited: 20_000, quota: 50_000, targetIncentive: null }, 10_000)).toBeCloseTo(3_000);
    expect(commission(gated, { credited: 25_000, quota: 50_000, targetIncentive: null }).status).toBe('tiered');
  });

  it('caps earnings at cap_multiple × target incentive', () => {
    const capped = { ...marginal, capMultiple: 2 };
    // 300 %: 20,000 × (0.10 + 0.5 × 0.12 + 0.5 × 0.14 + 1 × 0.16) = 7,800, capped at 2 × 2,000
    const input = { credited: 60_000, quota: 20_000, targetIncentive: 2_000 };
    expect(commission({ ...marginal }, input).earned).toBeCloseTo(7_800, 6);
    expect(commission(capped, input)).toMatchObject({ earned: 4_000, status: 'capped', tier: 4, toNextTier: null });
    expect(nextDealPays(capped, input, 10_000)).toBe(0);
    // without a target incentive there is nothing to cap against
    expect(commission(capped, { ...input, targetIncentive: null }).status).toBe('tiered');
  });

  it('pays no tiered commission without a quota, or with a quota of 0', () => {
    for (const quota of [null, 0]) {
      expect(commission(marginal, { credited: 10_000, quota, targetIncentive: 1_000 })).toEqual({
        attainment: null,
        earned: null,
        tier: null,
        tierRate: null,
        effectiveRate: null,
        toNextTier: null,
        status: 'no_quota',
      });
      expect(nextDealPays(marginal, { credited: 10_000, quota, targetIncentive: 1_000 }, 5_000)).toBeNull();
    }
  });

  it('has no effective rate when nothing is credited, and no tier in a gap', () => {
    expect(commission(marginal, { credited: 0, quota: 100, targetIncentive: null })).toMatchObject({
      earned: 0,
      effectiveRate: null,
      tier: 1,
      toNextTier: 100,
    });
    const gapped = { ...retroactive, tiers: [{ lower: 1, upper: null, rate: 0.1 }] };
    expect(commission(gapped, { credited: 50, quota: 100, targetIncentive: null })).toMatchObject({
      earned: 0,
      tier: null,
      toNextTier: 50,
    });
  });

  it('names the value that is wrong', () => {
    expect(() => commission({ ...marginal, calc: 'flat' as never }, example)).toThrow(
      'The plan calculation must be one of marginal, retroactive; got "flat".'
    );
    expect(() => commission(marginal, { ...example, credited: NaN })).toThrow(SalesError);
    expect(() =>
      commission({ ...marginal, tiers: [{ lower: 1, upper: 0.5, rate: 0.1 }] }, example)
    ).toThrow('Tier 1 ends (0.5) at or below where it starts (1).');
  });
});

describe('payoutCurve', () => {
  it('runs from 0 % to 250 %, exact at every bound', () => {
    const curve = payoutCurve(marginal, 100_000, null);
    expect(curve[0]).toEqual({ attainment: 0, earned: 0 });
    expect(curve[curve.length - 1].attainment).toBe(2.5);
    const at = (x: number) => curve.find((point) => point.attainment === x)!.earned;
    expect(at(1)).toBeCloseTo(10_000, 6);
    expect(at(1.5)).toBeCloseTo(16_000, 6);
    expect(at(2)).toBeCloseTo(23_000, 6);
    expect(at(2.5)).toBeCloseTo(31_000, 6);
    expect(curve.map((point) => point.attainment)).toEqual([...curve.map((point) => point.attainment)].sort((a, b) => a - b));
  });

  it('draws the jumps of a retroactive plan and of a gate', () => {
    const curve = payoutCurve({ ...retroactive, gate: 0.5 }, 100_000, null);
    const before = curve.find((point) => point.attainment > 0.999 && point.attainment < 1)!;
    expect(before.earned).toBeCloseTo(10_000, 0);
    expect(curve.find((point) => point.attainment === 1)!.earned).toBeCloseTo(12_000, 6);
    expect(curve.find((point) => point.attainment > 0.49 && point.attainment < 0.5)!.earned).toBe(0);
    expect(curve.find((point) => point.attainment === 0.5)!.earned).toBeCloseTo(5_000, 6);
  });

  it('flattens where the cap is reached, at the exact attainment', () => {
    // cap 2 × 5,000 = 10,000: reached at exactly 100 % on the marginal plan
    const curve = payoutCurve({ ...marginal, capMultiple: 2 }, 100_000, 5_000);
    expect(Math.max(...curve.map((point) => point.earned))).toBeCloseTo(10_000, 6);
    const cap = payoutCurve({ ...marginal, capMultiple: 1.5 }, 100_000, 5_000);
    // 7,500 at 75 %
    expect(cap.some((point) => Math.abs(point.attainment - 0.75) < 1e-9 && Math.abs(point.earned - 7_500) < 1e-6)).toBe(
      true
    );
  });

  it('needs a quota', () => {
    expect(() => payoutCurve(marginal, 0, null)).toThrow('A payout curve needs a quota above 0.');
  });
});

describe('tierProblems', () => {
  it('finds nothing wrong in a contiguous table from 0 to no limit', () => {
    expect(tierProblems(TIERS)).toEqual([]);
  });

  it('finds overlaps, gaps, empty bands and rates outside 0..1', () => {
    expect(
      tierProblems([
        { lower: 0.1, upper: 1, rate: 0.1 },
        { lower: 0.8, upper: 1.5, rate: 0.12 },
        { lower: 1.6, upper: null, rate: 1.4 },
        { lower: 2, upper: 2, rate: 0.2 },
      ])
    ).toEqual([
      { kind: 'empty_band', at: 2, until: 2 },
      { kind: 'rate_out_of_range', at: 1.6, until: null },
      { kind: 'gap', at: 0, until: 0.1 },
      { kind: 'overlap', at: 0.8, until: 1 },
      { kind: 'gap', at: 1.5, until: 1.6 },
    ]);
  });

  it('finds a table that stops, and one with nothing in it', () => {
    expect(tierProblems([{ lower: 0, upper: 1, rate: 0.1 }])).toEqual([{ kind: 'gap', at: 1, until: null }]);
    expect(tierProblems([])).toEqual([{ kind: 'gap', at: 0, until: null }]);
    expect(
      tierProblems([
        { lower: 0, upper: null, rate: 0.1 },
        { lower: 1, upper: 2, rate: 0.2 },
      ])
    ).toEqual([{ kind: 'overlap', at: 1, until: 2 }]);
  });
});
