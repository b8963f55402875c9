import {
  type AdHocVariableFilter,
  CoreApp,
  type DataQueryError,
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceGetTagKeysOptions,
  type DataSourceGetTagValuesOptions,
  type DataSourceInstanceSettings,
  dataFrameFromJSON,
  dateTime,
  type LegacyMetricFindQueryOptions,
  LoadingState,
  type MetricFindValue,
  type ScopedVars,
  type TestDataSourceResponse,
  type TimeRange,
} from '@grafana/data';
import { t } from '@grafana/i18n';
import { getDataSourceSrv, getTemplateSrv } from '@grafana/runtime';
import { Observable } from 'rxjs';

import {
  checkWarehouse,
  compileQuery,
  type DataFrameJSON,
  freshRollups,
  type DimensionId,
  type EngineContext,
  type Filter,
  grainOfRelativeTime,
  introspectProfile,
  listDimensions,
  localDate,
  type RollupState,
  readRollupState,
  runQuery,
  SalesError,
  type SalesQuery,
  validateQuery,
  type ValuesQuery,
  type WarehouseProfile,
} from '../sales';
import { CachingExecutor } from './cache/CachingExecutor';
import { ClosedPeriodCache } from './cache/ClosedPeriodCache';
import { QueryBatcher } from './batch/QueryBatcher';
import { dimensionText } from './catalogLabels';
import { errorMessage } from './errorMessage';
import { localizeFrame } from './frames/localize';
import { healthResult } from './health';
import { DEFAULT_QUERY, toSalesQuery } from './queryModel';
import { rollupHealth } from './rollups/rollupHealth';
import { type RollupLookup, RollupStateCache } from './rollups/RollupStateCache';
import { type EngineSettings, engineSettings } from './settings';
import { currentTime, engineRange, requestTimeZone } from './time';
import type { SalesDataQuery, SalesDataSourceOptions } from './types';
import { adHocToFilters } from './variables/adhoc';
import { VariableExpander } from './variables/expand';
import { SalesVariableSupport } from './variables/VariableSupport';
import { type Warehouse, WarehouseExecutor, type WarehouseRequestContext } from './warehouse/WarehouseExecutor';
import { WAREHOUSE_TYPES, warehouseDialect } from './warehouse/warehouseTypes';

const noEscape = { interpolation: { escapeValue: false } };

/** The SQL a query compiles to, for "Show SQL". */
export interface ShownSql {
  sql: string;
  warehouse: Warehouse;
}

export class DataSource extends DataSourceApi<SalesDataQuery, SalesDataSourceOptions> {
  /** The warehouse's column types, judged once (first query or "Save & test") and used by every query. */
  private profile?: { key: string; value: Promise<WarehouseProfile> };
  /** Results of statements reading closed periods only, kept for the TTL of the settings. */
  private closedPeriods?: ClosedPeriodCache;
  /** What each warehouse's rollup schema holds, read once per five minutes. */
  private readonly rollupStates = new RollupStateCache();
  /** The panels of one refresh asking for metrics of the same thing share one statement. */
  private readonly batcher = new QueryBatcher();

  constructor(private readonly instanceSettings: DataSourceInstanceSettings<SalesDataSourceOptions>) {
    super(instanceSettings);
    this.variables = new SalesVariableSupport(this);
  }

  /** A variable's query as a values query (a variable saved with a dimension id only still works). */
  variableQuery(query: SalesDataQuery | string): SalesDataQuery {
    const refId = typeof query === 'string' ? 'variable' : query.refId;
    return { refId, ...valuesQueryOf(query) };
  }

  getDefaultQuery(_app: CoreApp): Partial<SalesDataQuery> {
    return DEFAULT_QUERY;
  }

  filterQuery(query: SalesDataQuery): boolean {
    return !query.hide;
  }

