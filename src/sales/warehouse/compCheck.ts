import { tierProblems, type CommissionTier } from '../analytics/commission';
import type { TableId, WarehouseLocation } from '../catalog/tables';
import { isoDateOfDayNumber } from '../catalog/time';
import { readColumn } from '../sql/columns';
import type { SqlDialect } from '../sql/dialect';
import type { Executor } from '../types';
import { type Phrase, phrase } from '../errors';
import type { CheckIssue } from './check';
import { frameRows } from './introspect';
import { listed, said } from './issueText';

/**
 * The commission plan tables' own rules (docs/frames.md, commission), beyond what the
 * contract's column checks see: each plan's tiers cover attainment from 0 up without overlapping,
 * each plan has tiers, a rep is on one plan at a time, clawbacks take money back. All are warnings:
 * commissions are computed anyway, from what the tables say.
 */

export type CompIssueCode =
  'tier_overlap' | 'tier_gap' | 'plan_without_tiers' | 'assignment_overlap' | 'clawback_positive';

export interface CompCheckContext {
  executor: Executor;
  location: WarehouseLocation;
  /** the dialect reading the warehouse's columns as stored (the check's profile) */
  d: SqlDialect;
  /** the table's qualified name when it is present with these columns, else undefined */
  table(id: TableId, ...columns: string[]): string | undefined;
}

const percent = (value: number | null) => (value === null ? 'no limit' : `${Math.round(value * 10000) / 100} %`);

export async function checkCompensation(context: CompCheckContext): Promise<CheckIssue[]> {
  return [...(await checkTiers(context)), ...(await checkAssignments(context)), ...(await checkClawbacks(context))];
}

async function checkTiers(context: CompCheckContext): Promise<CheckIssue[]> {
  const tiers = context.table('comp_plan_tiers', 'plan_id', 'lower_attainment', 'upper_attainment', 'rate');
  if (!tiers) {
    return [];
  }
  const { d } = context;
  const q = d.quoteIdent;
  const read = (column: string) => readColumn(d, context.location, q(column), 'comp_plan_tiers', column);
  const rows = frameRows(
    await context.executor.run(
      `SELECT ${q('plan_id')} AS plan_id, ${d.toDouble(read('lower_attainment'))} AS lower_attainment,` +
        ` ${d.toDouble(read('upper_attainment'))} AS upper_attainment, ${d.toDouble(read('rate'))} AS rate FROM ${tiers}`
    )
  );
  const byPlan = new Map<string, CommissionTier[]>();
  for (const row of rows) {
    if (row.plan_id === null || row.lower_attainment === null) {
      continue;
    }
    const plan = String(row.plan_id);
    byPlan.set(plan, [
      ...(byPlan.get(plan) ?? []),
      {
        lower: Number(row.lower_attainment),
        upper: row.upper_attainment === null ? null : Number(row.upper_attainment),
        rate: Number(row.rate),
      },
    ]);
  }
  const overlaps: Phrase[] = [];
  const gaps: Phrase[] = [];
  for (const [plan, table] of [...byPlan].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const problem of tierProblems(table)) {
      const band = phrase('check.comp.band', { plan, from: percent(problem.at), until: percent(problem.until) });
      if (problem.kind === 'overlap' || problem.kind === 'empty_band') {
        overlaps.push(
          problem.kind === 'empty_band' ? phrase('check.comp.empty-band', { plan, at: percent(problem.at) }) : band
        );
      } else if (problem.kind === 'gap') {
        gaps.push(band);
      }
    }
  }
  const issues: CheckIssue[] = [];
  if (overlaps.length) {
    issues.push({
      severity: 'warning',
      code: 'tier_overlap',
      table: 'comp_plan_tiers',
      count: overlaps.length,
      ...said('check.comp.tier-overlap', { bands: listed(overlaps) }),
    });
  }
  if (gaps.length) {
    issues.push({
      severity: 'warning',
      code: 'tier_gap',
      table: 'comp_plan_tiers',
      count: gaps.length,
      ...said('check.comp.tier-gap', { bands: listed(gaps) }),
    });
  }
  const plans = context.table('comp_plans', 'plan_id');
  if (plans) {
    const without = frameRows(
      await context.executor.run(`SELECT ${q('plan_id')} AS plan_id FROM ${plans} ORDER BY ${q('plan_id')}`)
    )
      .map((row) => String(row.plan_id))
      .filter((plan) => !byPlan.has(plan));
    if (without.length) {
      issues.push({
        severity: 'warning',
        code: 'plan_without_tiers',
        table: 'comp_plans',
        count: without.length,
        ...said(without.length === 1 ? 'check.comp.plan-without-tiers.one' : 'check.comp.plan-without-tiers.other', {
          plans: listed(without, 5),
        }),
      });
    }
  }
  return issues;
}

