import { spawn } from 'child_process';
import fs from 'fs';

import { main } from '../../src/node/cli/main';
import { parseTimeArg } from '../../src/node/cli/timeArgs';
import { FIXTURE, FIXTURE_NOW } from '../fixtures/handmade';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text), errIsTty: false },
    out,
    err,
  };
}

describe('time arguments', () => {
  const context = { now: Date.parse('2024-03-15T16:00:00Z'), timeZone: 'America/New_York', fiscalYearStartMonth: 1 };

  it.each([
    ['now', false, '2024-03-15T16:00:00Z'],
    // days keep the wall-clock time across the DST change, as Grafana's date math does
    ['now-90d', false, '2023-12-16T17:00:00Z'],
    ['now/q', false, '2024-01-01T05:00:00Z'],
    ['now/q', true, '2024-04-01T04:00:00Z'],
    ['now-1M/M', false, '2024-02-01T05:00:00Z'],
    ['now/w', false, '2024-03-11T04:00:00Z'],
    ['now/d', true, '2024-03-16T04:00:00Z'],
    ['2024-02-29', false, '2024-02-29T05:00:00Z'],
    ['2024-03-10T12:00:00Z', false, '2024-03-10T12:00:00Z'],
  ])('%s (end of range: %s)', (text, roundUp, iso) => {
    expect(parseTimeArg(text, context, roundUp, '--from')).toBe(Date.parse(iso));
  });

  it('fiscal quarters and years follow the fiscal start month', () => {
    const fiscal = { ...context, fiscalYearStartMonth: 4 };
    expect(parseTimeArg('now/fq', fiscal, false, '--from')).toBe(Date.parse('2024-01-01T05:00:00Z'));
    expect(parseTimeArg('now/fy', fiscal, false, '--from')).toBe(Date.parse('2023-04-01T04:00:00Z'));
    expect(parseTimeArg('now/fy', fiscal, true, '--to')).toBe(Date.parse('2024-04-01T04:00:00Z'));
  });

  it("reads the fiscal syntax of Grafana's dashboards: now/fQ, now-1fQ/fQ, now-1Q, now-d", () => {
    // fiscal year from February: fiscal quarters start Nov 1, Feb 1, May 1, Aug 1
    const fiscal = { ...context, fiscalYearStartMonth: 2 };
    expect(parseTimeArg('now/fQ', fiscal, false, '--from')).toBe(Date.parse('2024-02-01T05:00:00Z'));
    expect(parseTimeArg('now/fQ', fiscal, true, '--to')).toBe(Date.parse('2024-05-01T04:00:00Z'));
    expect(parseTimeArg('now-1fQ/fQ', fiscal, false, '--from')).toBe(Date.parse('2023-11-01T04:00:00Z'));
    expect(parseTimeArg('now/Q', fiscal, false, '--from')).toBe(Date.parse('2024-01-01T05:00:00Z'));
    expect(parseTimeArg('now-1Q', context, false, '--from')).toBe(Date.parse('2023-12-15T17:00:00Z'));
    expect(parseTimeArg('now-d', context, false, '--from')).toBe(Date.parse('2024-03-14T16:00:00Z'));
  });

  it('names a time it cannot read', () => {
    expect(() => parseTimeArg('yesterday', context, false, '--from')).toThrow('--from "yesterday" is not a time');
    expect(() => parseTimeArg('now-3x', context, false, '--to')).toThrow('--to "now-3x" is not a time');
    // Grafana rounds only years and quarters to the fiscal calendar
    expect(() => parseTimeArg('now/fM', context, false, '--from')).toThrow('--from "now/fM" is not a time');
  });
});

