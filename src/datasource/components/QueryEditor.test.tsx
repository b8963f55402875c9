import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';

import type { DataSourceApi } from '@grafana/data';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { throwError } from 'rxjs';

import { instanceSettings, TestDataSourceSrv } from '../../../tests/datasource/lib/dataSourceSrv';
import { TestTemplateSrv } from '../../../tests/datasource/lib/templateSrv';
import { DataSource } from '../DataSource';
import { giveElementsABox } from '../testing/jsdomLayout';
import type { SalesDataQuery } from '../types';
import { QueryEditor } from './QueryEditor';

/** A warehouse that is never reached in these tests: the editor only needs its type. */
const warehouse = {
  uid: 'wh',
  type: 'grafana-postgresql-datasource',
  name: 'Sales warehouse',
  query: () => throwError(() => new Error('no database in editor tests')),
} as unknown as DataSourceApi;

const datasource = () =>
  new DataSource(
    instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', {
      warehouseUid: 'wh',
      schema: 'sales',
    })
  );

function renderEditor(query: SalesDataQuery) {
  const onChange = jest.fn();
  const onRunQuery = jest.fn();
  const view = render(
    <QueryEditor query={query} onChange={onChange} onRunQuery={onRunQuery} datasource={datasource()} />
  );
  return { onChange, onRunQuery, view };
}

async function openAndPick(label: string | RegExp, option: string | RegExp, search?: string) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.click(input);
  fireEvent.focus(input);
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  if (search) {
    fireEvent.change(input, { target: { value: search } });
  }
  fireEvent.click(await screen.findByRole('option', { name: option }, { timeout: 5000 }));
}

beforeAll(() => giveElementsABox());

beforeEach(() => {
  setDataSourceSrv(
    new TestDataSourceSrv([
      { settings: instanceSettings('wh', 'grafana-postgresql-datasource', 'Sales warehouse'), api: warehouse },
    ])
  );
  setTemplateSrv(new TestTemplateSrv([{ name: 'region', value: 'East', options: ['East', 'West'] }]));
});

