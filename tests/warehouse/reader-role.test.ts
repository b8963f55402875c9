/**
 * The reader roles of the warehouse DDL, logged in as on real servers: they may SELECT the contract's
 * tables and nothing else. Grafana OSS lets every org user (and anonymous wall viewers) send any SQL
 * through the warehouse data source, so the role is the only guard.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { runQuery } from '../../src/sales/engine';
import { readerRoleSql, readerUsersXml } from '../../src/sales/warehouse/ddl';
import { createExecutor, type NodeExecutor } from '../../src/node/executors';
import { FIXTURE, fixtureContext } from '../fixtures/handmade';
import { dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';

const PASSWORD = 'reader-Secret1';

interface Attempt {
  what: string;
  sql: string;
}

/** What a reader must not be able to do, per engine (`other` is a table in another schema). */
function forbidden(dialect: 'postgres' | 'mysql' | 'clickhouse', schema: string, other: string): Attempt[] {
  const q = (name: string) => (dialect === 'postgres' ? `"${name}"` : `\`${name}\``);
  const reps = `${q(schema)}.${q('reps')}`;
  const common = [
    { what: 'INSERT', sql: `INSERT INTO ${reps} (${q('rep_id')}) VALUES ('x')` },
    { what: 'CREATE TABLE', sql: `CREATE TABLE ${q(schema)}.${q('planted')} (x INT)` },
    { what: 'DROP TABLE', sql: `DROP TABLE ${reps}` },
    { what: 'reading another schema', sql: `SELECT * FROM ${q(other)}.${q('secrets')}` },
  ];
  switch (dialect) {
    case 'postgres':
      return [
        ...common,
        { what: 'UPDATE', sql: `UPDATE ${reps} SET ${q('region')} = 'x'` },
        { what: 'DELETE', sql: `DELETE FROM ${reps}` },
        { what: 'pg_read_file', sql: "SELECT pg_read_file('/etc/passwd')" },
        { what: 'COPY FROM PROGRAM', sql: `COPY ${reps} FROM PROGRAM 'id'` },
        { what: 'lo_import', sql: "SELECT lo_import('/etc/passwd')" },
      ];
    case 'mysql':
      return [
        ...common,
        { what: 'UPDATE', sql: `UPDATE ${reps} SET ${q('region')} = 'x'` },
        { what: 'DELETE', sql: `DELETE FROM ${reps}` },
        { what: 'INTO OUTFILE', sql: `SELECT * FROM ${reps} INTO OUTFILE '/tmp/salesperf-reader-${schema}'` },
        { what: 'LOAD DATA INFILE', sql: `LOAD DATA INFILE '/etc/passwd' INTO TABLE ${reps}` },
      ];
    case 'clickhouse':
      return [
        ...common.map((attempt) =>
          attempt.what === 'CREATE TABLE'
            ? { ...attempt, sql: `CREATE TABLE ${q(schema)}.${q('planted')} (x UInt8) ENGINE = Memory` }
            : attempt
        ),
        { what: 'ALTER … UPDATE', sql: `ALTER TABLE ${reps} UPDATE ${q('region')} = 'x' WHERE 1` },
        { what: 'ALTER … DELETE', sql: `ALTER TABLE ${reps} DELETE WHERE 1` },
        { what: 'file()', sql: "SELECT * FROM file('/etc/passwd', 'TSV', 'line String')" },
        { what: 'url()', sql: "SELECT * FROM url('http://127.0.0.1:1/', 'TSV', 'line String')" },
      ];
  }
}

async function expectRefused(reader: NodeExecutor, attempts: Attempt[]): Promise<void> {
  const allowed: string[] = [];
  for (const attempt of attempts) {
    try {
      await reader.run(attempt.sql);
      allowed.push(attempt.what);
    } catch {
      // refused, as it must be
    }
  }
  expect({ allowed }).toEqual({ allowed: [] });
}

