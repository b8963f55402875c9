import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

/** Visits and activities. */
export const VISIT_METRICS = [
  additive({
    id: 'visits_planned',
    label: 'Visits planned',
    description: 'Visits planned in the range (the visit plan).',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    formula: total('visits_planned'),
  }),
  additive({
    id: 'visits_completed',
    label: 'Visits completed',
    description: 'Visits completed in the range (the daily reports).',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    formula: total('visits_completed'),
  }),
  nonAdditive({
    id: 'visit_completion_rate',
    label: 'Visit plan completion',
    description: 'Of the visits planned in the range and already due (before now), the share completed.',
    unit: 'ratio',
    family: 'visits',
    timeBehaviour: 'cohort',
    formula: formula(['visits_due_done', 'visits_due'], (c) => ratioOf(c('visits_due_done'), c('visits_due'))),
  }),
  additive({
    id: 'activities_completed',
    label: 'Activities completed',
    description: 'Activities of any type completed in the range.',
    unit: 'count',
    family: 'visits',
    timeBehaviour: 'flow',
    formula: total('activities_completed'),
  }),
  nonAdditive({
    id: 'activities_per_won_deal',
    label: 'Activities per won deal',
    description: 'Activities completed ÷ deals won in the range (0 when there are won deals and no activity).',
    unit: 'score',
    family: 'visits',
    timeBehaviour: 'flow',
    formula: formula(['activities_completed', 'won_count'], (c) => ratioOf(c('activities_completed'), c('won_count'))),
  }),
];
