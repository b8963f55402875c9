import {
  commission,
  COMMISSION_CALCS,
  type CommissionCalc,
  type CommissionResult,
  type CommissionStatus,
  type CommissionTerms,
  type CommissionTier,
  CURVE_MAX_ATTAINMENT,
  nextDealPays,
  payoutCurve,
  tierProblems,
} from '../analytics/commission';
import {
  afterLastDay,
  intersect,
  type PlanPeriod,
  PLAN_PERIODS,
  type PlanPeriodUnit,
  periodLabel,
  prorateDays,
} from '../analytics/commissionPeriods';
import { ratio } from '../analytics/ratio';
import { isoDateOfDayNumber } from '../catalog/time';
import type { CommissionMeasure, CommissionRowKind, CompiledCommission } from '../sql/commission';
import type { DataFrameJSON, DimensionId, FrameField, FrameFieldConfig, FrameMeta } from '../types';
import { type DisplayOptions, dimensionFieldConfig } from './fieldConfig';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

/**
 * The commission frames of docs/frames.md: payouts per rep and plan period (or summed per team,
 * manager, region or plan), each rep's payout curve on request, and the adjustments on request.
 * Periods under two plans are paid in two parts, each under its own plan.
 */

interface Rep {
  id: string;
  name: string | null;
  team: string | null;
  manager: string | null;
  region: string | null;
}

interface Plan {
  id: string;
  name: string | null;
  measure: string | null;
  unit: string | null;
  calc: string | null;
  gate: number | null;
  capMultiple: number | null;
  from: number | null;
  to: number | null;
}

interface Assignment {
  rep: Rep;
  plan: Plan;
  from: number;
  to: number | null;
  targetIncentive: number | null;
}

interface Adjustment {
  id: string | null;
  rep: Rep;
  day: number;
  kind: string | null;
  amount: number;
  note: string | null;
}

interface Parsed {
  assignments: Assignment[];
  tiers: Map<string, CommissionTier[]>;
  targets: Array<{ repId: string; measure: string; start: number; lastDay: number; amount: number }>;
  credits: Map<string, number>;
  adjustments: Adjustment[];
}

/** One row of the payouts: a rep's period, or the part of it under one plan. */
export interface PayoutRow {
  rep: Rep;
  plan: Plan | null;
  period: PlanPeriod | null;
  /** the days paid under this plan, [start, end) */
  part: { start: number; end: number };
  credited: number;
  quota: number | null;
  targetIncentive: number | null;
  result: CommissionResult | null;
  adjustments: number;
  nextDealPays: number | null;
  current: boolean;
  terms: CommissionTerms | null;
  status: CommissionStatus | 'no_plan';
}

const creditKey = (repId: string, planId: string, from: number, periodKey: number) =>
  `${repId}|${planId}|${from}|${periodKey}`;

