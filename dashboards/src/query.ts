import type * as cog from '@grafana/grafana-foundation-sdk/cog';

import type { DimensionId, SalesQuery } from '../../src/sales';
import { SALES_DATASOURCE } from './constants';
import { variableFilters } from './filters';

/** A panel target of the sales data source: Grafana's DataQuery fields plus one SalesQuery. */
export type SalesTarget = SalesQuery & {
  refId: string;
  datasource: { type: string; uid: string };
  hide?: boolean;
};

export interface SalesQueryOptions {
  /** Dimensions whose dashboard variables must not filter this query. */
  ignoreVariables?: readonly DimensionId[];
}

/**
 * The foundation SDK's query builder for our data source. The SDK has builders for the data
 * sources it knows; ours is written the same way, emitting the SalesQuery fields beside refId and
 * datasource, with the dashboard's variable filters that apply to the query appended to its own.
 */
export class SalesQueryBuilder implements cog.Builder<cog.Dataquery> {
  private readonly target: SalesTarget;

  constructor(query: SalesQuery, options: SalesQueryOptions = {}) {
    const filters = [...(query.filters ?? []), ...variableFilters(query, options.ignoreVariables)];
    this.target = {
      refId: 'A',
      datasource: { ...SALES_DATASOURCE },
      ...query,
      ...(filters.length ? { filters } : {}),
    };
  }

  refId(refId: string): this {
    this.target.refId = refId;
    return this;
  }

  hide(hide: boolean): this {
    this.target.hide = hide;
    return this;
  }

  build(): cog.Dataquery {
    const target = structuredClone(this.target);
    // cog.Dataquery is a marker interface; the marker stays out of the JSON
    Object.defineProperty(target, '_implementsDataqueryVariant', { value: () => undefined, enumerable: false });
    return target as SalesTarget & cog.Dataquery;
  }
}

/** A target of the sales data source, with the dashboard's variable filters that apply to it. */
export function salesQuery(query: SalesQuery, options?: SalesQueryOptions): SalesQueryBuilder {
  return new SalesQueryBuilder(query, options);
}
