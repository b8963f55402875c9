import { getMetric, TARGET_ACTUALS } from '../catalog/metrics';
import { attainmentFrame } from '../frames/attainmentFrame';
import {
  attainmentPeriod,
  attainmentScope,
  checkAttainmentQuery,
  type CompiledAttainment,
  compileAttainment,
} from '../sql/attainment';
import type { AttainmentQuery, TargetMetric } from '../types';
import type { QueryKindDef } from './types';

/** A target metric's actual against its target, paced through the period. */
export const attainmentKind: QueryKindDef<AttainmentQuery, CompiledAttainment> = {
  kind: 'attainment',
  defaults: () => ({ kind: 'attainment', metric: 'bookings', pace: 'linear' }),
  scope: (query) => {
    // a target metric not known (yet) is read as bookings, the default
    const metric: TargetMetric = query.metric && query.metric in TARGET_ACTUALS ? query.metric : 'bookings';
    return {
      // bookings' attainment also reads the open pipeline for its coverage, from the same tables
      tables: [...getMetric(TARGET_ACTUALS[metric]).tables, 'targets'],
      dimensions: [attainmentScope(metric)],
    };
  },
  check: (query, calendar) => {
    const { periodUnit } = checkAttainmentQuery(query);
    if (calendar) {
      attainmentPeriod(periodUnit, calendar);
    }
  },
  variableFields: { lists: ['groupBy'], singles: ['metric'] },
  compile: (query, context) => compileAttainment(query, context),
  toFrames: (compiled, rows, _query, context) => [
    attainmentFrame(compiled, rows, context.compile, context.display, context.pacing, context.refId),
  ],
};
