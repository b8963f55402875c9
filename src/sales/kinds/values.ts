import { phrase } from '../errors';
import { valuesFrame } from '../frames/valuesFrame';
import { checkValuesQuery, type CompiledValues, compileValues, valuesScope } from '../sql/values';
import type { ValuesQuery } from '../types';
import type { QueryKindDef } from './types';

/** The distinct values of one dimension (template variables), filtered by the dimensions of their table. */
export const valuesKind: QueryKindDef<ValuesQuery, CompiledValues> = {
  kind: 'values',
  defaults: () => ({ kind: 'values', dimension: 'rep' }),
  scope: (query) => {
    const home = valuesScope(query.dimension ?? 'rep');
    // an unknown dimension's values cannot be filtered at all
    return home
      ? { tables: home.tables, dimensions: [home.scope] }
      : {
          tables: [],
          dimensions: [{ name: phrase('scope.values', { dimension: String(query.dimension) }), dimensions: [] }],
        };
  },
  check: (query) => void checkValuesQuery(query),
  variableFields: { singles: ['dimension'] },
  compile: (query, context) => compileValues(query, context),
  toFrames: (compiled, rows, _query, context) => [valuesFrame(compiled, rows, context.refId)],
};
