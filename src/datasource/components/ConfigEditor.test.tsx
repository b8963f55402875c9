import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import type { DataSourceSettings } from '@grafana/data';
import { setDataSourceSrv } from '@grafana/runtime';

import { instanceSettings, TestDataSourceSrv } from '../../../tests/datasource/lib/dataSourceSrv';
import { giveElementsABox } from '../testing/jsdomLayout';
import type { SalesDataSourceOptions } from '../types';
import { ConfigEditor } from './ConfigEditor';

function settings(jsonData: SalesDataSourceOptions): DataSourceSettings<SalesDataSourceOptions> {
  // as Grafana's data source page passes them (the deprecated `database` is left out)
  return {
    id: 1,
    uid: 'salesperf',
    orgId: 1,
    name: 'Sales Performance',
    type: 'seed-salesperf-datasource',
    typeName: 'Sales Performance',
    typeLogoUrl: '',
    access: 'proxy',
    url: '',
    user: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    withCredentials: false,
    readOnly: false,
    jsonData,
    secureJsonFields: {},
  } as DataSourceSettings<SalesDataSourceOptions>;
}

function renderConfig(jsonData: SalesDataSourceOptions) {
  const onOptionsChange = jest.fn();
  render(<ConfigEditor options={settings(jsonData)} onOptionsChange={onOptionsChange} />);
  return onOptionsChange;
}

const lastJson = (onOptionsChange: jest.Mock) => onOptionsChange.mock.calls.at(-1)[0].jsonData;

beforeAll(() => giveElementsABox());

beforeEach(() =>
  setDataSourceSrv(
    new TestDataSourceSrv([
      { settings: instanceSettings('pg', 'grafana-postgresql-datasource', 'Warehouse (PostgreSQL)') },
      { settings: instanceSettings('ch', 'grafana-clickhouse-datasource', 'Warehouse (ClickHouse)') },
      { settings: instanceSettings('prom', 'prometheus', 'Prometheus') },
    ])
  )
);

describe('the settings', () => {
  it('offer only the SQL data sources the engine writes SQL for, and save the choice', async () => {
    const onOptionsChange = renderConfig({});
    expect(screen.getByText(/^Choose the SQL data source that reads the warehouse/)).toBeInTheDocument();
    const input = screen.getByRole('combobox', { name: /^SQL data source/ });
    fireEvent.click(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const options = await screen.findAllByRole('option', {}, { timeout: 5000 });
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Warehouse (PostgreSQL)'),
      expect.stringContaining('Warehouse (ClickHouse)'),
    ]);
    fireEvent.click(options[1]);
    expect(lastJson(onOptionsChange)).toEqual({ warehouseUid: 'ch' });
  });

  it('say when the chosen data source is gone', () => {
    renderConfig({ warehouseUid: 'deleted' });
    expect(screen.getByText(/The chosen data source \(uid deleted\) is not available/)).toBeInTheDocument();
  });

  it('check the schema and table names', () => {
    const onOptionsChange = renderConfig({
      warehouseUid: 'pg',
      schema: 'sales-2024',
      tables: { opportunities: 'crm.deals' },
    });
    expect(
      screen.getByText(
        '"sales-2024" is not a valid name: use letters, digits and underscores, starting with a letter or an underscore (at most 63 characters).'
      )
    ).toBeInTheDocument();
    expect(screen.getByText(/^"crm\.deals" is not a valid name/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'leads' }), { target: { value: 'crm_leads' } });
    expect(lastJson(onOptionsChange).tables).toEqual({ opportunities: 'crm.deals', leads: 'crm_leads' });
  });

  it('name a ClickHouse cluster, check it, and then offer how sharded tables join', () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'ch' });
    expect(screen.queryByText('Joins between sharded tables')).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /^ClickHouse cluster/ }), {
      target: { value: ' two_shards ' },
    });
    expect(lastJson(onOptionsChange)).toEqual({ warehouseUid: 'ch', cluster: 'two_shards' });
  });

  it('switch a cluster to GLOBAL joins, and name a cluster that is not a name', () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'ch', cluster: 'two-shards' });
    expect(screen.getByText(/^"two-shards" is not a valid name/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'On each shard' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'GLOBAL' }));
    expect(lastJson(onOptionsChange).clusterJoins).toBe('global');
  });

  it('store thresholds as ratios and check their order', () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'pg', thresholds: { onTrack: 0.95, cautioned: 1.2 } });
    expect(
      screen.getByText('The cautioned threshold must be between 0 % and the on-track threshold (95 %).')
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Cautioned from/ }), { target: { value: '80' } });
    expect(lastJson(onOptionsChange).thresholds).toEqual({ onTrack: 0.95, cautioned: 0.8 });
  });

  it('keep at least one working day', () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'pg', workingWeekdays: [] });
    expect(screen.getByText('Choose at least one working day.')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Saturday'));
    expect(lastJson(onOptionsChange).workingWeekdays).toEqual([6]);
  });

  it('name a rollup schema and its maximum age, and check both', () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'pg', rollupSchema: 'sales-rollups', rollupMaxAgeHours: 0 });
    expect(screen.getByText(/^"sales-rollups" is not a valid name/)).toBeInTheDocument();
    expect(
      screen.getByText('The maximum age of rollups must be a number of hours above 0, not "0".')
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /^Rollup schema/ }), { target: { value: ' sales_rollups ' } });
    expect(lastJson(onOptionsChange).rollupSchema).toBe('sales_rollups');
    const maxAge = screen.getByRole('spinbutton', { name: /^Maximum age of rollups/ });
    fireEvent.change(maxAge, { target: { value: '48' } });
    expect(lastJson(onOptionsChange).rollupMaxAgeHours).toBe(48);
    fireEvent.change(maxAge, { target: { value: '' } });
    expect(lastJson(onOptionsChange).rollupMaxAgeHours).toBeUndefined();
  });

  it('offer Grafana’s currency units and the fiscal year start', async () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'pg' });
    const fiscal = screen.getByRole('combobox', { name: /^Fiscal year starts in/ });
    expect(fiscal).toHaveValue('January');
    fireEvent.click(fiscal);
    fireEvent.change(fiscal, { target: { value: 'Apr' } });
    fireEvent.click(await screen.findByRole('option', { name: 'April' }, { timeout: 5000 }));
    expect(lastJson(onOptionsChange).fiscalYearStartMonth).toBe(4);
    const currency = screen.getByRole('combobox', { name: /^Currency/ });
    fireEvent.click(currency);
    fireEvent.change(currency, { target: { value: 'Euro' } });
    fireEvent.click(await screen.findByRole('option', { name: /Euro/ }, { timeout: 5000 }));
    expect(lastJson(onOptionsChange).currencyUnit).toBe('currencyEUR');
  });

  it('offer the yuan and 万元, which Grafana’s unit picker lacks', async () => {
    const onOptionsChange = renderConfig({ warehouseUid: 'pg', currencyUnit: 'currency:¥' });
    const currency = screen.getByRole('combobox', { name: /^Currency/ });
    expect(currency).toHaveValue('Chinese yuan (¥)');
    fireEvent.click(currency);
    fireEvent.change(currency, { target: { value: '万元' } });
    fireEvent.click(await screen.findByRole('option', { name: /Ten thousand yuan/ }, { timeout: 5000 }));
    expect(lastJson(onOptionsChange).currencyUnit).toBe('suffix:万元');
  });
});
