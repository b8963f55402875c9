import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { getDialect } from '../sql/dialects';
import type { DialectCollations, SqlDialect } from '../sql/dialect';
import { inOperator } from '../sql/distributed';
import type { Dialect, Executor } from '../types';
import type { ClusterIssueCode } from './clusterCheck';
import { checkCompensation, type CompIssueCode } from './compCheck';
import { CONTRACT, ORDERED_COLUMNS, type ColumnDef, type TableDef } from './contract';
import { frameRows, readColumnDetails, schemaColumnsOf } from './introspect';
import { binaryCollations, buildProfile, DEFAULT_WAREHOUSE_TIME_ZONE, type WarehouseProfile } from './profile';
import { unavailableWithout } from './requirements';
import { type Phrase, phrase } from '../errors';
import { said } from './issueText';
import { EXPECTED_TYPE, judgeType } from './types';

/**
 * Validates a warehouse against the contract through any Executor (a Node driver or a Grafana SQL
 * data source): structure from the engine's catalog, then the data the metrics depend on.
 * Three levels: an error means queries cannot run (a required table or a column missing, a type the
 * metrics cannot use); a warning means they run with a caveat the message names (nulls, duplicate
 * keys, timestamps without time zone, collations …); a note is information.
 */

export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'introspection_failed'
  | 'missing_table'
  | 'optional_table_absent'
  | 'missing_column'
  | 'wrong_type'
  | 'type_warning'
  | 'null_values'
  | 'negative_amount'
  | 'out_of_range'
  | 'invalid_value'
  | 'duplicate_key'
  | 'unordered_dates'
  | 'open_without_close_date'
  | 'closed_without_close_date'
  | 'no_stages'
  | 'duplicate_stage_position'
  | 'won_stage_count'
  | 'won_stage_not_closed'
  | 'no_open_stage'
  | 'status_stage_mismatch'
  | 'orphan_key'
  | 'competitor_unnamed'
  | 'collation'
  | 'query_failed'
  | ClusterIssueCode
  | CompIssueCode;

export interface CheckIssue {
  severity: Severity;
  code: IssueCode;
  /** Absent for problems with the whole schema. */
  table?: TableId;
  column?: string;
  count?: number;
  /** In English (the CLI, logs). */
  message: string;
  /** The same message catalogued, for the data source to translate (absent where not catalogued yet). */
  text?: Phrase;
}

export interface TableStatus {
  table: TableId;
  /** The table's name in the warehouse (differs from `table` when the location maps it). */
  name: string;
  required: boolean;
  present: boolean;
  rows: number | null;
}

export interface CheckReport {
  dialect: Dialect;
  schema: string;
  usable: boolean;
  tables: TableStatus[];
  issues: CheckIssue[];
  /** The column types judged once, for the compiler (absent when the catalog could not be read). */
  profile?: WarehouseProfile;
}

export interface CheckOptions {
  /** Check the data as well as the structure (default true). Data checks scan every table once. */
  data?: boolean;
  /** The time zone of timestamps stored without one (default UTC). */
  timeZone?: string;
}

interface Context {
  executor: Executor;
  location: WarehouseLocation;
  sql: SqlDialect;
  schema: string;
  issues: CheckIssue[];
  /** Per present table: its name and the contract columns usable in data checks. */
  present: Map<TableId, { name: string; columns: Set<string> }>;
  rows: Map<TableId, number>;
  /** the warehouse time zone of timestamps stored without one */
  timeZone?: string;
}

