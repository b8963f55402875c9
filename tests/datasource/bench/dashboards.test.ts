/**
 * @jest-environment jsdom
 */
/**
 * Benchmark, not a check; run it with `npm run bench:refresh` (scripts/bench-refresh.ts), which seeds
 * the warehouse and passes the run's settings in SALESPERF_BENCH_REFRESH. Skipped otherwise.
 *
 * For each provisioned dashboard, one refresh issued as Grafana issues it: every panel's query() of the
 * sales data source at once, each with its panel's time range, after the variables were resolved on
 * load (they refresh on load only, so a refresh does not run them). The warehouse runs one statement
 * at a time and each is timed alone: the warehouse time of a refresh is the sum, what the refresh
 * costs the warehouse whatever the number of connections. Then the same refresh one minute of
 * dashboard time later on the same data source instance (the warm case). In the same round, the
 * limit: one full scan of each fact table the refresh read, timed the same way.
 *
 * With rollups (--rollups): before the dashboards, the rollups are built into `<schema>_rollups` as of
 * the dashboards' "now" in their zone (UTC, as the requests say), with the data source's settings and
 * the warehouse profile it reads. Each round then also refreshes the dashboard cold on a new instance
 * whose settings name the rollup schema (it reads their freshness table, then the rollups), timed
 * alone like the others, and its frames must equal those of the plain cold refresh (floats to 12
 * significant digits) or the bench fails.
 */
import '../lib/environment';

import {
  CoreApp,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  dateTime,
  type RawTimeRange,
} from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import fs from 'fs';
import { lastValueFrom } from 'rxjs';

import { DataSource } from '../../../src/datasource/DataSource';
import { engineSettings } from '../../../src/datasource/settings';
import { requestTimeZone } from '../../../src/datasource/time';
import type { SalesDataQuery, SalesDataSourceOptions } from '../../../src/datasource/types';
import { createExecutor, engineDialect, type NodeExecutor } from '../../../src/node/executors';
import { resolveTable, type TableId } from '../../../src/sales/catalog/tables';
import { getDialect } from '../../../src/sales/sql/dialects';
import { FACTS } from '../../../src/sales/sql/facts';
import { rollupBuild as rollupPlan } from '../../../src/sales/sql/rollupBuild';
import { runRollupBuild } from '../../../src/sales/warehouse/rollups';
import type { RollupState } from '../../../src/sales/sql/rollups';
import type { DataFrameJSON, Executor } from '../../../src/sales/types';
import { CONTRACT } from '../../../src/sales/warehouse/contract';
import { introspectProfile } from '../../../src/sales/warehouse/profile';
import { activeTargets, type Dashboard, dataPanels, readCommittedDashboards } from '../../dashboards/lib/model';
import { type Clock, customSelection, panelRange, panelRawRange } from '../../dashboards/lib/resolve';
import { instanceSettings, TestDataSourceSrv, WAREHOUSE_GRAFANA_TYPE } from '../lib/dataSourceSrv';
import { installSqlBackend, StandInSqlDataSource, type TestBackend } from '../lib/sqlStandIn';
import { TestTemplateSrv, type TestVariable } from '../lib/templateSrv';

/** What scripts/bench-refresh.ts asks for. */
export interface RefreshBenchSettings {
  engine: 'postgres' | 'duckdb' | 'clickhouse';
  url: string;
  schema: string;
  /** the last day of data, YYYY-MM-DD: the dashboards' "now" is 15:00 UTC that day */
  end: string;
  rounds: number;
  /** the settings of the sales data source in provisioning/datasources (jsdom cannot load the YAML parser) */
  provisioned: { uid: string; type: string; jsonData?: Record<string, unknown> };
  /** where the measurements go as JSON (the script prints them) */
  out: string;
  /** build rollups as of the dashboards' now and time a cold refresh that reads them too */
  rollups?: boolean;
}

/** The rollups the bench built before measuring. */
export interface RollupBuildMeasurement {
  schema: string;
  timeZone: string;
  builtAt: number;
  /** milliseconds to run the build statements, one after the other */
  ms: number;
  statements: number;
  /** rows of each rollup table */
  rows: Record<string, number>;
}

/** What the jest part writes for the script. */
export interface RefreshBenchOutput {
  rollups?: RollupBuildMeasurement;
  dashboards: DashboardMeasurement[];
}