describe('the query editor', () => {
  it('adds a chosen metric to the query and runs it', async () => {
    const { onChange, onRunQuery } = renderEditor({ refId: 'A', kind: 'metrics', metrics: ['bookings'] });
    await openAndPick('Metrics', /^Won deals/);
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'A', kind: 'metrics', metrics: ['bookings', 'won_deals'] });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
  });

  it('shows each metric with its description and unit from the catalog, by family', async () => {
    renderEditor({ refId: 'A', kind: 'metrics', metrics: [] });
    const input = screen.getByRole('combobox', { name: 'Metrics' });
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'lead response' } });
    const option = await screen.findByRole('option', { name: /Lead response time/ }, { timeout: 5000 });
    expect(option).toHaveTextContent('Mean hours from a lead’s creation to its first contact. Unit: hours.');
  });

  it('shows the engine’s message for an invalid combination', () => {
    // group by offers only what cac allows (channel): a saved or provisioned query may still hold another
    const { onChange, onRunQuery } = renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['cac'],
      groupBy: ['region'],
    });
    expect(screen.getByText('This query cannot run')).toBeInTheDocument();
    expect(
      screen.getByText(/^The metric cac cannot be grouped by region: it can be grouped by channel\.$/)
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    expect(onRunQuery).not.toHaveBeenCalled();
  });

  it('shows no message for a valid query', () => {
    renderEditor({ refId: 'A', kind: 'metrics', metrics: ['cac'], groupBy: ['channel'] });
    expect(screen.queryByText('This query cannot run')).not.toBeInTheDocument();
  });

  it('does not run a change that makes the query invalid', async () => {
    const { onChange, onRunQuery } = renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['bookings'],
      groupBy: ['region'],
    });
    await openAndPick('Metrics', /^Customer acquisition cost/, 'acquisition');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ metrics: ['bookings', 'cac'], groupBy: ['region'] })
    );
    expect(onRunQuery).not.toHaveBeenCalled();
  });

  it('changes kind with that kind’s defaults, keeping the filters', async () => {
    const filters = [{ dimension: 'region' as const, op: 'in' as const, values: ['$region'] }];
    const { onChange } = renderEditor({
      refId: 'A',
      kind: 'timeseries',
      metrics: ['bookings'],
      grain: 'month',
      filters,
    });
    await openAndPick('Query', /^Funnel/);
    expect(onChange).toHaveBeenLastCalledWith({
      refId: 'A',
      kind: 'funnel',
      mode: 'reached',
      measure: 'count',
      filters,
    });
  });

  it('measures an attainment against a whole month, and back against the time range', async () => {
    const { onChange, onRunQuery, view } = renderEditor({ refId: 'A', kind: 'attainment', metric: 'bookings' });
    await openAndPick('Against', /^Whole month/);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'attainment', period: 'month' }));
    expect(onRunQuery).toHaveBeenCalled();
    view.unmount();
    const again = renderEditor({ refId: 'A', kind: 'attainment', metric: 'bookings', period: 'month' });
    await openAndPick('Against', /^Time range/);
    expect(again.onChange.mock.calls.at(-1)[0].period).toBeUndefined();
  });

  it('edits the commission fields: the pay period, the next deal (a number or a variable), the curve and the adjustments', async () => {
    const { onChange, onRunQuery } = renderEditor({ refId: 'A', kind: 'commission', period: 'plan' });
    await openAndPick('Pay', /^Time range only/);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'commission', period: 'range' }));
    const deal = screen.getByRole('textbox', { name: 'Next deal of' });
    fireEvent.change(deal, { target: { value: '25000' } });
    expect(onChange.mock.calls.at(-1)[0].whatIf).toBe(25000);
    fireEvent.change(deal, { target: { value: '$deal' } });
    expect(onChange.mock.calls.at(-1)[0].whatIf).toBe('$deal');
    onRunQuery.mockClear();
    fireEvent.blur(deal);
    expect(onRunQuery).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('switch', { name: 'Payout curve' }));
    expect(onChange.mock.calls.at(-1)[0].curve).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: 'Adjustments' }));
    expect(onChange.mock.calls.at(-1)[0].adjustments).toBe(true);
  });

  it('offers dashboard variables as filter values', async () => {
    const { onChange } = renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['bookings'],
      filters: [{ dimension: 'region', op: 'in', values: [] }],
    });
    await openAndPick('Values', /\$region/);
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ filters: [{ dimension: 'region', op: 'in', values: ['$region'] }] })
      )
    );
  });

  it('filters to rows with a value of a dimension, which takes no values', async () => {
    const { onChange } = renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['bookings'],
      groupBy: ['dealer'],
      filters: [{ dimension: 'dealer', op: 'in', values: ['East Dealer 1'] }],
    });
    expect(screen.getByRole('combobox', { name: 'Values' })).toBeInTheDocument();
    await openAndPick('Operator', 'has a value');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ filters: [{ dimension: 'dealer', op: 'has_value', values: [] }] })
      )
    );
  });

  it('shows no values for a has-a-value filter', () => {
    renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['bookings'],
      filters: [{ dimension: 'dealer', op: 'has_value', values: [] }],
    });
    expect(screen.getByRole('combobox', { name: 'Operator' })).toHaveValue('has a value');
    expect(screen.queryByRole('combobox', { name: 'Values' })).not.toBeInTheDocument();
  });

  it('edits scorecard weights and runs when the weight field is left', () => {
    const { onChange, onRunQuery } = renderEditor({
      refId: 'A',
      kind: 'scorecard',
      entity: 'rep',
      normalize: 'percentile',
      metrics: [
        { id: 'bookings', weight: 2 },
        { id: 'win_rate', weight: 1 },
      ],
    });
    const weights = screen.getAllByRole('spinbutton', { name: 'Weight' });
    fireEvent.change(weights[1], { target: { value: '3' } });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        metrics: [
          { id: 'bookings', weight: 2 },
          { id: 'win_rate', weight: 3 },
        ],
      })
    );
    fireEvent.blur(weights[1]);
    expect(onRunQuery).toHaveBeenCalled();
  });

  it('shows forecast options, with the horizon checked', () => {
    renderEditor({
      refId: 'A',
      kind: 'forecast',
      metric: 'bookings',
      grain: 'month',
      method: 'holt_winters',
      horizon: 500,
      lookback: 24,
    });
    expect(screen.getByRole('combobox', { name: 'Seasonality' })).toBeInTheDocument();
    expect(screen.getByText('Use a whole number from 1 to 120.')).toBeInTheDocument();
    expect(screen.getByText(/The horizon must be a whole number from 1 to 120, not 500\./)).toBeInTheDocument();
  });

  it('checks the feedback kind’s row limit', () => {
    renderEditor({ refId: 'A', kind: 'feedback', limit: 5000 });
    expect(screen.getByText('Use a whole number from 1 to 1000.')).toBeInTheDocument();
    expect(
      screen.getByText(/The feedback row limit must be a whole number from 1 to 1000, not 5000\./)
    ).toBeInTheDocument();
  });

  it('edits the feedback kind: open issues only, and a search that runs when the field is left', () => {
    const query: SalesDataQuery = { refId: 'A', kind: 'feedback', limit: 20 };
    const { onChange, onRunQuery } = renderEditor(query);
    fireEvent.click(screen.getByRole('switch', { name: 'Open issues only' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...query, openIssues: true });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
    const search = screen.getByRole('textbox', { name: 'Text contains' });
    fireEvent.change(search, { target: { value: "it's $9 [[x]]" } });
    expect(onChange).toHaveBeenLastCalledWith({ ...query, search: "it's $9 [[x]]" });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
    fireEvent.blur(search);
    expect(onRunQuery).toHaveBeenCalledTimes(2);
  });

  it('starts the feedback kind with 100 rows, keeping the filters it can take', async () => {
    const filters = [{ dimension: 'region' as const, op: 'in' as const, values: ['$region'] }];
    const { onChange } = renderEditor({ refId: 'A', kind: 'metrics', metrics: ['bookings'], filters });
    await openAndPick('Query', /^Market feedback/);
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'A', kind: 'feedback', limit: 100, filters });
  });

  it('shows the SQL for the warehouse’s dialect, with the alerting advice', async () => {
    renderEditor({
      refId: 'A',
      kind: 'metrics',
      metrics: ['bookings'],
      filters: [{ dimension: 'region', op: 'in', values: ['$region'] }],
    });
    fireEvent.click(screen.getByRole('button', { name: /Show SQL/ }));
    // the SQL compiles asynchronously: on a loaded machine it takes more than findBy's default second
    const sql = await screen.findByTestId('salesperf-sql', undefined, { timeout: 10000 });
    // PostgreSQL's escaped strings, and the variable's current value written in
    expect(sql.textContent).toMatch(/^SELECT /);
    expect(sql.textContent).toContain("E'East'");
    expect(screen.getByText(/Written for Sales warehouse \(postgres\)/)).toBeInTheDocument();
    expect(screen.getByText(/paste this SQL into an alert rule/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Copy SQL/ })).toBeInTheDocument();
  });

  it('tells the user that alert rules need the SQL', () => {
    renderEditor({ refId: 'A', kind: 'metrics', metrics: ['bookings'] });
    expect(screen.getByText(/Alert rules cannot use this data source/)).toBeInTheDocument();
  });

  it('starts a new panel with monthly bookings', () => {
    expect(datasource().getDefaultQuery('dashboard' as never)).toEqual({
      kind: 'timeseries',
      metrics: ['bookings'],
      grain: 'month',
    });
  });
});
