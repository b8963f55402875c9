import { feedbackFrame } from '../frames/feedbackFrame';
import {
  checkFeedbackQuery,
  type CompiledFeedback,
  compileFeedback,
  DEFAULT_FEEDBACK_ROWS,
  FEEDBACK_SCOPE,
} from '../sql/feedback';
import type { FeedbackQuery } from '../types';
import type { QueryKindDef } from './types';

/** The market feedback rows of the visit reports themselves, newest first. */
export const feedbackKind: QueryKindDef<FeedbackQuery, CompiledFeedback> = {
  kind: 'feedback',
  defaults: () => ({ kind: 'feedback', limit: DEFAULT_FEEDBACK_ROWS }),
  scope: () => ({ tables: ['visit_feedback', 'reps', 'customers', 'products'], dimensions: [FEEDBACK_SCOPE] }),
  check: (query) => void checkFeedbackQuery(query),
  variableFields: { text: ['search'] },
  compile: (query, context) => compileFeedback(query, context),
  toFrames: (compiled, rows, _query, context) => [feedbackFrame(compiled, rows, context.refId)],
};