/** The Grafana data source type that reads each engine's warehouse. */
/** The fact tables: those metrics are computed from, and the stage history the funnel reads. */
const FACT_TABLES: TableId[] = [
  ...new Set<TableId>([...Object.values(FACTS).map((fact) => fact.table), 'opportunity_stage_history']),
];

/**
 * One full scan of a table: a count of a column no index holds, so that PostgreSQL and MariaDB read
 * every row (COUNT(*) may read a smaller index instead) and column stores read one column of every row.
 */
function fullScanSql(settings: RefreshBenchSettings, table: TableId): string {
  const dialect = getDialect(engineDialect(settings.engine));
  const definition = CONTRACT.find((candidate) => candidate.name === table)!;
  const indexed = new Set([...definition.primaryKey, ...definition.indexes.flat()]);
  const column = definition.columns.find((candidate) => !indexed.has(candidate.name)) ?? definition.columns[0];
  const { schema, name } = resolveTable({ schema: settings.schema }, table);
  return `SELECT COUNT(${dialect.quoteIdent(column.name)}) AS n FROM ${dialect.quoteIdent(schema)}.${dialect.quoteIdent(name)}`;
}

/** The fact tables a statement reads, found by their qualified names in its SQL. */
function factTablesIn(settings: RefreshBenchSettings, sql: string): TableId[] {
  const dialect = getDialect(engineDialect(settings.engine));
  return FACT_TABLES.filter((table) => {
    const { schema, name } = resolveTable({ schema: settings.schema }, table);
    return sql.includes(`${dialect.quoteIdent(schema)}.${dialect.quoteIdent(name)}`);
  });
}

interface Statement {
  sql: string;
  ms: number;
}

/** Runs one statement at a time and records each, so a refresh's statements can be timed alone afterwards. */
class TimedWarehouse implements Executor {
  readonly dialect;
  statements: Statement[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly executor: NodeExecutor) {
    this.dialect = executor.dialect;
  }

