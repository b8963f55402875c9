import { metricsFrame } from '../frames/metricsFrame';
import { compileMetrics } from '../sql/compile';
import { q1Context } from '../testing/compileContext';
import type { DataFrameJSON, MetricsQuery } from '../types';
import { memberOfMerged } from './splitMetrics';

const display = { currencyUnit: 'currencyUSD' };
const context = q1Context();

/** A result row of the given columns, each holding a value of its own. */
function rowsOf(names: string[]): DataFrameJSON {
  return {
    schema: { fields: names.map((name) => ({ name, type: 'number' as const })) },
    data: { values: names.map((_, index) => [1000 + index * 7.5]) },
  };
}

/** Merged-statement rows: the member's columns hold what they hold alone, the others something else. */
function mergedRows(mergedNames: string[], alone: DataFrameJSON): DataFrameJSON {
  const aloneNames = alone.schema.fields.map((field) => field.name);
  return {
    schema: { fields: mergedNames.map((name) => ({ name, type: 'number' as const })) },
    data: {
      values: mergedNames.map((name) => {
        const index = aloneNames.indexOf(name);
        return index >= 0 ? alone.data.values[index] : [-1];
      }),
    },
  };
}

const base = { kind: 'metrics', compare: 'previous_period', compareToDate: true } as const;

describe('a member cut out of a merged metrics query', () => {
  it.each<[string, MetricsQuery[]]>([
    [
      'the executive wall',
      [['bookings'], ['won_deals'], ['win_rate'], ['avg_deal_size'], ['new_customers'], ['collections']].map(
        (metrics) => ({ ...base, metrics })
      ),
    ],
    [
      'several metrics each, overlapping, in other orders',
      [
        { ...base, metrics: ['win_rate', 'bookings'] },
        { ...base, metrics: ['bookings', 'collections', 'won_deals'] },
      ],
    ],
    [
      // snapshots rebuilt in the past, and one whose previous value cannot be rebuilt: notices per query
      'snapshot metrics',
      [
        { ...base, metrics: ['open_pipeline', 'bookings'] },
        { ...base, metrics: ['commit_pipeline'] },
        { ...base, metrics: ['won_deals'] },
      ],
    ],
    [
      'no comparison',
      [
        { kind: 'metrics', metrics: ['bookings'] },
        { kind: 'metrics', metrics: ['open_deals'] },
      ],
    ],
  ])('compiles and frames as the query alone: %s', (_, members) => {
    const merged = compileMetrics({ ...members[0], metrics: [...new Set(members.flatMap((m) => m.metrics))] }, context);
    for (const member of members) {
      const alone = compileMetrics(member, context);
      const cut = memberOfMerged(merged, member);
      expect(cut).toEqual({
        ...alone,
        sql: merged.sql,
        rows: merged.rows,
        tables: merged.tables,
        readsUntil: merged.readsUntil,
      });

      const aloneRows = rowsOf(alone.fields.map((field) => field.name));
      const frame = metricsFrame(
        cut,
        mergedRows(
          merged.fields.map((field) => field.name),
          aloneRows
        ),
        display,
        'A'
      );
      expect(frame).toEqual(metricsFrame(alone, aloneRows, display, 'A'));
    }
  });

  it('the snapshot notices name only the member’s own metrics', () => {
    const merged = compileMetrics({ ...base, metrics: ['open_pipeline', 'commit_pipeline', 'bookings'] }, context);
    const frame = metricsFrame(memberOfMerged(merged, { ...base, metrics: ['bookings'] }), rowsOf([]), display);
    expect(frame.schema.meta?.notices).toBeUndefined();
    expect(frame.schema.fields.map((field) => field.name)).toEqual([
      'bookings',
      'bookings_previous',
      'bookings_change',
    ]);
  });
});
