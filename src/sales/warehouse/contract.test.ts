import { REQUIRED_TABLES, TABLE_IDS } from '../catalog/tables';
import { CONTRACT, getTableDef } from './contract';
import { englishText } from '../errors';
import { judgeType } from './types';

describe('the warehouse contract', () => {
  it('defines exactly the catalog tables, with the same required ones', () => {
    expect(CONTRACT.map((table) => table.name)).toEqual([...TABLE_IDS]);
    expect(CONTRACT.filter((table) => table.required).map((table) => table.name)).toEqual(REQUIRED_TABLES);
  });

  it.each(CONTRACT.map((table) => [table.name, table]))(
    '%s names only its own columns in keys, indexes and sort key',
    (_, table) => {
      const columns = new Set(table.columns.map((column) => column.name));
      const named = [...table.primaryKey, ...table.indexes.flat(), ...table.sortKey];
      expect(named.filter((name) => !columns.has(name))).toEqual([]);
      // ClickHouse 18.16 cannot sort by a Nullable column.
      expect(table.sortKey.filter((name) => table.columns.find((column) => column.name === name)!.nullable)).toEqual(
        []
      );
      expect(table.columns.filter((column) => table.primaryKey.includes(column.name) && column.nullable)).toEqual([]);
    }
  );

  it('references only key columns of contract tables', () => {
    for (const table of CONTRACT) {
      for (const column of table.columns.filter((c) => c.references)) {
        const target = getTableDef(column.references!.table);
        expect([`${table.name}.${column.name}`, target.primaryKey]).toEqual([
          `${table.name}.${column.name}`,
          [column.references!.column],
        ]);
      }
    }
  });

  it('names the tables when asked for one it does not have', () => {
    expect(() => getTableDef('deals')).toThrow(
      '"deals" is not a table of the warehouse contract (tables: reps, products,'
    );
  });
});

describe('judgeType', () => {
  it.each([
    ['mysql', 'boolean', 'tinyint(1)', true],
    ['postgres', 'boolean', 'integer', false],
    ['clickhouse', 'boolean', 'UInt8', true],
    ['clickhouse', 'timestamp', "Nullable(DateTime('UTC'))", true],
    ['clickhouse', 'amount', 'Nullable(Decimal(18, 2))', true],
    ['mysql', 'text', 'varchar(64)', true],
    ['mysql', 'timestamp', 'datetime(3)', true],
    ['duckdb', 'amount', 'DECIMAL(18,2)', true],
    ['postgres', 'date', 'date', true],
    ['postgres', 'timestamp', 'date', false],
    ['postgres', 'text', 'integer', false],
    ['postgres', 'integer', 'interval', false],
  ] as const)('%s %s column of type %s is usable: %s', (dialect, logical, native, ok) => {
    expect(judgeType(dialect, logical, native).ok).toBe(ok);
  });

  it('warns where the type works but loses something', () => {
    const warning = (...args: Parameters<typeof judgeType>) => {
      const verdict = judgeType(...args);
      return { ok: verdict.ok, warning: 'warning' in verdict ? englishText(verdict.warning) : undefined };
    };
    expect(warning('postgres', 'timestamp', 'timestamp without time zone')).toEqual({
      ok: true,
      warning:
        'is a timestamp without time zone: its values are read as wall times in UTC (the warehouse time zone setting); timestamptz states the zone in the data',
    });
    expect(warning('postgres', 'timestamp', 'timestamp without time zone', 'Asia/Shanghai')).toMatchObject({
      warning: expect.stringContaining('wall times in Asia/Shanghai'),
    });
    expect(warning('clickhouse', 'amount', 'Float64')).toMatchObject({
      ok: true,
      warning: expect.stringContaining('floating-point'),
    });
    expect(warning('duckdb', 'date', 'TIMESTAMP WITH TIME ZONE')).toMatchObject({
      ok: true,
      warning: expect.stringContaining('its date in UTC is used'),
    });
  });
});
