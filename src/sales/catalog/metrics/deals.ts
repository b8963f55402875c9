import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

/** Deals: opportunities closed in the range (close_date). */
export const DEAL_METRICS = [
  additive({
    id: 'bookings',
    label: 'Bookings',
    description: 'Total amount of deals won, by close date.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: total('won_amount'),
  }),
  additive({
    id: 'won_deals',
    label: 'Won deals',
    description: 'Number of deals won, by close date.',
    unit: 'count',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: total('won_count'),
  }),
  additive({
    id: 'lost_deals',
    label: 'Lost deals',
    description: 'Number of deals lost, by close date.',
    unit: 'count',
    family: 'deals',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: total('lost_count'),
  }),
  nonAdditive({
    id: 'win_rate',
    label: 'Win rate',
    description: 'Won deals ÷ (won + lost deals), by close date.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: formula(['won_count', 'lost_count'], (c) =>
      ratioOf(c('won_count'), `${c('won_count')} + ${c('lost_count')}`)
    ),
  }),
  nonAdditive({
    id: 'win_rate_amount',
    label: 'Win rate (amount)',
    description: 'Won amount ÷ (won + lost amount), by close date.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: formula(['won_amount', 'lost_amount'], (c) =>
      ratioOf(c('won_amount'), `${c('won_amount')} + ${c('lost_amount')}`)
    ),
  }),
  nonAdditive({
    id: 'cohort_win_rate',
    label: 'Cohort win rate',
    description: 'Of the deals created in the range, the share won so far.',
    unit: 'ratio',
    family: 'deals',
    timeBehaviour: 'cohort',
    formula: formula(['created_won_count', 'created_count'], (c) =>
      ratioOf(c('created_won_count'), c('created_count'))
    ),
  }),
  nonAdditive({
    id: 'avg_deal_size',
    label: 'Average deal size',
    description: 'Mean amount of the deals won.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: formula(['won_amount', 'won_count'], (c) => ratioOf(c('won_amount'), c('won_count'))),
  }),
  nonAdditive({
    id: 'largest_deal',
    label: 'Largest deal',
    description: 'The largest amount won.',
    unit: 'currency',
    family: 'deals',
    timeBehaviour: 'flow',
    formula: formula(['largest_won'], (c) => c('largest_won')),
  }),
  nonAdditive({
    id: 'sales_cycle_days',
    label: 'Sales cycle',
    description: 'Mean days from creation to close of the deals won.',
    unit: 'days',
    family: 'deals',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: formula(['won_cycle_days', 'won_count'], (c) => ratioOf(c('won_cycle_days'), c('won_count'))),
  }),
  nonAdditive({
    id: 'median_sales_cycle_days',
    label: 'Median sales cycle',
    description: 'Median days from creation to close of the deals won.',
    unit: 'days',
    family: 'deals',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: formula(['won_cycle_median'], (c) => c('won_cycle_median')),
  }),
];