function parse(result: DataFrameJSON): Parsed {
  const count = rowCount(result);
  const text = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toTextOrNull);
  const number = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toNumberOrNull);
  const c = {
    kind: text('row_kind'),
    repId: text('rep_id'),
    repName: text('rep_name'),
    team: text('team'),
    manager: text('manager'),
    region: text('region'),
    planId: text('plan_id'),
    planName: text('plan_name'),
    measure: text('measure'),
    planPeriod: text('plan_period'),
    calc: text('calc'),
    adjustmentId: text('adjustment_id'),
    adjustmentKind: text('adjustment_kind'),
    note: text('note'),
    gate: number('gate'),
    capMultiple: number('cap_multiple'),
    dateFrom: number('date_from'),
    dateTo: number('date_to'),
    planFrom: number('plan_from'),
    planTo: number('plan_to'),
    amount: number('amount'),
    lower: number('lower_attainment'),
    upper: number('upper_attainment'),
    rate: number('rate'),
    periodKey: number('period_key'),
  };
  const parsed: Parsed = { assignments: [], tiers: new Map(), targets: [], credits: new Map(), adjustments: [] };
  const repOf = (row: number): Rep => ({
    id: c.repId[row]!,
    name: c.repName[row],
    team: c.team[row],
    manager: c.manager[row],
    region: c.region[row],
  });
  for (let row = 0; row < count; row++) {
    const repId = c.repId[row];
    const planId = c.planId[row];
    switch (c.kind[row] as CommissionRowKind) {
      case 'assignment':
        if (repId !== null && planId !== null && c.dateFrom[row] !== null) {
          parsed.assignments.push({
            rep: repOf(row),
            plan: {
              id: planId,
              name: c.planName[row],
              measure: c.measure[row],
              unit: c.planPeriod[row],
              calc: c.calc[row],
              gate: c.gate[row],
              capMultiple: c.capMultiple[row],
              from: c.planFrom[row],
              to: c.planTo[row],
            },
            from: c.dateFrom[row]!,
            to: c.dateTo[row],
            targetIncentive: c.amount[row],
          });
        }
        break;
      case 'tier':
        if (planId !== null && c.lower[row] !== null && c.rate[row] !== null) {
          parsed.tiers.set(planId, [
            ...(parsed.tiers.get(planId) ?? []),
            { lower: c.lower[row]!, upper: c.upper[row], rate: c.rate[row]! },
          ]);
        }
        break;
      case 'target':
        if (repId !== null && c.measure[row] !== null && c.dateFrom[row] !== null && c.dateTo[row] !== null) {
          parsed.targets.push({
            repId,
            measure: c.measure[row]!,
            start: c.dateFrom[row]!,
            lastDay: c.dateTo[row]!,
            amount: c.amount[row] ?? 0,
          });
        }
        break;
      case 'credit':
        if (repId !== null && planId !== null && c.dateFrom[row] !== null && c.periodKey[row] !== null) {
          const key = creditKey(repId, planId, c.dateFrom[row]!, c.periodKey[row]!);
          parsed.credits.set(key, (parsed.credits.get(key) ?? 0) + (c.amount[row] ?? 0));
        }
        break;
      case 'adjustment':
        if (repId !== null && c.dateFrom[row] !== null) {
          parsed.adjustments.push({
            id: c.adjustmentId[row],
            rep: repOf(row),
            day: c.dateFrom[row]!,
            kind: c.adjustmentKind[row],
            amount: c.amount[row] ?? 0,
            note: c.note[row],
          });
        }
        break;
    }
  }
  return parsed;
}

/** Why a plan pays nothing or is left out, for the frame's notices. */
interface Problems {
  notices: string[];
  withoutQuota: Array<{ rep: string; rep_id: string; plan: string; period: string; measure: string }>;
}

function planLabel(plan: Plan): string {
  return plan.name ? `${plan.name} (${plan.id})` : plan.id;
}

function termsOf(plan: Plan, tiers: CommissionTier[] | undefined, problems: Problems): CommissionTerms | null {
  if (!(COMMISSION_CALCS as readonly string[]).includes(plan.calc ?? '')) {
    problems.notices.push(
      `Plan ${planLabel(plan)} has the calculation "${plan.calc ?? ''}": use marginal or retroactive. Its reps are left out.`
    );
    return null;
  }
  if (!(PLAN_PERIODS as readonly string[]).includes(plan.unit ?? '')) {
    problems.notices.push(
      `Plan ${planLabel(plan)} has the period "${plan.unit ?? ''}": use month, quarter or year. Its reps are left out.`
    );
    return null;
  }
  const table = tiers ?? [];
  const found = tierProblems(table);
  if (found.length) {
    const percent = (value: number | null) => (value === null ? '∞' : `${Math.round(value * 1000) / 10} %`);
    const described = found.map((problem) =>
      problem.kind === 'rate_out_of_range'
        ? `a rate outside 0..1 (band from ${percent(problem.at)})`
        : problem.kind === 'empty_band'
          ? `an empty band at ${percent(problem.at)}`
          : `${problem.kind === 'gap' ? 'no band' : 'bands overlapping'} from ${percent(problem.at)} to ${percent(problem.until)}`
    );
    problems.notices.push(`Plan ${planLabel(plan)} has ${described.join(', ')} in its tiers (salesperf check lists them).`);
  }
  return {
    calc: plan.calc as CommissionCalc,
    // bands that cannot be used (empty, or backwards) are left out rather than failing the whole query
    tiers: table.filter((tier) => tier.upper === null || tier.upper > tier.lower),
    gate: plan.gate,
    capMultiple: plan.capMultiple,
  };
}

