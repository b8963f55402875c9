import { checkIdentifier, DEFAULT_SCHEMA, SalesError } from '../../../sales';
import { clusterDdlScript, ddlScript } from '../../warehouse/provisioning';
import { checkEngine, engineDialect, ENGINES } from '../../executors';
import { CLUSTER_OPTIONS, clusterOf } from '../cluster';
import type { Command } from '../command';

export const ddlCommand: Command = {
  name: 'ddl',
  summary: "print the DDL that creates the contract's tables for an engine",
  help: [
    'Usage: salesperf ddl --engine E [--schema sales] [--cluster NAME]',
    '',
    'Prints CREATE statements for the schema, the tables and their indexes, generated from the',
    'contract (the files under provisioning/warehouse/ are the same text for the schema "sales").',
    'With --cluster (ClickHouse): the sharded layout, to run on every node of the cluster: each fact a',
    'local MergeTree table <name>_local under a Distributed table <name>, the other tables plain.',
    '',
    'Options:',
    `  --engine E     ${ENGINES.join(' | ')}`,
    `  --schema S     default ${DEFAULT_SCHEMA}`,
    '  --cluster NAME ClickHouse: the cluster (remote_servers) the Distributed tables span',
  ].join('\n'),
  options: {
    engine: { type: 'string' },
    schema: { type: 'string', default: DEFAULT_SCHEMA },
    ...CLUSTER_OPTIONS,
  },
  async run(values, _positionals, io) {
    if (typeof values.engine !== 'string') {
      throw new SalesError(`--engine is required: one of ${ENGINES.join(', ')}.`, 'invalid_config');
    }
    const dialect = engineDialect(checkEngine(values.engine));
    const schema = checkIdentifier(String(values.schema), 'schema name');
    const cluster = clusterOf(values, dialect);
    io.out((cluster ? clusterDdlScript(cluster, schema) : ddlScript(dialect, schema)).trimEnd());
    return 0;
  },
};
