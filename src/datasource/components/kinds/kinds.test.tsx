import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { giveElementsABox } from '../../testing/jsdomLayout';
import { ForecastEditor } from './ForecastEditor';
import { KindEditor } from './KindEditor';
import { MetricsEditor } from './MetricsEditor';
import { TimeseriesEditor } from './TimeseriesEditor';
import { ValuesEditor } from './ValuesEditor';

async function openAndPick(label: string, option: string | RegExp) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.click(input);
  fireEvent.focus(input);
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }, { timeout: 5000 }));
}

beforeAll(() => giveElementsABox());

describe('the editors of each query kind', () => {
  it('shows nothing before a kind is chosen', () => {
    const { container } = render(
      <KindEditor id="q" query={{ refId: 'A' }} dimensions={['region']} onChange={jest.fn()} />
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the fields of the query’s kind only', () => {
    render(
      <KindEditor
        id="q"
        query={{ refId: 'A', kind: 'values', dimension: 'team' }}
        dimensions={[]}
        onChange={jest.fn()}
      />
    );
    expect(screen.getByRole('combobox', { name: 'Values of' })).toHaveValue('Team');
    expect(screen.queryByRole('combobox', { name: 'Metrics' })).not.toBeInTheDocument();
  });

  it('changes a time series’ grain and runs it', async () => {
    const onChange = jest.fn();
    const query = { refId: 'A', kind: 'timeseries' as const, metrics: ['bookings'], grain: 'month' as const };
    render(<TimeseriesEditor id="q" query={query} dimensions={['region']} onChange={onChange} />);
    await openAndPick('Grain', /^Week/);
    expect(onChange).toHaveBeenLastCalledWith({ ...query, grain: 'week' }, true);
  });

  it('offers "to date" only with a comparison, and drops both when the comparison is removed', async () => {
    const onChange = jest.fn();
    const { rerender } = render(
      <MetricsEditor
        id="q"
        query={{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }}
        dimensions={[]}
        onChange={onChange}
      />
    );
    expect(screen.queryByRole('switch', { name: 'To date' })).not.toBeInTheDocument();
    const compared = {
      refId: 'A',
      kind: 'metrics' as const,
      metrics: ['bookings'],
      compare: 'previous_year' as const,
      compareToDate: true,
    };
    rerender(<MetricsEditor id="q" query={compared} dimensions={[]} onChange={onChange} />);
    expect(screen.getByRole('switch', { name: 'To date' })).toBeChecked();
    await openAndPick('Compare with', 'No comparison');
    expect(onChange).toHaveBeenLastCalledWith(
      { refId: 'A', kind: 'metrics', metrics: ['bookings'], compare: undefined, compareToDate: undefined },
      true
    );
  });

  it('waits for a typed forecast horizon to be left before running it', () => {
    const onChange = jest.fn();
    const query = {
      refId: 'A',
      kind: 'forecast' as const,
      metric: 'bookings',
      grain: 'month' as const,
      method: 'polynomial' as const,
      horizon: 3,
      lookback: 24,
    };
    render(<ForecastEditor id="q" query={query} dimensions={[]} onChange={onChange} />);
    expect(screen.getByRole('combobox', { name: 'Order' })).toHaveValue('2');
    const horizon = screen.getByRole('spinbutton', { name: 'Horizon' });
    fireEvent.change(horizon, { target: { value: '6' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...query, horizon: 6 }, false);
    fireEvent.blur(horizon);
    expect(onChange).toHaveBeenLastCalledWith(query);
  });

  it('lists every dimension for a values query', async () => {
    const onChange = jest.fn();
    const query = { refId: 'A', kind: 'values' as const, dimension: 'rep' as const };
    render(<ValuesEditor id="q" query={query} dimensions={['region']} onChange={onChange} />);
    await openAndPick('Values of', /^Product line/);
    expect(onChange).toHaveBeenLastCalledWith({ ...query, dimension: 'product_line' }, true);
  });
});
