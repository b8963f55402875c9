import { bucketKeyOf, bucketStart } from '../catalog/time';
import type { SplitStatement } from '../kinds/types';
import type { DataFrameJSON, TimeseriesQuery } from '../types';
import { readsOnlyClosedPeriods } from './closedPeriods';
import type { CompileContext, CompiledTimeseries } from './common';
import { compileTimeseries } from './compile';

/**
 * A series running into the open bucket as one statement for the buckets that ended before now and
 * one for the rest. Exact: every bucket lies whole on one side of the cut, so each of its rows is
 * aggregated by one statement as the single statement would; the frames fill the buckets from the
 * rows whatever their order. Not split: a comparison (its previous range is bucketed alongside the
 * current one), a statement that is not judged by its windows alone, or a range with nothing closed.
 */
export function splitSeries(
  compiled: CompiledTimeseries,
  query: TimeseriesQuery,
  context: CompileContext
): SplitStatement | undefined {
  if (compiled.periods.length !== 1 || compiled.readsUntil === undefined || context.macroWindow) {
    return undefined;
  }
  if (readsOnlyClosedPeriods(compiled, context.currentTime)) {
    return undefined;
  }
  const { range } = compiled.periods[0];
  const { grain, timeZone } = compiled;
  const openFrom = bucketStart(
    bucketKeyOf(context.currentTime, grain, timeZone, context.fiscalYearStartMonth),
    grain,
    timeZone,
    context.fiscalYearStartMonth
  );
  if (!(openFrom > range.from && openFrom < range.to)) {
    return undefined;
  }
  const closed = compileTimeseries(query, { ...context, range: { from: range.from, to: openFrom } });
  const open = compileTimeseries(query, { ...context, range: { from: openFrom, to: range.to } });
  if (!readsOnlyClosedPeriods(closed, context.currentTime)) {
    return undefined;
  }
  return { parts: [closed, open], merge: concatRows };
}

/** The rows of several results with the same columns, one after the other. */
export function concatRows(results: DataFrameJSON[]): DataFrameJSON {
  // an engine may answer an empty result without its columns: take them from the widest
  const widest = results.reduce((a, b) => (b.schema.fields.length > a.schema.fields.length ? b : a));
  const columns = widest.schema.fields.map((field) =>
    results.flatMap((result) => {
      const index = result.schema.fields.findIndex((candidate) => candidate.name === field.name);
      const rows = result.data.values[0]?.length ?? 0;
      return index < 0 ? new Array(rows).fill(null) : (result.data.values[index] ?? []);
    })
  );
  return { schema: widest.schema, data: { values: columns } };
}
