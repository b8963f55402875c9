import type { RollupState } from '../../sales';
import { rollupHealth } from './rollupHealth';

const HOUR = 3_600_000;
const BUILT = Date.parse('2024-03-15T06:00:00Z');
const STATE: RollupState = {
  schema: 'sales_rollups',
  sourceSchema: 'sales',
  timeZone: 'Asia/Shanghai',
  coveredUntil: '2024-03-15',
  builtAt: BUILT,
  tables: ['opportunities_by_close_date', 'leads_by_created_at'],
};
const SETTINGS = { schema: 'sales_rollups', maxAgeMs: 36 * HOUR, sourceSchema: 'sales' };

describe('what "Save & test" says of the rollups', () => {
  it('names the build time, the days held and their zone when queries read them', () => {
    expect(rollupHealth({ state: STATE }, SETTINGS, BUILT + 36 * HOUR)).toEqual({
      read: true,
      message:
        'Rollups in "sales_rollups": built 2024-03-15T06:00:00.000Z, hold the days before 2024-03-15 in Asia/Shanghai (2 tables).',
    });
  });

  it('says why they are not read: too old, built from another schema, no freshness table, an empty one', () => {
    const stale = rollupHealth({ state: STATE }, SETTINGS, BUILT + 36 * HOUR + 1);
    expect(stale.read).toBe(false);
    expect(stale.message).toMatch(/more than the maximum age of 36 hours ago, so they are not read/);
    const other = rollupHealth({ state: { ...STATE, sourceSchema: 'crm' } }, SETTINGS, BUILT);
    expect(other).toEqual({
      read: false,
      message:
        'Rollups in "sales_rollups" were built from schema "crm", not "sales", so they are not read: run `salesperf rollup` for schema "sales".',
    });
    const missing = rollupHealth({ error: new Error('no such table') }, SETTINGS, BUILT);
    expect(missing).toEqual({
      read: false,
      message: expect.stringMatching(/^Rollups: schema "sales_rollups" has no rollup freshness table/),
      detail: 'no such table',
    });
    expect(rollupHealth({ state: undefined }, SETTINGS, BUILT).message).toMatch(/records no complete build/);
  });
});