function withCredentials(url: string, user: string, password: string, database?: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  if (database) {
    parsed.pathname = `/${database}`;
  }
  return parsed.toString();
}

const PG_URL = process.env.SALESPERF_PG_URL;
const MYSQL_URL = process.env.SALESPERF_MYSQL_URL;

(PG_URL ? describe : describe.skip)('the PostgreSQL reader role', () => {
  const admin = createExecutor('postgres', PG_URL ?? 'postgres://x@127.0.0.1/x');
  const schema = scratchSchemaName('reader');
  const other = scratchSchemaName('other');
  const role = scratchSchemaName('salesperf_reader');
  let reader: NodeExecutor;

  beforeAll(async () => {
    await loadWarehouse(admin, schema, FIXTURE);
    await admin.run(`CREATE SCHEMA "${other}"`);
    await admin.run(`CREATE TABLE "${other}"."secrets" (x text)`);
    for (const statement of readerRoleSql('postgres', { schema, role, password: PASSWORD })) {
      await admin.run(statement);
    }
    reader = createExecutor('postgres', withCredentials(PG_URL!, role, PASSWORD));
  });

  afterAll(async () => {
    await reader?.close();
    await dropSchema(admin, schema);
    await admin.run(`DROP SCHEMA IF EXISTS "${other}" CASCADE`);
    await admin.run(`DROP OWNED BY "${role}"`).catch(() => undefined);
    await admin.run(`DROP ROLE IF EXISTS "${role}"`);
    await admin.close();
  });

  it('reads the contract tables: every KPI runs', async () => {
    const [frame] = await runQuery({ kind: 'metrics', metrics: ['bookings'] }, fixtureContext(reader, schema));
    expect(frame.data.values[0]).toEqual([8500]);
  });

  it('may not write, change the schema, read another schema or the server’s files', async () => {
    await expectRefused(reader, forbidden('postgres', schema, other));
  });

  it('a table it may not read is reported as permission denied, naming the table and the role', async () => {
    await admin.run(`REVOKE SELECT ON "${schema}"."reps" FROM "${role}"`);
    try {
      await expect(
        runQuery({ kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] }, fixtureContext(reader, schema))
      ).rejects.toThrow(`Permission denied: the role ${role} may not read the table ${schema}.reps.`);
    } finally {
      await admin.run(`GRANT SELECT ON "${schema}"."reps" TO "${role}"`);
    }
  });
});

(MYSQL_URL ? describe : describe.skip)('the MariaDB/MySQL reader role', () => {
  const admin = createExecutor('mysql', MYSQL_URL ?? 'mysql://x@127.0.0.1/x');
  const schema = scratchSchemaName('reader');
  const other = scratchSchemaName('other');
  const role = scratchSchemaName('rd');
  let reader: NodeExecutor;

  beforeAll(async () => {
    await loadWarehouse(admin, schema, FIXTURE);
    await admin.run(`CREATE DATABASE \`${other}\``);
    await admin.run(`CREATE TABLE \`${other}\`.\`secrets\` (x text)`);
    for (const statement of readerRoleSql('mysql', { schema, role, password: PASSWORD })) {
      await admin.run(statement);
    }
    reader = createExecutor('mysql', withCredentials(MYSQL_URL!, role, PASSWORD, schema));
  });

  afterAll(async () => {
    await reader?.close();
    await dropSchema(admin, schema);
    await admin.run(`DROP DATABASE IF EXISTS \`${other}\``);
    await admin.run(`DROP USER IF EXISTS '${role}'@'%'`);
    await admin.close();
  });

  it('reads the contract tables: every KPI runs', async () => {
    const [frame] = await runQuery({ kind: 'metrics', metrics: ['bookings'] }, fixtureContext(reader, schema));
    expect(frame.data.values[0]).toEqual([8500]);
  });

  it('may not write, change the schema, read another schema or the server’s files', async () => {
    await expectRefused(reader, forbidden('mysql', schema, other));
    // without the FILE privilege LOAD_FILE reads nothing
    const frame = await reader.run("SELECT LOAD_FILE('/etc/passwd') AS content");
    expect(frame.data.values[0]).toEqual([null]);
  });

  it('a table it may not read is reported as permission denied, naming the table and the role', async () => {
    await admin.run(`REVOKE SELECT ON \`${schema}\`.\`reps\` FROM '${role}'@'%'`);
    try {
      await expect(
        runQuery({ kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] }, fixtureContext(reader, schema))
      ).rejects.toThrow(
        new RegExp(`^Permission denied: the role ${role}@%? ?\\S* may not read the table ${schema}\\.reps\\.`)
      );
    } finally {
      await admin.run(`GRANT SELECT ON \`${schema}\`.\`reps\` TO '${role}'@'%'`);
    }
  });
});

