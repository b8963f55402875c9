import fs from 'fs';

import {
  checkIdentifier,
  DEFAULT_ROLLUP_MAX_AGE_HOURS,
  compileQuery,
  freshRollups,
  readRollupState,
  type RollupState,
  DEFAULT_WAREHOUSE_TIME_ZONE,
  DIALECT_IDS,
  getDialect,
  type Grain,
  grainOfRelativeTime,
  introspectProfile,
  runQuery,
  SalesError,
  type SalesQuery,
} from '../../../sales';
import { createExecutor, engineDialect, type NodeExecutor } from '../../executors';
import { CLUSTER_HELP, CLUSTER_JOINS_HELP, CLUSTER_JOINS_OPTIONS, CLUSTER_OPTIONS, clusterLocation } from '../cluster';
import {
  type Command,
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  connectionOf,
  type OptionValues,
  zoneOption,
} from '../command';
import { formatFrames, type OutputFormat } from '../frameOutput';
import { parseTimeArg } from '../timeArgs';

const QUERY_HELP = [
  '  --query JSON        a SalesQuery, e.g. {"kind":"metrics","metrics":["bookings","win_rate"],"groupBy":["region"]}',
  '  --query-file F      the SalesQuery in a JSON file',
  '  --from T, --to T    the range [from, to): ISO dates/times or now-90d, now/fQ, now-1M/M …; default this quarter',
  '  --now T             the current time for snapshot metrics and pacing (default: the clock)',
  '  --tz ZONE           IANA time zone the range and buckets are in (default UTC)',
  '  --fiscal-start M    fiscal year start month 1-12 (default 1)',
  '  --currency UNIT     Grafana unit for amounts (default currencyUSD)',
  CLUSTER_HELP,
  CLUSTER_JOINS_HELP,
].join('\n');

const QUERY_OPTIONS: Command['options'] = {
  query: { type: 'string' },
  'query-file': { type: 'string' },
  from: { type: 'string', default: 'now/Q' },
  to: { type: 'string', default: 'now/Q' },
  now: { type: 'string' },
  tz: { type: 'string', default: 'UTC' },
  'fiscal-start': { type: 'string', default: '1' },
  currency: { type: 'string' },
  ...CLUSTER_OPTIONS,
  ...CLUSTER_JOINS_OPTIONS,
};

function queryOf(values: OptionValues): SalesQuery {
  const inline = values.query;
  const file = values['query-file'];
  if ((typeof inline === 'string') === (typeof file === 'string')) {
    throw new SalesError('Give the query with exactly one of --query JSON or --query-file F.', 'invalid_query');
  }
  let text: string;
  if (typeof file === 'string') {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new SalesError(`Cannot read the query file ${file}: ${(error as Error).message}`, 'invalid_query');
    }
  } else {
    text = inline as string;
  }
  try {
    return JSON.parse(text) as SalesQuery;
  } catch (error) {
    throw new SalesError(`The query is not valid JSON: ${(error as Error).message}`, 'invalid_query');
  }
}

interface QuerySetting {
  query: SalesQuery;
  range: { from: number; to: number };
  /** the unit --from rounds to (now/fQ → quarter) */
  rangeUnit?: Grain;
  currentTime: number;
  timeZone: string;
  fiscalYearStartMonth: number;
}

function settingOf(values: OptionValues): QuerySetting {
  const timeZone = zoneOption(values, 'tz');
  const fiscalYearStartMonth = Number(values['fiscal-start']);
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new SalesError(
      `--fiscal-start must be a month number 1-12, not "${String(values['fiscal-start'])}".`,
      'invalid_config'
    );
  }
  const clock = { now: Date.now(), timeZone, fiscalYearStartMonth };
  const currentTime = typeof values.now === 'string' ? parseTimeArg(values.now, clock, false, '--now') : clock.now;
  const context = { ...clock, now: currentTime };
  return {
    query: queryOf(values),
    range: {
      from: parseTimeArg(String(values.from), context, false, '--from'),
      to: parseTimeArg(String(values.to), context, true, '--to'),
    },
    rangeUnit: grainOfRelativeTime(values.from),
    currentTime,
    timeZone,
    fiscalYearStartMonth,
  };
}

/** The CLI reads rollups as the data source does by default. */
const ROLLUP_MAX_AGE_MS = DEFAULT_ROLLUP_MAX_AGE_HOURS * 3_600_000;

