import { checkWarehouse, formatCheckReport } from '../../../sales/warehouse/check';
import { createExecutor } from '../../executors';
import { type Command, CONNECTION_HELP, CONNECTION_OPTIONS, connectionOf } from '../command';

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
    'Exit status: 0 when the warehouse is usable, 1 when it is not or cannot be read.',
    '',
    'Options:',
    CONNECTION_HELP,
    '  --json             print the report as JSON',
    '  --structure-only   check tables, columns and types only (no table scans)',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    json: { type: 'boolean', default: false },
    'structure-only': { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const { engine, url, schema } = connectionOf(values);
    const executor = createExecutor(engine, url, { readOnly: true });
    try {
      const report = await checkWarehouse(executor, { schema }, { data: values['structure-only'] !== true });
      io.out(values.json === true ? JSON.stringify(report, null, 2) : formatCheckReport(report));
      return report.usable ? 0 : 1;
    } finally {
      await executor.close();
    }
  },
};
