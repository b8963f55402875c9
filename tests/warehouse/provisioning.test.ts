import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

import { readerRoleSql } from '../../src/sales/warehouse/ddl';
import { checkWarehouse } from '../../src/sales/warehouse/check';
import { createExecutor, type Engine } from '../../src/node/executors';
import { provisioningFiles, READER } from '../../src/node/warehouse/provisioning';
import { dropSchemaSql, scratchSchemaName } from '../../src/node/testing/engines';

const repo = path.resolve(__dirname, '..', '..');
const committed = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

/** The statements of a generated script (each ends with ";" and a blank line). */
function statements(script: string): string[] {
  return script
    .split(/;\n(?:\n|$)/)
    .map((part) => part.replace(/^(--[^\n]*\n)+/, '').trim())
    .filter((part) => part !== '');
}

describe('provisioning/warehouse', () => {
  it.each(provisioningFiles().map((file) => [file.path, file.content]))(
    '%s is what the contract generates (run `npm run warehouse:ddl` after changing the contract)',
    (file, content) => {
      expect(committed(file)).toBe(content);
    }
  );

  it('matches the read-only login the provisioned Grafana data source uses', () => {
    const datasources = committed('provisioning/datasources/datasources.yaml');
    expect(datasources).toContain(`user: ${READER.role}`);
    expect(datasources).toContain(`password: ${READER.password}`);
  });

  it('creates a schema that passes the structure check (DuckDB, the committed file as is)', async () => {
    const executor = createExecutor('duckdb', ':memory:');
    try {
      await executor.run(committed('provisioning/warehouse/duckdb/schema.sql'));
      const report = await checkWarehouse(executor, { schema: 'sales' }, { data: false });
      expect(report.issues).toEqual([]);
      expect(report.tables.every((table) => table.present)).toBe(true);
    } finally {
      await executor.close();
    }
  });

  const servers: Array<[Engine, string | undefined, string]> = [
    ['mysql', process.env.SALESPERF_MYSQL_URL, 'provisioning/warehouse/mysql/01-schema.sql'],
    ['clickhouse', process.env.SALESPERF_CLICKHOUSE_URL, 'provisioning/warehouse/clickhouse/schema.sql'],
  ];
  for (const [engine, url, file] of servers) {
    (url ? it : it.skip)(`creates a schema that passes the structure check (${engine})`, async () => {
      const executor = createExecutor(engine, url!);
      const schema = scratchSchemaName('whp');
      try {
        for (const statement of statements(committed(file).replaceAll('`sales`', `\`${schema}\``))) {
          await executor.run(statement);
        }
        const report = await checkWarehouse(executor, { schema }, { data: false });
        expect(report.issues).toEqual([]);
        expect(report.tables.every((table) => table.present)).toBe(true);
      } finally {
        await executor.run(dropSchemaSql(engine, schema));
        await executor.close();
      }
    });
  }

  const pgUrl = process.env.SALESPERF_PG_URL;
  (pgUrl ? it : it.skip)(
    'PostgreSQL: the committed files create the schema and a login that can read but not write',
    async () => {
      const schema = scratchSchemaName('whp');
      const role = scratchSchemaName('whr');
      const owner = new Client({ connectionString: pgUrl });
      await owner.connect();
      try {
        const ddl = committed('provisioning/warehouse/postgres/01-schema.sql').replaceAll('"sales"', `"${schema}"`);
        await owner.query(ddl);
        for (const statement of readerRoleSql('postgres', { schema, role, password: 'secret' })) {
          await owner.query(statement);
        }
        const executor = createExecutor('postgres', pgUrl!);
        const structure = await checkWarehouse(executor, { schema }, { data: false }).finally(() => executor.close());
        expect(structure.issues).toEqual([]);
        // A table created after the grants is readable too (default privileges).
        await owner.query(`CREATE TABLE "${schema}".later (x int)`);
        await owner.query(
          `INSERT INTO "${schema}".reps VALUES ('R1', 'Ann', 'T', 'M', 'North', DATE '2020-01-01', NULL)`
        );

        const readerUrl = new URL(pgUrl!);
        readerUrl.username = role;
        readerUrl.password = 'secret';
        const reader = new Client({ connectionString: readerUrl.toString() });
        await reader.connect();
        try {
          const { rows } = await reader.query(`SELECT rep_id FROM "${schema}".reps`);
          expect(rows).toEqual([{ rep_id: 'R1' }]);
          await expect(reader.query(`SELECT * FROM "${schema}".later`)).resolves.toBeDefined();
          await expect(reader.query(`DELETE FROM "${schema}".reps`)).rejects.toThrow(
            /read-only transaction|permission denied/
          );
          await expect(reader.query(`CREATE TABLE "${schema}".mine (x int)`)).rejects.toThrow(
            /read-only transaction|permission denied/
          );
        } finally {
          await reader.end();
        }
      } finally {
        await owner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await owner.query(`DROP OWNED BY "${role}"`).catch(() => undefined);
        await owner.query(`DROP ROLE IF EXISTS "${role}"`);
        await owner.end();
      }
    }
  );

  // The reader roles of every engine, logged in as: tests/warehouse/reader-role.test.ts

  it('refuses reader passwords that cannot be written safely into the DDL', () => {
    expect(() => readerRoleSql('postgres', { schema: 'sales', role: 'r', password: "it's" })).toThrow(
      'The reader password must be printable ASCII without quotes, backslashes, "$", "<", ">" or "&".'
    );
    expect(() => readerRoleSql('clickhouse', { schema: 'sales', role: 'r', password: 'x' })).toThrow(
      "A reader role is SQL for PostgreSQL and MariaDB/MySQL; ClickHouse's is a users file (readerUsersXml), and DuckDB has none (open it read-only)."
    );
  });
});
