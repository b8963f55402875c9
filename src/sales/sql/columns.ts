import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { salesError } from '../errors';
import { CONTRACT } from '../warehouse/contract';
import { EXPECTED_TYPE } from '../warehouse/types';
import type { SqlDialect } from './dialect';

/**
 * A contract column read as the contract means it, by the warehouse profile the dialect carries:
 * a zone-less timestamp as an instant, a timestamp standing for a date as a date, a float amount as
 * a number that mixes with decimals. A column that is missing or of a type the metrics cannot use
 * is refused here, naming it, before any SQL runs. Without a profile the contract's types are assumed.
 */
export function readColumn(
  d: SqlDialect,
  location: WarehouseLocation,
  expr: string,
  table: TableId,
  column: string
): string {
  const profile = d.profile;
  const def = CONTRACT.find((candidate) => candidate.name === table);
  const contractColumn = def?.columns.find((candidate) => candidate.name === column);
  if (!profile || !contractColumn) {
    return expr;
  }
  const { schema, name } = resolveTable(location, table);
  const found = profile.tables[table];
  if (!found) {
    throw salesError('columns.missing-table', { table: `${schema}.${name}` }, 'missing_table');
  }
  const stored = found[column];
  if (!stored) {
    throw salesError(
      'columns.missing-column',
      { table: `${schema}.${name}`, column, expected: EXPECTED_TYPE[contractColumn.type] },
      'missing_column'
    );
  }
  const zone = d.warehouseZone ?? { name: profile.timeZone, offsets: [] };
  switch (stored.stored) {
    case 'native':
      return expr;
    case 'zoneless':
      return d.zonelessInstant(expr, zone);
    case 'instant_as_date':
      return d.instantDate(expr, zone);
    case 'zoneless_as_date':
      return d.zonelessDate(expr);
    case 'float':
      return d.floatAmount(expr);
    case 'unusable':
      throw salesError(
        'columns.wrong-type',
        {
          column: `${schema}.${name}.${column}`,
          type: stored.nativeType,
          expected: EXPECTED_TYPE[contractColumn.type],
        },
        'wrong_type'
      );
  }
}

/**
 * Whether the warehouse has a column the contract added later (ColumnDef.addedLater): without a
 * profile the contract's own tables are assumed.
 */
export function hasColumn(d: SqlDialect, table: TableId, column: string): boolean {
  const found = d.profile?.tables[table];
  return found === undefined || found[column] !== undefined;
}
