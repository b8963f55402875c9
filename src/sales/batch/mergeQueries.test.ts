import type { AttainmentQuery, Filter, MetricsQuery, SalesQuery } from '../types';
import { isMergeable, mergeQueries } from './mergeQueries';

const region: Filter = { dimension: 'region', op: 'in', values: ['East'] };
const stat = (metrics: string[], extra: Partial<MetricsQuery> = {}): MetricsQuery => ({
  kind: 'metrics',
  metrics,
  compare: 'previous_period',
  compareToDate: true,
  filters: [region],
  ...extra,
});
const inScope = (query: SalesQuery, scope = 'refresh') => ({ query, scope });

describe('mergeQueries', () => {
  it('merges metrics queries identical but for their metrics, the union in first-seen order', () => {
    const batches = mergeQueries([
      inScope(stat(['bookings', 'won_deals'])),
      inScope(stat(['win_rate', 'bookings'])),
      inScope(stat(['collections'])),
    ]);
    expect(batches).toEqual([
      { query: stat(['bookings', 'won_deals', 'win_rate', 'collections']), members: [0, 1, 2] },
    ]);
  });

  it('compares the rest of the query whatever its key order', () => {
    const reordered = {
      filters: [region],
      compareToDate: true,
      metrics: ['won_deals'],
      kind: 'metrics',
      compare: 'previous_period',
    };
    expect(mergeQueries([inScope(stat(['bookings'])), inScope(reordered as MetricsQuery)])).toEqual([
      { query: stat(['bookings', 'won_deals']), members: [0, 1] },
    ]);
  });

  it.each<[string, MetricsQuery]>([
    ['other filters', stat(['won_deals'], { filters: [{ ...region, values: ['West'] }] })],
    ['no filters', stat(['won_deals'], { filters: undefined })],
    ['another comparison', stat(['won_deals'], { compare: 'previous_year' })],
    ['not to date', stat(['won_deals'], { compareToDate: false })],
    ['no comparison', { kind: 'metrics', metrics: ['won_deals'], filters: [region] }],
  ])('keeps apart a query with %s', (_, other) => {
    expect(mergeQueries([inScope(stat(['bookings'])), inScope(other)])).toEqual([
      { query: stat(['bookings']), members: [0] },
      { query: other, members: [1] },
    ]);
  });

  it('keeps apart queries of different scopes (range, calendar, warehouse)', () => {
    expect(mergeQueries([inScope(stat(['bookings']), 'a'), inScope(stat(['won_deals']), 'b')])).toHaveLength(2);
  });

  it('leaves grouped queries without rows to compare, invalid and other kinds of queries as they are, merging the rest around them', () => {
    const grouped = stat(['won_deals'], { groupBy: ['region'] });
    const invalid = stat(['bookings', 'bookings']);
    const series: SalesQuery = { kind: 'timeseries', metrics: ['bookings'], grain: 'month' };
    const batches = mergeQueries([
      inScope(stat(['bookings'])),
      inScope(grouped),
      inScope(invalid),
      inScope(series),
      inScope(stat(['win_rate'])),
    ]);
    expect(batches).toEqual([
      { query: stat(['bookings', 'win_rate']), members: [0, 4] },
      { query: grouped, members: [1] },
      { query: invalid, members: [2] },
      { query: series, members: [3] },
    ]);
  });

  it('merges grouped queries only where each reads the rows the merged one reads', () => {
    const byRegion = (metrics: string[]) => stat(metrics, { groupBy: ['region'] });
    // stands in for the compiler's rows: here the rows are the first metric's
    const rowsOf = (query: MetricsQuery) => (query.metrics[0] === 'won_deals' ? undefined : query.metrics[0]);
    const grouped = (query: MetricsQuery) => ({ query, scope: 'refresh', rowsOf });
    expect(mergeQueries([grouped(byRegion(['bookings', 'won_deals'])), grouped(byRegion(['bookings']))])).toEqual([
      { query: byRegion(['bookings', 'won_deals']), members: [0, 1] },
    ]);
    expect(mergeQueries([grouped(byRegion(['bookings'])), grouped(byRegion(['win_rate']))])).toHaveLength(2);
    // a query that does not compile, or no way to tell the rows: apart
    expect(mergeQueries([grouped(byRegion(['won_deals'])), grouped(byRegion(['won_deals', 'bookings']))])).toHaveLength(
      2
    );
    expect(mergeQueries([inScope(byRegion(['bookings'])), inScope(byRegion(['bookings', 'won_deals']))])).toHaveLength(
      2
    );
  });

  it('batches attainment queries alike but for their period and linear or working-day pacing, as they are', () => {
    const attainment = (extra: Partial<AttainmentQuery>): AttainmentQuery => ({
      kind: 'attainment',
      metric: 'bookings',
      groupBy: ['region'],
      filters: [region],
      ...extra,
    });
    const quarter = attainment({ period: 'quarter' });
    const month = attainment({ period: 'month', pace: 'working_days' });
    const seasonal = attainment({ period: 'year', pace: 'seasonal' });
    const byTeam = attainment({ period: 'year', groupBy: ['team'] });
    const visits = attainment({ period: 'year', metric: 'visits' });
    expect(isMergeable(seasonal)).toBe(false);
    expect(
      mergeQueries([inScope(quarter), inScope(seasonal), inScope(month), inScope(byTeam), inScope(visits)])
    ).toEqual([
      { query: quarter, members: [0, 2] },
      { query: seasonal, members: [1] },
      { query: byTeam, members: [3] },
      { query: visits, members: [4] },
    ]);
    expect(mergeQueries([inScope(quarter, 'a'), inScope(month, 'b')])).toHaveLength(2);
  });

  it('merges grouped-by-nothing (an empty groupBy) only with the same empty groupBy', () => {
    const empty = stat(['won_deals'], { groupBy: [] });
    expect(isMergeable(empty)).toBe(true);
    expect(mergeQueries([inScope(stat(['bookings'])), inScope(empty)])).toHaveLength(2);
  });
});
