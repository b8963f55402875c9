import { useCallback } from 'react';

import type { DimensionId } from '../../sales';
import type { DataSource } from '../DataSource';

/** The values a dimension takes in the warehouse, as picker options: what a filter's values offer. */
export function useDimensionValues(datasource: DataSource) {
  return useCallback(
    async (dimension: DimensionId) =>
      (await datasource.metricFindQuery({ refId: 'values', kind: 'values', dimension })).map((value) => ({
        value: String(value.value),
        label: value.text,
      })),
    [datasource]
  );
}
