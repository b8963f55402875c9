import {
  type DataQueryError,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  LoadingState,
  type TimeRange,
} from '@grafana/data';
import { t } from '@grafana/i18n';
import { from } from 'rxjs';

import { type DataFrameJSON, type Dialect, type Executor, SalesError } from '../../sales';
import { TEMPLATE_SYNTAX } from '../variables/expand';
import { abortError, SharedRuns } from './sharedRuns';
import { emptyEngineFrame, toEngineFrame } from './toEngineFrame';
import { type WarehouseQuery, warehouseQuery } from './warehouseTypes';

/** The Grafana SQL data source that reads the warehouse, with the dialect its type speaks. */
export interface Warehouse {
  api: DataSourceApi;
  uid: string;
  type: string;
  name: string;
  dialect: Dialect;
}

/** What a warehouse request carries besides the SQL (taken from the panel's request). */
export interface WarehouseRequestContext {
  range: TimeRange;
  timezone: string;
  app: string;
  requestId: string;
  dashboardUID?: string;
  panelId?: number;
}

/** Panels of one refresh that compile to the same SQL for the same warehouse share one round trip. */
const inFlight = new SharedRuns<DataFrameJSON>();

let requestCounter = 0;

/**
 * The engine's Executor over a Grafana SQL data source: run() sends the SQL through that data source's
 * own query() (so Grafana keeps credentials, pooling and permissions) and reads back its table frame.
 */
export class WarehouseExecutor implements Executor {
  readonly dialect: Dialect;

  constructor(
    private readonly warehouse: Warehouse,
    private readonly context: WarehouseRequestContext
  ) {
    this.dialect = warehouse.dialect;
  }

  async run(sql: string, options: { signal?: AbortSignal } = {}): Promise<DataFrameJSON> {
    checkNoTemplateSyntax(sql);
    const key = `${this.warehouse.uid}\u0000${sql}`;
    const frame = await inFlight.run(key, (signal) => this.send(sql, signal), options.signal);
    // each caller gets its own frame object: the engine annotates what it receives
    return {
      schema: {
        ...frame.schema,
        meta: { ...frame.schema.meta },
        fields: frame.schema.fields.map((field) => ({ ...field })),
      },
      data: { values: [...frame.data.values] },
    };
  }

  private send(sql: string, signal: AbortSignal): Promise<DataFrameJSON> {
    const refId = 'salesperf';
    const target = warehouseQuery({ uid: this.warehouse.uid, type: this.warehouse.type }, sql, refId);
    const request = this.request(target);
    return new Promise<DataQueryResponse>((resolve, reject) => {
      if (signal.aborted) {
        reject(abortError());
        return;
      }
      let last: DataQueryResponse | undefined;
      const subscription = from(this.warehouse.api.query(request)).subscribe({
        next: (response) => {
          last = response;
        },
        error: (error) => reject(warehouseFailure(error)),
        complete: () => resolve(last ?? { data: [] }),
      });
      signal.addEventListener(
        'abort',
        () => {
          subscription.unsubscribe();
          reject(abortError());
        },
        { once: true }
      );
    }).then((response) => frameOf(response, refId));
  }

  private request(target: WarehouseQuery): DataQueryRequest<WarehouseQuery> {
    const { range, timezone, app, dashboardUID, panelId } = this.context;
    requestCounter += 1;
    return {
      // backend_srv cancels an earlier request with the same id: every warehouse request gets its own
      requestId: `${this.context.requestId}-salesperf-${requestCounter}`,
      interval: '1m',
      intervalMs: 60_000,
      range,
      rangeRaw: range.raw,
      scopedVars: {},
      targets: [target],
      timezone,
      app,
      startTime: Date.now(),
      dashboardUID,
      panelId,
      // our ad hoc filters are already in the SQL: the warehouse data source must not apply them again
      filters: [],
    };
  }
}

/**
 * The engine's literal encoders never write `$` or `[`, so Grafana's interpolation in the warehouse
 * data source cannot rewrite a statement. This guard keeps it that way: a statement that holds
 * variable syntax anyway is refused rather than silently altered.
 */
function checkNoTemplateSyntax(sql: string): void {
  const match = TEMPLATE_SYNTAX.exec(sql);
  if (match) {
    throw new SalesError(
      t(
        'datasource.warehouse.template-syntax',
        'A value in this query contains "{{text}}", which Grafana would replace with a dashboard variable before the warehouse sees it. Remove it from the filter values.',
        { text: match[0], interpolation: { escapeValue: false } }
      ),
      'invalid_value'
    );
  }
}

function errorText(error: DataQueryError | undefined): string | undefined {
  if (!error) {
    return undefined;
  }
  const data = error.data as { message?: string; error?: string } | undefined;
  return error.message || data?.message || data?.error || error.statusText || undefined;
}

function warehouseFailure(error: unknown): SalesError {
  if (error instanceof SalesError) {
    return error;
  }
  const message =
    error instanceof Error
      ? error.message
      : (errorText(error as DataQueryError) ?? (typeof error === 'string' ? error : undefined));
  return new SalesError(
    message || t('datasource.warehouse.no-message', 'the warehouse data source reported an error without a message'),
    'engine_error'
  );
}

function frameOf(response: DataQueryResponse, refId: string): DataFrameJSON {
  // data sources older than Grafana 10 set only `error`
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const errors = [...(response.errors ?? []), ...(response.error ? [response.error] : [])];
  if (errors.length || response.state === LoadingState.Error) {
    const messages = [...new Set(errors.map(errorText).filter((text): text is string => Boolean(text)))];
    throw warehouseFailure(messages.join('; '));
  }
  const refIdOf = (item: { refId?: string; schema?: { refId?: string } }) => item?.refId ?? item?.schema?.refId;
  const frames = (response.data ?? []).filter((item) => !refIdOf(item) || refIdOf(item) === refId);
  return frames.length ? toEngineFrame(frames[0]) : emptyEngineFrame();
}
