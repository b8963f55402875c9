import { CustomVariableSupport, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import type { Observable } from 'rxjs';

import { VariableQueryEditor } from '../components/VariableQueryEditor';
import type { DataSource } from '../DataSource';
import type { SalesDataQuery } from '../types';

/**
 * Query variables: a values query (one dimension, optional cascading filters) runs like any panel
 * query and answers `text` and `value` fields, which Grafana reads as the variable's options.
 */
export class SalesVariableSupport extends CustomVariableSupport<DataSource, SalesDataQuery> {
  editor = VariableQueryEditor;

  constructor(private readonly datasource: DataSource) {
    super();
  }

  query(request: DataQueryRequest<SalesDataQuery>): Observable<DataQueryResponse> {
    return this.datasource.query({
      ...request,
      targets: request.targets.map((target) => this.datasource.variableQuery(target)),
    });
  }
}