export async function checkWarehouse(
  executor: Executor,
  location: WarehouseLocation,
  options: CheckOptions = {}
): Promise<CheckReport> {
  const sql = getDialect(executor.dialect);
  const resolved = CONTRACT.map((table) => ({ def: table, ...resolveTable(location, table.name) }));
  const schema = resolved[0].schema;
  const context: Context = { executor, location, sql, schema, issues: [], present: new Map(), rows: new Map() };

  let details: Awaited<ReturnType<typeof readColumnDetails>>;
  try {
    details = await readColumnDetails(executor, schema);
  } catch (error) {
    context.issues.push({
      severity: 'error',
      code: 'introspection_failed',
      ...said('check.introspection-failed', { schema, error: messageOf(error) }),
    });
    return report(context, resolved);
  }
  const catalog = schemaColumnsOf(details);
  const timeZone = options.timeZone ?? DEFAULT_WAREHOUSE_TIME_ZONE;
  const collations = await binaryCollations(executor).catch((): string[] => []);
  const profile = buildProfile(executor.dialect, location, details, timeZone, collations);
  context.timeZone = timeZone;

  for (const { def, name } of resolved) {
    const columns = catalog.get(name);
    if (!columns) {
      context.issues.push(
        def.required
          ? {
              severity: 'error',
              code: 'missing_table',
              table: def.name,
              ...said('check.required-table-missing', { table: label(def.name, name), schema, feeds: def.feeds }),
            }
          : {
              severity: 'info',
              code: 'optional_table_absent',
              table: def.name,
              ...absentMessage(def, name),
            }
      );
      continue;
    }
    context.present.set(def.name, { name, columns: checkColumns(context, def, name, columns) });
  }
  if (sql.catalog.collations) {
    checkCollations(context, profile, sql.catalog.collations);
  }

  if (options.data !== false) {
    for (const { def } of resolved) {
      if (context.present.has(def.name)) {
        await guarded(context, def.name, () => profileTable(context, def));
      }
    }
    await guarded(context, 'stages', () => checkStages(context));
    await guarded(context, 'opportunities', () => checkStatusAgainstStage(context));
    for (const { def } of resolved) {
      for (const column of def.columns.filter((c) => c.references)) {
        await guarded(context, def.name, () => checkOrphans(context, def, column));
      }
    }
    await guarded(context, 'comp_plan_tiers', async () => {
      const issues = await checkCompensation({
        executor,
        location,
        d: sql.forWarehouse(profile, { name: timeZone, offsets: [] }),
        table: (id, ...columns) => (has(context, id, ...columns) ? from(context, id) : undefined),
      });
      context.issues.push(...issues);
    });
  }
  return { ...report(context, resolved), profile };
}

function report(context: Context, resolved: Array<{ def: TableDef; name: string }>): CheckReport {
  return {
    dialect: context.executor.dialect,
    schema: context.schema,
    usable: !context.issues.some((issue) => issue.severity === 'error'),
    tables: resolved.map(({ def, name }) => ({
      table: def.name,
      name,
      required: def.required,
      present: context.present.has(def.name),
      rows: context.rows.get(def.name) ?? null,
    })),
    issues: context.issues,
  };
}

/** What an absent optional table makes unavailable, from the tables the compiler's SQL reads. */
function absentMessage(def: TableDef, name: string) {
  const unavailable = unavailableWithout(def.name);
  const table = label(def.name, name);
  return unavailable.length
    ? said('check.optional-table-absent-queries', { table, feeds: def.feeds, queries: unavailable.join(', ') })
    : said('check.optional-table-absent', { table, feeds: def.feeds });
}