async function checkAssignments(context: CompCheckContext): Promise<CheckIssue[]> {
  const table = context.table('comp_assignments', 'rep_id', 'plan_id', 'effective_from', 'effective_to');
  if (!table) {
    return [];
  }
  const { d } = context;
  const q = d.quoteIdent;
  const day = (column: string) =>
    d.toDouble(d.dateDayNumber(readColumn(d, context.location, q(column), 'comp_assignments', column)));
  const rows = frameRows(
    await context.executor.run(
      `SELECT ${q('rep_id')} AS rep_id, ${q('plan_id')} AS plan_id, ${day('effective_from')} AS day_from,` +
        ` ${day('effective_to')} AS day_to FROM ${table}`
    )
  )
    .filter((row) => row.rep_id !== null && row.day_from !== null)
    .map((row) => ({
      rep: String(row.rep_id),
      plan: String(row.plan_id),
      from: Number(row.day_from),
      to: row.day_to === null ? Infinity : Number(row.day_to),
    }))
    .sort((a, b) => (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : a.from - b.from));
  const overlapping = new Map<string, Phrase>();
  for (let index = 1; index < rows.length; index++) {
    const [before, after] = [rows[index - 1], rows[index]];
    if (before.rep === after.rep && after.from <= before.to && !overlapping.has(after.rep)) {
      overlapping.set(
        after.rep,
        phrase('check.comp.assignment', {
          rep: after.rep,
          before: before.plan,
          beforeFrom: isoDateOfDayNumber(before.from),
          after: after.plan,
          afterFrom: isoDateOfDayNumber(after.from),
        })
      );
    }
  }
  if (overlapping.size === 0) {
    return [];
  }
  return [
    {
      severity: 'warning',
      code: 'assignment_overlap',
      table: 'comp_assignments',
      count: overlapping.size,
      ...said(overlapping.size === 1 ? 'check.comp.assignment-overlap.one' : 'check.comp.assignment-overlap.other', {
        number: overlapping.size,
        assignments: listed([...overlapping.values()]),
      }),
    },
  ];
}

async function checkClawbacks(context: CompCheckContext): Promise<CheckIssue[]> {
  const table = context.table('comp_adjustments', 'kind', 'amount');
  if (!table) {
    return [];
  }
  const { d } = context;
  const q = d.quoteIdent;
  const amount = readColumn(d, context.location, q('amount'), 'comp_adjustments', 'amount');
  const [row] = frameRows(
    await context.executor.run(
      `SELECT COUNT(*) AS positive FROM ${table} WHERE ${d.textIn(q('kind'), ['clawback'])} AND ${amount} > 0`
    )
  );
  const count = Number(row?.positive ?? 0);
  return count > 0
    ? [
        {
          severity: 'warning',
          code: 'clawback_positive',
          table: 'comp_adjustments',
          column: 'amount',
          count,
          ...said(count === 1 ? 'check.comp.clawback-positive.one' : 'check.comp.clawback-positive.other', {
            number: count,
          }),
        },
      ]
    : [];
}