/** The rows of the payouts, in order: rep, period, part. */
export function payoutRows(
  compiled: CompiledCommission,
  parsed: Parsed,
  problems: Problems
): PayoutRow[] {
  const rows: PayoutRow[] = [];
  const termsByPlan = new Map<string, CommissionTerms | null>();
  const measureProblem = new Set<string>();
  for (const assignment of parsed.assignments) {
    const { plan } = assignment;
    if (!termsByPlan.has(plan.id)) {
      termsByPlan.set(plan.id, termsOf(plan, parsed.tiers.get(plan.id), problems));
    }
    const terms = termsByPlan.get(plan.id)!;
    if (!terms) {
      continue;
    }
    if (!compiled.measures.includes(plan.measure as CommissionMeasure) && !measureProblem.has(plan.id)) {
      measureProblem.add(plan.id);
      problems.notices.push(
        plan.measure === 'collections'
          ? `Plan ${planLabel(plan)} pays on collections, which need the payments and invoices tables: nothing is credited.`
          : `Plan ${planLabel(plan)} has the measure "${plan.measure ?? ''}": use bookings or collections. Nothing is credited.`
      );
    }
    for (const period of compiled.periods[plan.unit as PlanPeriodUnit]) {
      const part = intersect(
        { start: period.start, end: period.end },
        { start: assignment.from, end: afterLastDay(assignment.to) },
        { start: plan.from ?? -Infinity, end: afterLastDay(plan.to) },
        compiled.periodMode === 'range' ? { start: compiled.range.from, end: compiled.range.to } : { start: -Infinity, end: null }
      );
      if (!part) {
        continue;
      }
      const credited = parsed.credits.get(creditKey(assignment.rep.id, plan.id, assignment.from, period.key)) ?? 0;
      const quotaRows = compiled.quotas
        ? parsed.targets.filter(
            (target) =>
              target.repId === assignment.rep.id &&
              target.measure === plan.measure &&
              target.start < part.end &&
              target.lastDay >= part.start
          )
        : [];
      const quota = quotaRows.length ? quotaRows.reduce((sum, target) => sum + prorateDays(target, part), 0) : null;
      const share = (part.end - part.start) / (period.end - period.start);
      const targetIncentive = assignment.targetIncentive === null ? null : assignment.targetIncentive * share;
      const input = { credited, quota, targetIncentive };
      const result = commission(terms, input);
      if (result.status === 'no_quota') {
        problems.withoutQuota.push({
          rep: assignment.rep.name ?? assignment.rep.id,
          rep_id: assignment.rep.id,
          plan: plan.name ?? plan.id,
          period: periodLabel(period, compiled.fiscalStart),
          measure: plan.measure ?? '',
        });
      }
      rows.push({
        rep: assignment.rep,
        plan,
        period,
        part,
        credited,
        quota,
        targetIncentive,
        result,
        adjustments: 0,
        nextDealPays: compiled.whatIf === null ? null : nextDealPays(terms, input, compiled.whatIf),
        current: part.start <= compiled.today && compiled.today < part.end,
        terms,
        status: result.status,
      });
    }
  }
  attachAdjustments(compiled, parsed.adjustments, rows);
  return rows.sort(
    (a, b) =>
      compareKeys([a.rep.name, a.rep.id], [b.rep.name, b.rep.id]) ||
      a.part.start - b.part.start ||
      compareKeys([a.plan?.name ?? null], [b.plan?.name ?? null])
  );
}

/**
 * Each adjustment counts in the part of a period that holds its date. A rep's adjustments dated in the
 * range outside any plan (no assignment then) make a row of their own, without a plan.
 */