  query(request: DataQueryRequest<SalesDataQuery>): Observable<DataQueryResponse> {
    return new Observable<DataQueryResponse>((subscriber) => {
      const controller = new AbortController();
      this.runRequest(request, controller.signal).then(
        (response) => {
          if (!controller.signal.aborted) {
            subscriber.next(response);
            subscriber.complete();
          }
        },
        (error) => {
          if (!controller.signal.aborted) {
            subscriber.error(error);
          }
        }
      );
      // unsubscribing (a new refresh, a closed panel) cancels the warehouse queries still running
      return () => controller.abort();
    });
  }

  private async runRequest(request: DataQueryRequest<SalesDataQuery>, signal: AbortSignal): Promise<DataQueryResponse> {
    const targets = request.targets.filter((target) => this.filterQuery(target));
    if (targets.length === 0) {
      return { data: [], state: LoadingState.Done };
    }
    let settings: EngineSettings;
    let warehouse: Warehouse;
    try {
      settings = engineSettings(this.instanceSettings.jsonData);
      warehouse = await this.resolveWarehouse();
    } catch (error) {
      return errorResponse(targets.map((target) => ({ refId: target.refId, message: errorMessage(error) })));
    }
    const range = engineRange(request.range);
    const executor = new WarehouseExecutor(warehouse, warehouseRequestContext(request));
    let profile: WarehouseProfile;
    try {
      profile = await this.profileOf(executor, settings);
    } catch (error) {
      return errorResponse(targets.map((target) => ({ refId: target.refId, message: errorMessage(error) })));
    }
    const cached = this.closedPeriodExecutor(executor, warehouse.uid, settings, request);
    const rollups = await this.rollupsOf(executor, warehouse.uid, settings, request.skipQueryCache);
    const results = await Promise.all(
      targets.map(async (target) => {
        try {
          const query = this.prepare(target, request.scopedVars, request.filters);
          const context: EngineContext = {
            executor: cached,
            profile,
            location: settings.location,
            range,
            rangeUnit: grainOfRelativeTime(request.range.raw?.from),
            currentTime: currentTime(range),
            timeZone: requestTimeZone(request.timezone),
            fiscalYearStartMonth: settings.fiscalYearStartMonth,
            display: settings.display,
            pacing: settings.pacing,
            ...(rollups ? { rollups } : {}),
          };
          const frames = await this.batcher.run(query, context, {
            warehouse: warehouse.uid,
            refId: target.refId,
            signal,
          });
          return { frames };
        } catch (error) {
          return { error: { refId: target.refId, message: errorMessage(error) } as DataQueryError };
        }
      })
    );
    const frames = results.flatMap((result) => result.frames ?? []);
    const errors = results.flatMap((result) => (result.error ? [result.error] : []));
    return {
      data: frames.map((frame) => dataFrameFromJSON(localizeFrame(frame) as Parameters<typeof dataFrameFromJSON>[0])),
      ...(errors.length ? { errors } : {}),
      state: errors.length ? LoadingState.Error : LoadingState.Done,
    };
  }

  /**
   * The executor of a request that keeps the results of closed periods. A request that asks to skip
   * query caches (Grafana's skipQueryCache, e.g. every Explore query) forgets what was kept first.
   */
  private closedPeriodExecutor(
    executor: WarehouseExecutor,
    warehouseUid: string,
    settings: EngineSettings,
    request: DataQueryRequest<SalesDataQuery>
  ): CachingExecutor {
    this.closedPeriods ??= new ClosedPeriodCache(settings.closedPeriodCacheMs);
    if (request.skipQueryCache) {
      this.closedPeriods.clear(warehouseUid);
    }
    const day = localDate(Date.now(), requestTimeZone(request.timezone));
    return new CachingExecutor(executor, this.closedPeriods, warehouseUid, day);
  }

