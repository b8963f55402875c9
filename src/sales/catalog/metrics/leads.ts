import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

/** Leads (created_at). */
export const LEAD_METRICS = [
  additive({
    id: 'leads_created',
    label: 'Leads created',
    description: 'Number of leads created in the range.',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'flow',
    formula: total('leads_count'),
  }),
  nonAdditive({
    id: 'lead_conversion_rate',
    label: 'Lead conversion rate',
    description: 'Share of the leads created in the range that have converted.',
    unit: 'ratio',
    family: 'leads',
    timeBehaviour: 'cohort',
    formula: formula(['leads_converted', 'leads_count'], (c) => ratioOf(c('leads_converted'), c('leads_count'))),
  }),
  nonAdditive({
    id: 'lead_response_hours',
    label: 'Lead response time',
    description: 'Mean hours from a lead’s creation to its first contact.',
    unit: 'hours',
    family: 'leads',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: formula(['response_hours', 'responded_count'], (c) => ratioOf(c('response_hours'), c('responded_count'))),
  }),
  additive({
    id: 'pool_leads',
    label: 'Leads in the public pool',
    description: 'Unassigned leads still new or being worked, created before the end of the range (as of now).',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: total('pool_count'),
  }),
  additive({
    id: 'aged_pool_leads',
    label: 'Pool leads waiting over 3 days',
    description: 'Leads in the public pool created more than 3 days before now, unclaimed since (as of now).',
    unit: 'count',
    family: 'leads',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: total('aged_pool_count'),
  }),
  nonAdditive({
    id: 'pool_lead_age_days',
    label: 'Pool lead age',
    description: 'Mean days since creation of the leads in the public pool (as of now).',
    unit: 'days',
    family: 'leads',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: formula(['pool_age_days', 'pool_count'], (c) => ratioOf(c('pool_age_days'), c('pool_count'))),
  }),
];
