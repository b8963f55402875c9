import type { DataQuery, DataSourceInstanceSettings, ScopedVars, VariableWithMultiSupport } from '@grafana/data';
import {
  type BackendSrv,
  type BackendSrvRequest,
  DataSourceWithBackend,
  type FetchResponse,
  getTemplateSrv,
  setBackendSrv,
} from '@grafana/runtime';
import { Observable } from 'rxjs';

import type { Executor } from '../../../src/sales/types';
import { wireFrame } from './wireFrame';

/**
 * A stand-in for Grafana's SQL data sources (PostgreSQL, MySQL, DuckDB), real but for the database
 * server: the frontend is Grafana's own DataSourceWithBackend with the applyTemplateVariables of
 * @grafana/sql's SqlDatasource (Grafana 12.4), and `/api/ds/query` is answered the way Grafana's SQL
 * backend (sqleng) answers it, by running each query's rawSql on an embedded engine (DuckDB, PGlite)
 * and sending back its rows as wire frames, or a per-query error with HTTP 400.
 */

interface SqlQuery extends DataQuery {
  rawSql?: string;
  format?: string;
}

export class StandInSqlDataSource extends DataSourceWithBackend<SqlQuery> {
  constructor(settings: DataSourceInstanceSettings) {
    super(settings);
  }

  // SqlDatasource.interpolateVariable: quote each value of a multi-value variable
  interpolateVariable = (value: string | string[] | number, variable: VariableWithMultiSupport) => {
    const quote = (text: string) => `'${String(text).replace(/'/g, "''")}'`;
    if (typeof value === 'string') {
      return variable.multi || variable.includeAll ? quote(value) : value.replace(/'/g, "''");
    }
    if (Array.isArray(value)) {
      return value.map(quote).join(',');
    }
    return value;
  };

  applyTemplateVariables(target: SqlQuery, scopedVars: ScopedVars) {
    return {
      refId: target.refId,
      datasource: this.getRef(),
      rawSql: getTemplateSrv().replace(target.rawSql, scopedVars, this.interpolateVariable),
      format: target.format,
    };
  }
}

/** One call the backend received: the queries of the request body and whether it was cancelled. */
export interface BackendCall {
  url: string;
  queries: Array<{ refId: string; rawSql?: string; format?: unknown; datasource?: { uid?: string; type?: string } }>;
  from?: string;
  to?: string;
  requestId?: string;
  cancelled: boolean;
  answered: boolean;
}

export interface TestBackend {
  calls: BackendCall[];
  /** while held, answers wait until release() */
  hold(): void;
  release(): void;
}

/** Installs the backend: the warehouse of each data source uid runs that data source's SQL. */
export function installSqlBackend(executors: Record<string, Executor>): TestBackend {
  const calls: BackendCall[] = [];
  let held: Promise<void> | undefined;
  let releaseHeld: () => void = () => undefined;

  const fetch = <T>(options: BackendSrvRequest): Observable<FetchResponse<T>> =>
    new Observable<FetchResponse<T>>((subscriber) => {
      const body = options.data as { queries: BackendCall['queries']; from?: string; to?: string };
      const call: BackendCall = {
        url: options.url,
        queries: body.queries,
        from: body.from,
        to: body.to,
        requestId: options.requestId,
        cancelled: false,
        answered: false,
      };
      calls.push(call);
      const answer = async () => {
        await held;
        const results: Record<string, unknown> = {};
        let failed = false;
        for (const query of body.queries) {
          const executor = executors[query.datasource?.uid ?? ''];
          // the ClickHouse data source numbers its formats: 1 is its table (warehouse/warehouseTypes.ts)
          if (
            query.format !== 'table' &&
            !(query.format === 1 && query.datasource?.type === 'grafana-clickhouse-datasource')
          ) {
            failed = true;
            results[query.refId] = {
              status: 400,
              error: `format ${String(query.format)} is not what this stand-in answers`,
              frames: [],
            };
            continue;
          }
          try {
            const frame = await executor.run(query.rawSql ?? '');
            results[query.refId] = { status: 200, frames: [wireFrame(frame, query.refId, query.rawSql ?? '')] };
          } catch (error) {
            failed = true;
            results[query.refId] = {
              status: 400,
              error: `db query error: ${(error as Error).message}`,
              errorSource: 'downstream',
              frames: [],
            };
          }
        }
        return { failed, results };
      };
      answer().then(({ failed, results }) => {
        if (call.cancelled) {
          return;
        }
        call.answered = true;
        const response = {
          data: { results } as T,
          status: failed ? 400 : 200,
          statusText: failed ? 'Bad Request' : 'OK',
          ok: !failed,
          headers: new Headers(),
          redirected: false,
          type: 'basic' as const,
          url: options.url,
          config: options,
        };
        if (failed) {
          // backend_srv turns a non-2xx answer into an error carrying the body
          subscriber.error(response);
        } else {
          subscriber.next(response);
          subscriber.complete();
        }
      });
      return () => {
        if (!call.answered) {
          call.cancelled = true;
        }
      };
    });

  setBackendSrv({ fetch } as unknown as BackendSrv);
  return {
    calls,
    hold() {
      held = new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
    },
    release() {
      releaseHeld();
      held = undefined;
    },
  };
}
