import { getMetric } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { phrase, salesError } from '../errors';
import type { FeedbackQuery } from '../types';
import {
  both,
  checkFilters,
  type CompileContext,
  type DimensionScope,
  filterCondition,
  settingOf,
  windowCondition,
} from './common';
import { FACTS } from './facts';
import { isOpenIssue } from './formulas';
import { Source } from './source';

/**
 * The feedback kind: the market feedback rows of the visit reports themselves (not aggregates), newest
 * first, for a table. Rows reported in the range, or with `openIssues` the issues open as of now
 * (the rows open_issues counts, whenever reported), oldest first so the longest open lead. The
 * search text and the filter values reach SQL only through the dialect's literal encoder.
 */

export const DEFAULT_FEEDBACK_ROWS = 100;
export const MAX_FEEDBACK_ROWS = 1000;

/** The feedback kind filters by the dimensions of the feedback metrics. */
export const FEEDBACK_DIMENSIONS = getMetric('feedback_reports').dimensions;

/** The columns of the statement, in frame order, each a contract column or a joined name. */
const COLUMNS: Array<{ name: string; ref: readonly [string, string] }> = [
  { name: 'time', ref: ['vf', 'reported_at'] },
  { name: 'rep', ref: ['r', 'rep_name'] },
  { name: 'rep_id', ref: ['vf', 'rep_id'] },
  { name: 'customer', ref: ['c', 'customer_name'] },
  { name: 'dealer', ref: ['c', 'dealer'] },
  { name: 'feedback_category', ref: ['vf', 'category'] },
  { name: 'competitor', ref: ['vf', 'competitor'] },
  { name: 'product', ref: ['p', 'product_name'] },
  { name: 'sentiment', ref: ['vf', 'sentiment'] },
  { name: 'feedback_severity', ref: ['vf', 'severity'] },
  { name: 'text', ref: ['vf', 'text'] },
  { name: 'resolved_at', ref: ['vf', 'resolved_at'] },
];

/** The fields of the feedback frame, in order (docs/frames.md). */
export const FEEDBACK_FIELDS = [...COLUMNS.map((column) => column.name), 'age_days'];

export interface CompiledFeedback {
  sql: string;
  tables: TableId[];
  columns: string[];
  limit: number;
  openIssues: boolean;
  /** the instant open issues are judged at and ages measured to: min(to, the current time) */
  now: number;
}

export function checkFeedbackLimit(limit: unknown): number {
  if (limit === undefined || limit === null) {
    return DEFAULT_FEEDBACK_ROWS;
  }
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_FEEDBACK_ROWS) {
    throw salesError('feedback.limit', { max: MAX_FEEDBACK_ROWS, limit: JSON.stringify(limit) }, 'invalid_value');
  }
  return limit;
}

function checkSearch(search: unknown): string {
  if (search === undefined || search === null) {
    return '';
  }
  if (typeof search !== 'string') {
    throw salesError('feedback.search', { search: JSON.stringify(search) }, 'invalid_value');
  }
  return search;
}

function checkOpenIssues(value: unknown): boolean {
  if (value === undefined || value === null || value === false) {
    return false;
  }
  if (value !== true) {
    throw salesError('feedback.open-issues', { value: JSON.stringify(value) }, 'invalid_value');
  }
  return true;
}

/** The feedback kind is filtered by the dimensions of the feedback metrics. */
export const FEEDBACK_SCOPE: DimensionScope = { name: phrase('scope.feedback', {}), dimensions: FEEDBACK_DIMENSIONS };

/** The checks of a feedback query that need neither its range nor the warehouse (the editor's validation). */
export function checkFeedbackQuery(query: FeedbackQuery) {
  const filters = checkFilters(query.filters, [FEEDBACK_SCOPE]);
  const limit = checkFeedbackLimit(query.limit);
  const openIssues = checkOpenIssues(query.openIssues);
  const search = checkSearch(query.search);
  return { filters, limit, openIssues, search };
}

export function compileFeedback(query: FeedbackQuery, context: CompileContext): CompiledFeedback {
  const { filters, limit, openIssues, search } = checkFeedbackQuery(query);
  const setting = settingOf(context, [context.range]);
  const { d } = setting;
  const [window] = setting.windows;
  const src = new Source(d, setting.location, FACTS.visit_feedback);
  const q = d.quoteIdent;
  const select = COLUMNS.map((column) => `${src.col(column.ref)} AS ${q(column.name)}`);
  const reported = src.col('vf', 'reported_at');
  const id = src.col('vf', 'feedback_id');
  const x = { col: (alias: string, column: string) => src.col(alias, column), d };
  const where = both(
    openIssues
      ? isOpenIssue(x, window.now)
      : windowCondition({ kind: 'timestamp', column: 'reported_at' }, window, src, d),
    filterCondition(filters, src, d),
    // text the engine cannot hold is in no row
    search === '' ? '' : d.canStore(search) ? d.containsText(src.col('vf', 'text'), search) : '1 = 0'
  );
  const order = openIssues ? `${reported}, ${id}` : `${reported} DESC, ${id} DESC`;
  return {
    // one row more than shown tells whether more rows match
    sql: `SELECT ${select.join(', ')} FROM ${src.render()} WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1}${d.statementSuffix}`,
    tables: src.tables(),
    columns: COLUMNS.map((column) => column.name),
    limit,
    openIssues,
    now: window.now,
  };
}
