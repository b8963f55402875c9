import { DEFAULT_SCHEMA } from '../../../sales/catalog/tables';
import { SalesError } from '../../../sales/errors';
import { checkIdentifier } from '../../../sales/sql/literals';
import { ddlScript } from '../../warehouse/provisioning';
import { checkEngine, engineDialect, ENGINES } from '../../executors';
import type { Command } from '../command';

export const ddlCommand: Command = {
  name: 'ddl',
  summary: "print the DDL that creates the contract's tables for an engine",
  help: [
    'Usage: salesperf ddl --engine E [--schema sales]',
    '',
    'Prints CREATE statements for the schema, the tables and their indexes, generated from the',
    'contract (the files under provisioning/warehouse/ are the same text for the schema "sales").',
    '',
    'Options:',
    `  --engine E     ${ENGINES.join(' | ')}`,
    `  --schema S     default ${DEFAULT_SCHEMA}`,
  ].join('\n'),
  options: {
    engine: { type: 'string' },
    schema: { type: 'string', default: DEFAULT_SCHEMA },
  },
  async run(values, _positionals, io) {
    if (typeof values.engine !== 'string') {
      throw new SalesError(`--engine is required: one of ${ENGINES.join(', ')}.`, 'invalid_config');
    }
    const dialect = engineDialect(checkEngine(values.engine));
    const schema = checkIdentifier(String(values.schema), 'schema name');
    io.out(ddlScript(dialect, schema).trimEnd());
    return 0;
  },
};
