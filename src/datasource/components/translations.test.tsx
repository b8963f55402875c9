import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import type { DataSourceApi } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
// Grafana sets the user's language on the i18next instance it shares with plugins; the test does the same.
import i18next from 'i18next';

import { instanceSettings, TestDataSourceSrv } from '../../../tests/datasource/lib/dataSourceSrv';
import { TestTemplateSrv } from '../../../tests/datasource/lib/templateSrv';
import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../../locales/zh-Hans/seed-salesperf-datasource.json';
import { DataSource } from '../DataSource';
import { localizeFrame } from '../frames/localize';
import pluginJson from '../plugin.json';
import { giveElementsABox } from '../testing/jsdomLayout';
import { QueryEditor } from './QueryEditor';

const datasource = () =>
  new DataSource(
    instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', {
      warehouseUid: 'wh',
      schema: 'sales',
    })
  );

describe('the data source in Simplified Chinese', () => {
  const loaders = [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })];

  beforeAll(async () => {
    giveElementsABox();
    await initPluginTranslations(pluginJson.id, loaders);
    // Grafana has its own strings in the user's language before it loads plugins
    i18next.addResourceBundle('zh-Hans', 'grafana', { common: { save: '保存' } });
    await i18next.changeLanguage('zh-Hans');
    await initPluginTranslations(pluginJson.id, loaders);
    const warehouse = { uid: 'wh', type: 'mysql', name: '销售仓库' } as unknown as DataSourceApi;
    setDataSourceSrv(
      new TestDataSourceSrv([{ settings: instanceSettings('wh', 'mysql', '销售仓库'), api: warehouse }])
    );
    setTemplateSrv(new TestTemplateSrv());
  });

  afterAll(async () => {
    await i18next.changeLanguage('en-US');
  });

  it('labels the editor and the catalog’s metrics in Chinese', async () => {
    render(
      <QueryEditor
        query={{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        datasource={datasource()}
      />
    );
    expect(screen.getByRole('combobox', { name: '查询' })).toHaveValue('指标');
    const metrics = screen.getByRole('combobox', { name: '指标' });
    fireEvent.click(metrics);
    fireEvent.change(metrics, { target: { value: '赢单' } });
    const option = await screen.findByRole('option', { name: /^赢单率（金额）/ }, { timeout: 5000 });
    expect(option).toHaveTextContent('按结单日期统计：赢单金额 ÷（赢单金额 + 丢单金额）。 单位：百分比。');
    expect(screen.getByText(/告警规则无法使用此数据源/)).toBeInTheDocument();
  });

  it('shows the engine’s own message for an invalid query, and explains the settings in Chinese', async () => {
    render(
      <QueryEditor
        query={{ refId: 'A', kind: 'metrics', metrics: ['cac'], groupBy: ['region'] }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        datasource={datasource()}
      />
    );
    expect(screen.getByText('此查询无法运行')).toBeInTheDocument();
    const result = await new DataSource(
      instanceSettings('salesperf', 'seed-salesperf-datasource', '销售绩效', {})
    ).testDatasource();
    expect(result.message).toBe('尚未配置数据仓库数据源：请打开 销售绩效 的设置，选择读取数据仓库的 SQL 数据源。');
  });

  it('names the fields of the frames in Chinese', () => {
    const frame = localizeFrame({
      schema: {
        meta: { custom: { kind: 'timeseries' } },
        fields: [
          { name: 'time', type: 'time' },
          { name: 'bookings', type: 'number', config: { displayName: 'Bookings' }, labels: { region: 'East' } },
          {
            name: 'bookings_previous',
            type: 'number',
            config: { displayName: 'Bookings previous' },
            labels: { region: 'East' },
          },
        ],
      },
      data: { values: [[], [], []] },
    });
    expect(frame.schema.fields.map((field) => field.config?.displayName)).toEqual([
      undefined,
      '成交额 East',
      '成交额（上期） East',
    ]);
  });
});
