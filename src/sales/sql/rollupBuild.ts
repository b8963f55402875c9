import { localDate, startOfDate } from '../catalog/time';
import { SalesError, salesError } from '../errors';
import {
  both,
  type CompileContext,
  exactAggregate,
  exprContext,
  type Setting,
  settingOf,
  sourceFor,
  unique,
} from './common';
import { anchorDay } from './compile';
import type { Dialect } from '../types';
import type { SqlDialect } from './dialect';
import { getDialect } from './dialects';
import { FACTS } from './facts';
import { checkIdentifier } from './literals';
import {
  ROLLUP_DAY,
  ROLLUP_FRESHNESS_TABLE,
  ROLLUP_MONTH,
  ROLLUP_REP,
  rollupColumn,
  type RollupState,
  type RollupTable,
  rollupTables,
} from './rollups';

/** Where and as of when rollups are built: the warehouse read, the schema written, the zone of their days. */
export type RollupBuildContext = Pick<
  CompileContext,
  'dialect' | 'location' | 'profile' | 'timeZone' | 'fiscalYearStartMonth'
> & {
  rollupSchema: string;
  /** the build time: the rollups hold every local day before its date */
  builtAt: number;
};

/**
 * The SELECT of one rollup table: per local day of its date and per rep, each component's sum or count
 * over the days before `coveredUntil`, with the component's own condition, exactly as a query reads
 * them from the fact table (the same expressions, so the same warehouse quirks are handled).
 */
export function rollupSelect(setting: Setting, table: RollupTable, coveredUntil: string): string {
  const { d } = setting;
  const src = sourceFor(setting, table.fact);
  // eligible components never read the window: any one does; their derived joins are read for no
  // particular window, so they hold every row (each customer's first won deal among all won deals)
  const x = {
    ...exprContext(setting, src, setting.windows[0]),
    col: (alias: string, column: string) => src.col(alias, column),
  };
  const col = src.col(src.fact.alias, table.anchor.column);
  const { day, month } = anchorDay(table.anchor, src, setting);
  const whens = table.components.map((component) => component.when?.(x) ?? '');
  const values = table.components.map(
    (component, index) => `${exactAggregate(component, both(whens[index]), x)} AS ${rollupColumn(component)}`
  );
  // every row of the day counts for which groups a query has, so none is left out; these count the rows meeting each condition
  const counts = new Map<string, string>();
  table.components.forEach((component, index) => {
    const count = table.counts.get(component.id);
    if (count) {
      counts.set(count, `COUNT(CASE WHEN ${whens[index]} THEN 1 END) AS ${count}`);
    }
  });
  const before =
    table.anchor.kind === 'date'
      ? `${col} < ${d.date(coveredUntil)}`
      : `${col} < ${d.timestamp(startOfDate(coveredUntil, setting.timeZone))}`;
  const keys = [
    `${day()} AS ${ROLLUP_DAY}`,
    `${month()} AS ${ROLLUP_MONTH}`,
    ...(table.perRep ? [`${src.col(FACTS[table.fact].dimensions.rep!.id!)} AS ${ROLLUP_REP}`] : []),
  ];
  return (
    `SELECT ${[...keys, ...values, ...counts.values()].join(', ')} FROM ${src.render()} WHERE ${before} ` +
    `GROUP BY ${[ROLLUP_DAY, ROLLUP_MONTH, ...(table.perRep ? [ROLLUP_REP] : [])].join(', ')}${d.statementSuffix}`
  );
}

/**
 * A per-rep rollup's indexes where the engine has them: by day for a window's days, by rep and day for
 * one rep's (a drill-down). A per-day rollup is a few thousand rows, read whole.
 */
function rollupIndexes(table: RollupTable, d: SqlDialect): string[][] {
  return table.perRep && d.capabilities.secondaryIndexes ? [[ROLLUP_DAY], [ROLLUP_REP, ROLLUP_DAY]] : [];
}

/** What a build does: its statements, the tables it builds, and those it leaves out with the reason. */
export interface RollupBuild {
  statements: string[];
  tables: string[];
  /** the rollups of tables or columns the warehouse does not have (optional tables, older exports) */
  skipped: Array<{ table: string; reason: string }>;
}

/**
 * The statements that (re)build every rollup table the warehouse can fill and then record their
 * freshness. A rollup reading a table or column the warehouse lacks (its profile says) is left out,
 * with the reason; with none left the build is refused, naming them.
 */
