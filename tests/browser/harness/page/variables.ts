/*
 * Grafana's variable service as a dashboard loads: each query variable's values from its data source,
 * in order (so a variable's query sees the ones above it), with the saved selection kept where its
 * values are still offered, All where the dashboard saved All, else the first value.
 */
import type { TimeRange } from '@grafana/data';
import type { DataSourceSrv } from '@grafana/runtime';

import type { TestVariable } from '../../../datasource/lib/templateSrv';

export interface SavedVariable {
  type: string;
  name: string;
  datasource?: { uid?: string };
  query?: unknown;
  multi?: boolean;
  includeAll?: boolean;
  allValue?: string | null;
  current?: { value?: string | string[] };
}

/** Grafana's variable service on load: each query variable's values in order, All where the dashboard saved All. */
export async function resolveVariables(
  saved: SavedVariable[],
  range: TimeRange,
  dataSourceSrv: DataSourceSrv,
  variables: TestVariable[]
): Promise<Record<string, string[]>> {
  const offered: Record<string, string[]> = {};
  for (const variable of saved) {
    if (variable.type === 'custom') {
      // values typed in the dashboard (a deal amount): the one it opens with
      const value = variable.current?.value;
      variables.push({ name: variable.name, value: value === undefined ? [] : value, multi: variable.multi });
      continue;
    }
    if (variable.type !== 'query') {
      continue;
    }
    const api = await dataSourceSrv.get(variable.datasource?.uid);
    const values = await api.metricFindQuery!(variable.query, { range, variable: variable as never, scopedVars: {} });
    const options = values.map((value) => String(value.value ?? value.text));
    offered[variable.name] = options;
    const current = variable.current?.value;
    const savedValues = current === undefined ? [] : Array.isArray(current) ? current : [current];
    const all = savedValues.includes('$__all');
    const kept = savedValues.filter((value) => options.includes(value));
    const value = all && variable.includeAll ? '$__all' : kept.length ? kept : options.slice(0, 1);
    variables.push({
      name: variable.name,
      value: variable.multi && !Array.isArray(value) && value !== '$__all' ? [value] : value,
      options,
      multi: variable.multi,
      includeAll: variable.includeAll,
      allValue: variable.allValue ?? undefined,
    });
  }
  return offered;
}