describe('salesperf query and sql', () => {
  const schema = scratchSchemaName('cli');
  // a DuckDB file named like the schema would make "schema.table" ambiguous
  const url = `/tmp/${schema}-warehouse.duckdb`;
  const connection = ['--engine', 'duckdb', '--url', url, '--schema', schema];
  const range = [
    '--from',
    '2024-01-01',
    '--to',
    '2024-04-01',
    '--tz',
    'America/New_York',
    '--now',
    new Date(FIXTURE_NOW).toISOString(),
  ];

  beforeAll(async () => {
    const executor = createExecutor('duckdb', url);
    await loadWarehouse(executor, schema, FIXTURE);
    await executor.close();
  });

  afterAll(async () => {
    const executor = createExecutor('duckdb', url);
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('prints frames as JSON exactly as the data source returns them', async () => {
    const { io, out, err } = captureIo();
    const code = await main(
      [
        'query',
        ...connection,
        ...range,
        '--query',
        '{"kind":"metrics","metrics":["bookings","win_rate"],"groupBy":["region"]}',
      ],
      io
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const frames = JSON.parse(out.join('\n'));
    expect(frames).toHaveLength(1);
    expect(frames[0].schema.fields.map((field: { name: string }) => field.name)).toEqual([
      'region',
      'bookings',
      'win_rate',
    ]);
    // East: o1 1000, o2 2500, o4 0; West: o7 3000, o15 1800, o18 200
    expect(frames[0].data.values).toEqual([
      ['East', 'West'],
      [3500, 5000],
      [3 / 5, 3 / 4],
    ]);
    expect(frames[0].schema.meta.executedQueryString).toMatch(/^SELECT/);
  });

  it("takes the dashboards' fiscal range syntax, reading now/fQ as a quarter for comparisons", async () => {
    const { io, out, err } = captureIo();
    const code = await main(
      [
        'query',
        ...connection,
        ...[
          '--from',
          'now/fQ',
          '--to',
          'now',
          '--tz',
          'America/New_York',
          '--now',
          new Date(FIXTURE_NOW).toISOString(),
        ],
        '--query',
        '{"kind":"metrics","metrics":["bookings"],"compare":"previous_period","compareToDate":true}',
      ],
      io
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const [frame] = JSON.parse(out.join('\n'));
    // Q1 to now (Mar 15 12:00): o1 1,000, o4 0, o15 1,800, o18 200; Q4 to Dec 14 12:00: o19 (Oct 1) 600
    expect(frame.data.values).toEqual([[3000], [600], [(3000 - 600) / 600]]);
  });

  it('prints CSV and an aligned table', async () => {
    const csv = captureIo();
    await main(
      [
        'query',
        ...connection,
        ...range,
        '--format',
        'csv',
        '--query',
        '{"kind":"values","dimension":"rep","filters":[{"dimension":"team","op":"in","values":["West-B"]}]}',
      ],
      csv.io
    );
    expect(csv.out.join('\n')).toBe("text,value\nO'Brien $Ltd,r6");
    const table = captureIo();
    await main(
      [
        'query',
        ...connection,
        ...range,
        '--format',
        'table',
        '--query',
        '{"kind":"timeseries","metrics":["bookings"],"grain":"month"}',
      ],
      table.io
    );
    expect(table.out.join('\n').split('\n')).toEqual([
      'time                           bookings',
      '-----------------------------  --------',
      '2024-01-01T00:00:00.000-05:00      3000',
      '2024-02-01T00:00:00.000-05:00         0',
      '2024-03-01T00:00:00.000-05:00      5500',
    ]);
  });

  it('years before 100 are read as typed, and a time zone in any case reaches the SQL in its canonical case', async () => {
    expect(
      new Date(
        parseTimeArg('0099-03-01', { now: 0, timeZone: 'UTC', fiscalYearStartMonth: 1 }, false, '--from')
      ).getUTCFullYear()
    ).toBe(99);
    const { io, out, err } = captureIo();
    const code = await main(
      [
        'sql',
        '--dialect',
        'clickhouse',
        '--from',
        '0099-03-01',
        '--to',
        '2024-01-01',
        '--tz',
        'america/new_york',
        '--query',
        '{"kind":"timeseries","metrics":["leads_created"],"grain":"year"}',
      ],
      io
    );
    expect(err).toEqual([
      "salesperf sql: The time range starts at 0099-03-01 04:56 UTC, outside what ClickHouse's Date and DateTime can hold (1970-01-02 to 2105-12-30): choose a range within those dates.",
    ]);
    expect(code).toBe(1);
    const ok = captureIo();
    await main(
      [
        'sql',
        '--dialect',
        'clickhouse',
        ...range.slice(0, 4),
        '--tz',
        'america/new_york',
        '--query',
        '{"kind":"timeseries","metrics":["leads_created"],"grain":"day"}',
      ],
      ok.io
    );
    expect(ok.out.join('\n')).toContain("'America/New_York'");
    expect(ok.out.join('\n')).not.toContain('america/new_york');
    expect(out).toEqual([]);
  });

  // DuckDB lets many processes read a file, or one write it: opened READ_ONLY, query and check read
  // alongside another reader (a Grafana DuckDB data source); a writer still holds an exclusive lock.
  it('reads a DuckDB file another process has open for reading, and never creates a mistyped one', async () => {
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const { DuckDBInstance } = require('@duckdb/node-api');
         DuckDBInstance.create(${JSON.stringify(url)}, { access_mode: 'READ_ONLY' }).then((db) => db.connect()).then(() => { console.log('open'); setTimeout(() => {}, 60000); });`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] }
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      const { io, out, err } = captureIo();
      const code = await main(
        ['query', ...connection, ...range, '--query', '{"kind":"metrics","metrics":["bookings"]}'],
        io
      );
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(JSON.parse(out.join('\n'))[0].data.values[0]).toEqual([8500]);
    } finally {
      holder.kill();
    }
    const missing = `/tmp/${schema}-typo.duckdb`;
    await main(['check', '--engine', 'duckdb', '--url', missing], captureIo().io);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('prints the SQL a query compiles to for a dialect, with no $ in it', async () => {
    const { io, out } = captureIo();
    const code = await main(
      [
        'sql',
        '--dialect',
        'clickhouse',
        ...range,
        '--query',
        '{"kind":"metrics","metrics":["bookings"],"filters":[{"dimension":"region","op":"in","values":["a$b"]}]}',
      ],
      io
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /^SELECT .* FROM \(SELECT .*`sales`\.`opportunities`.* SETTINGS join_use_nulls = 1$/s
    );
    expect(out.join('\n')).not.toContain('$');
  });

  it.each([
    [['query', ...connection, ...range], 'exactly one of --query JSON or --query-file F'],
    [['query', ...connection, ...range, '--query', '{"kind":'], 'The query is not valid JSON'],
    [
      ['query', ...connection, ...range, '--query', '{"kind":"metrics","metrics":["bookingz"]}'],
      'Unknown metric "bookingz"',
    ],
    [
      [
        'query',
        ...connection,
        ...range,
        '--query',
        '{"kind":"metrics","metrics":["leads_created"],"groupBy":["product"]}',
      ],
      'The metric leads_created cannot be grouped by product',
    ],
    [
      ['sql', '--dialect', 'oracle', '--query', '{"kind":"metrics","metrics":["bookings"]}'],
      'Unknown SQL dialect "oracle"',
    ],
    [
      ['query', ...connection, '--from', 'soon', '--query', '{"kind":"metrics","metrics":["bookings"]}'],
      '--from "soon" is not a time',
    ],
    [
      ['query', ...connection, ...range, '--format', 'xml', '--query', '{"kind":"metrics","metrics":["bookings"]}'],
      '--format must be json, csv or table',
    ],
    [
      [
        'query',
        ...connection,
        ...range,
        '--tz',
        'Mars/Olympus',
        '--query',
        '{"kind":"metrics","metrics":["bookings"]}',
      ],
      '--tz "Mars/Olympus" is not an IANA time zone: use a name such as UTC, Europe/Berlin or America/New_York.',
    ],
    [
      [
        'query',
        ...connection,
        ...range,
        '--warehouse-tz',
        'CEST',
        '--query',
        '{"kind":"metrics","metrics":["bookings"]}',
      ],
      '--warehouse-tz "CEST" is not an IANA time zone',
    ],
    [
      ['query', ...connection, '--from', '10000-01-01', '--query', '{"kind":"metrics","metrics":["bookings"]}'],
      '--from "10000-01-01" is not a time',
    ],
    [
      [
        'query',
        ...connection,
        '--from',
        'now-9000y',
        '--tz',
        'UTC',
        '--query',
        '{"kind":"metrics","metrics":["bookings"]}',
      ],
      '--from "now-9000y" is a time in the year -6974: use a time in the years 1 to 9999.',
    ],
    [
      [
        'query',
        '--engine',
        'duckdb',
        '--url',
        '/tmp/no-such-dir/salez.duckdb',
        '--query',
        '{"kind":"metrics","metrics":["bookings"]}',
      ],
      'The DuckDB file "/tmp/no-such-dir/salez.duckdb" does not exist: check the path (it is not created when only reading).',
    ],
    [
      ['check', '--engine', 'pglite', '--url', '/tmp/no-such-pglite-dir'],
      'The PGlite directory "/tmp/no-such-pglite-dir" does not exist',
    ],
  ])('reports bad input by name: %j', async (argv, message) => {
    const { io, out, err } = captureIo();
    const code = await main(argv, io);
    expect(code).toBe(1);
    // check prints its report (with the cause) on stdout
    expect([...err, ...out].join('\n')).toContain(message);
  });
});
