import type { CompiledFeedback } from '../sql/feedback';
import type { DataFrameJSON, FrameField, FrameFieldConfig } from '../types';
import { columnOf, rowCount, toNumberOrNull, toTextOrNull, toTimeOrNull } from './rows';

const DAY_MS = 86_400_000;

const CONFIG: Record<string, FrameFieldConfig> = {
  customer: { displayNameFromDS: 'Customer' },
  sentiment: { displayNameFromDS: 'Sentiment', unit: 'none', decimals: 0, min: -1, max: 1 },
  text: { displayNameFromDS: 'Feedback' },
  resolved_at: { displayNameFromDS: 'Resolved' },
  age_days: { displayNameFromDS: 'Days open', unit: 'd', decimals: 1 },
};

const TIMES = ['time', 'resolved_at'];
const NUMBERS = ['sentiment'];

/**
 * The feedback rows as they are (texts whole, never shortened), plus `age_days`: for an issue (a row
 * with a severity, or one resolved), the days from its report to its resolution, or to now while it
 * is open as of now; null for plain feedback with nothing to resolve.
 */
export function feedbackFrame(compiled: CompiledFeedback, result: DataFrameJSON, refId?: string): DataFrameJSON {
  const found = rowCount(result);
  const more = found > compiled.limit;
  const count = Math.min(found, compiled.limit);
  const read = (name: string) => {
    const raw = (columnOf(result, name) ?? new Array(count).fill(null)).slice(0, count);
    const convert: (value: unknown) => unknown = TIMES.includes(name)
      ? toTimeOrNull
      : NUMBERS.includes(name)
        ? toNumberOrNull
        : toTextOrNull;
    return raw.map((value) => convert(value));
  };
  const columns = compiled.columns.map(read);
  const at = (name: string) => columns[compiled.columns.indexOf(name)];
  const [reported, resolved, severity] = [at('time'), at('resolved_at'), at('feedback_severity')];
  const age = reported.map((time, row) => {
    const end = resolved[row] as number | null;
    if (time === null || (severity[row] === null && end === null)) {
      return null;
    }
    const until = end !== null && end <= compiled.now ? end : compiled.now;
    return Math.max(0, until - (time as number)) / DAY_MS;
  });
  const fields: FrameField[] = [...compiled.columns, 'age_days'].map((name) => ({
    name,
    type: TIMES.includes(name) ? 'time' : NUMBERS.includes(name) || name === 'age_days' ? 'number' : 'string',
    config: { ...CONFIG[name] },
  }));
  return {
    schema: {
      refId,
      meta: {
        custom: {
          kind: 'feedback',
          openIssues: compiled.openIssues,
          limit: compiled.limit,
          now: compiled.now,
          limitReached: more,
        },
        ...(more
          ? {
              notices: [
                {
                  severity: 'info' as const,
                  text: `Only ${compiled.limit} rows are shown: more match the query.`,
                },
              ],
            }
          : {}),
      },
      fields,
    },
    data: { values: [...columns, age] },
  };
}
