import type { TableId } from '../../sales';
import type { RowValue } from '../executors/types';
import { DAY_MS, dayStart, isoDate, monthStart } from './calendar';
import type { Organisation, Rep } from './organisation';
import { Random } from './random';

/**
 * Commission plans for the demo warehouse (docs/frames.md, commission), as a sales
 * operations team would set them up: account executives on a quarterly marginal plan with a gate and
 * an accelerator above quota; the dealer channel team on a quarterly retroactive plan; a strategic
 * accounts plan some account executives move to during the last year, mid-quarter. Target incentives
 * follow each rep's quotas (what the base rate pays at 100 %); new hires get draws while they ramp,
 * some reps SPIFs and year-end bonuses, and cancelled orders are clawed back.
 */

interface PlanSpec {
  id: string;
  name: string;
  calc: 'marginal' | 'retroactive';
  gate: number | null;
  capMultiple: number | null;
  /** [lower, upper, rate]; the last band has no upper bound */
  tiers: Array<[number, number | null, number]>;
}

const ACCOUNT_EXECUTIVE: PlanSpec = {
  id: 'PLAN-AE',
  name: 'Account Executive',
  calc: 'marginal',
  gate: 0.5,
  capMultiple: 3,
  tiers: [
    [0, 1, 0.08],
    [1, 1.5, 0.12],
    [1.5, null, 0.15],
  ],
};

const STRATEGIC_ACCOUNTS: PlanSpec = {
  id: 'PLAN-SA',
  name: 'Strategic Accounts',
  calc: 'marginal',
  gate: 0.6,
  capMultiple: 3,
  tiers: [
    [0, 1, 0.09],
    [1, 1.25, 0.13],
    [1.25, null, 0.16],
  ],
};

const DEALER_CHANNEL: PlanSpec = {
  id: 'PLAN-DC',
  name: 'Dealer Channel',
  calc: 'retroactive',
  gate: null,
  capMultiple: null,
  tiers: [
    [0, 0.75, 0.04],
    [0.75, 1, 0.06],
    [1, 1.25, 0.08],
    [1.25, null, 0.1],
  ],
};

export const DEMO_PLANS: readonly PlanSpec[] = [ACCOUNT_EXECUTIVE, STRATEGIC_ACCOUNTS, DEALER_CHANNEL];

/** The rate a plan pays at 100 % of quota: the target incentive is the quota at that rate. */
const rateAtQuota = (plan: PlanSpec) =>
  plan.tiers.find(([lower, upper]) => lower <= 1 && (upper === null || 1 < upper))![2];

const SHARE_MOVING_TO_STRATEGIC = 0.15;
const SPIF_SHARE = 0.2;
const BONUS_SHARE = 0.12;
const CLAWBACK_SHARE = 0.06;
const DRAW_MONTHS = 3;

export interface CompensationRow {
  table: TableId;
  values: RowValue[];
}

export interface CompensationOptions {
  seed: number;
  /** first day of data and the exclusive end (UTC midnights) */
  start: number;
  cutoff: number;
  /** each rep's mean monthly bookings target over the data, the basis of the target incentive */
  monthlyQuota: ReadonlyMap<string, number>;
}

/** The team on the dealer channel plan: the organisation's last. */
function dealerTeam(organisation: Organisation): number {
  return organisation.teams.length - 1;
}

function targetIncentive(plan: PlanSpec, monthlyQuota: number): number {
  return Math.max(1000, Math.round((monthlyQuota * 3 * rateAtQuota(plan)) / 250) * 250);
}