  /**
   * The rollups queries may read now: the rollup schema's state (read through the warehouse once per
   * five minutes, again on a forced refresh) when it is fresh. None when the settings name no rollup
   * schema, or the freshness table cannot be read (never built, or being rebuilt): queries then read
   * the fact tables, with the same results.
   */
  private async rollupsOf(
    executor: WarehouseExecutor,
    warehouseUid: string,
    settings: EngineSettings,
    forced?: boolean
  ): Promise<RollupState | undefined> {
    if (!settings.rollups) {
      return undefined;
    }
    if (forced) {
      this.rollupStates.clear(warehouseUid);
    }
    const { state } = await this.rollupStates.get(warehouseUid, settings.rollups.schema, () =>
      readRollupState(executor, settings.rollups!.schema)
    );
    // the age counts from the wall clock: a past range still reads rollups built after it
    return freshRollups(state, Date.now(), settings.rollups.maxAgeMs);
  }

  /** The SalesQuery a target stands for, with dashboard variables and ad hoc filters applied. */
  private prepare(target: SalesDataQuery, scopedVars: ScopedVars, adHoc?: AdHocVariableFilter[]): SalesQuery {
    const query = new VariableExpander(getTemplateSrv(), scopedVars).query(toSalesQuery(target));
    const extra = adHocToFilters(adHoc);
    return extra.length ? ({ ...query, filters: [...(query.filters ?? []), ...extra] } as SalesQuery) : query;
  }

  interpolateVariablesInQueries(
    queries: SalesDataQuery[],
    scopedVars: ScopedVars,
    filters?: AdHocVariableFilter[]
  ): SalesDataQuery[] {
    return queries.map((query) => {
      try {
        return { ...query, ...this.prepare(query, scopedVars, filters) } as SalesDataQuery;
      } catch {
        return query;
      }
    });
  }

  /** The warehouse data source chosen in the settings, checked to be one whose SQL the engine can write. */
  async resolveWarehouse(): Promise<Warehouse> {
    const uid = this.instanceSettings.jsonData.warehouseUid;
    if (!uid) {
      throw new SalesError(
        t(
          'datasource.warehouse.not-configured',
          'No warehouse data source is configured: open the settings of {{name}} and choose the SQL data source that reads the warehouse.',
          { name: this.instanceSettings.name, ...noEscape }
        ),
        'invalid_config'
      );
    }
    let api: DataSourceApi;
    try {
      api = await getDataSourceSrv().get({ uid });
    } catch {
      throw new SalesError(
        t(
          'datasource.warehouse.not-found',
          'The warehouse data source with uid "{{uid}}" was not found: it may have been deleted, or you may not have access to it. Choose another one in the settings of {{name}}.',
          { uid, name: this.instanceSettings.name, ...noEscape }
        ),
        'invalid_config'
      );
    }
    const type = api.type ?? api.meta?.id;
    const dialect = warehouseDialect(type);
    if (!dialect) {
      throw new SalesError(
        t(
          'datasource.warehouse.unsupported',
          'The warehouse data source "{{warehouse}}" is of type {{type}}, which this data source cannot write SQL for. Choose one of these types: {{types}}.',
          { warehouse: api.name, type, types: WAREHOUSE_TYPES.join(', '), ...noEscape }
        ),
        'invalid_config'
      );
    }
    return { api, uid: api.uid ?? uid, type, name: api.name, dialect };
  }

  /** The profile of the warehouse, introspected once per warehouse and settings (one catalog query). */
  private profileOf(executor: WarehouseExecutor, settings: EngineSettings): Promise<WarehouseProfile> {
    const key = profileKey(executor.dialect, settings);
    if (this.profile?.key !== key) {
      const value = introspectProfile(executor, settings.location, settings.warehouseTimeZone);
      this.profile = { key, value };
      // a failed introspection is tried again by the next query
      value.catch(() => {
        if (this.profile?.value === value) {
          this.profile = undefined;
        }
      });
    }
    return this.profile.value;
  }

  /** The range used where Grafana gives none (variable queries, Show SQL outside a panel). */
  defaultRange(): TimeRange {
    return defaultRange();
  }

