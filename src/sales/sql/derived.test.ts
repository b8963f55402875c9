import { DAY_MS } from '../catalog/time';
import { exprContext, settingOf, sourceFor } from './common';
import { COMPONENTS } from './formulas';
import { windowOf } from './windows';

const Q1 = { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-04-01T00:00:00Z') };
const context = {
  dialect: 'postgres' as const,
  location: { schema: 'sales' },
  range: Q1,
  currentTime: Q1.to,
  timeZone: 'UTC',
  fiscalYearStartMonth: 1,
};
const newCustomers = COMPONENTS.new_customer_count;

/** The FROM clause of opportunities once new customers are read for the given windows (undefined: none). */
function fromClause(range: typeof Q1, reads: Array<typeof Q1 | undefined>): string {
  const setting = settingOf({ ...context, range }, [range]);
  const src = sourceFor(setting, 'opportunities');
  for (const read of reads) {
    if (read === undefined) {
      src.col('fwd', 'first_won');
    } else {
      newCustomers.when!(exprContext(setting, src, windowOf(0, read, Q1.to, 'UTC')));
    }
  }
  return src.render();
}

describe('the first won deal per customer (new customers)', () => {
  it('groups only the customers with a won deal in the windows it is read for', () => {
    const lastYear = { from: Date.parse('2023-01-01T00:00:00Z'), to: Date.parse('2023-04-01T00:00:00Z') };
    const sql = fromClause(Q1, [Q1, lastYear]);
    expect(sql).toContain(
      `COALESCE(f."customer_id", E'') IN (SELECT COALESCE(fw."customer_id", E'') FROM "sales"."opportunities" AS fw WHERE fw."status" = E'won' AND ` +
        `((fw."close_date" >= DATE '2024-01-01' AND fw."close_date" < DATE '2024-04-01') OR ` +
        `(fw."close_date" >= DATE '2023-01-01' AND fw."close_date" < DATE '2023-04-01')))`
    );
  });

  it('groups every customer when read for no window or over long windows', () => {
    expect(fromClause(Q1, [undefined, Q1])).not.toContain(' AS fw ');
    const year = { from: Q1.from, to: Q1.from + 366 * DAY_MS };
    expect(fromClause(year, [year])).not.toContain(' AS fw ');
    expect(fromClause(Q1, [Q1])).toContain(' AS fw ');
  });
});