/** Every row of the four plan tables, in table order. */
export function compensationRows(organisation: Organisation, options: CompensationOptions): CompensationRow[] {
  const rows: CompensationRow[] = [];
  const startDate = isoDate(options.start);
  for (const plan of DEMO_PLANS) {
    rows.push({
      table: 'comp_plans',
      values: [plan.id, plan.name, 'bookings', 'quarter', plan.calc, plan.gate, plan.capMultiple, startDate, null],
    });
  }
  for (const plan of DEMO_PLANS) {
    for (const [lower, upper, rate] of plan.tiers) {
      rows.push({ table: 'comp_plan_tiers', values: [plan.id, lower, upper, rate] });
    }
  }
  const lastYear = options.cutoff - 365 * DAY_MS;
  for (const rep of organisation.reps) {
    const random = Random.derive(options.seed, 9, 1, rep.index);
    const from = Math.max(rep.hiredOn, options.start);
    const end = rep.leftOn ?? null;
    if (from >= options.cutoff || (end !== null && end <= from)) {
      continue;
    }
    const quota = options.monthlyQuota.get(rep.id) ?? 0;
    const assign = (plan: PlanSpec, since: number, until: number | null) =>
      rows.push({
        table: 'comp_assignments',
        values: [
          rep.id,
          plan.id,
          isoDate(since),
          until === null ? null : isoDate(until - DAY_MS),
          targetIncentive(plan, quota),
        ],
      });
    if (rep.team.index === dealerTeam(organisation)) {
      assign(DEALER_CHANNEL, from, end);
      continue;
    }
    // a move to strategic accounts on the 15th of a month in the last year, while still in post
    const moves = from < lastYear && random.chance(SHARE_MOVING_TO_STRATEGIC);
    const moveMonth = new Date(lastYear + random.uniform(30, 330) * DAY_MS);
    const moveDay = Date.UTC(moveMonth.getUTCFullYear(), moveMonth.getUTCMonth(), 15);
    if (moves && moveDay < options.cutoff && (end === null || moveDay < end)) {
      assign(ACCOUNT_EXECUTIVE, from, moveDay);
      assign(STRATEGIC_ACCOUNTS, moveDay, end);
    } else {
      assign(ACCOUNT_EXECUTIVE, from, end);
    }
  }
  rows.push(...adjustments(organisation, options));
  return rows;
}

function adjustments(organisation: Organisation, options: CompensationOptions): CompensationRow[] {
  const rows: CompensationRow[] = [];
  let number = 0;
  const add = (rep: Rep, day: number, kind: string, amount: number, note: string | null) => {
    if (
      day >= options.start &&
      day < options.cutoff &&
      rep.hiredOn <= day &&
      (rep.leftOn === null || day < rep.leftOn)
    ) {
      rows.push({
        table: 'comp_adjustments',
        values: [`ADJ${String(++number).padStart(6, '0')}`, rep.id, isoDate(day), kind, amount, note],
      });
    }
  };
  const first = new Date(options.start);
  for (
    let quarter = Date.UTC(first.getUTCFullYear(), Math.floor(first.getUTCMonth() / 3) * 3, 1);
    quarter < options.cutoff;
    quarter = monthStart(new Date(quarter).getUTCFullYear(), new Date(quarter).getUTCMonth() + 3)
  ) {
    const random = Random.derive(options.seed, 9, 2, quarter / DAY_MS);
    const product = random.pick(['Insights', 'Forecasting Add-on', 'Enterprise Suite', 'Data Connectors']);
    const month = new Date(quarter).getUTCMonth();
    for (const rep of organisation.reps) {
      const day = (low: number, high: number) => dayStart(quarter + random.uniform(low, high) * DAY_MS);
      if (random.chance(SPIF_SHARE)) {
        add(rep, day(20, 85), 'spif', 250 * random.int(1, 6), `${product} launch SPIF`);
      }
      if (random.chance(CLAWBACK_SHARE)) {
        add(rep, day(5, 88), 'clawback', -50 * random.int(8, 60), random.pick(['Order cancelled', 'Customer refund']));
      }
      if (month === 9 && random.chance(BONUS_SHARE)) {
        add(
          rep,
          dayStart(monthStart(new Date(quarter).getUTCFullYear(), 11) + 14 * DAY_MS),
          'bonus',
          500 * random.int(3, 10),
          "President's Club"
        );
      }
    }
  }
  // new hires are paid a draw against commission while they ramp
  for (const rep of organisation.reps.filter((candidate) => candidate.hiredOn >= options.start)) {
    for (let month = 0; month < DRAW_MONTHS; month++) {
      const hired = new Date(rep.hiredOn);
      add(rep, monthStart(hired.getUTCFullYear(), hired.getUTCMonth() + month + 1) - DAY_MS, 'draw', 1500, 'Ramp draw');
    }
  }
  return rows;
}
