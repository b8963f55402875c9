import { planPeriods, PLAN_PERIODS, type PlanPeriod, type PlanPeriodUnit } from '../analytics/commissionPeriods';
import { formulaOf, getMetric } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { dayNumber, isoDateOfDayNumber, localDate, startOfDate } from '../catalog/time';
import { phrase, salesError } from '../errors';
import type { CommissionPeriodMode, CommissionQuery, DimensionId, Filter } from '../types';
import { COMP_MEASURES } from '../warehouse/contract';
import {
  both,
  checkFilters,
  checkGroupBy,
  type CompileContext,
  type DimensionScope,
  exprContext,
  filterCondition,
  settingOf,
  type Setting,
  sourceFor,
  unique,
  windowCondition,
} from './common';
import type { SqlDialect } from './dialect';
import { FACTS, type FactDef } from './facts';
import { Source } from './source';
import { windowOf } from './windows';

/**
 * The commission kind in one statement (docs/frames.md, commission). The plan tables
 * are small, so their rows travel as they are: each assignment with its plan and rep, the plans'
 * tiers, the rep-level targets of the plans' measures and the adjustments, over the plan periods the
 * range touches. The credited amount is aggregated in SQL per rep, assignment and plan period: the
 * measure's daily totals per rep joined to the rep's assignments by rep and counted where the day
 * lies inside the assignment, the plan's dates and the period. frames/commissionFrame.ts splits the
 * periods by assignment and computes the tiers (analytics/commission.ts).
 */

export const COMMISSION_PERIOD_MODES: CommissionPeriodMode[] = ['plan', 'range'];
export const COMMISSION_DIMENSIONS: DimensionId[] = ['rep', 'team', 'manager', 'region', 'plan'];
export type CommissionMeasure = (typeof COMP_MEASURES)[number];

/** The columns of the union, each branch filling its own (others NULL); row_kind says which branch a row is from. */
const TEXT_COLUMNS = [
  'row_kind',
  'rep_id',
  'rep_name',
  'team',
  'manager',
  'region',
  'plan_id',
  'plan_name',
  'measure',
  'plan_period',
  'calc',
  'adjustment_id',
  'adjustment_kind',
  'note',
] as const;
/** Dates travel as day numbers. `amount` is a branch's money: target incentive, target, credited or adjustment. */
const NUMBER_COLUMNS = [
  'gate',
  'cap_multiple',
  'date_from',
  'date_to',
  'plan_from',
  'plan_to',
  'amount',
  'lower_attainment',
  'upper_attainment',
  'rate',
  'period_key',
] as const;
type UnionColumn = (typeof TEXT_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number];

export type CommissionRowKind = 'assignment' | 'tier' | 'target' | 'credit' | 'adjustment';

export interface CompiledCommission {
  sql: string;
  tables: TableId[];
  groupBy: DimensionId[];
  /** a plan filter is set: adjustments outside the chosen plans are left out */
  planFiltered: boolean;
  periodMode: CommissionPeriodMode;
  whatIf: number | null;
  curve: boolean;
  adjustments: boolean;
  /** the range as days [from, to) in the query's zone */
  range: { from: number; to: number };
  /** the plan periods the range touches, per unit */
  periods: Record<PlanPeriodUnit, PlanPeriod[]>;
  /** the day "now" falls on (or the range's last day when it is over): the current part of a period holds it */
  today: number;
  fiscalStart: number;
  /** the measures whose credited amounts and quotas the warehouse has (collections needs payments and invoices) */
  measures: CommissionMeasure[];
  /** false when the warehouse has no targets table: no rep has a quota */
  quotas: boolean;
}

const repDimensions = (alias: string, repId: string): FactDef['dimensions'] => ({
  rep: { value: ['r', 'rep_name'], id: [alias, repId] },
  team: { value: ['r', 'team'] },
  manager: { value: ['r', 'manager'] },
  region: { value: ['r', 'region'] },
});
const repJoin = (alias: string) => ({
  alias: 'r',
  table: 'reps' as TableId,
  from: [alias, 'rep_id'] as const,
  key: 'rep_id',
});