export function rollupBuild(context: RollupBuildContext): RollupBuild {
  // a window ending at the build time, for the compiler's setting (eligible components never read it)
  const setting = settingOf(
    { ...context, range: { from: context.builtAt - 1, to: context.builtAt }, currentTime: context.builtAt },
    [{ from: context.builtAt - 1, to: context.builtAt }]
  );
  const { d } = setting;
  if (context.location.cluster) {
    throw salesError('rollup.cluster', { cluster: context.location.cluster }, 'invalid_config');
  }
  const schema = d.quoteIdent(checkIdentifier(context.rollupSchema, 'rollup schema'));
  const qualified = (name: string) => `${schema}.${d.quoteIdent(name)}`;
  const coveredUntil = localDate(context.builtAt, context.timeZone);
  const built: Array<{ table: RollupTable; select: string }> = [];
  const skipped: RollupBuild['skipped'] = [];
  for (const table of rollupTables()) {
    try {
      built.push({ table, select: rollupSelect(setting, table, coveredUntil) });
    } catch (error) {
      if (!(error instanceof SalesError) || !['missing_table', 'missing_column'].includes(error.code)) {
        throw error;
      }
      skipped.push({ table: table.name, reason: error.message });
    }
  }
  if (built.length === 0) {
    throw salesError(
      'rollup.nothing',
      { reasons: unique(skipped.map((skip) => skip.reason)).join(' ') },
      'missing_table'
    );
  }
  const statements = [
    d.ddl.createSchema(schema),
    // readers stop using the rollups while they are rebuilt
    `DROP TABLE IF EXISTS ${qualified(ROLLUP_FRESHNESS_TABLE)}`,
    ...built.flatMap(({ table, select }) => [
      `DROP TABLE IF EXISTS ${qualified(table.name)}`,
      d.ddl.createTableAs(qualified(table.name), select),
      ...rollupIndexes(table, d).map(
        (columns) =>
          `CREATE INDEX ${d.quoteIdent(`${table.name}_${columns.join('_')}_idx`)} ON ${qualified(table.name)} (${columns.join(', ')})`
      ),
      ...d.ddl.analyzeTable(qualified(table.name)),
    ]),
    d.ddl.createTableAs(
      qualified(ROLLUP_FRESHNESS_TABLE),
      built
        .map(
          ({ table }) =>
            `SELECT ${d.string(table.name)} AS table_name, ${d.string(context.location.schema)} AS source_schema, ` +
            `${d.string(context.timeZone)} AS time_zone, ${d.string(coveredUntil)} AS covered_until, ` +
            `${d.string(String(context.builtAt))} AS built_at`
        )
        .join(' UNION ALL ')
    ),
  ];
  return { statements, tables: built.map(({ table }) => table.name), skipped };
}

/** The query that reads the rollup schema's freshness table. */
export function rollupStateQuery(dialect: Dialect, rollupSchema: string): string {
  const d = getDialect(dialect);
  const schema = d.quoteIdent(checkIdentifier(rollupSchema, 'rollup schema'));
  return `SELECT table_name, source_schema, time_zone, covered_until, built_at FROM ${schema}.${d.quoteIdent(ROLLUP_FRESHNESS_TABLE)}`;
}

/** The rollup state a freshness table's rows say (undefined when they say none is usable). */
export function rollupStateOf(rollupSchema: string, rows: Array<Record<string, unknown>>): RollupState | undefined {
  if (rows.length === 0) {
    return undefined;
  }
  const one = (field: string) => {
    const values = new Set(rows.map((row) => String(row[field])));
    return values.size === 1 ? [...values][0] : undefined;
  };
  const [sourceSchema, timeZone, coveredUntil, builtAt] = [
    'source_schema',
    'time_zone',
    'covered_until',
    'built_at',
  ].map(one);
  if (!sourceSchema || !timeZone || !coveredUntil || !builtAt) {
    return undefined;
  }
  return {
    schema: rollupSchema,
    sourceSchema,
    timeZone,
    coveredUntil,
    builtAt: Number(builtAt),
    tables: rows.map((row) => String(row.table_name)),
  };
}

/** A day and a half: a nightly build is read until the next one, with half a day to spare. */
export const DEFAULT_ROLLUP_MAX_AGE_HOURS = 36;

/** Rollups built within maxAgeMs of the current time are read; older ones are not (undefined). */
export function freshRollups(
  state: RollupState | undefined,
  currentTime: number,
  maxAgeMs: number
): RollupState | undefined {
  return state && currentTime - state.builtAt <= maxAgeMs && state.builtAt <= currentTime ? state : undefined;
}