function label(table: TableId, name: string): string {
  return table === name ? table : `${table} (${name})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function guarded(context: Context, table: TableId, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    context.issues.push({
      severity: 'error',
      code: 'query_failed',
      table,
      ...said('check.table-failed', { table, error: messageOf(error) }),
    });
  }
}

/** Structure: every contract column present with a usable type. Returns the columns fit for data checks. */
function checkColumns(context: Context, def: TableDef, name: string, columns: Map<string, string>): Set<string> {
  const usable = new Set<string>();
  for (const column of def.columns) {
    const nativeType = columns.get(column.name);
    const where = `${label(def.name, name)}.${column.name}`;
    if (nativeType === undefined && column.addedLater) {
      context.issues.push({
        severity: 'warning',
        code: 'missing_column',
        table: def.name,
        column: column.name,
        ...said('check.column-added-later-missing', {
          column: where,
          expected: EXPECTED_TYPE[column.type],
          needs: column.addedLater.needs,
        }),
      });
      continue;
    }
    if (nativeType === undefined) {
      context.issues.push({
        severity: 'error',
        code: 'missing_column',
        table: def.name,
        column: column.name,
        ...said('check.column-missing', { column: where, expected: EXPECTED_TYPE[column.type] }),
      });
      continue;
    }
    const verdict = judgeType(context.executor.dialect, column.type, nativeType, context.timeZone);
    if (!verdict.ok) {
      context.issues.push({
        severity: 'error',
        code: 'wrong_type',
        table: def.name,
        column: column.name,
        ...said('check.column-wrong-type', { column: where, type: nativeType, expected: verdict.expected }),
      });
      continue;
    }
    if ('warning' in verdict) {
      context.issues.push({
        severity: 'warning',
        code: 'type_warning',
        table: def.name,
        column: column.name,
        ...said('check.column-type-warning', { column: where, type: nativeType, warning: verdict.warning }),
      });
    }
    usable.add(column.name);
  }
  return usable;
}

function from(context: Context, table: TableId): string {
  const { name } = context.present.get(table)!;
  return `${context.sql.quoteIdent(context.schema)}.${context.sql.quoteIdent(name)}`;
}

function has(context: Context, table: TableId, ...columns: string[]): boolean {
  const present = context.present.get(table);
  return present !== undefined && columns.every((column) => present.columns.has(column));
}

interface Probe {
  sql: string;
  issue: (count: number, example: unknown) => Omit<CheckIssue, 'table' | 'count'> | undefined;
  /** An expression whose minimum is shown as an example of the offending values. */
  example?: string;
}

const countWhere = (condition: string) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** One scan per table: row count, nulls, negative amounts, ranges, allowed values, duplicate keys, date order. */
async function profileTable(context: Context, def: TableDef): Promise<void> {
  const { sql } = context;
  const q = sql.quoteIdent;
  const usable = (column: string) => has(context, def.name, column);
  const probes: Probe[] = [];
  for (const column of def.columns.filter((c) => usable(c.name))) {
    const ref = q(column.name);
    const where = `${def.name}.${column.name}`;
    if (!column.nullable) {
      probes.push({
        sql: countWhere(`${ref} IS NULL`),
        issue: (count) => ({
          severity: 'warning',
          code: 'null_values',
          column: column.name,
          ...said('check.null-values', { column: where, rows: counted(count, 'row') }),
        }),
      });
    }
    if (column.nonNegative) {
      probes.push({
        sql: countWhere(`${ref} < 0`),
        issue: (count) => ({
          severity: 'warning',
          code: 'negative_amount',
          column: column.name,
          ...said('check.negative-amount', { column: where, rows: counted(count, 'row') }),
        }),
      });
    }
    if (column.range) {
      const [low, high] = column.range;
      probes.push({
        sql: countWhere(`${ref} < ${sql.number(low)} OR ${ref} > ${sql.number(high)}`),
        issue: (count) => ({
          severity: 'warning',
          code: 'out_of_range',
          column: column.name,
          ...said('check.out-of-range', { column: where, low, high, rows: counted(count, 'row') }),
        }),
      });
    }
    if (column.values) {
      const bad = `${ref} IS NOT NULL AND NOT (${sql.textIn(ref, [...column.values])})`;
      probes.push({
        sql: countWhere(bad),
        example: `min(CASE WHEN ${bad} THEN ${ref} ELSE NULL END)`,
        issue: (count, example) => ({
          severity: 'warning',
          code: 'invalid_value',
          column: column.name,
          ...said('check.invalid-value', {
            column: where,
            values: column.values!.join(', '),
            rows: counted(count, 'row'),
            example: String(example),
          }),
        }),
      });
    }
  }
  if (def.primaryKey.length === 1 && usable(def.primaryKey[0])) {
    const key = def.primaryKey[0];
    probes.push({
      sql: `count(${q(key)}) - count(DISTINCT ${q(key)})`,
      issue: (count) => ({
        severity: 'warning',
        code: 'duplicate_key',
        column: key,
        ...said('check.duplicate-key', { column: `${def.name}.${key}`, rows: counted(count, 'extra-row') }),
      }),
    });
  }
  for (const [table, earlier, later] of ORDERED_COLUMNS) {
    if (table === def.name && usable(earlier) && usable(later)) {
      probes.push({
        sql: countWhere(`${q(later)} < ${q(earlier)}`),
        issue: (count) => ({
          severity: 'warning',
          code: 'unordered_dates',
          column: later,
          ...said('check.unordered-dates', { table: def.name, later, earlier, rows: counted(count, 'row') }),
        }),
      });
    }
  }
  if (def.name === 'opportunities' && usable('status') && usable('close_date')) {
    const status = q('status');
    probes.push({
      sql: countWhere(`${sql.textIn(status, ['open'])} AND ${q('close_date')} IS NULL`),
      issue: (count) => ({
        severity: 'info',
        code: 'open_without_close_date',
        column: 'close_date',
        ...said('check.open-without-close-date', { deals: counted(count, 'open-deal') }),
      }),
    });
    probes.push({
      sql: countWhere(`${sql.textIn(status, ['won', 'lost'])} AND ${q('close_date')} IS NULL`),
      issue: (count) => ({
        severity: 'warning',
        code: 'closed_without_close_date',
        column: 'close_date',
        ...said('check.closed-without-close-date', { deals: counted(count, 'closed-deal') }),
      }),
    });
  }

  if (def.name === 'visit_feedback' && usable('category') && usable('competitor')) {
    probes.push({
      sql: countWhere(`${sql.textIn(q('category'), ['competitor'])} AND ${q('competitor')} IS NULL`),
      issue: (count) => ({
        severity: 'info',
        code: 'competitor_unnamed',
        column: 'competitor',
        ...said('check.competitor-unnamed', { reports: counted(count, 'competitor-report') }),
      }),
    });
  }

  const selects = ['count(*) AS row_count'];
  probes.forEach((probe, index) => {
    selects.push(`${probe.sql} AS p${index}`);
    if (probe.example) {
      selects.push(`${probe.example} AS e${index}`);
    }
  });
  const [row] = frameRows(await context.executor.run(`SELECT ${selects.join(', ')} FROM ${from(context, def.name)}`));
  context.rows.set(def.name, Number(row.row_count ?? 0));
  probes.forEach((probe, index) => {
    const count = Number(row[`p${index}`] ?? 0);
    if (count > 0) {
      const issue = probe.issue(count, row[`e${index}`]);
      if (issue) {
        context.issues.push({ ...issue, table: def.name, count });
      }
    }
  });
}

/**
 * MySQL: text compared in a case-insensitive or padding collation, or tables in several collations.
 * The plugin compares text exactly, as the other engines do, and says what that changes.
 */
function checkCollations(context: Context, profile: WarehouseProfile, rules: DialectCollations): void {
  const used = new Map<string, string[]>();
  for (const def of CONTRACT) {
    for (const column of def.columns.filter((c) => c.type === 'text')) {
      const collation = profile.tables[def.name]?.[column.name]?.collation;
      if (collation) {
        used.set(collation, [...(used.get(collation) ?? []), `${def.name}.${column.name}`]);
      }
    }
  }
  const insensitive = [...used].filter(([name]) => rules.ignoresCase(name));
  for (const [collation, columns] of insensitive) {
    context.issues.push({
      severity: 'warning',
      code: 'collation',
      column: columns[0].split('.')[1],
      table: columns[0].split('.')[0] as TableId,
      ...(columns.length > 4
        ? said('check.collation-ignores-case-more', {
            columns: columns.slice(0, 4).join(', '),
            more: columns.length - 4,
            collation,
          })
        : said('check.collation-ignores-case', { columns: columns.join(', '), collation })),
    });
  }
  if (used.size > 1) {
    context.issues.push({
      severity: 'warning',
      code: 'collation',
      ...said('check.several-collations', { collations: [...used.keys()].join(', ') }),
    });
  }
}

/** A number of things as a catalogued phrase ("1 row", "3 rows"). */
function counted(count: number, unit: 'row' | 'extra-row' | 'open-deal' | 'closed-deal' | 'competitor-report'): Phrase {
  return phrase(`check.count.${unit}.${count === 1 ? 'one' : 'other'}`, { number: count });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function checkStages(context: Context): Promise<void> {
  if (!has(context, 'stages', 'stage', 'position', 'is_closed', 'is_won')) {
    return;
  }
  const q = context.sql.quoteIdent;
  const frame = await context.executor.run(
    `SELECT ${q('stage')} AS stage, ${q('position')} AS position,` +
      ` CASE WHEN ${q('is_closed')} THEN 1 ELSE 0 END AS is_closed, CASE WHEN ${q('is_won')} THEN 1 ELSE 0 END AS is_won` +
      ` FROM ${from(context, 'stages')} ORDER BY ${q('position')}, ${q('stage')}`
  );
  const stages = frameRows(frame).map((row) => ({
    stage: String(row.stage),
    position: Number(row.position),
    closed: Number(row.is_closed) === 1,
    won: Number(row.is_won) === 1,
  }));
  // the queries run; the funnel shows what the stages say
  const push = (code: IssueCode, message: ReturnType<typeof said>, column?: string) =>
    context.issues.push({ severity: 'warning', code, table: 'stages', column, ...message });
  if (stages.length === 0) {
    push('no_stages', said('check.no-stages', {}));
    return;
  }
  const byPosition = new Map<number, string[]>();
  for (const stage of stages) {
    byPosition.set(stage.position, [...(byPosition.get(stage.position) ?? []), stage.stage]);
  }
  for (const [position, names] of byPosition) {
    if (names.length > 1) {
      push(
        'duplicate_stage_position',
        said('check.duplicate-stage-position', { position, stages: names.map((n) => `"${n}"`).join(' and ') }),
        'position'
      );
    }
  }
  const won = stages.filter((stage) => stage.won);
  if (won.length !== 1) {
    push(
      'won_stage_count',
      won.length === 0
        ? said('check.no-won-stage', {})
        : said('check.several-won-stages', {
            number: won.length,
            stages: won.map((s) => `"${s.stage}"`).join(', '),
          }),
      'is_won'
    );
  }
  for (const stage of won.filter((s) => !s.closed)) {
    push('won_stage_not_closed', said('check.won-stage-not-closed', { stage: stage.stage }), 'is_closed');
  }
  if (!stages.some((stage) => !stage.closed)) {
    push('no_open_stage', said('check.no-open-stage', {}), 'is_closed');
  }
}

/** A deal's status and its stage should agree; metrics read the status, the funnel reads the stage. */
async function checkStatusAgainstStage(context: Context): Promise<void> {
  if (!has(context, 'opportunities', 'status', 'stage') || !has(context, 'stages', 'stage', 'is_closed', 'is_won')) {
    return;
  }
  const { sql } = context;
  const q = sql.quoteIdent;
  const status = q('status');
  // USING and unqualified names: a ClickHouse Distributed table loses table aliases on its way to the shards
  const frame = await context.executor.run(
    `SELECT ${countWhere(`${sql.textIn(status, ['won'])} AND w = 0`)} AS won_elsewhere,` +
      ` ${countWhere(`${sql.textIn(status, ['lost'])} AND (w = 1 OR c = 0)`)} AS lost_elsewhere,` +
      ` ${countWhere(`${sql.textIn(status, ['open'])} AND c = 1`)} AS open_in_closed` +
      ` FROM ${from(context, 'opportunities')} INNER JOIN (SELECT ${q('stage')},` +
      ` CASE WHEN ${q('is_won')} THEN 1 ELSE 0 END AS w, CASE WHEN ${q('is_closed')} THEN 1 ELSE 0 END AS c` +
      ` FROM ${from(context, 'stages')}) AS s USING (${q('stage')})`
  );
  const [row] = frameRows(frame);
  const findings = [
    ['won_elsewhere', 'check.won-elsewhere'],
    ['lost_elsewhere', 'check.lost-elsewhere'],
    ['open_in_closed', 'check.open-in-closed'],
  ] as const;
  for (const [key, what] of findings) {
    const count = Number(row?.[key] ?? 0);
    if (count > 0) {
      context.issues.push({
        severity: 'warning',
        code: 'status_stage_mismatch',
        table: 'opportunities',
        column: 'status',
        count,
        ...said(what, { number: count }),
      });
    }
  }
}

async function checkOrphans(context: Context, def: TableDef, column: ColumnDef): Promise<void> {
  const target = column.references!;
  if (!has(context, def.name, column.name) || !has(context, target.table, target.column)) {
    return;
  }
  const q = context.sql.quoteIdent;
  const key = q(column.name);
  const parentKey = q(target.column);
  // NOT EXISTS plans as an anti-join; without correlated subqueries (ClickHouse 18.16), NOT IN
  const missing = context.sql.capabilities.correlatedSubqueries
    ? `NOT EXISTS (SELECT 1 FROM ${from(context, target.table)} AS p WHERE p.${parentKey} = c.${key})`
    : `${key} ${inOperator(context.location, [target.table], true)} (SELECT ${parentKey} FROM ${from(context, target.table)} WHERE ${parentKey} IS NOT NULL)`;
  const frame = await context.executor.run(
    `SELECT count(*) AS orphans, min(c.${key}) AS example FROM ${from(context, def.name)} AS c` +
      ` WHERE c.${key} IS NOT NULL AND ${missing}`
  );
  const [row] = frameRows(frame);
  const count = Number(row?.orphans ?? 0);
  if (count > 0) {
    context.issues.push({
      severity: 'warning',
      code: 'orphan_key',
      table: def.name,
      column: column.name,
      count,
      ...said('check.orphan-key', {
        column: `${def.name}.${column.name}`,
        table: target.table,
        parent: `${target.table}.${target.column}`,
        rows: counted(count, 'row'),
        example: String(row.example),
      }),
    });
  }
}

const MARK: Record<Severity, string> = { error: 'ERROR  ', warning: 'WARNING', info: 'NOTE   ' };

/** One line per issue, errors first. */
export function formatIssues(issues: CheckIssue[]): string[] {
  return (['error', 'warning', 'info'] as const).flatMap((severity) =>
    issues.filter((issue) => issue.severity === severity).map((issue) => `${MARK[severity]} ${issue.message}`)
  );
}

/** The report as text for a terminal or a health-check message. */
export function formatCheckReport(report: CheckReport): string {
  const lines = [`Warehouse check: ${report.dialect}, schema "${report.schema}"`, ''];
  const width = Math.max(...report.tables.map((table) => label(table.table, table.name).length));
  for (const table of report.tables) {
    const name = label(table.table, table.name).padEnd(width);
    const kind = table.required ? 'required' : 'optional';
    const state = table.present
      ? `present${table.rows === null ? '' : `, ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}`}`
      : 'absent';
    lines.push(`  ${name}  ${kind}  ${state}`);
  }
  lines.push('', ...formatIssues(report.issues));
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.filter((issue) => issue.severity === 'warning').length;
  lines.push(
    '',
    report.usable
      ? `Usable: the warehouse meets the contract (${plural(warnings, 'warning')}).`
      : `Not usable: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`
  );
  return lines.join('\n');
}
