import {
  checkClusterLayout,
  checkWarehouse,
  DEFAULT_WAREHOUSE_TIME_ZONE,
  formatCheckReport,
  formatClusterReport,
} from '../../../sales';
import { clickhouseOptions, createExecutor } from '../../executors';
import { CLUSTER_JOINS_HELP, CLUSTER_JOINS_OPTIONS, CLUSTER_OPTIONS, clusterLocation } from '../cluster';
import { type Command, CONNECTION_HELP, CONNECTION_OPTIONS, connectionOf, zoneOption } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate a warehouse against the contract (exit 0 when usable, 1 otherwise)',
  help: [
    'Usage: salesperf check --engine E --url URL [--schema sales] [--cluster NAME] [--json] [--structure-only]',
    '',
    'Checks that the required tables (reps, stages, opportunities) exist, that every present table has',
    "the contract's columns with usable types, and that the data is sane: stages (unique positions,",
    'exactly one won stage, probabilities in 0..1), values and ranges, keys that name missing rows,',
    'negative amounts, duplicate keys. Prints a report naming each table and column.',
    'Errors are what keep queries from running (a required table or a column missing, an unusable type);',
    'warnings say what a caveat changes (nulls, duplicate keys, timestamps without time zone, collations).',
    'With --cluster (ClickHouse, through one node): also the layout of salesperf ddl --cluster, i.e.',
    'every shard reachable, every fact a Distributed table over a local table that every shard has, the',
    'other tables alike on every node, and the rows of each fact on each shard.',
    'Exit status: 0 when the warehouse is usable (no errors), 1 when it is not or cannot be read.',
    '',
    'Options:',
    CONNECTION_HELP,
    '  --warehouse-tz Z   IANA time zone of timestamps stored without one (default UTC)',
    '  --cluster NAME     ClickHouse: the cluster (remote_servers) whose layout to check',
    CLUSTER_JOINS_HELP,
    '  --json             print the report as JSON',
    '  --structure-only   check tables, columns and types only (no table scans)',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    'warehouse-tz': { type: 'string', default: DEFAULT_WAREHOUSE_TIME_ZONE },
    ...CLUSTER_OPTIONS,
    ...CLUSTER_JOINS_OPTIONS,
    json: { type: 'boolean', default: false },
    'structure-only': { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const { engine, url, schema } = connectionOf(values);
    const location = { schema, ...clusterLocation(values, engine) };
    const { cluster } = location;
    const data = values['structure-only'] !== true;
    const executor = createExecutor(engine, url, { readOnly: true });
    try {
      const report = await checkWarehouse(executor, location, {
        data,
        timeZone: zoneOption(values, 'warehouse-tz'),
      });
      if (!cluster) {
        io.out(values.json === true ? JSON.stringify(report, null, 2) : formatCheckReport(report));
        return report.usable ? 0 : 1;
      }
      const layout = await checkClusterLayout(executor, location, {
        cluster,
        credentials: clickhouseOptions(url),
        data,
      });
      const usable = report.usable && !layout.issues.some((issue) => issue.severity === 'error');
      io.out(
        values.json === true
          ? JSON.stringify({ ...report, usable, cluster: layout }, null, 2)
          : `${formatCheckReport(report)}\n\n${formatClusterReport(layout)}`
      );
      return usable ? 0 : 1;
    } finally {
      await executor.close();
    }
  },
};