  /** The SQL of a query as it would run now, with variables expanded ("Show SQL"). */
  async compiledSql(
    target: SalesDataQuery,
    range: TimeRange,
    timezone?: string,
    scopedVars: ScopedVars = {}
  ): Promise<ShownSql> {
    const settings = engineSettings(this.instanceSettings.jsonData);
    const warehouse = await this.resolveWarehouse();
    const engine = engineRange(range);
    const executor = new WarehouseExecutor(warehouse, {
      range,
      timezone: timezone ?? 'browser',
      app: CoreApp.PanelEditor,
      requestId: 'salesperf-show-sql',
    });
    const rollups = await this.rollupsOf(executor, warehouse.uid, settings);
    const { sql } = compileQuery(this.prepare(target, scopedVars), {
      dialect: warehouse.dialect,
      location: settings.location,
      range: engine,
      rangeUnit: grainOfRelativeTime(range.raw?.from),
      currentTime: currentTime(engine),
      timeZone: requestTimeZone(timezone),
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
      ...(rollups ? { rollups } : {}),
    });
    return { sql, warehouse };
  }

  /**
   * What is wrong with a query, as the engine words it, checked without writing its SQL (the
   * editor's check, on every change); with a range, also the query against it. Undefined: nothing.
   */
  problemOf(target: SalesDataQuery, range?: TimeRange): string | undefined {
    try {
      const settings = engineSettings(this.instanceSettings.jsonData);
      const engine = range && engineRange(range);
      const calendar = engine && {
        range: engine,
        currentTime: currentTime(engine),
        timeZone: 'UTC',
        fiscalYearStartMonth: settings.fiscalYearStartMonth,
      };
      const problem = validateQuery(this.prepare(target, {}), calendar);
      return problem && errorMessage(problem);
    } catch (error) {
      return errorMessage(error);
    }
  }

  /** Template variable queries: the values of one dimension (rep names as text, rep ids as values). */
  async metricFindQuery(
    query: SalesDataQuery | string,
    options?: LegacyMetricFindQueryOptions
  ): Promise<MetricFindValue[]> {
    const values = valuesQueryOf(query);
    const prepared = new VariableExpander(getTemplateSrv(), options?.scopedVars ?? {}).query(values) as ValuesQuery;
    return this.values(prepared, options?.range);
  }

  getTagKeys(_options?: DataSourceGetTagKeysOptions<SalesDataQuery>): Promise<MetricFindValue[]> {
    return Promise.resolve(
      listDimensions().map((dimension) => ({ text: dimensionText(dimension.id).label, value: dimension.id }))
    );
  }

  /** Values of one dimension for an ad hoc filter, narrowed by the other ad hoc filters where they apply. */
  async getTagValues(options: DataSourceGetTagValuesOptions<SalesDataQuery>): Promise<MetricFindValue[]> {
    const dimension = options.key as DimensionId;
    const others = adHocToFilters((options.filters ?? []).filter((filter) => filter.key !== options.key));
    // a filter counts only where the values query of this dimension accepts it (region → team → rep)
    const usable = others.filter(
      (filter) => validateQuery({ kind: 'values', dimension, filters: [filter] }) === undefined
    );
    return this.values({ kind: 'values', dimension, filters: usable }, options.timeRange);
  }

  private async values(query: ValuesQuery, range?: TimeRange): Promise<MetricFindValue[]> {
    const settings = engineSettings(this.instanceSettings.jsonData);
    const warehouse = await this.resolveWarehouse();
    const timeRange = range ?? defaultRange();
    const engine = engineRange(timeRange);
    const executor = new WarehouseExecutor(warehouse, {
      range: timeRange,
      timezone: 'utc',
      app: CoreApp.Dashboard,
      requestId: 'salesperf-values',
    });
    const [frame] = await runQuery(query, {
      executor,
      profile: await this.profileOf(executor, settings),
      location: settings.location,
      range: engine,
      currentTime: currentTime(engine),
      timeZone: 'UTC',
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
    });
    return metricFindValues(frame && localizeFrame(frame));
  }

