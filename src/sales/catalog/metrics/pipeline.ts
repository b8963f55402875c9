import { total, type Window } from '../../sql/formulas';
import { DAY_MS } from '../time';
import { additive } from './record';

/**
 * A past instant some deal may have closed after (a close date after its day and in the window):
 * which forecast category or probability such a deal had then is not recorded.
 */
const closedSinceUnknown = (w: Window) =>
  !w.live && Date.parse(`${w.todayDate}T00:00:00Z`) + DAY_MS < Date.parse(`${w.toDate}T00:00:00Z`);

/** Pipeline: open deals expected to close in the range (forecast category not omitted). */
export const PIPELINE_METRICS = [
  additive({
    id: 'open_pipeline',
    label: 'Open pipeline',
    description: 'Amount of open deals expected to close in the range.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    formula: total('open_amount'),
  }),
  additive({
    id: 'weighted_pipeline',
    label: 'Weighted pipeline',
    description: 'Open pipeline weighted by each deal’s probability (or its stage’s).',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    formula: { ...total('open_weighted'), unavailableAt: closedSinceUnknown },
  }),
  additive({
    id: 'open_deals',
    label: 'Open deals',
    description: 'Number of open deals expected to close in the range.',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    formula: total('open_count'),
  }),
  additive({
    id: 'commit_pipeline',
    label: 'Commit',
    description: 'Open pipeline in the commit forecast category.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    formula: { ...total('commit_amount'), unavailableAt: closedSinceUnknown },
  }),
  additive({
    id: 'best_case_pipeline',
    label: 'Best case',
    description: 'Open pipeline in the best case forecast category.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    formula: { ...total('best_case_amount'), unavailableAt: closedSinceUnknown },
  }),
  additive({
    id: 'pipeline_created',
    label: 'Pipeline created',
    description: 'Amount of the deals created in the range, any status.',
    unit: 'currency',
    family: 'pipeline',
    timeBehaviour: 'flow',
    formula: total('created_amount'),
  }),
  additive({
    id: 'opportunities_created',
    label: 'Opportunities created',
    description: 'Number of deals created in the range.',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'flow',
    formula: total('created_count'),
  }),
  additive({
    id: 'stale_deals',
    label: 'Stale deals',
    description: 'Open deals older than 14 days with no completed activity in the last 14 days (as of now).',
    unit: 'count',
    family: 'pipeline',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: total('stale_count'),
  }),
];