/** comp_assignments with the rep and the plan (the id of a FactDef only names it in messages). */
const ASSIGNMENTS: FactDef = {
  id: 'opportunities',
  table: 'comp_assignments',
  alias: 'ca',
  joins: [repJoin('ca'), { alias: 'pl', table: 'comp_plans', from: ['ca', 'plan_id'], key: 'plan_id' }],
  dimensions: { ...repDimensions('ca', 'rep_id'), plan: { value: ['pl', 'plan_name'], id: ['ca', 'plan_id'] } },
};

const ADJUSTMENTS: FactDef = {
  id: 'opportunities',
  table: 'comp_adjustments',
  alias: 'aj',
  joins: [repJoin('aj')],
  dimensions: repDimensions('aj', 'rep_id'),
};

const TIERS: FactDef = { id: 'opportunities', table: 'comp_plan_tiers', alias: 'ct', joins: [], dimensions: {} };

const REP_TARGETS: FactDef = {
  id: 'opportunities',
  table: 'targets',
  alias: 't',
  joins: [repJoin('t')],
  dimensions: repDimensions('t', 'rep_id'),
};

/** The plans' values: comp_plans, filtered by the rep's organisation through the assignments. */
export const PLAN_VALUES: FactDef = ASSIGNMENTS;

function checkPeriodMode(value: unknown): CommissionPeriodMode {
  const mode = value ?? 'plan';
  if (!COMMISSION_PERIOD_MODES.includes(mode as CommissionPeriodMode)) {
    throw salesError('commission.period-unknown', { period: String(value) });
  }
  return mode as CommissionPeriodMode;
}

/** whatIf: a deal amount (a finite number; text of one, as a dashboard variable gives it). */
export function checkWhatIf(value: unknown): number | null {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const number = typeof value === 'string' ? Number(value.trim().replace(/,/g, '')) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw salesError('commission.what-if', { value: JSON.stringify(value) }, 'invalid_value');
  }
  return number;
}

function checkSwitch(value: unknown, name: string): boolean {
  if (value === undefined || value === null || value === false) {
    return false;
  }
  if (value !== true) {
    throw salesError('query.switch-not-boolean', { name, value: JSON.stringify(value) });
  }
  return true;
}

const present = (setting: Setting, ...tables: TableId[]) =>
  !setting.d.profile || tables.every((table) => setting.d.profile!.tables[table] !== undefined);

/** Commissions are grouped and filtered by the rep's organisation and plan. */
export const COMMISSION_SCOPE: DimensionScope = {
  name: phrase('scope.commissions', {}),
  dimensions: COMMISSION_DIMENSIONS,
};

/** The checks of a commission query that need neither its range nor the warehouse (the editor's validation). */
export function checkCommissionQuery(query: CommissionQuery) {
  const scope = [COMMISSION_SCOPE];
  const groupBy =
    query.groupBy === undefined || query.groupBy.length === 0
      ? ['rep' as DimensionId]
      : checkGroupBy(query.groupBy, scope);
  const filters = checkFilters(query.filters, scope);
  const periodMode = checkPeriodMode(query.period);
  const whatIf = checkWhatIf(query.whatIf);
  const curve = checkSwitch(query.curve, 'curve');
  const adjustments = checkSwitch(query.adjustments, 'adjustments');
  if (curve && (groupBy.length !== 1 || groupBy[0] !== 'rep')) {
    throw salesError('commission.curve-per-rep', {});
  }
  return { groupBy, filters, periodMode, whatIf, curve, adjustments };
}

