import { DIMENSION_IDS } from '../catalog/dimensions';
import { SalesError, salesError } from '../errors';
import type { CalendarContext } from '../sql/common';
import type { DimensionId, QueryKind, SalesQuery } from '../types';
import { attainmentKind } from './attainment';
import { commissionKind } from './commission';
import { feedbackKind } from './feedback';
import { forecastKind } from './forecast';
import { funnelKind } from './funnel';
import { metricsKind } from './metrics';
import { scorecardKind } from './scorecard';
import { timeseriesKind } from './timeseries';
import type { CompiledStatement, KindScope, QueryKindDef } from './types';
import { valuesKind } from './values';

export type { CompiledStatement, FrameContext, KindScope, QueryKindDef, VariableFields } from './types';

type Registry = { [K in QueryKind]: QueryKindDef<Extract<SalesQuery, { kind: K }>, CompiledStatement> };

/** Every kind of query, in the order the query editor offers them. */
const REGISTRY: Registry = {
  timeseries: timeseriesKind,
  metrics: metricsKind,
  funnel: funnelKind,
  attainment: attainmentKind,
  forecast: forecastKind,
  scorecard: scorecardKind,
  commission: commissionKind,
  feedback: feedbackKind,
  values: valuesKind,
};

export const QUERY_KINDS = Object.keys(REGISTRY) as QueryKind[];

function kindOf(query: unknown): string {
  if (!query || typeof query !== 'object' || typeof (query as { kind?: unknown }).kind !== 'string') {
    throw salesError('query.needs-kind', {});
  }
  return (query as { kind: string }).kind;
}

/** The registry's entry for a query's kind; throws when the query has no kind or one the engine does not know. */
export function queryKind(query: SalesQuery): QueryKindDef {
  const kind = kindOf(query);
  if (!Object.prototype.hasOwnProperty.call(REGISTRY, kind)) {
    throw salesError('query.kind-unsupported', { kind });
  }
  return REGISTRY[kind as QueryKind] as unknown as QueryKindDef;
}

/** The fields of a query of the kind that a dashboard variable may stand in (none for a kind not known). */
export function variableFields(kind: unknown): { lists?: string[]; singles?: string[]; text?: string[] } {
  return Object.prototype.hasOwnProperty.call(REGISTRY, String(kind)) ? REGISTRY[kind as QueryKind].variableFields : {};
}

/** The query a user starts from when picking a kind. */
export function kindDefaults(kind: QueryKind): SalesQuery {
  return REGISTRY[kind].defaults();
}

/**
 * What is wrong with a query, as the compiler words it, without writing its SQL: the checks that
 * need no warehouse, and with a calendar those against the range (the query editor's validation).
 * Undefined: nothing found.
 */
export function validateQuery(query: SalesQuery, calendar?: CalendarContext): SalesError | undefined {
  try {
    queryKind(query).check(query, calendar);
    return undefined;
  } catch (error) {
    if (error instanceof SalesError) {
      return error;
    }
    throw error;
  }
}

/** What a query reads, as far as its fields are known (queryKind's scope). */
export function queryScope(query: Partial<SalesQuery> & { kind: QueryKind }): KindScope {
  return (REGISTRY[query.kind] as unknown as QueryKindDef).scope(query);
}

/**
 * The dimensions a query can be grouped and filtered by, in the catalog's order: those every scope
 * of its kind allows (every dimension while its metrics are not picked yet).
 */
export function allowedDimensions(query: Partial<SalesQuery> & { kind: QueryKind }): DimensionId[] {
  const { dimensions } = queryScope(query);
  return DIMENSION_IDS.filter((dimension) => dimensions.every((scope) => scope.dimensions.includes(dimension)));
}
