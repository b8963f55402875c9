import { compileContextOf, type EngineContext, runCompiled } from '../engine';
import { attainmentFrame } from '../frames/attainmentFrame';
import { columnOf, rowCount, toNumberOrNull } from '../frames/rows';
import { compileMergedAttainment, type MergedAttainmentMember } from '../sql/attainment';
import type { AttainmentQuery, DataFrameJSON } from '../types';

/** One attainment query a merged statement answers, its own engine context (its panel's range) and the refId its frames carry. */
export interface MergedAttainmentQuery {
  query: AttainmentQuery;
  context: EngineContext;
  refId?: string;
}

/**
 * Runs attainment queries merged by mergeQueries (alike but for their period, range and linear
 * or working-day pacing) as one statement and returns each one's frames, as runQuery returns them for
 * that query alone but for meta.executedQueryString, which is the merged statement.
 */
export function runMergedAttainment(
  members: MergedAttainmentQuery[],
  signal?: AbortSignal
): Promise<DataFrameJSON[][]> {
  const [{ context }] = members;
  const merged = compileMergedAttainment(
    members.map((member) => ({ query: member.query, context: compileContextOf(member.context) })),
    compileContextOf(context)
  );
  return runCompiled(
    merged,
    undefined,
    members[0].query,
    context,
    merged.members.map((member, index) => (_compiled, rows, frameContext) => [
      attainmentFrame(
        member.compiled,
        memberRows(rows, member),
        frameContext.compile,
        frameContext.display,
        frameContext.pacing,
        members[index].refId
      ),
    ]),
    signal
  );
}

/**
 * A member's rows of the merged statement, as its own statement returns them: its period's columns
 * under the names attainmentFrame reads, and, when grouped, only the groups with rows or targets in
 * its period (an ungrouped statement always has its one row).
 */
export function memberRows(rows: DataFrameJSON, member: MergedAttainmentMember): DataFrameJSON {
  const { compiled, columns } = member;
  const renamed: Array<[string, string]> = [
    ['day', 'day'],
    ...compiled.keys.map((key): [string, string] => [key.field.name, key.field.name]),
    [columns.actual, 'actual'],
    [columns.target, 'target'],
    ...(compiled.coverage ? [[columns.openPipeline, 'open_pipeline'] as [string, string]] : []),
  ];
  const counted = (columnOf(rows, columns.rows) ?? []).map(toNumberOrNull);
  const kept = [...Array(rowCount(rows)).keys()].filter((row) => compiled.keys.length === 0 || (counted[row] ?? 0) > 0);
  const fields = renamed.map(([from, to]) => ({
    ...rows.schema.fields.find((field) => field.name === from)!,
    name: to,
  }));
  return {
    schema: { ...rows.schema, fields },
    data: { values: renamed.map(([from]) => kept.map((row) => (columnOf(rows, from) ?? [])[row])) },
  };
}
