import { createHash } from 'crypto';

import { CONTRACT } from '../../sales';
import { personName } from './names';
import { generateWarehouse, type GeneratedRow } from './warehouse';

const END = '2026-11-23';

function contentHash(rows: Iterable<GeneratedRow>): string {
  const hash = createHash('sha256');
  for (const { table, values } of rows) {
    hash.update(`${table}\u0001${JSON.stringify(values)}\n`);
  }
  return hash.digest('hex');
}

function byTable(rows: Iterable<GeneratedRow>): Map<string, unknown[][]> {
  const tables = new Map<string, unknown[][]>();
  for (const { table, values } of rows) {
    if (!tables.has(table)) {
      tables.set(table, []);
    }
    tables.get(table)!.push(values);
  }
  return tables;
}

/** Rows as objects keyed by the contract's column names. */
function records(tables: Map<string, unknown[][]>, table: string): Array<Record<string, unknown>> {
  const columns = CONTRACT.find((def) => def.name === table)!.columns.map((column) => column.name);
  return (tables.get(table) ?? []).map((row) => Object.fromEntries(columns.map((name, index) => [name, row[index]])));
}

/** Σ won amounts by quarter ("2025Q4"), by close date. */
function bookingsByQuarter(deals: Array<Record<string, unknown>>): Map<string, number> {
  const bookings = new Map<string, number>();
  for (const deal of deals.filter((d) => d.status === 'won')) {
    const date = deal.close_date as string;
    const key = `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    bookings.set(key, (bookings.get(key) ?? 0) + (deal.amount as number));
  }
  return bookings;
}

/** Each year's Q4 books more than any other quarter of that year. */
function expectQ4Peak(deals: Array<Record<string, unknown>>, years: string[]): void {
  const bookings = bookingsByQuarter(deals);
  for (const year of years) {
    const quarters = [1, 2, 3, 4].map((quarter) => bookings.get(`${year}Q${quarter}`) ?? 0);
    expect([year, quarters.indexOf(Math.max(...quarters)) + 1]).toEqual([year, 4]);
  }
}

const surnameOf = (name: string) => name.split(' ').at(-1)!;

function countsOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

describe('generateWarehouse determinism', () => {
  it('gives the same content for the same seed, scale and end, and other content for another seed', () => {
    const first = contentHash(generateWarehouse({ seed: 7, scale: 0.2, end: END }));
    const again = contentHash(generateWarehouse({ seed: 7, scale: 0.2, end: END }));
    const other = contentHash(generateWarehouse({ seed: 8, scale: 0.2, end: END }));
    const later = contentHash(generateWarehouse({ seed: 7, scale: 0.2, end: '2026-11-24' }));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(later).not.toBe(first);
  });

  it('puts every row in a contract table with the right number of values', () => {
    const widths = new Map(CONTRACT.map((table) => [table.name, table.columns.length]));
    const misfits = [...generateWarehouse({ seed: 3, scale: 0.05, end: END })].filter(
      ({ table, values }) => values.length !== widths.get(table)
    );
    expect(misfits).toEqual([]);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => generateWarehouse({ seed: 1.5, scale: 1, end: END })).toThrow('The seed must be a whole number');
    expect(() => generateWarehouse({ seed: 1, scale: 0, end: END })).toThrow('The scale must be a number above 0');
    expect(() => generateWarehouse({ seed: 1, scale: 1, end: '2026-02-30' })).toThrow(
      'The end date "2026-02-30" is not a date in the form YYYY-MM-DD.'
    );
  });
});

describe('generateWarehouse realism at scale 1', () => {
  const generator = generateWarehouse({ seed: 1, scale: 1, end: END });
  const tables = byTable(generator);
  const cutoff = Date.UTC(2026, 10, 24);

  it('has the organisation of the brief', () => {
    const reps = records(tables, 'reps');
    expect(new Set(reps.map((rep) => rep.region)).size).toBe(3);
    expect(new Set(reps.map((rep) => rep.team)).size).toBe(8);
    expect(reps.length).toBeGreaterThanOrEqual(46);
    expect(reps.length).toBeLessThanOrEqual(60);
    expect(new Set(reps.map((rep) => rep.hired_on)).size).toBeGreaterThan(40);
    expect(reps.some((rep) => rep.left_on !== null)).toBe(true);
    const products = records(tables, 'products');
    expect(products.length).toBeGreaterThanOrEqual(6);
    expect(products.length).toBeLessThanOrEqual(8);
    expect(new Set(products.map((product) => product.product_line)).size).toBeGreaterThanOrEqual(2);
    const customers = records(tables, 'customers');
    expect(customers.length).toBeGreaterThan(1600);
    expect(customers.length).toBeLessThan(2400);
    expect(new Set(customers.map((customer) => customer.tier))).toEqual(new Set(['A', 'B', 'C']));
    expect(new Set(customers.map((customer) => customer.channel))).toEqual(new Set(['direct', 'dealer', 'online']));
    expect(records(tables, 'opportunities').length).toBeGreaterThan(16000);
    expect(records(tables, 'opportunities').length).toBeLessThan(24000);
  });

  it('wins between 15 % and 45 % of closed deals', () => {
    const deals = records(tables, 'opportunities');
    const won = deals.filter((deal) => deal.status === 'won').length;
    const lost = deals.filter((deal) => deal.status === 'lost').length;
    expect(won / (won + lost)).toBeGreaterThan(0.15);
    expect(won / (won + lost)).toBeLessThan(0.45);
  });

  it('books the most in Q4 of every full year', () => {
    expectQ4Peak(records(tables, 'opportunities'), ['2024', '2025']);
  });

  it('names reps and managers from many origins, each name once, no surname on more than two people', () => {
    const reps = records(tables, 'reps');
    const people = [...reps.map((rep) => rep.rep_name as string), ...new Set(reps.map((rep) => rep.manager as string))];
    expect(new Set(people).size).toBe(people.length);
    expect(Math.max(...countsOf(people.map(surnameOf)).values())).toBeLessThanOrEqual(2);
    // a list of reps in id order, as a table shows them, starts with ten different surnames
    expect(new Set(reps.slice(0, 10).map((rep) => surnameOf(rep.rep_name as string))).size).toBe(10);
  });

  it('closes few deals at weekends and keeps every event before the end', () => {
    const deals = records(tables, 'opportunities');
    const closed = deals.filter((deal) => deal.status !== 'open');
    const weekend = closed.filter((deal) => [0, 6].includes(new Date(`${deal.close_date}T00:00:00Z`).getUTCDay()));
    expect(weekend.length / closed.length).toBeLessThan(0.05);
    expect(deals.every((deal) => (deal.created_at as number) < cutoff)).toBe(true);
    expect(closed.every((deal) => (deal.close_date as string) <= END)).toBe(true);
    expect(records(tables, 'payments').every((payment) => (payment.received_at as string) <= END)).toBe(true);
  });

  it('has open deals in every open stage with stage history, forecast categories and lost reasons', () => {
    const deals = records(tables, 'opportunities');
    const open = deals.filter((deal) => deal.status === 'open');
    expect(new Set(open.map((deal) => deal.stage)).size).toBe(5);
    expect(new Set(open.map((deal) => deal.forecast_category))).toEqual(
      new Set(['pipeline', 'best_case', 'commit', 'omitted'])
    );
    expect(deals.filter((deal) => deal.status === 'lost').every((deal) => deal.lost_reason !== null)).toBe(true);
    const history = records(tables, 'opportunity_stage_history');
    const withHistory = new Set(history.map((row) => row.opportunity_id));
    expect(deals.every((deal) => withHistory.has(deal.opportunity_id))).toBe(true);
    // A won deal's history ends in Closed Won with no exit.
    const wonId = deals.find((deal) => deal.status === 'won')!.opportunity_id;
    const last = history.filter((row) => row.opportunity_id === wonId).at(-1)!;
    expect(last).toMatchObject({ stage: 'Closed Won', exited_at: null });
  });

  it('has overdue invoices and leads in the public pool', () => {
    const paid = new Map<string, number>();
    for (const payment of records(tables, 'payments')) {
      paid.set(
        payment.invoice_id as string,
        (paid.get(payment.invoice_id as string) ?? 0) + (payment.amount as number)
      );
    }
    const overdue = records(tables, 'invoices').filter(
      (invoice) =>
        (invoice.due_at as string) < END &&
        (paid.get(invoice.invoice_id as string) ?? 0) < (invoice.amount as number) - 0.005
    );
    expect(overdue.length).toBeGreaterThan(0);
    const pool = records(tables, 'leads').filter(
      (lead) => lead.owner_rep_id === null && ['new', 'working'].includes(lead.status as string)
    );
    expect(pool.length).toBeGreaterThan(0);
    const converted = records(tables, 'leads').filter((lead) => lead.status === 'converted');
    expect(converted.every((lead) => lead.opportunity_id !== null && lead.converted_at !== null)).toBe(true);
  });

  it('has visit plans with some planned visits not done, CSAT and NPS responses and marketing spend by channel', () => {
    const visits = records(tables, 'activities').filter((activity) => activity.activity_type === 'visit');
    const planned = visits.filter((visit) => visit.planned_at !== null && (visit.planned_at as number) < cutoff);
    const missed = planned.filter((visit) => visit.completed_at === null);
    expect(missed.length / planned.length).toBeGreaterThan(0.05);
    expect(missed.length / planned.length).toBeLessThan(0.4);
    const responses = records(tables, 'csat_responses');
    expect(responses.length).toBeGreaterThan(500);
    expect(responses.some((response) => response.nps !== null)).toBe(true);
    expect(new Set(records(tables, 'marketing_spend').map((spend) => spend.channel))).toEqual(
      new Set(['direct', 'dealer', 'online'])
    );
  });

  it('decomposes targets so that each level sums to its parent for every metric and month', () => {
    const reps = new Map(records(tables, 'reps').map((rep) => [rep.rep_id, rep]));
    const teamRegion = new Map(records(tables, 'reps').map((rep) => [rep.team, rep.region]));
    // dealer plans are a level of their own (feedback.test.ts)
    const targets = records(tables, 'targets').filter((target) => target.dealer === null);
    const cents = (value: unknown) => Math.round((value as number) * 100);
    const sums = new Map<string, number>();
    const add = (key: string, value: number) => sums.set(key, (sums.get(key) ?? 0) + value);
    const own = new Map<string, number>();
    for (const target of targets) {
      const period = `${target.metric}|${target.period_start}`;
      if (target.rep_id) {
        add(`team|${period}|${reps.get(target.rep_id)!.team}`, cents(target.amount));
      } else if (target.team) {
        own.set(`team|${period}|${target.team}`, cents(target.amount));
        add(`region|${period}|${teamRegion.get(target.team)}`, cents(target.amount));
      } else if (target.region) {
        own.set(`region|${period}|${target.region}`, cents(target.amount));
        add(`company|${period}`, cents(target.amount));
      } else {
        own.set(`company|${period}`, cents(target.amount));
      }
    }
    expect(own.size).toBe(sums.size);
    for (const [key, amount] of own) {
      expect([key, sums.get(key)]).toEqual([key, amount]);
    }
    // Every metric, 12 months of each of the years 2023–2026, and one month per row.
    expect(new Set(targets.map((target) => target.metric))).toEqual(
      new Set(['bookings', 'collections', 'new_customers', 'visits'])
    );
    expect(new Set(targets.map((target) => target.period_start)).size).toBe(48);
    // The company plan is above last year's actual pace but within reach.
    const planned2025 = targets
      .filter(
        (target) =>
          target.metric === 'bookings' &&
          !target.rep_id &&
          !target.team &&
          !target.region &&
          (target.period_start as string).startsWith('2025')
      )
      .reduce((sum, target) => sum + (target.amount as number), 0);
    const booked2025 = records(tables, 'opportunities')
      .filter((deal) => deal.status === 'won' && (deal.close_date as string).startsWith('2025'))
      .reduce((sum, deal) => sum + (deal.amount as number), 0);
    expect(planned2025 / booked2025).toBeGreaterThan(1.0);
    expect(planned2025 / booked2025).toBeLessThan(1.2);
  });
});

describe('generateWarehouse commission plans at scale 1', () => {
  const tables = byTable(generateWarehouse({ seed: 1, scale: 1, end: END }));
  const assignments = records(tables, 'comp_assignments');
  const adjustments = records(tables, 'comp_adjustments');

  it('puts every rep on a plan, one at a time, some moving plan in the middle of a quarter', () => {
    const reps = records(tables, 'reps');
    expect(new Set(assignments.map((row) => row.rep_id))).toEqual(new Set(reps.map((rep) => rep.rep_id)));
    const byRep = new Map<unknown, Array<Record<string, unknown>>>();
    assignments.forEach((row) => byRep.set(row.rep_id, [...(byRep.get(row.rep_id) ?? []), row]));
    const moves = [...byRep.values()].filter((rows) => rows.length > 1);
    expect(moves.length).toBeGreaterThanOrEqual(3);
    for (const [before, after] of moves) {
      const next = new Date(Date.parse(`${before.effective_to as string}T00:00:00Z`) + 86_400_000).toISOString();
      expect(next.slice(0, 10)).toBe(after.effective_from);
      // the 15th: never the first day of a quarter
      expect((after.effective_from as string).slice(8)).toBe('15');
    }
    expect(new Set(assignments.map((row) => row.plan_id))).toEqual(new Set(['PLAN-AE', 'PLAN-SA', 'PLAN-DC']));
    // the dealer channel team is on the retroactive plan
    const plans = new Map(records(tables, 'comp_plans').map((plan) => [plan.plan_id, plan]));
    expect(plans.get('PLAN-DC')).toMatchObject({ calc: 'retroactive', gate: null });
    expect(plans.get('PLAN-AE')).toMatchObject({ calc: 'marginal', gate: 0.5, cap_multiple: 3 });
  });

  it('pays SPIFs, bonuses and draws, and claws back with negative amounts', () => {
    const kinds = countsOf(adjustments.map((row) => row.kind as string));
    expect([...kinds.keys()].sort()).toEqual(['bonus', 'clawback', 'draw', 'spif']);
    expect(kinds.get('clawback')!).toBeGreaterThan(10);
    expect(adjustments.filter((row) => row.kind === 'clawback').every((row) => (row.amount as number) < 0)).toBe(true);
    expect(adjustments.filter((row) => row.kind !== 'clawback').every((row) => (row.amount as number) > 0)).toBe(true);
  });
});

describe.each([1, 0.25])("the demo warehouse's configuration at scale %s", (scale) => {
  // the dashboards' demo: seed 20260514, data up to 2026-05-14 (the gallery at scale 1, the tests at 0.25)
  const tables = byTable(generateWarehouse({ seed: 20260514, scale, end: '2026-05-14' }));

  it('books the most in Q4 of each full year', () => {
    expectQ4Peak(records(tables, 'opportunities'), ['2024', '2025']);
  });

  it('has no surname on more than two reps', () => {
    const names = records(tables, 'reps').map((rep) => rep.rep_name as string);
    expect(new Set(names).size).toBe(names.length);
    expect(Math.max(...countsOf(names.map(surnameOf)).values())).toBeLessThanOrEqual(2);
  });
});

describe('personName', () => {
  it('gives a different name to each of many people, plain first name and surname for the first 1,584', () => {
    const names = Array.from({ length: 40_000 }, (_, index) => personName(index, 0));
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 1584).filter((name) => !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name))).toEqual([]);
    expect(names[1584]).toMatch(/^[A-Z][a-z]+ A\. [A-Z][a-z]+$/);
  });
});
