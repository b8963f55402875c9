import { dimensionValueLabel } from '../catalog/dimensions';
import type { CompiledValues } from '../sql/values';
import type { DataFrameJSON } from '../types';
import { columnOf, rowCount, toNumberOrNull, toTextOrNull } from './rows';

/**
 * text and value fields for template variables: rep names as text and rep ids as values, forecast
 * categories by their names ("Best case") with their ids (best_case) as values.
 */
export function valuesFrame(compiled: CompiledValues, result: DataFrameJSON, refId?: string): DataFrameJSON {
  const count = rowCount(result);
  const texts = (columnOf(result, 'k_text') ?? [])
    .map(toTextOrNull)
    .map((text) => (text === null ? null : dimensionValueLabel(compiled.dimension, text)));
  const values = (columnOf(result, 'k_value') ?? []).map(toTextOrNull);
  const positions = (columnOf(result, 'position') ?? []).map(toNumberOrNull);
  const order = [...Array(count).keys()].sort((a, b) => {
    if (compiled.ordered && positions[a] !== positions[b]) {
      return (positions[a] ?? Infinity) - (positions[b] ?? Infinity);
    }
    const [x, y] = [texts[a] ?? '', texts[b] ?? ''];
    return x === y ? ((values[a] ?? '') < (values[b] ?? '') ? -1 : 1) : x < y ? -1 : 1;
  });
  return {
    schema: {
      refId,
      meta: { custom: { kind: 'values', dimension: compiled.dimension } },
      fields: [
        { name: 'text', type: 'string', config: {} },
        { name: 'value', type: 'string', config: {} },
      ],
    },
    data: { values: [order.map((row) => texts[row]), order.map((row) => values[row])] },
  };
}
