import {
  CLUSTER_DDL_NOTES,
  clusterDdl,
  DEFAULT_SCHEMA,
  type Dialect,
  readerRoleSql,
  readerUsersXml,
  sqlScript,
  warehouseDdl,
} from '../../sales';

/**
 * The DDL files under provisioning/warehouse/, generated from the contract. `npm run warehouse:ddl`
 * rewrites them; tests/warehouse/provisioning.test.ts fails when the committed files differ.
 */

export const PROVISIONING_DIR = 'provisioning/warehouse';

/** The read-only login that provisioning/datasources/datasources.yaml uses. */
export const READER = { role: 'salesperf_reader', password: 'salesperf_reader' };

const GENERATED = 'Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.';

const HOW_TO_RUN: Record<Dialect, string> = {
  postgres: 'psql "$URL" -v ON_ERROR_STOP=1 -f 01-schema.sql',
  mysql: 'mariadb -h HOST -u USER -p < 01-schema.sql',
  clickhouse: 'clickhouse-client --multiquery < schema.sql',
  duckdb: 'duckdb sales.duckdb < schema.sql',
};

/** The schema, its tables and their indexes as one script. */
export function ddlScript(dialect: Dialect, schema: string, notes: string[] = []): string {
  const { schema: create, tables, indexes } = warehouseDdl(dialect, schema);
  return sqlScript(
    [`Sales Performance warehouse contract: ${dialect} DDL for schema "${schema}".`, GENERATED, ...notes],
    [...create, ...tables, ...indexes]
  );
}

/** The sharded layout of the contract on a ClickHouse cluster, to run on every node. */
export function clusterDdlScript(cluster: string, schema: string): string {
  return sqlScript(
    [
      `Sales Performance warehouse contract: ClickHouse DDL for schema "${schema}" on cluster "${cluster}".`,
      'Generated from src/sales/warehouse/contract.ts and src/sales/warehouse/cluster.ts.',
      ...CLUSTER_DDL_NOTES,
      `Run on every node: ${HOW_TO_RUN.clickhouse.replace('schema.sql', 'cluster.sql')} (once per node, with --host/--port).`,
    ],
    clusterDdl(cluster, schema)
  );
}

export function provisioningFiles(): Array<{ path: string; content: string }> {
  const schema = DEFAULT_SCHEMA;
  const schemaFile = (dialect: Dialect) => ddlScript(dialect, schema, [`Run: ${HOW_TO_RUN[dialect]}`]);
  const readerFile = (dialect: Dialect) =>
    sqlScript(
      [
        `A read-only login for Grafana on schema "${schema}" (${dialect}).`,
        GENERATED,
        `Change the password ("${READER.password}") anywhere but the demo stack, here and in provisioning/datasources/.`,
      ],
      readerRoleSql(dialect, { schema, ...READER })
    );
  return [
    { path: `${PROVISIONING_DIR}/postgres/01-schema.sql`, content: schemaFile('postgres') },
    { path: `${PROVISIONING_DIR}/postgres/02-reader.sql`, content: readerFile('postgres') },
    { path: `${PROVISIONING_DIR}/mysql/01-schema.sql`, content: schemaFile('mysql') },
    { path: `${PROVISIONING_DIR}/mysql/02-reader.sql`, content: readerFile('mysql') },
    { path: `${PROVISIONING_DIR}/clickhouse/schema.sql`, content: schemaFile('clickhouse') },
    {
      path: `${PROVISIONING_DIR}/clickhouse/users.d/salesperf-reader.xml`,
      content: readerUsersXml({ schema, ...READER }),
    },
    { path: `${PROVISIONING_DIR}/duckdb/schema.sql`, content: schemaFile('duckdb') },
  ];
}
