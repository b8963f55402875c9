import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

const ltv = formula(['ltv_amount', 'ltv_customers'], (c) => ratioOf(c('ltv_amount'), c('ltv_customers')));
const cac = formula(['spend_amount', 'new_customer_count'], (c) => ratioOf(c('spend_amount'), c('new_customer_count')));

/** Customers. */
export const CUSTOMER_METRICS = [
  additive({
    id: 'new_customers',
    label: 'New customers',
    description: 'Customers whose first won deal closed in the range.',
    unit: 'count',
    family: 'customers',
    timeBehaviour: 'flow',
    formula: total('new_customer_count'),
  }),
  additive({
    id: 'active_customers',
    label: 'Active customers',
    description: 'Distinct customers with a deal won in the range.',
    unit: 'count',
    family: 'customers',
    timeBehaviour: 'flow',
    formula: total('active_customer_count'),
  }),
  nonAdditive({
    id: 'ltv',
    label: 'Customer lifetime value',
    description: 'Won amount before the end of the range ÷ customers with a won deal before it.',
    unit: 'currency',
    family: 'customers',
    timeBehaviour: 'flow',
    formula: ltv,
  }),
  nonAdditive({
    id: 'cac',
    label: 'Customer acquisition cost',
    description: 'Marketing spend in the range (prorated by days) ÷ new customers.',
    unit: 'currency',
    family: 'customers',
    timeBehaviour: 'flow',
    lowerIsBetter: true,
    formula: cac,
  }),
  nonAdditive({
    id: 'ltv_cac',
    label: 'LTV ÷ CAC',
    description: 'Customer lifetime value ÷ customer acquisition cost.',
    unit: 'score',
    family: 'customers',
    timeBehaviour: 'flow',
    // ltv itself is null without customers: the ratio of two ratios keeps that null
    formula: formula(
      ['ltv_amount', 'ltv_customers', 'spend_amount', 'new_customer_count'],
      (c, d) => `(${ltv.final({ d, c })}) / NULLIF(${cac.final({ d, c })}, 0)`
    ),
  }),
];
