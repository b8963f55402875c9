import { salesError } from '../errors';
import { finiteNumber, finiteOrNull, oneOf } from './checks';
import { ratio } from './ratio';

/**
 * Commission tier maths (docs/frames.md, commission). A plan pays a rate per band of
 * attainment [lower, upper): a marginal plan pays each band's rate on the part of the credited amount
 * that falls in the band (quota × band width), a retroactive plan pays the rate of the band that holds
 * the attainment on all of the credited amount. Below the gate nothing is earned; earnings never
 * exceed cap_multiple × target incentive.
 */

export const COMMISSION_CALCS = ['marginal', 'retroactive'] as const;
export type CommissionCalc = (typeof COMMISSION_CALCS)[number];

export interface CommissionTier {
  /** attainment where the band starts (1 = 100 %), inclusive */
  lower: number;
  /** attainment where it ends, exclusive; null: no limit */
  upper: number | null;
  /** share of the credited amount paid, 0..1 */
  rate: number;
}

export interface CommissionTerms {
  calc: CommissionCalc;
  tiers: readonly CommissionTier[];
  /** attainment below which nothing is earned; null: no gate */
  gate: number | null;
  /** earnings at most this multiple of the target incentive; null: no cap */
  capMultiple: number | null;
}

export interface CommissionInput {
  credited: number;
  /** the rep's quota for the measure over the period; null (or 0): no tiered commission */
  quota: number | null;
  /** the variable pay at 100 % for the period (for the cap) */
  targetIncentive: number | null;
}

/** Why a commission is what it is: paid by its tiers, held back by the gate or the cap, or not tiered at all. */
export type CommissionStatus = 'tiered' | 'below_gate' | 'capped' | 'no_quota';

export interface CommissionResult {
  /** credited ÷ quota; null without a quota */
  attainment: number | null;
  /** after gate and cap; null without a quota */
  earned: number | null;
  /** 1-based position (in attainment order) of the tier that holds the attainment; null without quota or in a gap */
  tier: number | null;
  /** that tier's rate */
  tierRate: number | null;
  /** earned ÷ credited; null when nothing is credited */
  effectiveRate: number | null;
  /**
   * Credited amount still needed to reach the next tier's lower bound (below the gate: to reach the
   * gate); null at the top tier or without a quota.
   */
  toNextTier: number | null;
  status: CommissionStatus;
}

/** The tiers in attainment order, checked: finite bounds, upper above lower, rates in 0..1. */
export function sortedTiers(tiers: readonly CommissionTier[]): CommissionTier[] {
  const checked = tiers.map((tier, index) => {
    const what = `Tier ${index + 1}`;
    const lower = finiteNumber(tier.lower, `${what}'s lower attainment`);
    const upper = finiteOrNull(tier.upper, `${what}'s upper attainment`);
    const rate = finiteNumber(tier.rate, `${what}'s rate`);
    if (upper !== null && upper <= lower) {
      throw salesError('commission.tier-bounds', { tier: index + 1, upper, lower }, 'invalid_value');
    }
    return { lower, upper, rate };
  });
  return checked.sort((a, b) => a.lower - b.lower || (a.upper ?? Infinity) - (b.upper ?? Infinity));
}

function checkTerms(terms: CommissionTerms): CommissionTerms & { tiers: CommissionTier[] } {
  return {
    calc: oneOf(terms.calc, COMMISSION_CALCS, 'The plan calculation'),
    tiers: sortedTiers(terms.tiers),
    gate: finiteOrNull(terms.gate, "The plan's gate"),
    capMultiple: finiteOrNull(terms.capMultiple, "The plan's cap multiple"),
  };
}

const holds = (tier: CommissionTier, attainment: number) =>
  attainment >= tier.lower && (tier.upper === null || attainment < tier.upper);

/** Earnings before gate and cap. Marginal bands are summed in credited money (quota × band), not in rounded ratios. */
function tieredEarnings(terms: CommissionTerms, tiers: CommissionTier[], credited: number, quota: number): number {
  const attainment = credited / quota;
  if (terms.calc === 'retroactive') {
    const tier = tiers.find((candidate) => holds(candidate, attainment));
    return tier ? credited * tier.rate : 0;
  }
  return tiers.reduce((sum, tier) => {
    const top = tier.upper === null ? credited : Math.min(credited, tier.upper * quota);
    return sum + Math.max(0, top - tier.lower * quota) * tier.rate;
  }, 0);
}

function capOf(terms: CommissionTerms, targetIncentive: number | null): number | null {
  return terms.capMultiple !== null && targetIncentive !== null ? terms.capMultiple * targetIncentive : null;
}

/** What one rep earns over one plan period (or the part of it under one plan). */
export function commission(terms: CommissionTerms, input: CommissionInput): CommissionResult {
  const plan = checkTerms(terms);
  const credited = finiteNumber(input.credited, 'The credited amount');
  const quota = finiteOrNull(input.quota, 'The quota');
  const targetIncentive = finiteOrNull(input.targetIncentive, 'The target incentive');
  const attainment = ratio(credited, quota);
  if (attainment === null || quota === null) {
    return {
      attainment: null,
      earned: null,
      tier: null,
      tierRate: null,
      effectiveRate: null,
      toNextTier: null,
      status: 'no_quota',
    };
  }
  const index = plan.tiers.findIndex((tier) => holds(tier, attainment));
  const gated = plan.gate !== null && attainment < plan.gate;
  const uncapped = gated ? 0 : tieredEarnings(plan, plan.tiers, credited, quota);
  const cap = capOf(plan, targetIncentive);
  const capped = cap !== null && uncapped > cap;
  const earned = capped ? cap : uncapped;
  const nextLower = gated ? plan.gate : plan.tiers.find((tier) => tier.lower > attainment)?.lower;
  return {
    attainment,
    earned,
    tier: index < 0 ? null : index + 1,
    tierRate: index < 0 ? null : plan.tiers[index].rate,
    effectiveRate: ratio(earned, credited),
    toNextTier: nextLower === undefined || nextLower === null ? null : nextLower * quota - credited,
    status: gated ? 'below_gate' : capped ? 'capped' : 'tiered',
  };
}

