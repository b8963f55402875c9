import {
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type TestDataSourceResponse,
} from '@grafana/data';
import { t } from '@grafana/i18n';

import type { SalesDataQuery, SalesDataSourceOptions } from './types';

export class DataSource extends DataSourceApi<SalesDataQuery, SalesDataSourceOptions> {
  constructor(private readonly settings: DataSourceInstanceSettings<SalesDataSourceOptions>) {
    super(settings);
  }

  async query(request: DataQueryRequest<SalesDataQuery>): Promise<DataQueryResponse> {
    return {
      data: [],
      errors: request.targets.map((target) => ({ refId: target.refId, message: this.notReadyMessage() })),
    };
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    return { status: 'error', message: this.notReadyMessage() };
  }

  private notReadyMessage(): string {
    return t(
      'datasource.not-ready',
      'This build of the Sales Performance data source cannot run queries yet (warehouse: {{uid}}).',
      { uid: this.settings.jsonData.warehouseUid ?? '-' }
    );
  }
}
