import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

import { runSalesperf as run } from '../lib/cli';

const repo = path.resolve(__dirname, '..', '..');

describe('salesperf', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesperf-cli-'));
    db = path.join(dir, 'demo.duckdb');
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs from its package bin and explains each command', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(repo, 'bin/salesperf.cjs'), '--help'], {
      cwd: repo,
    });
    expect(stdout).toContain('Usage: salesperf <command> [options]');
    for (const command of ['seed', 'check', 'ddl']) {
      expect(stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
    const seedHelp = await run('seed', '--help');
    expect(seedHelp.code).toBe(0);
    expect(seedHelp.out).toContain('--replace');
    expect(seedHelp.out).toContain('--scale N');
    expect((await run('help', 'check')).out).toContain('Exit status: 0 when the warehouse is usable');
  });

  it('seeds a DuckDB file with a progress report, checks it, and refuses to seed over it without --replace', async () => {
    const seeded = await run(
      'seed',
      '--engine',
      'duckdb',
      '--url',
      db,
      '--scale',
      '0.03',
      '--seed',
      '5',
      '--end',
      '2026-03-31'
    );
    expect(seeded.err).toContain('seeding: 100%');
    expect(seeded.out).toMatch(
      /^Seeded schema "sales" on duckdb \(scale 0.03, seed 5, end 2026-03-31\): [\d,]+ rows in [\d.]+ s, peak memory \d+ MB\./
    );
    expect(seeded.out).toMatch(/^ {2}opportunities +[\d,]+$/m);
    expect(seeded.code).toBe(0);

    const checked = await run('check', '--engine', 'duckdb', '--url', db);
    expect(checked.out).toContain('Usable: the warehouse meets the contract');
    expect(checked.code).toBe(0);

    const again = await run('seed', '--engine', 'duckdb', '--url', db, '--scale', '0.03', '--quiet');
    expect(again.code).toBe(1);
    expect(again.err).toContain('salesperf seed: Schema "sales" already has the tables reps, products');
    expect(again.err).toContain('Pass --replace');

    const replaced = await run('seed', '--engine', 'duckdb', '--url', db, '--scale', '0.03', '--quiet', '--replace');
    expect(replaced.code).toBe(0);
  });

  it('exits 1 with a report naming what is missing when the warehouse is not usable', async () => {
    const checked = await run('check', '--engine', 'duckdb', '--url', db, '--schema', 'nothing_here');
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('Table reps is missing from schema "nothing_here": it is required');
    expect(checked.out).toContain('Not usable: 3 errors');
    const json = await run('check', '--engine', 'duckdb', '--url', db, '--schema', 'nothing_here', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ usable: false, schema: 'nothing_here' });
  });

  it('prints the DDL of an engine', async () => {
    const ddl = await run('ddl', '--engine', 'clickhouse', '--schema', 'demo');
    expect(ddl.code).toBe(0);
    expect(ddl.out).toContain('CREATE TABLE `demo`.`opportunities` (');
    expect(ddl.out).toContain('ENGINE = MergeTree() ORDER BY (`status`, `created_at`, `opportunity_id`);');
  });

  it.each([
    [['frobnicate'], 2, 'Unknown command "frobnicate".'],
    [['seed', '--engine', 'duckdb', '--url', ':memory:', '--colour'], 2, "Unknown option '--colour'"],
    [
      ['seed', '--url', ':memory:'],
      1,
      'salesperf seed: --engine is required: one of postgres, pglite, mysql, clickhouse, duckdb.',
    ],
    [['check', '--engine', 'oracle', '--url', 'x'], 1, 'Unknown engine "oracle"'],
    [['check', '--engine', 'duckdb'], 1, '--url is required'],
    [
      ['seed', '--engine', 'duckdb', '--url', ':memory:', '--scale', 'lots'],
      1,
      '--scale must be a number, not "lots".',
    ],
    [
      ['seed', '--engine', 'duckdb', '--url', ':memory:', '--end', '2026-13-01'],
      1,
      'The end date "2026-13-01" is not a date in the form YYYY-MM-DD.',
    ],
    [
      ['check', '--engine', 'duckdb', '--url', ':memory:', '--schema', 'bad name'],
      1,
      'The schema name "bad name" is not a valid name',
    ],
    [
      ['check', '--engine', 'postgres', '--url', 'postgres://nobody@127.0.0.1:1/none'],
      1,
      'Could not read the columns of schema "sales": postgres:',
    ],
  ])('%j exits %i and says %s', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(`${result.err}\n${result.out}`).toContain(message);
  });
});