/** The rollups of --rollup-schema when fresh; a schema without them is an error naming it. */
async function readRollups(
  executor: NodeExecutor,
  option: OptionValues[string],
  currentTime: number
): Promise<RollupState | undefined> {
  if (typeof option !== 'string') {
    return undefined;
  }
  const schema = checkIdentifier(option, 'rollup schema name');
  let state: RollupState | undefined;
  try {
    state = await readRollupState(executor, schema);
  } catch (error) {
    throw new SalesError(
      `--rollup-schema ${schema}: its freshness table cannot be read (build the rollups with salesperf rollup): ${(error as Error).message}`,
      'invalid_config'
    );
  }
  const fresh = freshRollups(state, currentTime, ROLLUP_MAX_AGE_MS);
  if (!fresh) {
    throw new SalesError(
      `--rollup-schema ${schema}: ${state ? `the rollups were built at ${new Date(state.builtAt).toISOString()}, more than ${DEFAULT_ROLLUP_MAX_AGE_HOURS} hours before --now (or after it)` : 'it records no rollups'}: run salesperf rollup again or leave the option out.`,
      'invalid_config'
    );
  }
  return fresh;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a SalesQuery on a warehouse and print its frames',
  help: [
    'Usage: salesperf query --engine E --url URL (--query JSON | --query-file F) [--from T] [--to T]',
    '                       [--now T] [--tz ZONE] [--fiscal-start M] [--format json|csv|table]',
    '',
    'Compiles the query to one SQL statement, runs it and prints the frames. --format json prints the',
    'array of DataFrameJSON exactly as the data source hands them to Grafana.',
    '',
    'Options:',
    CONNECTION_HELP,
    QUERY_HELP,
    '  --warehouse-tz ZONE IANA time zone of timestamps stored without one (default UTC)',
    `  --rollup-schema S   read the rollups \`salesperf rollup\` built there, if built in the last ${DEFAULT_ROLLUP_MAX_AGE_HOURS} hours`,
    '  --format F          json (default), csv or table',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    ...QUERY_OPTIONS,
    'warehouse-tz': { type: 'string', default: DEFAULT_WAREHOUSE_TIME_ZONE },
    'rollup-schema': { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
  async run(values, _positionals, io) {
    const format = String(values.format) as OutputFormat;
    if (!['json', 'csv', 'table'].includes(format)) {
      throw new SalesError(`--format must be json, csv or table, not "${format}".`, 'invalid_config');
    }
    const { engine, url, schema } = connectionOf(values);
    const setting = settingOf(values);
    const warehouseZone = zoneOption(values, 'warehouse-tz');
    const executor = createExecutor(engine, url, { readOnly: true });
    try {
      const location = { schema, ...clusterLocation(values, executor.dialect) };
      const profile = await introspectProfile(executor, location, warehouseZone);
      const rollups = await readRollups(executor, values['rollup-schema'], setting.currentTime);
      const frames = await runQuery(setting.query, {
        executor,
        profile,
        rollups,
        location,
        range: setting.range,
        rangeUnit: setting.rangeUnit,
        currentTime: setting.currentTime,
        timeZone: setting.timeZone,
        fiscalYearStartMonth: setting.fiscalYearStartMonth,
        display: typeof values.currency === 'string' ? { currencyUnit: values.currency } : undefined,
      });
      io.out(formatFrames(frames, format, setting.timeZone));
      return 0;
    } finally {
      await executor.close();
    }
  },
};

export const sqlCommand: Command = {
  name: 'sql',
  summary: 'print the SQL a SalesQuery compiles to, without running it',
  help: [
    'Usage: salesperf sql --dialect D (--query JSON | --query-file F) [--schema sales] [--from T] [--to T]',
    '                     [--now T] [--tz ZONE] [--fiscal-start M]',
    '',
    'Prints the one SQL statement the query compiles to, ready for a core SQL panel or an alert rule.',
    'The time range is written into the statement as literals.',
    '',
    'Options:',
    `  --dialect D         ${DIALECT_IDS.join(' | ')} (or --engine E)`,
    '  --schema S          the schema (a database in MySQL and ClickHouse); default sales',
    QUERY_HELP,
  ].join('\n'),
  options: {
    ...QUERY_OPTIONS,
    dialect: { type: 'string' },
    engine: { type: 'string' },
    schema: CONNECTION_OPTIONS.schema,
  },
  async run(values, _positionals, io) {
    const dialectName =
      typeof values.dialect === 'string'
        ? values.dialect
        : typeof values.engine === 'string'
          ? engineDialect(values.engine as never)
          : undefined;
    if (!dialectName) {
      throw new SalesError(`--dialect is required: one of ${DIALECT_IDS.join(', ')}.`, 'invalid_config');
    }
    const dialect = getDialect(dialectName).id;
    const setting = settingOf(values);
    const compiled = compileQuery(setting.query, {
      dialect,
      location: { schema: String(values.schema), ...clusterLocation(values, dialect) },
      range: setting.range,
      rangeUnit: setting.rangeUnit,
      currentTime: setting.currentTime,
      timeZone: setting.timeZone,
      fiscalYearStartMonth: setting.fiscalYearStartMonth,
    });
    io.out(compiled.sql);
    return 0;
  },
};