/**
 * ClickHouse 18.16 keeps users in files, so the test runs a server of its own with the reader's
 * users file from the DDL (clickhouse-server from Debian's package, as CI installs it).
 */
const clickhouseBinary = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v clickhouse-server'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

(process.env.SALESPERF_CLICKHOUSE_URL && clickhouseBinary ? describe : describe.skip)(
  'the ClickHouse reader user',
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesperf-ch-reader-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const schema = 'sales';
    let server: ChildProcess;
    let admin: NodeExecutor;
    let reader: NodeExecutor;

    beforeAll(async () => {
      for (const sub of ['data', 'tmp', 'user_files', 'log', 'users.d']) {
        fs.mkdirSync(path.join(dir, sub), { recursive: true });
      }
      fs.writeFileSync(
        path.join(dir, 'users.xml'),
        '<?xml version="1.0"?><yandex><profiles><default></default></profiles><users><default><password></password>' +
          '<networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>' +
          '<quotas><default></default></quotas></yandex>'
      );
      fs.writeFileSync(
        path.join(dir, 'users.d', 'reader.xml'),
        readerUsersXml({ schema, role: 'salesperf_reader', password: PASSWORD })
      );
      fs.writeFileSync(
        path.join(dir, 'config.xml'),
        `<?xml version="1.0"?><yandex><logger><level>warning</level><log>${dir}/log/server.log</log><errorlog>${dir}/log/error.log</errorlog></logger>` +
          `<http_port>${port}</http_port><tcp_port>${port + 1}</tcp_port><listen_host>127.0.0.1</listen_host>` +
          `<path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path><user_files_path>${dir}/user_files/</user_files_path>` +
          `<users_config>${dir}/users.xml</users_config><default_profile>default</default_profile><default_database>default</default_database>` +
          '<mark_cache_size>5368709</mark_cache_size></yandex>'
      );
      server = spawn(clickhouseBinary, [`--config-file=${dir}/config.xml`], { stdio: 'ignore' });
      admin = createExecutor('clickhouse', `http://default@127.0.0.1:${port}/default`);
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.run('SELECT 1');
          break;
        } catch (error) {
          if (attempt > 60) {
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
      await loadWarehouse(admin, schema, FIXTURE);
      await admin.run('CREATE DATABASE other');
      await admin.run('CREATE TABLE other.secrets (x String) ENGINE = Memory');
      reader = createExecutor('clickhouse', `http://salesperf_reader:${PASSWORD}@127.0.0.1:${port}/${schema}`);
    }, 60_000);

    afterAll(async () => {
      await reader?.close();
      await admin?.close();
      server?.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('reads the contract tables: every KPI runs', async () => {
      const [frame] = await runQuery({ kind: 'metrics', metrics: ['bookings'] }, fixtureContext(reader, schema));
      expect(frame.data.values[0]).toEqual([8500]);
    });

    it('may not write, change the schema, read another database or use file() and url()', async () => {
      await expectRefused(reader, forbidden('clickhouse', schema, 'other'));
    });
  }
);
