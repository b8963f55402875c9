import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import type { DimensionId, ValuesQuery } from '../../src/sales';
import { SALES_DATASOURCE } from './constants';
import { variableFilter } from './filters';

interface FilterVariable {
  dimension: DimensionId;
  label: string;
  /** Variables above it in the cascade: its values are filtered by theirs. */
  parents: DimensionId[];
}

/** region → team → rep cascade; product and channel stand alone. Names equal the dimension ids. */
const VARIABLES: FilterVariable[] = [
  { dimension: 'region', label: 'Region', parents: [] },
  { dimension: 'team', label: 'Team', parents: ['region'] },
  { dimension: 'rep', label: 'Rep', parents: ['region', 'team'] },
  { dimension: 'product', label: 'Product', parents: [] },
  { dimension: 'channel', label: 'Channel', parents: [] },
];

/** The variable query: the data source's `values` kind, filtered by the variables above it. */
export function valuesQuery(dimension: DimensionId, parents: DimensionId[]): ValuesQuery & { refId: string } {
  return {
    refId: `${dimension}-values`,
    kind: 'values',
    dimension,
    ...(parents.length ? { filters: parents.map(variableFilter) } : {}),
  };
}

function definition(variable: FilterVariable): string {
  const where = variable.parents.map((parent) => `${parent} in $${parent}`).join(' and ');
  return `${variable.dimension} values${where ? ` where ${where}` : ''}`;
}

/** All, saved as Grafana saves it for a multi-value variable. */
const ALL: dashboard.VariableOption = { selected: true, text: ['All'], value: ['$__all'] };

export interface FilterVariablesOptions {
  /** The rep drill-down shows one rep: its rep variable has neither All nor several values. */
  singleRep?: boolean;
}

/** The dashboard's filter variables, multi-valued with All (which drops the filter). */
export function filterVariables(options: FilterVariablesOptions = {}): dashboard.QueryVariableBuilder[] {
  return VARIABLES.map((variable) => {
    const single = options.singleRep === true && variable.dimension === 'rep';
    const builder = new dashboard.QueryVariableBuilder(variable.dimension)
      .label(variable.label)
      .datasource({ ...SALES_DATASOURCE })
      .query(valuesQuery(variable.dimension, variable.parents))
      .definition(definition(variable))
      .refresh(dashboard.VariableRefresh.OnDashboardLoad)
      .sort(dashboard.VariableSort.AlphabeticalCaseInsensitiveAsc)
      .multi(!single)
      .includeAll(!single)
      .allowCustomValue(false);
    return single ? builder : builder.current(ALL);
  });
}

/** The commission plan: a multi-valued variable with All, for the queries that name it in a filter. */
export function planVariable(): dashboard.QueryVariableBuilder {
  return new dashboard.QueryVariableBuilder('plan')
    .label('Plan')
    .datasource({ ...SALES_DATASOURCE })
    .query(valuesQuery('plan', []))
    .definition('plan values')
    .refresh(dashboard.VariableRefresh.OnDashboardLoad)
    .sort(dashboard.VariableSort.AlphabeticalCaseInsensitiveAsc)
    .multi(true)
    .includeAll(true)
    .allowCustomValue(false)
    .current(ALL);
}

/** Deal amounts to try (a commission query's whatIf), with any other amount typed in. */
export function dealVariable(amounts: number[], selected: number): dashboard.CustomVariableBuilder {
  return new dashboard.CustomVariableBuilder('deal')
    .label('Next deal of')
    .description('A deal amount: what one more deal of it would pay the selected rep this period.')
    .values(amounts.join(','))
    .current({ selected: true, text: String(selected), value: String(selected) })
    .options(amounts.map((amount) => ({ selected: amount === selected, text: String(amount), value: String(amount) })))
    .multi(false)
    .includeAll(false)
    .allowCustomValue(true);
}
