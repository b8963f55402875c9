import { SalesError } from '../errors';
import { checkIdentifier } from '../sql/literals';

/** The tables of the warehouse contract (DESIGN section 3). */
export const TABLE_IDS = [
  'reps',
  'products',
  'customers',
  'stages',
  'opportunities',
  'opportunity_stage_history',
  'leads',
  'activities',
  'targets',
  'invoices',
  'payments',
  'csat_responses',
  'marketing_spend',
] as const;

export type TableId = (typeof TABLE_IDS)[number];

export const REQUIRED_TABLES: TableId[] = ['reps', 'stages', 'opportunities'];

/** Where the contract's tables live: a schema (a database in MySQL and ClickHouse) and table names. */
export interface WarehouseLocation {
  schema: string;
  tables?: Partial<Record<TableId, string>>;
}

export const DEFAULT_SCHEMA = 'sales';

export interface ResolvedTable {
  id: TableId;
  schema: string;
  name: string;
}

export function resolveTable(location: WarehouseLocation, id: TableId): ResolvedTable {
  const schema = checkIdentifier(location.schema || DEFAULT_SCHEMA, 'schema name');
  const override = location.tables?.[id];
  const name = override === undefined || override === '' ? id : checkIdentifier(override, `table name for ${id}`);
  return { id, schema, name };
}

/** Rejects overrides for tables the contract does not have, naming them. */
export function checkLocation(location: WarehouseLocation): WarehouseLocation {
  checkIdentifier(location.schema || DEFAULT_SCHEMA, 'schema name');
  for (const [id, name] of Object.entries(location.tables ?? {})) {
    if (!(TABLE_IDS as readonly string[]).includes(id)) {
      throw new SalesError(
        `"${id}" is not a table of the warehouse contract (tables: ${TABLE_IDS.join(', ')}).`,
        'invalid_config'
      );
    }
    if (name) {
      checkIdentifier(name, `table name for ${id}`);
    }
  }
  return location;
}
