import type { DataQuery } from '@grafana/schema';

import type { DimensionId, SalesQuery } from '../../../sales';

/**
 * A panel target of one kind as its editor receives it: Grafana's fields and any of the kind's fields
 * (a saved or new query may lack some). The query editor narrows a SalesDataQuery to it by its kind.
 */
export type KindQuery<Q extends SalesQuery> = DataQuery & Partial<Q>;

/** What the query editor gives the editor of the query's kind. */
export interface KindEditorProps<Q extends SalesQuery> {
  /** prefix of the inputs' ids, so that several queries on one page label their own inputs */
  id: string;
  query: KindQuery<Q>;
  /** the dimensions the query can be grouped by, as the catalog allows them */
  dimensions: DimensionId[];
  /**
   * The query changed. It runs unless run is false (a field still being typed, which runs when it is
   * left) or it cannot run.
   */
  onChange: (query: KindQuery<Q>, run?: boolean) => void;
}

/** Changes some of a query's fields, keeping the others. */
export function patcher<Q extends SalesQuery>({ query, onChange }: Pick<KindEditorProps<Q>, 'query' | 'onChange'>) {
  return (patch: Partial<Q>, run = true) => onChange({ ...query, ...patch }, run);
}
