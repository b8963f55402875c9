import { resolveTable, TABLE_IDS, type TableId, type WarehouseLocation } from '../catalog/tables';
import { checkTimeZone } from '../catalog/time';
import { getDialect } from '../sql/dialects';
import type { Dialect, Executor } from '../types';
import { CONTRACT, type ColumnDef } from './contract';
import { readColumnDetails, type ColumnDetail } from './introspect';
import { judgeType } from './types';

/**
 * The warehouse profile: what the contract check's introspection found, judged once, for the
 * compiler to read each column by what it means (no per-query guessing). The CLI builds it from
 * introspection before a query; the data source when it first queries and on "Save & test".
 */

/** How a contract column is stored, as far as reading it is concerned. */
export type StoredAs =
  /** the contract's own type (or one the engine reads the same way) */
  | 'native'
  /** a timestamp without time zone: wall times in the warehouse time zone */
  | 'zoneless'
  /** a timestamp with time zone (an instant) where the contract wants a date */
  | 'instant_as_date'
  /** a timestamp without time zone where the contract wants a date */
  | 'zoneless_as_date'
  /** a floating-point number where the contract wants an exact decimal */
  | 'float'
  /** a type the metrics cannot use (e.g. text amounts): queries reading it are refused */
  | 'unusable';

export interface ProfiledColumn {
  nativeType: string;
  stored: StoredAs;
  /** MySQL: the column's collation (text columns only) */
  collation?: string;
}

export interface WarehouseProfile {
  dialect: Dialect;
  schema: string;
  /** the IANA zone of timestamps stored without one (a data source setting, a CLI flag; UTC by default) */
  timeZone: string;
  /** per contract table present in the warehouse: its contract columns as found (absent columns are missing) */
  tables: Partial<Record<TableId, Record<string, ProfiledColumn>>>;
  /** MySQL (dialects whose catalog has collations): the binary, no-pad collation text keys are compared and grouped in (exact, like the other engines) */
  exactCollation?: string;
  /** MySQL: key columns are not all in one case-sensitive collation, so joins compare them byte for byte */
  exactJoins?: boolean;
}

export const DEFAULT_WAREHOUSE_TIME_ZONE = 'UTC';

/** How one column of an engine type serves its contract type. */
export function storedAs(dialect: Dialect, column: ColumnDef, nativeType: string): StoredAs {
  const verdict = judgeType(dialect, column.type, nativeType);
  if (!verdict.ok) {
    return 'unusable';
  }
  const { types } = getDialect(dialect);
  const families = types.families(nativeType);
  const zoneless = families.includes('timestamp') || types.wallTime(nativeType);
  if (column.type === 'date' && !families.includes('date')) {
    return zoneless ? 'zoneless_as_date' : 'instant_as_date';
  }
  if (column.type === 'timestamp' && zoneless) {
    return 'zoneless';
  }
  if (['amount', 'ratio', 'score'].includes(column.type) && families.includes('float')) {
    return 'float';
  }
  return 'native';
}

/** The profile of the tables and columns found (columns of the contract only). */
export function buildProfile(
  dialect: Dialect,
  location: WarehouseLocation,
  details: ColumnDetail[],
  timeZone: string = DEFAULT_WAREHOUSE_TIME_ZONE,
  collationsAvailable: string[] = []
): WarehouseProfile {
  const schema = resolveTable(location, 'reps').schema;
  const tables: WarehouseProfile['tables'] = {};
  for (const def of CONTRACT) {
    const name = resolveTable(location, def.name).name;
    const found = details.filter((detail) => detail.table === name);
    if (found.length === 0) {
      continue;
    }
    const columns: Record<string, ProfiledColumn> = {};
    for (const column of def.columns) {
      const detail = found.find((candidate) => candidate.column === column.name);
      if (detail) {
        columns[column.name] = {
          nativeType: detail.type,
          stored: storedAs(dialect, column, detail.type),
          ...(detail.collation ? { collation: detail.collation } : {}),
        };
      }
    }
    tables[def.name] = columns;
  }
  const profile: WarehouseProfile = { dialect, schema, timeZone: checkTimeZone(timeZone), tables };
  const collations = getDialect(dialect).catalog.collations;
  if (collations) {
    profile.exactCollation = collations.exact(collationsAvailable);
    const keyCollations = new Set(keyColumns(profile).map((column) => column.collation ?? ''));
    profile.exactJoins = keyCollations.size > 1 || [...keyCollations].some((name) => !collations.isExact(name));
  }
  return profile;
}

/** The text columns joins compare: keys and the columns that name them. */
function keyColumns(profile: WarehouseProfile): ProfiledColumn[] {
  return CONTRACT.flatMap((def) =>
    def.columns
      .filter((column) => column.references || def.primaryKey.includes(column.name))
      .filter((column) => column.type === 'text')
      .map((column) => profile.tables[def.name]?.[column.name])
      .filter((column): column is ProfiledColumn => column !== undefined)
  );
}

/** Reads the catalog once and judges every contract column. */
export async function introspectProfile(
  executor: Executor,
  location: WarehouseLocation,
  timeZone: string = DEFAULT_WAREHOUSE_TIME_ZONE
): Promise<WarehouseProfile> {
  const schema = resolveTable(location, 'reps').schema;
  const details = await readColumnDetails(executor, schema);
  const collations = await binaryCollations(executor);
  return buildProfile(executor.dialect, location, details, timeZone, collations);
}

/** Which collations for exact text comparison the server has; none where text compares byte by byte (no query then). */
export async function binaryCollations(executor: Executor): Promise<string[]> {
  const collations = getDialect(executor.dialect).catalog.collations;
  if (!collations) {
    return [];
  }
  const frame = await executor.run(collations.availableQuery);
  return (frame.data.values[0] ?? []).map(String);
}

export function isContractTable(id: string): id is TableId {
  return (TABLE_IDS as readonly string[]).includes(id);
}
