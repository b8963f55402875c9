import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';
import type { DataSourceSrv, GetDataSourceListFilters } from '@grafana/runtime';

import type { Engine } from '../../../src/node/executors';

/** Grafana's data source service over a fixed set of data source instances. */
export class TestDataSourceSrv implements DataSourceSrv {
  constructor(private readonly instances: Array<{ settings: DataSourceInstanceSettings; api?: DataSourceApi }>) {}

  private find(ref?: DataSourceRef | string | null) {
    const uid = typeof ref === 'string' ? ref : ref?.uid;
    return this.instances.find((instance) => instance.settings.uid === uid || instance.settings.name === uid);
  }

  async get(ref?: DataSourceRef | string | null): Promise<DataSourceApi> {
    const instance = this.find(ref);
    if (!instance?.api) {
      // what Grafana's DatasourceSrv.get rejects with
      throw new Error(`Datasource ${JSON.stringify(typeof ref === 'string' ? ref : ref?.uid)} was not found`);
    }
    return instance.api;
  }

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    return this.instances
      .map((instance) => instance.settings)
      .filter((settings) => !filters.filter || filters.filter(settings));
  }

  getInstanceSettings(ref?: DataSourceRef | string | null): DataSourceInstanceSettings | undefined {
    return this.find(ref)?.settings;
  }

  reload(): void {}

  registerRuntimeDataSource(): void {}
}

/** Instance settings as Grafana builds them for a data source of `type`. */
export function instanceSettings<T extends object>(
  uid: string,
  type: string,
  name: string,
  jsonData: T = {} as T
): DataSourceInstanceSettings<any> {
  return {
    id: Math.abs([...uid].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7)),
    uid,
    type,
    name,
    access: 'proxy',
    readOnly: false,
    jsonData,
    meta: {
      id: type,
      name: type,
      type: 'datasource',
      module: '',
      baseUrl: '',
      info: {},
    } as DataSourceInstanceSettings['meta'],
  };
}

/** The type of the Grafana SQL data source a warehouse on each engine is reached through. */
export const WAREHOUSE_GRAFANA_TYPE: Record<Engine, string> = {
  duckdb: 'motherduck-duckdb-datasource',
  pglite: 'grafana-postgresql-datasource',
  postgres: 'grafana-postgresql-datasource',
  mysql: 'mysql',
  clickhouse: 'grafana-clickhouse-datasource',
};
