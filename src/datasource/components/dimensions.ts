import { allowedDimensions as allowedByKind, DIMENSION_IDS, type DimensionId, type QueryKind } from '../../sales';
import type { SalesDataQuery } from '../types';

/** The dimensions a query can be grouped and filtered by, as its kind allows them (any before a kind is picked). */
export function allowedDimensions(query: SalesDataQuery): DimensionId[] {
  return query.kind ? allowedByKind(query as SalesDataQuery & { kind: QueryKind }) : DIMENSION_IDS;
}
