import { useCallback, useMemo } from 'react';

import type { TimeRange } from '@grafana/data';

import type { DataSource } from '../DataSource';
import type { SalesDataQuery } from '../types';

/**
 * Why a query cannot run, in the user's words, or undefined when it can: the one place the query editor
 * asks, for the query shown (problem) and for a changed one before running it (problemOf).
 */
export function useQueryValidation(datasource: DataSource, query: SalesDataQuery, range?: TimeRange) {
  const problemOf = useCallback(
    (candidate: SalesDataQuery) => datasource.problemOf(candidate, range),
    [datasource, range]
  );
  const problem = useMemo(() => (query.kind ? problemOf(query) : undefined), [problemOf, query]);
  return { problem, problemOf };
}
