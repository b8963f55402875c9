import { CONTRACT } from '../warehouse/contract';
import type { WarehouseProfile } from '../warehouse/profile';
import { rollupBuild } from './rollupBuild';
import { rolledUpDays, rollupOf, rollupTables, type RollupState } from './rollups';
import { COMPONENTS } from './formulas';
import { windowOf } from './windows';

const NOW = Date.parse('2024-03-15T16:00:00Z');
const ZONE = 'America/New_York';
const STATE: RollupState = {
  schema: 'sales_rollups',
  sourceSchema: 'sales',
  timeZone: ZONE,
  coveredUntil: '2024-03-15',
  builtAt: NOW,
  tables: [],
};

/** A profile of the contract's tables, every column as the contract has it, less the tables named. */
function profileWithout(...missing: string[]): WarehouseProfile {
  const tables: WarehouseProfile['tables'] = {};
  for (const def of CONTRACT.filter((table) => !missing.includes(table.name))) {
    tables[def.name] = Object.fromEntries(
      def.columns.map((column) => [column.name, { nativeType: column.type, stored: 'native' as const }])
    );
  }
  return { dialect: 'postgres', schema: 'sales', timeZone: 'UTC', tables };
}

const build = (profile?: WarehouseProfile) =>
  rollupBuild({
    dialect: 'postgres',
    location: { schema: 'sales' },
    profile,
    timeZone: ZONE,
    fiscalYearStartMonth: 1,
    rollupSchema: 'sales_rollups',
    builtAt: NOW,
  });

describe('which components a rollup holds', () => {
  it('holds sums and counts of rows dated by a date or timestamp, read without the window', () => {
    for (const id of ['won_amount', 'won_count', 'lost_count', 'created_count', 'created_amount']) {
      expect(rollupOf(COMPONENTS[id as keyof typeof COMPONENTS], false)).toBeDefined();
    }
  });

  it('leaves out maxima, medians, snapshots, windows read in the condition and joins read by the window', () => {
    for (const id of ['largest_won', 'won_cycle_median', 'open_amount', 'remaining_pipeline', 'due_paid']) {
      expect({ id, table: rollupOf(COMPONENTS[id as keyof typeof COMPONENTS], false) }).toEqual({
        id,
        table: undefined,
      });
    }
  });

  it('holds what a join that never reads the window decides, in a table of its own per fact and date', () => {
    expect(rollupOf(COMPONENTS.new_customer_count, true)?.name).toBe('opportunities_by_close_date_fwd_per_rep');
    expect(rollupOf(COMPONENTS.visits_with_feedback, false)?.name).toBe('activities_by_completed_at_fbv');
    expect(rollupOf(COMPONENTS.visits_completed, false)?.name).toBe('activities_by_completed_at');
  });

  it('marks what depends on the zone: timestamps, and a date-dated value reading a local day', () => {
    const byClose = rollupTables().find((table) => table.name === 'opportunities_by_close_date')!;
    expect(byClose.zoned.has('won_amount')).toBe(false);
    expect(byClose.zoned.has('won_cycle_days')).toBe(true);
    const byCreated = rollupTables().find((table) => table.name === 'opportunities_by_created_at')!;
    expect(byCreated.zoned.has('created_count')).toBe(true);
  });

  it('keeps one count column per condition, shared by components with the same one', () => {
    const byClose = rollupTables().find((table) => table.name === 'opportunities_by_close_date')!;
    expect(byClose.counts.get('won_amount')).toBe(byClose.counts.get('won_count'));
    expect(byClose.counts.get('lost_count')).not.toBe(byClose.counts.get('won_count'));
  });
});

describe('the days of a window a rollup answers', () => {
  const byClose = rollupTables().find((table) => table.name === 'opportunities_by_close_date')!;
  const byCreated = rollupTables().find((table) => table.name === 'opportunities_by_created_at')!;
  const q1 = { from: Date.parse('2024-01-01T05:00:00Z'), to: Date.parse('2024-04-01T04:00:00Z') };

  it('a quarter running into the build day: its days before that day', () => {
    const w = windowOf(0, q1, NOW, ZONE);
    expect(rolledUpDays(byClose, w, STATE)).toEqual({ startDate: '2024-01-01', endDate: '2024-03-15' });
  });

  it('a timestamp window starting and ending mid-day: only the whole days inside it', () => {
    const range = { from: Date.parse('2024-02-20T15:30:00Z'), to: Date.parse('2024-03-01T12:00:00Z') };
    const w = windowOf(0, range, NOW, ZONE);
    expect(rolledUpDays(byCreated, w, STATE)).toEqual({ startDate: '2024-02-21', endDate: '2024-03-01' });
  });

  it('none for a window after the last day held, or an alert rule', () => {
    const today = { from: Date.parse('2024-03-15T04:00:00Z'), to: Date.parse('2024-03-16T04:00:00Z') };
    expect(rolledUpDays(byClose, windowOf(0, today, NOW, ZONE), STATE)).toBeUndefined();
    const macro = { ...windowOf(0, q1, NOW, ZONE), sql: {} as never };
    expect(rolledUpDays(byClose, macro, STATE)).toBeUndefined();
  });
});

describe('a rollup build', () => {
  it('leaves out the rollups of tables the warehouse does not have, naming them', () => {
    const { tables, skipped, statements } = build(profileWithout('visit_feedback', 'leads'));
    expect(tables).not.toContain('visit_feedback_by_reported_at');
    expect(tables).toContain('opportunities_by_close_date');
    expect(skipped.map((skip) => skip.table)).toEqual(
      expect.arrayContaining(['visit_feedback_by_reported_at', 'leads_by_created_at_per_rep'])
    );
    expect(skipped[0].reason).toMatch(/sales\.(visit_feedback|leads)/);
    expect(statements.join('\n')).not.toContain('"visit_feedback"');
  });

  it('is refused when the warehouse has none of what the rollups read', () => {
    const facts = ['opportunities', 'leads', 'activities', 'invoices', 'payments', 'csat_responses', 'visit_feedback'];
    expect(() => build(profileWithout(...facts))).toThrow('No rollup can be built');
  });

  it('builds every rollup without a profile (the contract assumed)', () => {
    expect(build().tables).toEqual(rollupTables().map((table) => table.name));
  });
});