function attachAdjustments(compiled: CompiledCommission, adjustments: Adjustment[], rows: PayoutRow[]): void {
  const withoutPlan = new Map<string, PayoutRow>();
  for (const adjustment of adjustments) {
    const row = rows.find(
      (candidate) =>
        candidate.rep.id === adjustment.rep.id &&
        candidate.part.start <= adjustment.day &&
        adjustment.day < candidate.part.end
    );
    if (row) {
      row.adjustments += adjustment.amount;
      continue;
    }
    if (compiled.planFiltered || adjustment.day < compiled.range.from || adjustment.day >= compiled.range.to) {
      continue;
    }
    let own: PayoutRow | undefined = withoutPlan.get(adjustment.rep.id);
    if (own === undefined) {
      own = {
        rep: adjustment.rep,
        plan: null,
        period: null,
        part: { start: compiled.range.from, end: compiled.range.to },
        credited: 0,
        quota: null,
        targetIncentive: null,
        result: null,
        adjustments: 0,
        nextDealPays: null,
        current: compiled.range.from <= compiled.today && compiled.today < compiled.range.to,
        terms: null,
        status: 'no_plan',
      };
      withoutPlan.set(adjustment.rep.id, own);
      rows.push(own);
    }
    own.adjustments += adjustment.amount;
  }
}

const payoutOf = (row: PayoutRow) => (row.result?.earned ?? 0) + row.adjustments;

export const COMMISSION_STATUSES: Array<{ id: PayoutRow['status']; label: string; color: string }> = [
  { id: 'tiered', label: 'On plan', color: 'text' },
  { id: 'below_gate', label: 'Below gate', color: 'orange' },
  { id: 'capped', label: 'Capped', color: 'blue' },
  { id: 'no_quota', label: 'No quota', color: 'red' },
  { id: 'no_plan', label: 'No plan', color: 'red' },
];

function statusConfig(): FrameFieldConfig {
  return {
    displayNameFromDS: 'Status',
    mappings: [
      {
        type: 'value',
        options: Object.fromEntries(
          COMMISSION_STATUSES.map((status, index) => [status.id, { text: status.label, color: status.color, index }])
        ),
      },
    ],
  };
}

interface Column {
  field: FrameField;
  values: unknown[];
}

function money(name: string, label: string, display: DisplayOptions, values: unknown[]): Column {
  return { field: { name, type: 'number', config: { displayNameFromDS: label, unit: display.currencyUnit } }, values };
}

function percent(name: string, label: string, values: unknown[]): Column {
  return { field: { name, type: 'number', config: { displayNameFromDS: label, unit: 'percentunit', decimals: 1 } }, values };
}

function textColumn(name: string, label: string, values: unknown[]): Column {
  return { field: { name, type: 'string', config: { displayNameFromDS: label } }, values };
}

/** The group key columns: each dimension's value (a rep's name with the rep id, a plan's name with its id). */
function keyColumns(groupBy: DimensionId[], keysOf: (row: number) => Record<string, string | null>, count: number): Column[] {
  return groupBy.flatMap((dimension) => {
    const value: Column = {
      field: { name: dimension, type: 'string', config: dimensionFieldConfig(dimension) },
      values: Array.from({ length: count }, (_, row) => keysOf(row)[dimension]),
    };
    if (dimension === 'rep' || dimension === 'plan') {
      const id = `${dimension}_id`;
      return [
        value,
        textColumn(id, dimension === 'rep' ? 'Rep ID' : 'Plan ID', Array.from({ length: count }, (_, row) => keysOf(row)[id])),
      ];
    }
    return [value];
  });
}

function rowKeys(row: PayoutRow): Record<string, string | null> {
  return {
    rep: row.rep.name,
    rep_id: row.rep.id,
    team: row.rep.team,
    manager: row.rep.manager,
    region: row.rep.region,
    plan: row.plan?.name ?? null,
    plan_id: row.plan?.id ?? null,
  };
}

