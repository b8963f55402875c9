import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

/** Market feedback from the visit reports (reported_at). */
export const FEEDBACK_METRICS = [
  additive({
    id: 'feedback_reports',
    label: 'Feedback reports',
    description: 'Market feedback reported from visits in the range.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'flow',
    formula: total('feedback_count'),
  }),
  nonAdditive({
    id: 'visits_with_feedback_rate',
    label: 'Visits with feedback',
    description: 'Of the visits completed in the range, the share whose report carries market feedback.',
    unit: 'ratio',
    family: 'feedback',
    timeBehaviour: 'flow',
    formula: formula(['visits_with_feedback', 'visits_completed'], (c) =>
      ratioOf(c('visits_with_feedback'), c('visits_completed'))
    ),
  }),
  additive({
    id: 'competitor_mentions',
    label: 'Competitor mentions',
    description: 'Feedback about a competitor reported in the range.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'flow',
    formula: total('competitor_count'),
  }),
  nonAdditive({
    id: 'feedback_sentiment',
    label: 'Feedback sentiment',
    description: 'Mean sentiment of the feedback reported in the range, from −1 (negative) to 1 (positive).',
    unit: 'sentiment',
    family: 'feedback',
    timeBehaviour: 'flow',
    formula: formula(['sentiment_sum', 'sentiment_count'], (c) => ratioOf(c('sentiment_sum'), c('sentiment_count'))),
  }),
  additive({
    id: 'open_issues',
    label: 'Open issues',
    description: 'Reported issues (feedback with a severity) not resolved as of now, whenever reported.',
    unit: 'count',
    family: 'feedback',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: total('open_issue_count'),
  }),
  nonAdditive({
    id: 'issue_resolution_days',
    label: 'Issue resolution time',
    description: 'Mean days from report to resolution of the feedback resolved in the range.',
    unit: 'days',
    family: 'feedback',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: formula(['resolution_days', 'resolved_count'], (c) => ratioOf(c('resolution_days'), c('resolved_count'))),
  }),
];