export function compileCommission(query: CommissionQuery, context: CompileContext): CompiledCommission {
  const { groupBy, filters, periodMode, whatIf, curve, adjustments } = checkCommissionQuery(query);
  const setting = settingOf(context, [context.range]);
  const { d } = setting;
  const [window] = setting.windows;
  const range = { from: dayNumber(window.fromDate), to: dayNumber(window.toDate) };
  const periods = Object.fromEntries(
    PLAN_PERIODS.map((unit) => [unit, planPeriods(unit, range.from, range.to, setting.fiscalStart)])
  ) as Record<PlanPeriodUnit, PlanPeriod[]>;
  // every row any period or part needs lies in the widest span: the fiscal years the range touches
  const span =
    periodMode === 'range' ? range : { from: periods.year[0].start, to: periods.year[periods.year.length - 1].end };
  const measures = COMP_MEASURES.filter((measure) =>
    present(setting, ...(measure === 'collections' ? (['payments', 'invoices'] as TableId[]) : []))
  );
  const quotas = present(setting, 'targets');
  const build = new Builder(setting, span, filters);

  const branches = [
    build.assignments(),
    build.tiers(),
    ...(quotas ? [build.targets(measures)] : []),
    ...(present(setting, 'comp_adjustments') ? [build.adjustments()] : []),
    ...measures.map((measure) => build.credited(measure, periodMode === 'range' ? { range } : { periods })),
  ];
  const nowDay = dayNumber(localDate(Math.min(context.currentTime, context.range.to - 1), setting.timeZone));
  return {
    sql: branches.map((branch) => branch.sql).join(' UNION ALL ') + d.statementSuffix,
    tables: unique(branches.flatMap((branch) => branch.tables)),
    groupBy,
    planFiltered: filters.some((filter) => filter.dimension === 'plan'),
    periodMode,
    whatIf,
    curve,
    adjustments,
    range,
    periods,
    today: Math.max(range.from, Math.min(nowDay, range.to - 1)),
    fiscalStart: setting.fiscalStart,
    measures,
    quotas,
  };
}

interface UnionBranch {
  sql: string;
  tables: TableId[];
}

/** The branches of the union over one span of days, with the query's filters. */
class Builder {
  constructor(
    private readonly setting: Setting,
    private readonly span: { from: number; to: number },
    private readonly filters: Filter[]
  ) {}

  private get d(): SqlDialect {
    return this.setting.d;
  }

  private date(day: number): string {
    return this.d.date(isoDateOfDayNumber(day));
  }

  /** Every column of the union in order: the branch's values, typed NULLs elsewhere. */
  private select(values: Partial<Record<UnionColumn, string>>): string {
    const { d } = this;
    return [
      ...TEXT_COLUMNS.map((name) => `${values[name] !== undefined ? d.key(values[name]!) : d.nullText()} AS ${name}`),
      ...NUMBER_COLUMNS.map(
        (name) => `${values[name] !== undefined ? d.toDouble(values[name]!) : d.nullDouble()} AS ${name}`
      ),
    ].join(', ');
  }

  /** The query's filters on the dimensions this source has (a plan filter applies to assignments only). */
  private filtered(src: Source): string {
    return filterCondition(
      this.filters.filter((filter) => src.fact.dimensions[filter.dimension] !== undefined),
      src,
      this.d
    );
  }

  private dayOf(src: Source, alias: string, column: string): string {
    return this.d.dateDayNumber(src.col(alias, column));
  }

  /** Rows dated from an inclusive start to an inclusive (or open) end that overlap the span. */
  private overlapsSpan(src: Source, alias: string, start: string, end: string): string {
    const last = src.col(alias, end);
    return `${src.col(alias, start)} < ${this.date(this.span.to)} AND (${last} IS NULL OR ${last} >= ${this.date(this.span.from)})`;
  }

  private kind(kind: CommissionRowKind): string {
    return this.d.string(kind);
  }

  assignments(): UnionBranch {
    const src = new Source(this.d, this.setting.location, ASSIGNMENTS);
    const values = this.select({
      row_kind: this.kind('assignment'),
      rep_id: src.col('ca', 'rep_id'),
      rep_name: src.col('r', 'rep_name'),
      team: src.col('r', 'team'),
      manager: src.col('r', 'manager'),
      region: src.col('r', 'region'),
      plan_id: src.col('ca', 'plan_id'),
      plan_name: src.col('pl', 'plan_name'),
      measure: src.col('pl', 'measure'),
      plan_period: src.col('pl', 'period'),
      calc: src.col('pl', 'calc'),
      gate: src.col('pl', 'gate'),
      cap_multiple: src.col('pl', 'cap_multiple'),
      date_from: this.dayOf(src, 'ca', 'effective_from'),
      date_to: this.dayOf(src, 'ca', 'effective_to'),
      plan_from: this.dayOf(src, 'pl', 'effective_from'),
      plan_to: this.dayOf(src, 'pl', 'effective_to'),
      amount: src.col('ca', 'target_incentive'),
    });
    const where = both(this.overlapsSpan(src, 'ca', 'effective_from', 'effective_to'), this.filtered(src));
    return { sql: `SELECT ${values} FROM ${src.render()} WHERE ${where}`, tables: src.tables() };
  }

