/**
 * Values from users reach SQL only through each dialect's literal encoder. Random strings (quotes,
 * backslashes, `$`, comment markers, NUL, unicode, 10,000 characters) used as filter values never
 * change the statement's structure, never raise an engine error, and match exactly the rows that
 * hold that value, on every engine available.
 */
import fc from 'fast-check';

import { compileQuery, runQuery } from '../src/sales/engine';
import { DIALECT_IDS, getDialect } from '../src/sales/sql/dialects';
import type { DataFrameJSON, Dialect, SalesQuery } from '../src/sales/types';
import { FIXTURE_NOW, Q1_2024 } from './fixtures/handmade';
import {
  createExecutor,
  dropSchema,
  enginesUnderTest,
  loadWarehouse,
  scratchSchemaName,
  skipEnginesNotRun,
} from './lib/warehouses';

const SPECIALS = [
  "'",
  "''",
  '"',
  '\\',
  '\\\\',
  '$',
  '$1',
  '${x}',
  '[[x]]',
  '[',
  '--',
  '/*',
  '*/',
  ';',
  '\u0000',
  '\n',
  '\t',
  ' ',
  'é',
  '😀',
  '中',
  '%',
  '_',
  '`',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 0,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

const SAMPLE: string[] = [
  ...new Set([
    'East',
    'east',
    'East ',
    ' East',
    "O'Brien",
    'a$b',
    '[[region]]',
    '\\',
    '\u0000',
    'x\u0000y',
    '',
    ...fc.sample(hostile, { numRuns: 120, seed: 20241123 }),
  ]),
].filter((value) => [...value].length <= 60);

const LONG = "'$\\--/*".repeat(1429).slice(0, 10_000);

const valuesQuery = (team: string, op: 'in' | 'not_in' = 'in'): SalesQuery => ({
  kind: 'values',
  dimension: 'rep',
  filters: [{ dimension: 'team', op, values: [team] }],
});

const metricsQuery = (region: string): SalesQuery => ({
  kind: 'metrics',
  metrics: ['bookings', 'win_rate'],
  groupBy: ['team'],
  filters: [{ dimension: 'region', op: 'not_in', values: [region] }],
});

const feedbackSearch = (text: string): SalesQuery => ({
  kind: 'feedback',
  search: text,
  filters: [{ dimension: 'competitor', op: 'in', values: [text] }],
});

const compileContext = (dialect: Dialect) => ({
  dialect,
  location: { schema: 'sales' },
  range: Q1_2024,
  currentTime: FIXTURE_NOW,
  timeZone: 'Europe/Berlin',
  fiscalYearStartMonth: 1,
});

describe.each(DIALECT_IDS)('the %s literal encoder', (dialect) => {
  const d = getDialect(dialect);

  it('never writes a $ or a [ and never changes the statement around the value', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        if (!d.canStore(value)) {
          expect(() => d.string(value)).toThrow('NUL');
          return;
        }
        // an empty search is no search
        for (const build of value === '' ? [valuesQuery, metricsQuery] : [valuesQuery, metricsQuery, feedbackSearch]) {
          const withValue = compileQuery(build(value), compileContext(dialect)).sql;
          const placeholder = compileQuery(build('PLACEHOLDER'), compileContext(dialect)).sql;
          expect(withValue).not.toMatch(/[$[]/);
          expect(withValue.split(d.string(value)).join(d.string('PLACEHOLDER'))).toBe(placeholder);
        }
      }),
      { numRuns: 300, seed: 7 }
    );
  });

  it('rejects numbers that are not finite and dates that do not exist', () => {
    expect(() => d.number(Number.NaN)).toThrow('only finite numbers');
    expect(() => d.number(Infinity)).toThrow('only finite numbers');
    expect(() => d.date('2023-02-29')).toThrow('"2023-02-29" is not a date');
    expect(() => d.quoteIdent('sales; DROP TABLE x')).toThrow('is not a valid name');
    expect(d.number(1e-7)).toBe('0.0000001');
    expect(d.date('2024-02-29')).toContain('2024-02-29');
  });
});

skipEnginesNotRun();

describe.each(enginesUnderTest())('hostile filter values on $engine', ({ engine, url, dialect }) => {
  const executor = createExecutor(engine, url);
  const schema = scratchSchemaName('lit');
  const d = getDialect(dialect);
  const stored = SAMPLE.filter((value) => d.canStore(value));
  const context = {
    executor,
    location: { schema },
    range: Q1_2024,
    currentTime: FIXTURE_NOW,
    timeZone: 'UTC',
    fiscalYearStartMonth: 1,
  };
  const idsOf = (frame: DataFrameJSON) => [...(frame.data.values[1] as string[])].sort();
  const expectedIds = (predicate: (team: string) => boolean) =>
    stored.flatMap((team, index) => (predicate(team) ? [`k${index}`] : [])).sort();

  beforeAll(async () => {
    const reps = stored.map((team, index) => ({
      rep_id: `k${index}`,
      rep_name: `Rep ${index}`,
      team,
      manager: 'm',
      region: team,
      hired_on: '2020-01-01',
      left_on: null,
    }));
    await loadWarehouse(executor, schema, { reps });
  });

  afterAll(async () => {
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('reads every literal back exactly as written', async () => {
    for (const value of stored) {
      const frame = await executor.run(`SELECT ${d.string(value)} AS ${d.quoteIdent('v')}`);
      expect({ value, read: frame.data.values[0][0] }).toEqual({ value, read: value });
    }
  });

  it('matches exactly the rows holding each value, case, spaces and all', async () => {
    for (const value of SAMPLE) {
      const [inFrame] = await runQuery(valuesQuery(value), context);
      expect({ value, ids: idsOf(inFrame) }).toEqual({ value, ids: expectedIds((team) => team === value) });
      const [notInFrame] = await runQuery(valuesQuery(value, 'not_in'), context);
      expect({ value, ids: idsOf(notInFrame) }).toEqual({ value, ids: expectedIds((team) => team !== value) });
    }
  });

  it('runs a metrics query filtered by each value without an engine error', async () => {
    for (const value of [...SAMPLE.slice(0, 40), LONG]) {
      await expect(runQuery(metricsQuery(value), context)).resolves.toHaveLength(1);
    }
  });

  it('takes a 10,000-character value and matches nothing', async () => {
    const [frame] = await runQuery(valuesQuery(LONG), context);
    expect(idsOf(frame)).toEqual([]);
  });
});
