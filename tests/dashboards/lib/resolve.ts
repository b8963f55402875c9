import { parseTimeArg } from '../../../src/node/cli/timeArgs';
import type { Filter, SalesQuery } from '../../../src/sales/types';
import type { Dashboard, Panel, Target, Variable } from './model';

/**
 * What Grafana and the data source do to a saved target before it runs: the panel's time range
 * (the dashboard's, or the panel's relative time and time shift), and the variables expanded the
 * way the data source expands them (src/datasource/variables/expand.ts): a filter on a variable set
 * to All is dropped; otherwise its values are the variable's selected values.
 */

export interface Clock {
  now: number;
  timeZone: string;
}

export interface TimeRange {
  from: number;
  to: number;
}

/** Grafana's rangeUtil.describeTextRange: `7d` is the last 7 days, `+6M` the next 6 months, `now/M` from then to now. */
export function relativeRange(timeFrom: string): { from: string; to: string } {
  const isLast = !timeFrom.startsWith('+');
  const expr = timeFrom.includes('now') ? timeFrom : `${isLast ? 'now-' : 'now'}${timeFrom}`;
  return isLast ? { from: expr, to: 'now' } : { from: 'now', to: expr };
}

/** Grafana writes the quarter unit Q (fQ fiscal); the CLI's parser, which reads the rest alike, writes q (fq). */
function grafanaUnits(text: string): string {
  return text.replace(/Q/g, 'q');
}

/** The range a panel queries, as an instant interval [from, to). */
export function panelRange(dashboard: Dashboard, panel: Panel, clock: Clock): TimeRange {
  const context = { ...clock, fiscalYearStartMonth: (dashboard.fiscalYearStartMonth ?? 0) + 1 };
  const parse = (text: string, roundUp: boolean, now = clock.now) =>
    parseTimeArg(grafanaUnits(text), { ...context, now }, roundUp, 'The time');
  const time = dashboard.time ?? { from: 'now-6h', to: 'now' };
  let range = { from: parse(time.from, false), to: parse(time.to, true) };
  if (panel.timeFrom) {
    const relative = relativeRange(panel.timeFrom);
    range = { from: parse(relative.from, false), to: parse(relative.to, true) };
  }
  if (panel.timeShift) {
    range = {
      from: parse(`now-${panel.timeShift}`, false, range.from),
      to: parse(`now-${panel.timeShift}`, true, range.to),
    };
  }
  return range;
}

/**
 * The raw range Grafana hands the data source with a panel's range: the dashboard's or the panel's
 * relative time as text; undefined after a time shift, where Grafana passes the shifted instants.
 */
export function panelRawRange(dashboard: Dashboard, panel: Panel): { from: string; to: string } | undefined {
  if (panel.timeShift) {
    return undefined;
  }
  return panel.timeFrom ? relativeRange(panel.timeFrom) : (dashboard.time ?? { from: 'now-6h', to: 'now' });
}

/** A custom variable's values: its query, comma-separated. */
export function customValues(variable: Variable): string[] {
  return String(variable.query ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** A variable's selection: All, or the chosen values. */
export type Selection = 'all' | string[];

/** A custom variable's selection as the dashboard opens: the value it was saved with, else its first. */
export function customSelection(variable: Variable): Selection {
  const saved = variable.current?.value;
  return [saved === undefined ? customValues(variable)[0] : String(saved)];
}

const VARIABLE_REFERENCE = /^\$(\w+)$|^\$\{(\w+)\}$/;

/** The variable a filter value names, if it names one. */
export function variableName(value: string): string | undefined {
  const match = VARIABLE_REFERENCE.exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

export function resolveFilters(filters: Filter[] | undefined, selections: Map<string, Selection>): Filter[] {
  const resolved: Filter[] = [];
  for (const filter of filters ?? []) {
    const values: string[] = [];
    let all = false;
    for (const value of filter.values) {
      const name = variableName(value);
      if (name === undefined) {
        values.push(value);
        continue;
      }
      const selection = selections.get(name);
      if (selection === undefined) {
        throw new Error(`The filter on ${filter.dimension} uses $${name}, which is no variable of the dashboard`);
      }
      if (selection === 'all') {
        all = true;
      } else {
        values.push(...selection);
      }
    }
    if (!all) {
      resolved.push({ ...filter, values: [...new Set(values)] });
    }
  }
  return resolved;
}

/** The SalesQuery a target stands for once Grafana's fields are removed and its variables expanded. */
export function resolveQuery(target: Target | SalesQuery, selections: Map<string, Selection>): SalesQuery {
  const { refId: _refId, datasource: _datasource, hide: _hide, ...query } = target as Target;
  const resolved = { ...query } as SalesQuery;
  if (query.filters !== undefined) {
    resolved.filters = resolveFilters(query.filters, selections);
  }
  // a commission query's next deal: the amount its variable holds
  const deal =
    resolved.kind === 'commission' && typeof resolved.whatIf === 'string' ? variableName(resolved.whatIf) : undefined;
  const amount = deal === undefined ? undefined : selections.get(deal);
  if (resolved.kind === 'commission' && Array.isArray(amount)) {
    resolved.whatIf = amount[0];
  }
  return resolved;
}