/** Per rep and period (or part of one): every figure of the catalog. */
function detailColumns(compiled: CompiledCommission, rows: PayoutRow[], display: DisplayOptions): Column[] {
  const of = <T>(pick: (row: PayoutRow) => T) => rows.map(pick);
  const plan: DimensionId[] = compiled.groupBy.includes('plan') ? [] : ['plan'];
  const keys = keyColumns([...compiled.groupBy, ...plan], (row) => rowKeys(rows[row]), rows.length);
  const date = (day: number) => isoDateOfDayNumber(day);
  return [
    ...keys,
    textColumn('period', 'Period', of((row) => (row.period ? periodLabel(row.period, compiled.fiscalStart) : null))),
    textColumn('period_start', 'Period start', of((row) => (row.period ? date(row.period.start) : date(row.part.start)))),
    textColumn('period_end', 'Period end', of((row) => (row.period ? date(row.period.end - 1) : date(row.part.end - 1)))),
    textColumn('plan_start', 'On this plan from', of((row) => date(row.part.start))),
    textColumn('plan_end', 'On this plan until', of((row) => date(row.part.end - 1))),
    money('credited', 'Credited', display, of((row) => row.credited)),
    money('quota', 'Quota', display, of((row) => row.quota)),
    percent('attainment', 'Attainment', of((row) => row.result?.attainment ?? null)),
    {
      field: { name: 'tier', type: 'number', config: { displayNameFromDS: 'Tier', unit: 'none', decimals: 0 } },
      values: of((row) => row.result?.tier ?? null),
    },
    percent('tier_rate', 'Tier rate', of((row) => row.result?.tierRate ?? null)),
    money('earned', 'Commission earned', display, of((row) => row.result?.earned ?? null)),
    money('adjustments', 'Adjustments', display, of((row) => row.adjustments)),
    money('payout', 'Payout', display, of(payoutOf)),
    percent('effective_rate', 'Effective rate', of((row) => row.result?.effectiveRate ?? null)),
    money('to_next_tier', 'To next tier', display, of((row) => row.result?.toNextTier ?? null)),
    ...(compiled.whatIf === null
      ? []
      : [money('next_deal_pays', 'Next deal pays', display, of((row) => row.nextDealPays))]),
    money('target_incentive', 'Target incentive', display, of((row) => row.targetIncentive)),
    { field: { name: 'status', type: 'string', config: statusConfig() }, values: of((row) => row.status) },
    { field: { name: 'current', type: 'boolean', config: { displayNameFromDS: 'Current' } }, values: of((row) => row.current) },
  ];
}

