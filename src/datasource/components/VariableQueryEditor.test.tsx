import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import type { DataSourceApi } from '@grafana/data';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { throwError } from 'rxjs';

import { instanceSettings, TestDataSourceSrv } from '../../../tests/datasource/lib/dataSourceSrv';
import { TestTemplateSrv } from '../../../tests/datasource/lib/templateSrv';
import { DataSource } from '../DataSource';
import { giveElementsABox } from '../testing/jsdomLayout';
import { variableDefinition, VariableQueryEditor } from './VariableQueryEditor';

const datasource = () =>
  new DataSource(
    instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', {
      warehouseUid: 'wh',
      schema: 'sales',
    })
  );

beforeAll(() => giveElementsABox());

beforeEach(() => {
  const warehouse = {
    uid: 'wh',
    type: 'mysql',
    name: 'Warehouse',
    query: () => throwError(() => new Error('no database here')),
  } as unknown as DataSourceApi;
  setDataSourceSrv(new TestDataSourceSrv([{ settings: instanceSettings('wh', 'mysql', 'Warehouse'), api: warehouse }]));
  setTemplateSrv(new TestTemplateSrv([{ name: 'region', value: 'East', options: ['East', 'West'] }]));
});

describe('the variable query editor', () => {
  it('starts with the reps and emits the chosen dimension as a values query', async () => {
    const onChange = jest.fn();
    render(<VariableQueryEditor query={undefined} onChange={onChange} datasource={datasource()} />);
    const dimension = screen.getByRole('combobox', { name: 'Values of' });
    expect(dimension).toHaveValue('Rep');
    fireEvent.click(dimension);
    fireEvent.change(dimension, { target: { value: 'Team' } });
    fireEvent.click(await screen.findByRole('option', { name: /^Team/ }, { timeout: 5000 }));
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'variable', kind: 'values', dimension: 'team' }, 'Team');
  });

  it('cascades with a filter on another variable', async () => {
    const onChange = jest.fn();
    render(
      <VariableQueryEditor
        query={{ refId: 'team', kind: 'values', dimension: 'team' }}
        onChange={onChange}
        datasource={datasource()}
      />
    );
    fireEvent.click(screen.getByRole('button', { name: /Add filter/ }));
    const added = onChange.mock.calls.at(-1)[0];
    expect(added.filters).toEqual([{ dimension: 'rep', op: 'in', values: [] }]);
    expect(variableDefinition({ ...added, filters: [{ dimension: 'region', op: 'in', values: ['$region'] }] })).toBe(
      'Team (Region is one of $region)'
    );
  });

  it('shows why a cascade cannot work', () => {
    render(
      <VariableQueryEditor
        query={{
          refId: 'rep',
          kind: 'values',
          dimension: 'rep',
          filters: [{ dimension: 'product', op: 'in', values: ['Widget'] }],
        }}
        onChange={jest.fn()}
        datasource={datasource()}
      />
    );
    expect(screen.getByText('This variable query cannot run')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The values of rep cannot be filtered by product: they can be filtered by rep, team, manager, region.'
      )
    ).toBeInTheDocument();
  });
});
