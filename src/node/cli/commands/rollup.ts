import {
  checkIdentifier,
  DEFAULT_WAREHOUSE_TIME_ZONE,
  getDialect,
  introspectProfile,
  rollupBuild,
  runRollupBuild,
  SalesError,
} from '../../../sales';
import { createExecutor } from '../../executors';
import { type Command, CONNECTION_HELP, CONNECTION_OPTIONS, connectionOf, zoneOption } from '../command';
import { parseTimeArg } from '../timeArgs';

export const rollupCommand: Command = {
  name: 'rollup',
  summary: 'build the daily rollups the data source reads for flow metrics (an ops command: it writes)',
  help: [
    'Usage: salesperf rollup --engine E --url URL [--schema sales] [--rollup-schema S] [--tz ZONE]',
    '                        [--warehouse-tz ZONE] [--now T] [--print]',
    '',
    'Builds, in a schema of their own, one table per fact table and date it is counted by: per local',
    "day and rep, the sums and counts of the flow metrics' components for every day before today, and",
    'records when they were built. A data source whose rollup schema setting names that schema then',
    'answers those days from the rollups and the rest from the fact tables: the same numbers, fewer',
    "rows read. Run it daily (after the warehouse load); rollups older than the data source's maximum",
    'age are ignored. The login needs to create tables in the rollup schema; the data source only reads.',
    'Dashboards grouped or filtered by anything but rep, team, manager and region read the fact tables.',
    '',
    'Options:',
    CONNECTION_HELP,
    '  --rollup-schema S   where the rollups go (a database in MariaDB and ClickHouse); default <schema>_rollups',
    "  --tz ZONE           the IANA zone of the days, the dashboards' time zone (default UTC); metrics dated by",
    '                      a timestamp read the rollups only in this zone, those dated by a date in any',
    '  --warehouse-tz ZONE IANA time zone of timestamps stored without one (default UTC)',
    '  --now T             the build time: the rollups hold the days before its date (default: the clock)',
    '  --print             print the statements instead of running them',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    'rollup-schema': { type: 'string' },
    tz: { type: 'string', default: 'UTC' },
    'warehouse-tz': { type: 'string', default: DEFAULT_WAREHOUSE_TIME_ZONE },
    now: { type: 'string' },
    print: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const { engine, url, schema } = connectionOf(values);
    const timeZone = zoneOption(values, 'tz');
    const warehouseZone = zoneOption(values, 'warehouse-tz');
    const rollupSchema = checkIdentifier(String(values['rollup-schema'] ?? `${schema}_rollups`), 'rollup schema name');
    if (rollupSchema === schema) {
      throw new SalesError(
        `--rollup-schema must differ from --schema (${schema}): the rollups go in a schema of their own.`,
        'invalid_config'
      );
    }
    const clock = { now: Date.now(), timeZone, fiscalYearStartMonth: 1 };
    const builtAt = typeof values.now === 'string' ? parseTimeArg(values.now, clock, false, '--now') : clock.now;
    const executor = createExecutor(engine, url);
    try {
      const location = { schema };
      const profile = await introspectProfile(executor, location, warehouseZone);
      const build = rollupBuild({
        dialect: executor.dialect,
        location,
        profile,
        timeZone,
        fiscalYearStartMonth: 1,
        rollupSchema,
        builtAt,
      });
      if (values.print) {
        io.out(build.statements.map((statement) => `${statement};`).join('\n'));
        return 0;
      }
      const state = await runRollupBuild(executor, build, rollupSchema);
      if (!state) {
        throw new SalesError(
          `The rollups were built but ${rollupSchema}'s freshness table reads back empty.`,
          'engine_error'
        );
      }
      for (const skip of build.skipped) {
        io.out(`${rollupSchema}.${skip.table}: not built: ${skip.reason}`);
      }
      for (const table of build.tables) {
        const { quoteIdent } = getDialect(executor.dialect);
        const frame = await executor.run(`SELECT COUNT(*) AS n FROM ${quoteIdent(rollupSchema)}.${quoteIdent(table)}`);
        io.out(`${rollupSchema}.${table}: ${String(frame.data.values[0]?.[0])} rows`);
      }
      io.out(
        `Rollups of ${schema} built at ${new Date(state.builtAt).toISOString()}: they hold the days before ${state.coveredUntil} (${state.timeZone}).`
      );
      return 0;
    } finally {
      await executor.close();
    }
  },
};