/** Per team, manager, region or plan: payouts summed, against the budget (Σ target incentive). */
function groupColumns(compiled: CompiledCommission, rows: PayoutRow[], display: DisplayOptions): Column[] {
  const groups = new Map<string, { keys: Record<string, string | null>; rows: PayoutRow[] }>();
  for (const row of rows) {
    const keys = rowKeys(row);
    const id = JSON.stringify(compiled.groupBy.map((dimension) => keys[dimension]));
    const group = groups.get(id) ?? { keys, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  const ordered = [...groups.values()].sort((a, b) =>
    compareKeys(
      compiled.groupBy.map((dimension) => a.keys[dimension]),
      compiled.groupBy.map((dimension) => b.keys[dimension])
    )
  );
  const total = (list: PayoutRow[], pick: (row: PayoutRow) => number | null) => {
    const values = list.map(pick).filter((value): value is number => value !== null);
    return values.length ? values.reduce((sum, value) => sum + value, 0) : null;
  };
  const of = (pick: (list: PayoutRow[]) => unknown) => ordered.map((group) => pick(group.rows));
  const withQuota = (list: PayoutRow[]) => list.filter((row) => row.quota !== null);
  return [
    ...keyColumns(compiled.groupBy, (index) => ordered[index].keys, ordered.length),
    money('credited', 'Credited', display, of((list) => total(list, (row) => row.credited))),
    money('quota', 'Quota', display, of((list) => total(list, (row) => row.quota))),
    percent(
      'attainment',
      'Attainment',
      of((list) => ratio(total(withQuota(list), (row) => row.credited), total(withQuota(list), (row) => row.quota)))
    ),
    money('earned', 'Commission earned', display, of((list) => total(list, (row) => row.result?.earned ?? null))),
    money('adjustments', 'Adjustments', display, of((list) => total(list, (row) => row.adjustments))),
    money('payout', 'Payout', display, of((list) => total(list, payoutOf))),
    money('target_incentive', 'Budget (target incentive)', display, of((list) => total(list, (row) => row.targetIncentive))),
    percent(
      'budget_used',
      'Payout of budget',
      of((list) => ratio(total(list, payoutOf), total(list, (row) => row.targetIncentive)))
    ),
    {
      field: { name: 'reps', type: 'number', config: { displayNameFromDS: 'Reps', unit: 'none', decimals: 0 } },
      values: of((list) => new Set(list.map((row) => row.rep.id)).size),
    },
  ];
}

function plansMeta(rows: PayoutRow[]): Record<string, Array<Record<string, unknown>>> {
  const plans: Record<string, Array<Record<string, unknown>>> = {};
  for (const row of rows.filter((candidate) => candidate.plan !== null)) {
    const list = (plans[row.rep.id] ??= []);
    if (!list.some((entry) => entry.plan_id === row.plan!.id && entry.from === isoDateOfDayNumber(row.part.start))) {
      list.push({
        plan_id: row.plan!.id,
        plan: row.plan!.name,
        calc: row.plan!.calc,
        period: row.plan!.unit,
        measure: row.plan!.measure,
        from: isoDateOfDayNumber(row.part.start),
        to: isoDateOfDayNumber(row.part.end - 1),
      });
    }
  }
  return plans;
}

function noQuotaNotice(problems: Problems): string | undefined {
  const list = problems.withoutQuota;
  if (list.length === 0) {
    return undefined;
  }
  const shown = list.slice(0, 5).map((entry) => `${entry.rep} in ${entry.period} (${entry.plan})`);
  const more = list.length > shown.length ? ` and ${list.length - shown.length} more` : '';
  return `No ${list[0].measure} quota (a rep-level target) for ${shown.join(', ')}${more}: attainment and tiered commission are empty, the payout is the adjustments only.`;
}

/** The frames: payouts; with curve, one payout curve per rep (its current part of a period); with adjustments, the list. */
export function commissionFrames(
  compiled: CompiledCommission,
  result: DataFrameJSON,
  display: DisplayOptions,
  refId?: string
): DataFrameJSON[] {
  const parsed = parse(result);
  const problems: Problems = { notices: [], withoutQuota: [] };
  const rows = payoutRows(compiled, parsed, problems);
  const columns = compiled.groupBy.includes('rep')
    ? detailColumns(compiled, rows, display)
    : groupColumns(compiled, rows, display);
  const notices = [noQuotaNotice(problems), ...problems.notices].filter((text): text is string => text !== undefined);
  const meta: FrameMeta = {
    custom: {
      kind: 'commission',
      frame: 'payouts',
      period: compiled.periodMode,
      ...(compiled.whatIf === null ? {} : { whatIf: compiled.whatIf }),
      plans: plansMeta(rows),
      withoutQuota: problems.withoutQuota,
    },
    ...(notices.length ? { notices: notices.map((text) => ({ severity: 'info' as const, text })) } : {}),
  };
  const frames: DataFrameJSON[] = [
    {
      schema: { refId, name: 'payouts', meta, fields: columns.map((column) => column.field) },
      data: { values: columns.map((column) => column.values) },
    },
  ];
  if (compiled.curve) {
    frames.push(...curveFrames(rows, display, refId));
  }
  if (compiled.adjustments) {
    frames.push(adjustmentsFrame(compiled, parsed.adjustments, rows, display, refId));
  }
  return frames;
}

/** Each rep's plan from 0 % to 250 % attainment (further when the rep is past it), with the rep's point on it. */
function curveFrames(rows: PayoutRow[], display: DisplayOptions, refId?: string): DataFrameJSON[] {
  const seen = new Set<string>();
  return rows
    .filter((row) => row.current && row.terms !== null && row.quota !== null && row.quota > 0)
    .filter((row) => !seen.has(row.rep.id) && seen.add(row.rep.id) !== undefined)
    .map((row) => {
      const attainment = row.result!.attainment!;
      const max = Math.max(CURVE_MAX_ATTAINMENT, Math.ceil(attainment * 4) / 4);
      const points = payoutCurve(row.terms!, row.quota!, row.targetIncentive, max);
      if (!points.some((point) => point.attainment === attainment)) {
        points.push({ attainment, earned: row.result!.earned! });
        points.sort((a, b) => a.attainment - b.attainment);
      }
      const name = row.rep.name ?? row.rep.id;
      return {
        schema: {
          refId,
          name: `${name} · ${row.plan!.name ?? row.plan!.id}`,
          meta: {
            custom: {
              kind: 'commission',
              frame: 'curve',
              rep: row.rep.name,
              rep_id: row.rep.id,
              plan: row.plan!.name,
              plan_id: row.plan!.id,
              quota: row.quota,
              target_incentive: row.targetIncentive,
              attainment,
              earned: row.result!.earned,
            },
          },
          fields: [
            { name: 'attainment', type: 'number', config: { displayNameFromDS: 'Attainment', unit: 'percentunit', decimals: 0 } },
            {
              name: 'curve_earned',
              type: 'number',
              config: { displayNameFromDS: 'Commission at this attainment', unit: display.currencyUnit },
            },
            {
              name: 'current_earned',
              type: 'number',
              config: { displayNameFromDS: `${name} now`, unit: display.currencyUnit },
            },
          ],
        },
        data: {
          values: [
            points.map((point) => point.attainment),
            points.map((point) => point.earned),
            points.map((point) => (point.attainment === attainment ? row.result!.earned : null)),
          ],
        },
      } satisfies DataFrameJSON;
    });
}

const ADJUSTMENT_LABELS: Record<string, string> = {
  spif: 'SPIF',
  bonus: 'Bonus',
  clawback: 'Clawback',
  draw: 'Draw',
  manual: 'Manual',
};

/** The adjustments of the periods shown, one per row, newest first. */
function adjustmentsFrame(
  compiled: CompiledCommission,
  adjustments: Adjustment[],
  rows: PayoutRow[],
  display: DisplayOptions,
  refId?: string
): DataFrameJSON {
  const listed = adjustments
    .map((adjustment) => ({
      adjustment,
      row: rows.find(
        (candidate) =>
          candidate.rep.id === adjustment.rep.id &&
          candidate.part.start <= adjustment.day &&
          adjustment.day < candidate.part.end
      ),
    }))
    .filter(({ row }) => row !== undefined)
    .sort(
      (a, b) =>
        b.adjustment.day - a.adjustment.day ||
        compareKeys([a.adjustment.rep.name, a.adjustment.id], [b.adjustment.rep.name, b.adjustment.id])
    );
  const of = <T>(pick: (entry: (typeof listed)[number]) => T) => listed.map(pick);
  const columns: Column[] = [
    textColumn('date', 'Date', of(({ adjustment }) => isoDateOfDayNumber(adjustment.day))),
    {
      field: { name: 'rep', type: 'string', config: dimensionFieldConfig('rep') },
      values: of(({ adjustment }) => adjustment.rep.name),
    },
    textColumn('rep_id', 'Rep ID', of(({ adjustment }) => adjustment.rep.id)),
    {
      field: {
        name: 'adjustment',
        type: 'string',
        config: {
          displayNameFromDS: 'Adjustment',
          mappings: [
            {
              type: 'value',
              options: Object.fromEntries(
                Object.entries(ADJUSTMENT_LABELS).map(([id, text], index) => [id, { text, index }])
              ),
            },
          ],
        },
      },
      values: of(({ adjustment }) => adjustment.kind),
    },
    money('amount', 'Amount', display, of(({ adjustment }) => adjustment.amount)),
    textColumn('note', 'Note', of(({ adjustment }) => adjustment.note)),
    {
      field: { name: 'plan', type: 'string', config: dimensionFieldConfig('plan') },
      values: of(({ row }) => row!.plan?.name ?? null),
    },
    textColumn('period', 'Period', of(({ row }) => (row!.period ? periodLabel(row!.period, compiled.fiscalStart) : null))),
  ];
  return {
    schema: {
      refId,
      name: 'adjustments',
      meta: { custom: { kind: 'commission', frame: 'adjustments' } },
      fields: columns.map((column) => column.field),
    },
    data: { values: columns.map((column) => column.values) },
  };
}
