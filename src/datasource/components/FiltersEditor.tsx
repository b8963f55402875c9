import { css } from '@emotion/css';
import React, { useCallback, useRef } from 'react';

import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { getTemplateSrv } from '@grafana/runtime';
import {
  Button,
  Combobox,
  type ComboboxOption,
  IconButton,
  InlineField,
  MultiCombobox,
  Stack,
  useStyles2,
} from '@grafana/ui';

import type { DimensionId, Filter, FilterOp } from '../../sales';
import { dimensionOptions, filterOpOptions } from './options';

export interface FiltersEditorProps {
  /** an id prefix, so that several editors on one page label their own inputs */
  id: string;
  filters: Filter[];
  dimensions: DimensionId[];
  onChange: (filters: Filter[]) => void;
  /** the values a dimension takes in the warehouse (the variable query of the data source) */
  loadValues: (dimension: DimensionId) => Promise<Array<ComboboxOption<string>>>;
}

/** Dashboard variables as filter values: `$name` expands to the variable's current values. */
function variableOptions(): Array<ComboboxOption<string>> {
  return getTemplateSrv()
    .getVariables()
    .filter((variable) => variable.type !== 'adhoc' && variable.type !== 'groupby')
    .map((variable) => ({
      value: `$${variable.name}`,
      label: `$${variable.name}`,
      description: t('filters.variable-description', 'Dashboard variable: its current values (All: no filter)'),
    }));
}

/**
 * Filters of a query: a dimension, in / not in, and values from the warehouse or dashboard variables;
 * or "has a value", which takes none.
 */
export function FiltersEditor({ id, filters, dimensions, onChange, loadValues }: FiltersEditorProps) {
  const styles = useStyles2(getStyles);
  const cache = useRef(new Map<DimensionId, Promise<Array<ComboboxOption<string>>>>());

  const valuesOf = useCallback(
    (dimension: DimensionId) => async (input: string) => {
      if (!cache.current.has(dimension)) {
        cache.current.set(
          dimension,
          loadValues(dimension).catch(() => [])
        );
      }
      const all = [...variableOptions(), ...(await cache.current.get(dimension)!)];
      const search = input.toLowerCase();
      return search ? all.filter((option) => `${option.label ?? option.value}`.toLowerCase().includes(search)) : all;
    },
    [loadValues]
  );

  const update = (index: number, change: Partial<Filter>) =>
    onChange(filters.map((filter, at) => (at === index ? { ...filter, ...change } : filter)));
  const remove = (index: number) => onChange(filters.filter((_, at) => at !== index));
  const add = () => onChange([...filters, { dimension: dimensions[0] ?? 'region', op: 'in', values: [] }]);

  return (
    <Stack direction="column" gap={0.5}>
      {filters.map((filter, index) => {
        const rowId = `${id}-filter-${index}`;
        return (
          <div key={index} className={styles.row} data-testid={`${id}-filter-row`}>
            <InlineField label={t('filters.dimension', 'Filter')} htmlFor={`${rowId}-dimension`} labelWidth={12}>
              <Combobox
                id={`${rowId}-dimension`}
                width={22}
                options={dimensionOptions(
                  dimensions.includes(filter.dimension) ? dimensions : [...dimensions, filter.dimension]
                )}
                value={filter.dimension}
                onChange={(option) => update(index, { dimension: option.value as DimensionId, values: [] })}
              />
            </InlineField>
            <InlineField label={t('filters.operator', 'Operator')} htmlFor={`${rowId}-op`} labelWidth={10}>
              <Combobox
                id={`${rowId}-op`}
                width={18}
                options={filterOpOptions()}
                value={filter.op}
                onChange={(option) => {
                  const op = option.value as FilterOp;
                  update(index, op === 'has_value' ? { op, values: [] } : { op });
                }}
              />
            </InlineField>
            {filter.op !== 'has_value' && (
              <InlineField label={t('filters.values', 'Values')} htmlFor={`${rowId}-values`} labelWidth={8} grow>
                <MultiCombobox
                  id={`${rowId}-values`}
                  options={valuesOf(filter.dimension)}
                  value={filter.values}
                  createCustomValue
                  placeholder={t('filters.values-placeholder', 'Choose values, a $variable, or type a value')}
                  onChange={(options) => update(index, { values: options.map((option) => String(option.value)) })}
                />
              </InlineField>
            )}
            <IconButton
              name="trash-alt"
              tooltip={t('filters.remove', 'Remove this filter')}
              onClick={() => remove(index)}
            />
          </div>
        );
      })}
      <div>
        <Button variant="secondary" size="sm" icon="plus" onClick={add}>
          {t('filters.add', 'Add filter')}
        </Button>
      </div>
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    flexWrap: 'wrap',
  }),
});