/** What a further deal of `amount` earns in the same period: earned(credited + amount) − earned(credited). */
export function nextDealPays(terms: CommissionTerms, input: CommissionInput, amount: number): number | null {
  const deal = finiteNumber(amount, 'The what-if amount');
  const now = commission(terms, input).earned;
  const then = commission(terms, { ...input, credited: input.credited + deal }).earned;
  return now === null || then === null ? null : then - now;
}

export interface CurvePoint {
  attainment: number;
  earned: number;
}

export const CURVE_MAX_ATTAINMENT = 2.5;
const CURVE_STEP = 0.05;
/** how far before a jump (a retroactive tier bound, the gate) the curve takes its last value */
const JUST_BEFORE = 1e-6;

/**
 * The payout curve of a plan for one quota and target incentive: earnings from 0 % to 250 % attainment,
 * exact at every tier bound, at the gate, where the cap is reached, and just before each jump, so that
 * an XY chart drawing straight lines between the points draws the plan exactly.
 */
export function payoutCurve(
  terms: CommissionTerms,
  quota: number,
  targetIncentive: number | null,
  maxAttainment = CURVE_MAX_ATTAINMENT
): CurvePoint[] {
  const plan = checkTerms(terms);
  if (!(quota > 0)) {
    throw salesError('commission.curve-quota', {}, 'invalid_value');
  }
  const earnedAt = (attainment: number) =>
    commission(plan, { credited: attainment * quota, quota, targetIncentive }).earned ?? 0;
  const bounds = [
    ...plan.tiers.flatMap((tier) => [tier.lower, ...(tier.upper === null ? [] : [tier.upper])]),
    ...(plan.gate === null ? [] : [plan.gate]),
  ].filter((bound) => bound > 0 && bound <= maxAttainment);
  const xs = new Set<number>();
  for (let step = 0; step * CURVE_STEP <= maxAttainment + 1e-9; step++) {
    xs.add(Math.round(step * CURVE_STEP * 1e6) / 1e6);
  }
  bounds.forEach((bound) => {
    xs.add(bound);
    xs.add(bound - JUST_BEFORE);
  });
  const knee = capKnee(plan, quota, targetIncentive, earnedAt, [0, ...bounds, maxAttainment]);
  if (knee !== undefined) {
    xs.add(knee);
  }
  return [...xs]
    .filter((x) => x >= 0 && x <= maxAttainment)
    .sort((a, b) => a - b)
    .map((attainment) => ({ attainment, earned: earnedAt(attainment) }));
}

/** The attainment where earnings reach the cap (each piece between bounds is linear), if they do. */
function capKnee(
  plan: CommissionTerms,
  quota: number,
  targetIncentive: number | null,
  earnedAt: (attainment: number) => number,
  bounds: number[]
): number | undefined {
  const cap = capOf(plan, targetIncentive);
  if (cap === null) {
    return undefined;
  }
  const uncapped = { ...plan, capMultiple: null };
  const value = (x: number) => commission(uncapped, { credited: x * quota, quota, targetIncentive }).earned ?? 0;
  const edges = [...new Set(bounds)].sort((a, b) => a - b);
  for (let index = 0; index + 1 < edges.length; index++) {
    const [a, b] = [edges[index], edges[index + 1] - JUST_BEFORE];
    const [va, vb] = [value(a), value(b)];
    if (va < cap && vb >= cap && vb > va) {
      return a + ((cap - va) * (b - a)) / (vb - va);
    }
  }
  return earnedAt(0) >= cap ? 0 : undefined;
}

/** Problems in a plan's tier table: bands that overlap, attainment no band covers (from 0 up), rates outside 0..1. */
export interface TierProblem {
  kind: 'overlap' | 'gap' | 'empty_band' | 'rate_out_of_range';
  /** the attainment where the problem starts */
  at: number;
  /** where it ends (null: no limit) */
  until: number | null;
}

export function tierProblems(tiers: readonly CommissionTier[]): TierProblem[] {
  const problems: TierProblem[] = [];
  const bands = tiers.filter((tier) => {
    if (tier.upper !== null && tier.upper <= tier.lower) {
      problems.push({ kind: 'empty_band', at: tier.lower, until: tier.upper });
      return false;
    }
    return true;
  });
  for (const tier of tiers) {
    if (tier.rate < 0 || tier.rate > 1) {
      problems.push({ kind: 'rate_out_of_range', at: tier.lower, until: tier.upper });
    }
  }
  const sorted = [...bands].sort((a, b) => a.lower - b.lower);
  let covered = Math.min(0, sorted[0]?.lower ?? 0);
  for (const tier of sorted) {
    if (tier.lower > covered) {
      problems.push({ kind: 'gap', at: covered, until: tier.lower });
    } else if (tier.lower < covered) {
      const end = Math.min(covered, tier.upper ?? Infinity);
      problems.push({ kind: 'overlap', at: tier.lower, until: end === Infinity ? null : end });
    }
    covered = Math.max(covered, tier.upper ?? Infinity);
  }
  if (covered !== Infinity) {
    problems.push({ kind: 'gap', at: covered, until: null });
  }
  return problems;
}