  run(sql: string): Promise<DataFrameJSON> {
    const turn = this.queue.then(async () => {
      const started = performance.now();
      try {
        return await this.executor.run(sql);
      } finally {
        this.statements.push({ sql, ms: performance.now() - started });
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * The statements again, one at a time with nothing else running, each with the time the warehouse
   * took for it. Times taken during a refresh also hold the JavaScript handling other panels' answers
   * (the event loop is busy while a statement's result waits to be read), which is not warehouse time.
   */
  async timeAlone(statements: Statement[]): Promise<Statement[]> {
    await this.queue;
    const timed: Statement[] = [];
    for (const { sql } of statements) {
      const started = performance.now();
      await this.executor.run(sql);
      timed.push({ sql, ms: performance.now() - started });
    }
    return timed;
  }

  /** Runs `work` and returns the statements it caused. */
  async record(work: () => Promise<unknown>): Promise<Statement[]> {
    const before = this.statements.length;
    await work();
    await this.queue;
    return this.statements.slice(before);
  }
}

/** A statement of the cold refresh, with the panels it answered and, if it reads the stage history, one scan of that. */
export interface StatementMeasurement {
  sql: string;
  /** the panel whose request carried it (panels asking for the same SQL at once share it) */
  panels: string[];
  ms: number[];
  /** per round, one full scan of opportunity_stage_history, when the statement reads it */
  historyScan?: number[];
  /** the fact tables it reads */
  factTables: TableId[];
  /** whether it reads the rollup schema */
  readsRollups: boolean;
}

export interface DashboardMeasurement {
  dashboard: string;
  title: string;
  panels: number;
  statements: number;
  warmStatements: number;
  factTables: TableId[];
  /** per round, milliseconds of warehouse time */
  cold: number[];
  warm: number[];
  limit: number[];
  /** per round, milliseconds from the first query() to the last answer */
  coldWall: number[];
  /** the statements of the cold refresh, in the order of the last round */
  statementTimes: StatementMeasurement[];
  /** with --rollups: per round, milliseconds of warehouse time of a cold refresh that reads the rollups */
  withRollups?: number[];
  /** with --rollups: per round, the warm refresh of that instance one minute of dashboard time later */
  warmWithRollups?: number[];
  rollupStatements?: number;
  /** the statements of that refresh, as statementTimes */
  rollupStatementTimes?: StatementMeasurement[];
}

/** A refresh's frames, panel by panel, with floats to 12 significant digits (sums split between rollup and fact differ in the last bits). */
function frameValues(responses: DataQueryResponse[]): unknown[] {
  return responses.map((response) =>
    (response.data as DataFrame[]).map((frame) => ({
      refId: frame.refId,
      name: frame.name,
      fields: frame.fields.map((field) => ({
        name: field.name,
        values: [...field.values].map((value) => (typeof value === 'number' ? Number(value.toPrecision(12)) : value)),
      })),
    }))
  );
}

const settings: RefreshBenchSettings | undefined = process.env.SALESPERF_BENCH_REFRESH
  ? JSON.parse(process.env.SALESPERF_BENCH_REFRESH)
  : undefined;

const WAREHOUSE_UID = 'warehouse';
/** The zone every request gives: the dashboards follow the browser's, here a browser in UTC. */
const REQUEST_TIME_ZONE = 'utc';
const MINUTE = 60_000;

(settings ? describe : describe.skip)('refresh of each provisioned dashboard against one scan of its facts', () => {
  // describe.skip still runs this body: nothing here may read the settings before the hooks run
  const run = settings ?? ({} as RefreshBenchSettings);
  let now: number;
  let executor: NodeExecutor;
  let warehouse: TimedWarehouse;
  let backend: TestBackend;
  let rollups: RollupState | undefined;
  let rollupBuild: RollupBuildMeasurement | undefined;

  /**
   * Builds the rollups into `<schema>_rollups` as of the dashboards' now, in the zone their requests
   * give (UTC), with the data source's location, fiscal year and the warehouse profile it reads.
   */
  async function buildRollups(): Promise<void> {
    // DuckDB allows one writer per file: this one is closed before the bench opens it read-only
    const writer = createExecutor(run.engine, run.url);
    try {
      const settings = engineSettings(salesOptions());
      const rollupSchema = `${run.schema}_rollups`;
      const timeZone = requestTimeZone(REQUEST_TIME_ZONE);
      const build = rollupPlan({
        dialect: writer.dialect,
        location: settings.location,
        profile: await introspectProfile(writer, settings.location, settings.warehouseTimeZone),
        timeZone,
        fiscalYearStartMonth: settings.fiscalYearStartMonth,
        rollupSchema,
        builtAt: now,
      });
      const started = performance.now();
      rollups = await runRollupBuild(writer, build, rollupSchema);
      const ms = performance.now() - started;
      if (!rollups) {
        throw new Error(`bench:refresh --rollups: the freshness table of ${rollupSchema} says no rollup is usable`);
      }
      const d = getDialect(writer.dialect);
      const rows: Record<string, number> = {};
      for (const table of build.tables) {
        const count = await writer.run(
          `SELECT COUNT(*) AS n FROM ${d.quoteIdent(rollupSchema)}.${d.quoteIdent(table)}`
        );
        rows[table] = Number(count.data.values[0][0]);
      }
      rollupBuild = { schema: rollupSchema, timeZone, builtAt: now, ms, statements: build.statements.length, rows };
    } finally {
      await writer.close();
    }
  }

  beforeAll(async () => {
    now = Date.parse(`${run.end}T15:00:00Z`);
    await initPluginTranslations('seed-salesperf-datasource', []);
    if (run.rollups) {
      await buildRollups();
    }
    executor = createExecutor(run.engine, run.url, { readOnly: true });
    warehouse = new TimedWarehouse(executor);
    const settings = instanceSettings(WAREHOUSE_UID, WAREHOUSE_GRAFANA_TYPE[run.engine], 'Sales warehouse');
    setDataSourceSrv(new TestDataSourceSrv([{ settings, api: new StandInSqlDataSource(settings) }]));
    backend = installSqlBackend({ [WAREHOUSE_UID]: warehouse });
    // Date is the dashboards' clock; timers and performance stay real
    jest.useFakeTimers({
      now,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'clearImmediate',
        'queueMicrotask',
        'performance',
        'hrtime',
      ],
    });
  });

  afterAll(async () => {
    jest.useRealTimers();
    await executor?.close();
  });

  /** The settings of the sales data source as provisioning/datasources declares it, on the bench's warehouse and schema. */
  function salesOptions(): SalesDataSourceOptions {
    return { ...run.provisioned.jsonData, warehouseUid: WAREHOUSE_UID, schema: run.schema } as SalesDataSourceOptions;
  }

  /** The sales data source on the bench's warehouse and schema, reading the rollups `withRollups` names if given. */
  function salesDataSource(withRollups?: RollupState): DataSource {
    const { provisioned } = run;
    const options = withRollups ? { ...salesOptions(), rollupSchema: withRollups.schema } : salesOptions();
    return new DataSource(instanceSettings(provisioned.uid, provisioned.type, 'Sales Performance', options));
  }

  /** What Grafana does on load: each variable's values queried, the saved selection kept (All), else the first value. */
  async function loadVariables(ds: DataSource, dashboard: Dashboard): Promise<void> {
    const variables: TestVariable[] = [];
    setTemplateSrv(new TestTemplateSrv(variables));
    for (const variable of dashboard.templating?.list ?? []) {
      if (variable.type === 'custom') {
        // values typed in the dashboard (a deal amount): the one it opens with
        variables.push({ name: variable.name, value: customSelection(variable) as string[] });
        continue;
      }
      const options = (await ds.metricFindQuery(variable.query as SalesDataQuery)).map((option) =>
        String(option.value)
      );
      const saved = (variable as { current?: { value?: string | string[] } }).current?.value;
      const value =
        saved === '$__all' || (Array.isArray(saved) && saved[0] === '$__all') ? '$__all' : options.slice(0, 1);
      variables.push({ name: variable.name, value, options, multi: variable.multi, includeAll: variable.includeAll });
      setTemplateSrv(new TestTemplateSrv(variables));
    }
  }

  /** One refresh: every panel's request at once, as the dashboard's panels issue them at `clock`. */
  async function refresh(ds: DataSource, dashboard: Dashboard, clock: Clock): Promise<DataQueryResponse[]> {
    jest.setSystemTime(clock.now);
    const responses = await Promise.all(
      dataPanels(dashboard).map((panel, index) => {
        const targets = activeTargets(panel) as SalesDataQuery[];
        const range = panelRange(dashboard, panel, clock);
        const raw: RawTimeRange = panelRawRange(dashboard, panel) ?? {
          from: dateTime(range.from),
          to: dateTime(range.to),
        };
        const request: DataQueryRequest<SalesDataQuery> = {
          requestId: `SQR${index}`,
          interval: '1d',
          intervalMs: 86_400_000,
          // Grafana's range ends on the last millisecond of the rounded unit
          range: { from: dateTime(range.from), to: dateTime(range.to - 1), raw },
          scopedVars: {},
          targets,
          timezone: REQUEST_TIME_ZONE,
          app: CoreApp.Dashboard,
          startTime: clock.now,
          dashboardUID: dashboard.uid,
          panelId: panel.id,
        };
        return lastValueFrom(ds.query(request));
      })
    );
    const failed = responses.flatMap((response) => response.errors ?? []);
    if (failed.length) {
      throw new Error(`${dashboard.uid}: ${failed.map((error) => error.message).join('\n')}`);
    }
    return responses;
  }

  const total = (statements: Statement[]) => statements.reduce((sum, statement) => sum + statement.ms, 0);

  /** Adds a round's times of `statements` to the entries of `bySql`, with the panels whose warehouse calls carried each. */
  async function addStatements(
    bySql: Map<string, StatementMeasurement>,
    statements: Statement[],
    carried: TestBackend['calls'],
    panels: ReturnType<typeof dataPanels>,
    scanHistory: boolean
  ): Promise<void> {
    for (const statement of statements) {
      const factTables = factTablesIn(run, statement.sql);
      const entry = bySql.get(statement.sql) ?? {
        sql: statement.sql,
        panels: [],
        ms: [],
        factTables,
        readsRollups: rollups !== undefined && statement.sql.includes(rollups.schema),
      };
      entry.panels = carried
        .filter((call) => call.queries.some((query) => query.rawSql === statement.sql))
        .map((call) => panels[Number(/^SQR(\d+)/.exec(call.requestId ?? '')?.[1])]?.title ?? '?');
      entry.ms.push(statement.ms);
      if (scanHistory && factTables.includes('opportunity_stage_history')) {
        const scan = await warehouse.record(() => warehouse.run(fullScanSql(run, 'opportunity_stage_history')));
        entry.historyScan = [...(entry.historyScan ?? []), total(scan)];
      }
      bySql.set(statement.sql, entry);
    }
  }

  it('measures every dashboard', async () => {
    const measurements: DashboardMeasurement[] = [];
    for (const { file, json } of readCommittedDashboards()) {
      const measurement: DashboardMeasurement = {
        dashboard: file.replace(/\.json$/, ''),
        title: json.title ?? file,
        panels: dataPanels(json).length,
        statements: 0,
        warmStatements: 0,
        factTables: [],
        cold: [],
        warm: [],
        limit: [],
        coldWall: [],
        statementTimes: [],
        ...(rollups ? { withRollups: [], warmWithRollups: [], rollupStatements: 0, rollupStatementTimes: [] } : {}),
      };
      const panels = dataPanels(json);
      const bySql = new Map<string, StatementMeasurement>();
      const rolledBySql = new Map<string, StatementMeasurement>();
      for (let round = 0; round < run.rounds; round++) {
        // a new instance per round: the dashboard opened afresh, with nothing of a previous refresh kept
        const ds = salesDataSource();
        jest.setSystemTime(now);
        await loadVariables(ds, json);
        const calls = backend.calls.length;
        const started = performance.now();
        let plainFrames: DataQueryResponse[] = [];
        const coldStatements = await warehouse.record(async () => {
          plainFrames = await refresh(ds, json, { now, timeZone: 'UTC' });
        });
        measurement.coldWall.push(performance.now() - started);
        const carried = backend.calls.slice(calls);
        const warmStatements = await warehouse.record(() => refresh(ds, json, { now: now + MINUTE, timeZone: 'UTC' }));
        // the same cold refresh on another new instance that reads the rollups: the same frames
        let rolledStatements: Statement[] = [];
        let rolledWarmStatements: Statement[] = [];
        let rolledCarried: TestBackend['calls'] = [];
        if (rollups) {
          const rolledDs = salesDataSource(rollups);
          jest.setSystemTime(now);
          await loadVariables(rolledDs, json);
          const rolledCalls = backend.calls.length;
          let rolledFrames: DataQueryResponse[] = [];
          rolledStatements = await warehouse.record(async () => {
            rolledFrames = await refresh(rolledDs, json, { now, timeZone: 'UTC' });
          });
          rolledCarried = backend.calls.slice(rolledCalls);
          rolledWarmStatements = await warehouse.record(() =>
            refresh(rolledDs, json, { now: now + MINUTE, timeZone: 'UTC' })
          );
          const [plain, rolled] = [frameValues(plainFrames), frameValues(rolledFrames)];
          const differs = plain.findIndex((frames, index) => JSON.stringify(frames) !== JSON.stringify(rolled[index]));
          if (differs >= 0 || plain.length !== rolled.length) {
            throw new Error(
              `${measurement.dashboard}: the frames with rollups differ from those without, panel "${panels[differs]?.title}":\n` +
                `without ${JSON.stringify(plain[differs])}\nwith    ${JSON.stringify(rolled[differs])}`
            );
          }
        }
        const cold = await warehouse.timeAlone(coldStatements);
        const warm = await warehouse.timeAlone(warmStatements);
        const rolled = await warehouse.timeAlone(rolledStatements);
        const rolledWarm = await warehouse.timeAlone(rolledWarmStatements);
        const tables = [...new Set(cold.flatMap((statement) => factTablesIn(run, statement.sql)))];
        const limit = await warehouse.record(async () => {
          for (const table of tables) {
            await warehouse.run(fullScanSql(run, table));
          }
        });
        // which panels each statement answered: the request ids of the warehouse calls that carried it
        await addStatements(bySql, cold, carried, panels, true);
        await addStatements(rolledBySql, rolled, rolledCarried, panels, false);
        measurement.cold.push(total(cold));
        measurement.warm.push(total(warm));
        measurement.limit.push(total(limit));
        measurement.statements = cold.length;
        measurement.warmStatements = warm.length;
        measurement.factTables = FACT_TABLES.filter((table) => tables.includes(table));
        if (rollups) {
          measurement.withRollups!.push(total(rolled));
          measurement.warmWithRollups!.push(total(rolledWarm));
          measurement.rollupStatements = rolled.length;
        }
      }
      measurement.statementTimes = [...bySql.values()];
      if (rollups) {
        measurement.rollupStatementTimes = [...rolledBySql.values()];
      }
      measurements.push(measurement);
    }
    const output: RefreshBenchOutput = { rollups: rollupBuild, dashboards: measurements };
    fs.writeFileSync(run.out, JSON.stringify(output, null, 2));
    expect(measurements.every((measurement) => measurement.statements > 0)).toBe(true);
    if (rollups) {
      // the rollups were given to the queries: some statement reads them
      expect(measurements.some((measurement) => measurement.rollupStatementTimes!.some((s) => s.readsRollups))).toBe(
        true
      );
    }
  }, 3_600_000);
});
