import type { DataSourceJsonData } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';

import type { SalesQuery } from '../sales/types';

/** A panel target: Grafana's DataQuery fields plus one SalesQuery. */
export type SalesDataQuery = DataQuery & Partial<SalesQuery>;

export interface SalesDataSourceOptions extends DataSourceJsonData {
  /** uid of the Grafana SQL data source that reads the warehouse */
  warehouseUid?: string;
}
