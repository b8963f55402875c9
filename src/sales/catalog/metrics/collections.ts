import { formula, ratioOf, total } from '../../sql/formulas';
import { additive, nonAdditive } from './record';

/** Collections of receivables. */
export const COLLECTION_METRICS = [
  additive({
    id: 'collections',
    label: 'Collections',
    description: 'Payments received in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    formula: total('payments_amount'),
  }),
  additive({
    id: 'invoiced',
    label: 'Invoiced',
    description: 'Invoices issued in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    formula: total('invoiced_amount'),
  }),
  additive({
    id: 'amount_due',
    label: 'Amount due',
    description: 'Invoices falling due in the range.',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'flow',
    formula: total('due_amount'),
  }),
  nonAdditive({
    id: 'collection_rate',
    label: 'Collection rate',
    description: 'Payments received so far on the invoices due in the range ÷ their amount.',
    unit: 'ratio',
    family: 'collections',
    timeBehaviour: 'cohort',
    formula: formula(['due_paid', 'due_amount'], (c) => ratioOf(c('due_paid'), c('due_amount'))),
  }),
  additive({
    id: 'overdue_receivables',
    label: 'Overdue receivables',
    description: 'Unpaid amount of the invoices due before today (as of now).',
    unit: 'currency',
    family: 'collections',
    timeBehaviour: 'snapshot',
    lowerIsBetter: true,
    formula: total('overdue_amount'),
  }),
];