  tiers(): UnionBranch {
    const src = new Source(this.d, this.setting.location, TIERS);
    const values = this.select({
      row_kind: this.kind('tier'),
      plan_id: src.col('ct', 'plan_id'),
      lower_attainment: src.col('ct', 'lower_attainment'),
      upper_attainment: src.col('ct', 'upper_attainment'),
      rate: src.col('ct', 'rate'),
    });
    return { sql: `SELECT ${values} FROM ${src.render()}`, tables: src.tables() };
  }

  /** Rep-level targets (no product) of the plans' measures: the quotas, prorated by frames/commissionFrame. */
  targets(measures: CommissionMeasure[]): UnionBranch {
    const { d } = this;
    const src = new Source(d, this.setting.location, REP_TARGETS);
    const values = this.select({
      row_kind: this.kind('target'),
      rep_id: src.col('t', 'rep_id'),
      measure: src.col('t', 'metric'),
      date_from: this.dayOf(src, 't', 'period_start'),
      date_to: this.dayOf(src, 't', 'period_end'),
      amount: src.col('t', 'amount'),
    });
    const where = both(
      `${src.col('t', 'rep_id')} IS NOT NULL AND ${src.col('t', 'product_id')} IS NULL`,
      d.textIn(src.col('t', 'metric'), measures),
      this.overlapsSpan(src, 't', 'period_start', 'period_end'),
      this.filtered(src)
    );
    return { sql: `SELECT ${values} FROM ${src.render()} WHERE ${where}`, tables: src.tables() };
  }

  adjustments(): UnionBranch {
    const src = new Source(this.d, this.setting.location, ADJUSTMENTS);
    const values = this.select({
      row_kind: this.kind('adjustment'),
      adjustment_id: src.col('aj', 'adjustment_id'),
      rep_id: src.col('aj', 'rep_id'),
      rep_name: src.col('r', 'rep_name'),
      team: src.col('r', 'team'),
      manager: src.col('r', 'manager'),
      region: src.col('r', 'region'),
      date_from: this.dayOf(src, 'aj', 'period_start'),
      adjustment_kind: src.col('aj', 'kind'),
      amount: src.col('aj', 'amount'),
      note: src.col('aj', 'note'),
    });
    const date = src.col('aj', 'period_start');
    const where = both(
      `${date} >= ${this.date(this.span.from)} AND ${date} < ${this.date(this.span.to)}`,
      this.filtered(src)
    );
    return { sql: `SELECT ${values} FROM ${src.render()} WHERE ${where}`, tables: src.tables() };
  }

