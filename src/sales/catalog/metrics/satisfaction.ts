import { formula, ratioOf } from '../../sql/formulas';
import { nonAdditive } from './record';

/** Satisfaction. */
export const SATISFACTION_METRICS = [
  nonAdditive({
    id: 'csat',
    label: 'CSAT',
    description: 'Mean satisfaction score (1–5) of the responses in the range.',
    unit: 'score',
    family: 'satisfaction',
    timeBehaviour: 'flow',
    formula: formula(['csat_sum', 'csat_count'], (c) => ratioOf(c('csat_sum'), c('csat_count'))),
  }),
  nonAdditive({
    id: 'nps',
    label: 'NPS',
    description: '100 × (share of promoters, 9–10 − share of detractors, 0–6) of the responses in the range.',
    unit: 'nps',
    family: 'satisfaction',
    timeBehaviour: 'flow',
    formula: formula(['nps_promoters', 'nps_detractors', 'nps_count'], (c) =>
      ratioOf(`100 * (${c('nps_promoters')} - ${c('nps_detractors')})`, c('nps_count'))
    ),
  }),
];