  /** "Save & test": the warehouse contract check through the chosen SQL data source. */
  async testDatasource(): Promise<TestDataSourceResponse> {
    let settings: EngineSettings;
    let warehouse: Warehouse;
    try {
      settings = engineSettings(this.instanceSettings.jsonData);
      warehouse = await this.resolveWarehouse();
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
    const executor = new WarehouseExecutor(warehouse, {
      range: defaultRange(),
      timezone: 'utc',
      app: 'seed-salesperf-datasource',
      requestId: 'salesperf-health',
    });
    try {
      const report = await checkWarehouse(executor, settings.location, {
        data: true,
        timeZone: settings.warehouseTimeZone,
      });
      if (report.profile) {
        this.profile = { key: profileKey(executor.dialect, settings), value: Promise.resolve(report.profile) };
      }
      const result = healthResult(report, warehouse);
      return settings.rollups ? await this.withRollupHealth(result, executor, warehouse.uid, settings) : result;
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  }

  /** "Save & test" with what the rollup schema holds: read afresh, and kept for the queries that follow. */
  private async withRollupHealth(
    result: TestDataSourceResponse,
    executor: WarehouseExecutor,
    warehouseUid: string,
    settings: EngineSettings
  ): Promise<TestDataSourceResponse> {
    const { schema, maxAgeMs } = settings.rollups!;
    let lookup: RollupLookup;
    try {
      lookup = { state: await readRollupState(executor, schema) };
    } catch (error) {
      lookup = { error };
    }
    this.rollupStates.set(warehouseUid, schema, lookup);
    const health = rollupHealth(lookup, { schema, maxAgeMs, sourceSchema: settings.location.schema }, Date.now());
    const verbose = typeof result.details?.verboseMessage === 'string' ? result.details.verboseMessage : '';
    const details = [verbose, health.message, health.detail].filter(Boolean).join('\n\n');
    return {
      ...result,
      message: `${result.message} ${health.message}`,
      details: { ...result.details, verboseMessage: details },
    };
  }
}

function profileKey(dialect: string, settings: EngineSettings): string {
  return `${dialect}|${JSON.stringify(settings.location)}|${settings.warehouseTimeZone}`;
}

/** The state the rollup schema's freshness table records (a rejection when there is no such table). */
function warehouseRequestContext(request: DataQueryRequest<SalesDataQuery>): WarehouseRequestContext {
  return {
    range: request.range,
    timezone: request.timezone,
    app: request.app,
    requestId: request.requestId,
    dashboardUID: request.dashboardUID,
    panelId: request.panelId,
  };
}

function defaultRange(): TimeRange {
  const to = dateTime();
  const from = dateTime(to).subtract(1, 'year');
  return { from, to, raw: { from: 'now-1y', to: 'now' } };
}

function valuesQueryOf(query: SalesDataQuery | string): ValuesQuery {
  if (typeof query === 'string') {
    return { kind: 'values', dimension: query.trim() as DimensionId };
  }
  if (query?.kind !== 'values') {
    throw new SalesError(
      t(
        'datasource.variables.not-values',
        'A variable query must be a values query: choose the dimension whose values the variable offers.'
      ),
      'invalid_query'
    );
  }
  const filters: Filter[] | undefined = query.filters;
  return { kind: 'values', dimension: query.dimension as DimensionId, filters };
}

function metricFindValues(frame: DataFrameJSON | undefined): MetricFindValue[] {
  if (!frame) {
    return [];
  }
  const column = (name: string) =>
    frame.data.values[frame.schema.fields.findIndex((field) => field.name === name)] ?? [];
  const texts = column('text');
  const values = column('value');
  return texts.map((text, index) => ({ text: String(text ?? ''), value: String(values[index] ?? text ?? '') }));
}

function errorResponse(errors: DataQueryError[]): DataQueryResponse {
  return { data: [], errors, state: LoadingState.Error };
}
