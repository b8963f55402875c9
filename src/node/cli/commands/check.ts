import { checkWarehouse, formatCheckReport } from '../../../sales/warehouse/check';
import { DEFAULT_WAREHOUSE_TIME_ZONE } from '../../../sales/warehouse/profile';
import { createExecutor } from '../../executors';
import { type Command, CONNECTION_HELP, CONNECTION_OPTIONS, connectionOf, zoneOption } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate a warehouse against the contract (exit 0 when usable, 1 otherwise)',
  help: [
    'Usage: salesperf check --engine E --url URL [--schema sales] [--json] [--structure-only]',
    '',
    'Checks that the required tables (reps, stages, opportunities) exist, that every present table has',
    "the contract's columns with usable types, and that the data is sane: stages (unique positions,",
    'exactly one won stage, probabilities in 0..1), values and ranges, keys that name missing rows,',
    'negative amounts, duplicate keys. Prints a report naming each table and column.',
    'Errors are what keep queries from running (a required table or a column missing, an unusable type);',
    'warnings say what a caveat changes (nulls, duplicate keys, timestamps without time zone, collations).',
    'Exit status: 0 when the warehouse is usable (no errors), 1 when it is not or cannot be read.',
    '',
    'Options:',
    CONNECTION_HELP,
    '  --warehouse-tz Z   IANA time zone of timestamps stored without one (default UTC)',
    '  --json             print the report as JSON',
    '  --structure-only   check tables, columns and types only (no table scans)',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    'warehouse-tz': { type: 'string', default: DEFAULT_WAREHOUSE_TIME_ZONE },
    json: { type: 'boolean', default: false },
    'structure-only': { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const { engine, url, schema } = connectionOf(values);
    const executor = createExecutor(engine, url, { readOnly: true });
    try {
      const report = await checkWarehouse(
        executor,
        { schema },
        { data: values['structure-only'] !== true, timeZone: zoneOption(values, 'warehouse-tz') }
      );
      io.out(values.json === true ? JSON.stringify(report, null, 2) : formatCheckReport(report));
      return report.usable ? 0 : 1;
    } finally {
      await executor.close();
    }
  },
};
