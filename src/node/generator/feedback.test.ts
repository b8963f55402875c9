import { CONTRACT, FEEDBACK_CATEGORIES, FEEDBACK_SEVERITIES } from '../../sales';
import { COMPETITORS } from './feedback';
import { generateWarehouse } from './warehouse';

/** The market feedback and the dealer plans of the demo data, at scale 0.3, as a manager would read them. */

const END = '2026-11-23';
const CUTOFF = Date.UTC(2026, 10, 24);
const DAY = 86_400_000;

type Record = { [column: string]: unknown };

function tablesOf(seed: number, scale: number): Map<string, Record[]> {
  const columns = new Map(CONTRACT.map((table) => [table.name as string, table.columns.map((column) => column.name)]));
  const tables = new Map<string, Record[]>();
  for (const { table, values } of generateWarehouse({ seed, scale, end: END })) {
    const names = columns.get(table)!;
    const rows = tables.get(table) ?? [];
    rows.push(Object.fromEntries(names.map((name, index) => [name, values[index]])));
    tables.set(table, rows);
  }
  return tables;
}

const monthOf = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();

function correlation(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index] - my), 0);
  const vx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const vy = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}

describe('market feedback and dealer plans in the demo data', () => {
  const tables = tablesOf(7, 0.3);
  const feedback = tables.get('visit_feedback')!;
  const activities = new Map(tables.get('activities')!.map((row) => [row.activity_id, row]));
  const customers = new Map(tables.get('customers')!.map((row) => [row.customer_id, row]));
  const reps = new Map(tables.get('reps')!.map((row) => [row.rep_id, row]));

  it('writes feedback on about a third of completed visits, in the report of the visit’s rep, after the visit', () => {
    const completed = [...activities.values()].filter(
      (row) => row.activity_type === 'visit' && row.completed_at !== null
    );
    const withFeedback = new Set(feedback.map((row) => row.activity_id));
    const share = completed.filter((row) => withFeedback.has(row.activity_id)).length / completed.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.38);
    for (const row of feedback) {
      const visit = activities.get(row.activity_id)!;
      expect(visit).toMatchObject({ activity_type: 'visit', rep_id: row.rep_id, customer_id: row.customer_id });
      expect(row.reported_at as number).toBeGreaterThan(visit.completed_at as number);
      expect(row.reported_at as number).toBeLessThan(CUTOFF);
    }
    expect(new Set(feedback.map((row) => row.feedback_id)).size).toBe(feedback.length);
  });

  it('uses the contract’s categories and severities, competitors from a fixed list, dealers of the customer', () => {
    expect(new Set(feedback.map((row) => row.category))).toEqual(new Set(FEEDBACK_CATEGORIES));
    expect(new Set(feedback.map((row) => row.severity))).toEqual(new Set([null, ...FEEDBACK_SEVERITIES]));
    expect(new Set(feedback.map((row) => row.sentiment))).toEqual(new Set([-1, 0, 1]));
    const named = feedback.filter((row) => row.competitor !== null);
    expect(new Set(named.map((row) => row.competitor))).toEqual(new Set(COMPETITORS));
    expect(feedback.filter((row) => row.category === 'competitor').every((row) => row.competitor !== null)).toBe(true);
    for (const row of feedback.filter((candidate) => candidate.category === 'dealer')) {
      const dealer = customers.get(row.customer_id)?.dealer as string;
      expect(dealer).toEqual(expect.any(String));
      expect(row.text).toContain(dealer);
    }
    // each region hears most of its own main rival
    const top = new Map<string, Map<unknown, number>>();
    for (const row of named) {
      const region = reps.get(row.rep_id)!.region as string;
      const counts = top.get(region) ?? new Map<unknown, number>();
      counts.set(row.competitor, (counts.get(row.competitor) ?? 0) + 1);
      top.set(region, counts);
    }
    const leaders = [...top.values()].map((counts) => [...counts].sort((a, b) => b[1] - a[1])[0][0]);
    expect(new Set(leaders).size).toBe(top.size);
  });

  it('leans sentiment with the region’s win rate over the three months before', () => {
    const closes = new Map<string, { won: number; lost: number }>();
    for (const deal of tables.get('opportunities')!.filter((row) => row.status !== 'open')) {
      const key = `${reps.get(deal.owner_rep_id)!.region}|${monthOf(Date.parse(`${deal.close_date}T00:00:00Z`))}`;
      const counts = closes.get(key) ?? { won: 0, lost: 0 };
      counts[deal.status === 'won' ? 'won' : 'lost']++;
      closes.set(key, counts);
    }
    const sentiment = new Map<string, number[]>();
    for (const row of feedback) {
      const key = `${reps.get(row.rep_id)!.region}|${monthOf(row.reported_at as number)}`;
      sentiment.set(key, [...(sentiment.get(key) ?? []), row.sentiment as number]);
    }
    const winRates: number[] = [];
    const means: number[] = [];
    for (const [key, values] of sentiment) {
      const [region, month] = key.split('|');
      let [won, lost] = [0, 0];
      for (let before = Number(month) - 3; before < Number(month); before++) {
        won += closes.get(`${region}|${before}`)?.won ?? 0;
        lost += closes.get(`${region}|${before}`)?.lost ?? 0;
      }
      if (won + lost >= 30 && values.length >= 20) {
        winRates.push(won / (won + lost));
        means.push(values.reduce((sum, value) => sum + value, 0) / values.length);
      }
    }
    expect(winRates.length).toBeGreaterThan(60);
    expect(correlation(winRates, means)).toBeGreaterThan(0.4);
  });

  it('resolves most issues after days, some late, and leaves the recent ones open', () => {
    const issues = feedback.filter((row) => row.severity !== null);
    const resolved = issues.filter((row) => row.resolved_at !== null);
    expect(resolved.every((row) => (row.resolved_at as number) > (row.reported_at as number))).toBe(true);
    expect(resolved.every((row) => (row.resolved_at as number) < CUTOFF)).toBe(true);
    expect(feedback.filter((row) => row.severity === null).every((row) => row.resolved_at === null)).toBe(true);
    const days = resolved.map((row) => ((row.resolved_at as number) - (row.reported_at as number)) / DAY);
    const median = [...days].sort((a, b) => a - b)[Math.floor(days.length / 2)];
    expect(median).toBeGreaterThan(3);
    expect(median).toBeLessThan(15);
    const open = issues.filter((row) => row.resolved_at === null);
    expect(open.length).toBeGreaterThan(10);
    // open issues are mostly recent: half of them reported in the last month
    const recent = open.filter((row) => CUTOFF - (row.reported_at as number) < 31 * DAY).length;
    expect(recent / open.length).toBeGreaterThan(0.5);
    expect(open.some((row) => CUTOFF - (row.reported_at as number) > 45 * DAY)).toBe(true);
  });

  it('plans each dealer’s bookings month by month at its region’s level', () => {
    const dealerTargets = tables.get('targets')!.filter((row) => row.dealer !== null);
    const dealers = new Map(
      [...customers.values()].filter((row) => row.dealer !== null).map((row) => [row.dealer, row.region])
    );
    expect(dealerTargets.length).toBeGreaterThan(0);
    for (const row of dealerTargets) {
      expect(row).toMatchObject({ metric: 'bookings', rep_id: null, team: null, product_id: null });
      expect(row.region).toBe(dealers.get(row.dealer));
      expect(row.amount as number).toBeGreaterThan(0);
    }
    const months = new Set(dealerTargets.map((row) => row.period_start));
    expect(months.size).toBe(48);
    // the plans without a dealer are as before: the company's plan adds up from its regions
    const company = tables.get('targets')!.filter((row) => row.dealer === null);
    expect(company.some((row) => row.region === null && row.team === null && row.rep_id === null)).toBe(true);
  });
});
