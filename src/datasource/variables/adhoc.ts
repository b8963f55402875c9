import type { AdHocVariableFilter } from '@grafana/data';
import { t } from '@grafana/i18n';

import { type DimensionId, type Filter, SalesError } from '../../sales';

/**
 * Ad-hoc filters (keys are dimension ids, from getTagKeys) as query filters. Equality and "one of"
 * map to in, their negations to not_in; regex and comparisons have no meaning for dimension values.
 */
export function adHocToFilters(filters: AdHocVariableFilter[] | undefined): Filter[] {
  return (filters ?? []).map((filter) => {
    const values = filter.values?.length ? filter.values : [filter.value];
    switch (filter.operator) {
      case '=':
      case '=|':
        return { dimension: filter.key as DimensionId, op: 'in', values: values.map(String) };
      case '!=':
      case '!=|':
        return { dimension: filter.key as DimensionId, op: 'not_in', values: values.map(String) };
      default:
        throw new SalesError(
          t(
            'datasource.adhoc.operator',
            'The ad hoc filter on {{key}} uses the operator "{{operator}}", which sales dimensions do not support: use =, !=, =| (one of) or !=| (not one of).',
            { key: filter.key, operator: filter.operator, interpolation: { escapeValue: false } }
          ),
          'invalid_value'
        );
    }
  });
}
