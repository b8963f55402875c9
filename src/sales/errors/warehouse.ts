/** Messages about the warehouse: its contract, DDL, cluster, and the rows it returns. */
export const WAREHOUSE_ERRORS = {
  'ddl.reader-role-dialect':
    "A reader role is SQL for PostgreSQL and MariaDB/MySQL; ClickHouse's is a users file (readerUsersXml), and DuckDB has none (open it read-only).",
  'ddl.reader-password':
    'The reader password must be printable ASCII without quotes, backslashes, "$", "<", ">" or "&".',
  'contract.unknown-table': '"{{name}}" is not a table of the warehouse contract (tables: {{tables}}).',
  'cluster.undefined':
    'The cluster "{{cluster}}" is not defined on this ClickHouse server (its remote_servers define {{clusters}}).',
  'cluster.none-defined': 'The cluster "{{cluster}}" is not defined on this ClickHouse server (it defines no cluster).',
  'funnel-frame.no-stages': 'The funnel has no stages: the stages table has no open stage and no won stage.',
  'funnel-frame.won-stages': 'The stages table has more than one won stage ({{stages}}): a funnel needs exactly one.',
  'rollup.cluster':
    'Rollups are built on one server: the warehouse setting names the cluster "{{cluster}}", whose Distributed tables they do not cover. Leave the rollup schema empty for a cluster.',
  'rollup.nothing': 'No rollup can be built: the warehouse lacks what each reads. {{reasons}}',
} as const;
