import { engineSettings, settingsProblems } from './settings';

describe('the settings', () => {
  it('fill every default', () => {
    expect(engineSettings({ warehouseUid: 'wh' })).toEqual({
      location: { schema: 'sales', tables: {} },
      warehouseTimeZone: 'UTC',
      fiscalYearStartMonth: 1,
      display: { currencyUnit: 'currencyUSD' },
      pacing: { workingWeekdays: [1, 2, 3, 4, 5], thresholds: { onTrack: 1, cautioned: 0.9 } },
      closedPeriodCacheMs: 3_600_000,
    });
  });

  it('keep closed-period results for whole minutes from 0 to a day', () => {
    expect(engineSettings({ warehouseUid: 'wh', closedPeriodCacheMinutes: 0 }).closedPeriodCacheMs).toBe(0);
    expect(engineSettings({ warehouseUid: 'wh', closedPeriodCacheMinutes: 5 }).closedPeriodCacheMs).toBe(300_000);
    for (const minutes of [-1, 1.5, 1441, Number.NaN]) {
      expect(
        settingsProblems({ warehouseUid: 'wh', closedPeriodCacheMinutes: minutes }).closedPeriodCacheMinutes
      ).toMatch(/whole number of minutes from 0/);
    }
  });

  it('read rollups only when a rollup schema is named, for 36 hours after their build unless told otherwise', () => {
    expect(engineSettings({ warehouseUid: 'wh', rollupSchema: '' }).rollups).toBeUndefined();
    expect(engineSettings({ warehouseUid: 'wh', rollupMaxAgeHours: 12 }).rollups).toBeUndefined();
    expect(engineSettings({ warehouseUid: 'wh', rollupSchema: 'sales_rollups' }).rollups).toEqual({
      schema: 'sales_rollups',
      maxAgeMs: 36 * 3_600_000,
    });
    expect(
      engineSettings({ warehouseUid: 'wh', rollupSchema: 'sales_rollups', rollupMaxAgeHours: 1.5 }).rollups
    ).toEqual({ schema: 'sales_rollups', maxAgeMs: 5_400_000 });
    expect(settingsProblems({ warehouseUid: 'wh', rollupSchema: 'sales-rollups' }).rollupSchema).toMatch(
      /^"sales-rollups" is not a valid name/
    );
    expect(settingsProblems({ warehouseUid: 'wh', rollupSchema: 'r', cluster: 'two_shards' }).rollupSchema).toBe(
      'Rollups are built on one server only: leave the rollup schema empty when a ClickHouse cluster is named.'
    );
    for (const hours of [0, -2, Number.NaN, Number.POSITIVE_INFINITY, '12' as unknown as number]) {
      expect(settingsProblems({ warehouseUid: 'wh', rollupMaxAgeHours: hours }).rollupMaxAgeHours).toMatch(
        /^The maximum age of rollups must be a number of hours above 0/
      );
    }
    expect(() => engineSettings({ warehouseUid: 'wh', rollupSchema: 'r', rollupMaxAgeHours: 0 })).toThrow(
      'The data source settings need fixing: The maximum age of rollups must be a number of hours above 0, not "0".'
    );
  });

  it('keep table names of the contract only, and drop empty ones', () => {
    const tables = { opportunities: 'deals', leads: '', nonsense: 'x' } as never;
    expect(engineSettings({ warehouseUid: 'wh', schema: 'crm', tables }).location).toEqual({
      schema: 'crm',
      tables: { opportunities: 'deals' },
    });
  });

  it('put a ClickHouse cluster into the location, joining on each shard unless told GLOBAL', () => {
    expect(engineSettings({ warehouseUid: 'wh', cluster: 'two_shards' }).location).toEqual({
      schema: 'sales',
      tables: {},
      cluster: 'two_shards',
      clusterJoins: 'local',
    });
    expect(
      engineSettings({ warehouseUid: 'wh', cluster: 'two_shards', clusterJoins: 'global' }).location.clusterJoins
    ).toBe('global');
    expect(settingsProblems({ warehouseUid: 'wh', cluster: 'two shards' }).cluster).toMatch(
      /^"two shards" is not a valid name/
    );
  });

  it('name each problem by field', () => {
    expect(
      settingsProblems({
        schema: 'a b',
        tables: { reps: 'x;y' },
        currencyUnit: 'EUR',
        fiscalYearStartMonth: 13,
        workingWeekdays: [0],
        thresholds: { onTrack: -1 },
      })
    ).toEqual({
      warehouseUid: expect.stringMatching(/^Choose the SQL data source/),
      schema: expect.stringMatching(/^"a b" is not a valid name/),
      'tables.reps': expect.stringMatching(/^"x;y" is not a valid name/),
      currencyUnit:
        '"EUR" is not a currency unit: choose one from the list, such as currencyUSD, currencyEUR, currency:¥ (Chinese yuan) or suffix:万元 (ten thousand yuan).',
      fiscalYearStartMonth: 'The fiscal year must start in a month from 1 (January) to 12 (December).',
      workingWeekdays: 'Working days are weekdays from 1 (Monday) to 7 (Sunday).',
      'thresholds.onTrack': 'The on-track threshold must be a pace above 0 %.',
    });
  });

  it('take the yuan and 万元 as amount units, and give the engine the unit chosen', () => {
    for (const currencyUnit of ['currency:¥', 'suffix:万元', 'currencyEUR']) {
      expect(settingsProblems({ warehouseUid: 'wh', currencyUnit })).toEqual({});
      expect(engineSettings({ warehouseUid: 'wh', currencyUnit }).display).toEqual({ currencyUnit });
    }
    expect(settingsProblems({ warehouseUid: 'wh', currencyUnit: 'suffix:元' }).currencyUnit).toMatch(
      /^"suffix:元" is not a currency unit/
    );
  });

  it('refuse to run with a problem other than the missing warehouse, naming it', () => {
    expect(() => engineSettings({ warehouseUid: 'wh', thresholds: { onTrack: 1, cautioned: 1.1 } })).toThrow(
      'The data source settings need fixing: The cautioned threshold must be between 0 % and the on-track threshold (100 %).'
    );
  });
});
