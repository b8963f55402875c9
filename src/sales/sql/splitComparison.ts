import type { MetricDef } from '../catalog/metrics';
import type { SplitStatement } from '../kinds/types';
import { toNumberOrNull } from '../frames/rows';
import type { DataFrameJSON, FrameField, MetricsQuery } from '../types';
import { readsOnlyClosedPeriods } from './closedPeriods';
import type { CompileContext, CompiledQuery } from './common';
import { changeValue } from './change';
import { compileMetricsOver } from './compile';

/**
 * A comparison whose previous window has ended as one statement per window: the previous one can be
 * kept, the current one is read again. Only without groups: each statement then answers one row,
 * and `_previous` and `_change` are those of the single statement (sql/change.ts). With groups, a
 * group found in one window only would need the value the SQL gives an empty window, which is not
 * known here: not split.
 */
export function splitComparison(
  compiled: CompiledQuery,
  query: MetricsQuery,
  context: CompileContext
): SplitStatement | undefined {
  const { periods, metrics } = compiled;
  if (periods.length !== 2 || compiled.groupBy.length > 0 || compiled.readsUntil === undefined || context.macroWindow) {
    return undefined;
  }
  if (metrics.some((metric) => metric.unit === 'status') || readsOnlyClosedPeriods(compiled, context.currentTime)) {
    return undefined;
  }
  const current = compileMetricsOver(query, context, [periods[0]]);
  const previous = compileMetricsOver(query, context, [periods[1]]);
  if (!readsOnlyClosedPeriods(previous, context.currentTime)) {
    return undefined;
  }
  return {
    parts: [previous, current],
    merge: ([previousRows, currentRows]) => comparisonRow(metrics, currentRows, previousRows),
  };
}

function valueOf(rows: DataFrameJSON, name: string): number | null {
  const index = rows.schema.fields.findIndex((field) => field.name === name);
  return index < 0 ? null : toNumberOrNull(rows.data.values[index]?.[0]);
}

function comparisonRow(metrics: MetricDef[], currentRows: DataFrameJSON, previousRows: DataFrameJSON): DataFrameJSON {
  const fields: FrameField[] = [];
  const values: Array<Array<number | null>> = [];
  for (const metric of metrics) {
    const current = valueOf(currentRows, metric.id);
    const previous = valueOf(previousRows, metric.id);
    fields.push(
      { name: metric.id, type: 'number' },
      { name: `${metric.id}_previous`, type: 'number' },
      { name: `${metric.id}_change`, type: 'number' }
    );
    values.push([current], [previous], [changeValue(metric, current, previous)]);
  }
  return { schema: { fields }, data: { values } };
}