  /**
   * The measure credited per rep, assignment and plan period: the measure's totals per rep and day
   * (aggregated where the facts are, on every shard of a cluster) joined by rep to the assignments of
   * plans on that measure, summed where the day lies inside the assignment, the plan's dates and a
   * period the query pays (or the range).
   */
  credited(
    measure: CommissionMeasure,
    paid: { periods: Record<PlanPeriodUnit, PlanPeriod[]> } | { range: { from: number; to: number } }
  ): UnionBranch {
    const { d, setting } = this;
    const nested = d.joinStyle === 'nested';
    const component = formulaOf(getMetric(measure)).components[0];
    const fact = FACTS[component.fact];
    const spanWindow = windowOf(0, this.spanRange(), setting.currentTime, setting.timeZone);

    const facts = sourceFor(setting, component.fact);
    const x = exprContext(setting, facts, spanWindow);
    if (component.anchor.kind !== 'date') {
      throw new Error(`internal: ${measure} is not dated by a DATE column`);
    }
    const day = facts.col(facts.fact.alias, component.anchor.column);
    // MySQL compares the keys in one exact collation; ClickHouse joins the plain columns (USING needs them so)
    const joinKey = (expr: string) => (nested ? expr : d.key(expr));
    const repId = joinKey(facts.col(fact.dimensions.rep!.id!));
    // conditions first: they name the joins the FROM clause must render
    const dailyWhere = both(
      windowCondition(component.anchor, spanWindow, facts, d),
      component.when?.(x) ?? '',
      this.filtered(facts)
    );
    const daily =
      `SELECT ${repId} AS k_rep, ${d.dateDayNumber(day)} AS k_day, ${d.dateMonthKey(day)} AS k_month,` +
      ` SUM(${component.value!(x)}) AS k_amount FROM ${facts.render()} WHERE ${dailyWhere}` +
      ' GROUP BY k_rep, k_day, k_month';

    const plans = new Source(d, setting.location, ASSIGNMENTS);
    const rightKey = nested ? 'k_rep' : 'a_rep';
    const assignedWhere = both(
      `${plans.col('pl', 'measure')} = ${d.string(measure)}`,
      this.overlapsSpan(plans, 'ca', 'effective_from', 'effective_to'),
      this.filtered(plans)
    );
    const assigned =
      `SELECT ${joinKey(plans.col('ca', 'rep_id'))} AS ${rightKey}, ${plans.col('ca', 'plan_id')} AS a_plan,` +
      ` ${this.dayOf(plans, 'ca', 'effective_from')} AS a_from, ${this.dayOf(plans, 'ca', 'effective_to')} AS a_to,` +
      ` ${plans.col('pl', 'period')} AS a_period, ${this.dayOf(plans, 'pl', 'effective_from')} AS a_plan_from,` +
      ` ${this.dayOf(plans, 'pl', 'effective_to')} AS a_plan_to FROM ${plans.render()} WHERE ${assignedWhere}`;

    const fiscal = setting.fiscalStart - 1;
    const periodKey =
      `CASE WHEN a_period = ${d.string('month')} THEN ${d.toDouble('k_month')}` +
      ` WHEN a_period = ${d.string('quarter')} THEN ${d.toDouble(d.floorDiv(`k_month - ${fiscal}`, 3))}` +
      ` ELSE ${d.toDouble(d.floorDiv(`k_month - ${fiscal}`, 12))} END`;
    const inside = (start: number, end: number) => `k_day >= ${start} AND k_day < ${end}`;
    const inPeriod =
      'range' in paid
        ? inside(paid.range.from, paid.range.to)
        : PLAN_PERIODS.map((unit) => {
            const list = paid.periods[unit];
            return `(a_period = ${d.string(unit)} AND ${inside(list[0].start, list[list.length - 1].end)})`;
          }).join(' OR ');
    const where = both(
      'k_day >= a_from AND (a_to IS NULL OR k_day <= a_to)',
      'k_day >= a_plan_from AND (a_plan_to IS NULL OR k_day <= a_plan_to)',
      inPeriod
    );
    const joined = nested
      ? `(${daily}) ALL INNER JOIN (${assigned}) USING (k_rep)`
      : `(${daily}) AS cl INNER JOIN (${assigned}) AS ar ON ${d.keysEqual('cl.k_rep', 'ar.a_rep')}`;
    const rep = nested ? 'k_rep' : 'cl.k_rep';
    const grouped =
      `SELECT ${rep} AS g_rep, a_plan AS g_plan, a_from AS g_from, ${periodKey} AS g_key, SUM(k_amount) AS g_amount` +
      ` FROM ${joined} WHERE ${where} GROUP BY ${rep}, a_plan, a_from, g_key`;
    const values = this.select({
      row_kind: this.kind('credit'),
      rep_id: 'g.g_rep',
      plan_id: 'g.g_plan',
      measure: d.string(measure),
      date_from: 'g.g_from',
      period_key: 'g.g_key',
      amount: 'g.g_amount',
    });
    return {
      sql: `SELECT ${values} FROM (${grouped}) AS g`,
      tables: unique([...facts.tables(), ...plans.tables()]),
    };
  }

  /** The span as instants: local midnights of its first day and of the day after its last. */
  private spanRange(): { from: number; to: number } {
    const midnight = (day: number) => startOfDate(isoDateOfDayNumber(day), this.setting.timeZone);
    return { from: midnight(this.span.from), to: midnight(this.span.to) };
  }
}
