import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import type { DataSourceApi } from '@grafana/data';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';

import { instanceSettings, TestDataSourceSrv } from '../../../tests/datasource/lib/dataSourceSrv';
import { TestTemplateSrv } from '../../../tests/datasource/lib/templateSrv';
import enUS from '../../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../../locales/zh-Hans/seed-salesperf-datasource.json';
import { DataSource } from '../DataSource';
import { localizeFrame } from '../frames/localize';
import pluginJson from '../plugin.json';
import { giveElementsABox } from '../testing/jsdomLayout';
import { QueryEditor } from './QueryEditor';
import { switchPluginLanguage } from '../../testing/pluginLanguage';

const datasource = () =>
  new DataSource(
    instanceSettings('salesperf', 'seed-salesperf-datasource', 'Sales Performance', {
      warehouseUid: 'wh',
      schema: 'sales',
    })
  );

describe('the data source in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    giveElementsABox();
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
    const warehouse = { uid: 'wh', type: 'mysql', name: '销售仓库' } as unknown as DataSourceApi;
    setDataSourceSrv(
      new TestDataSourceSrv([{ settings: instanceSettings('wh', 'mysql', '销售仓库'), api: warehouse }])
    );
    setTemplateSrv(new TestTemplateSrv());
  });

  afterAll(() => restoreLanguage());

  it('labels the editor and the catalog’s metrics in Chinese', async () => {
    render(
      <QueryEditor
        query={{ refId: 'A', kind: 'metrics', metrics: ['bookings'] }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        datasource={datasource()}
      />
    );
    expect(screen.getByRole('combobox', { name: '查询类型' })).toHaveValue('指标');
    const metrics = screen.getByRole('combobox', { name: '指标' });
    fireEvent.click(metrics);
    fireEvent.change(metrics, { target: { value: '赢单' } });
    const option = await screen.findByRole('option', { name: /^赢单率（金额）/ }, { timeout: 5000 });
    expect(option).toHaveTextContent('按结单日期统计：赢单金额 ÷（赢单金额 + 丢单金额）。 单位：百分比。');
    expect(screen.getByText(/告警规则无法使用此数据源/)).toBeInTheDocument();
  });

  it('shows the engine’s message for an invalid query in Chinese, and explains the settings in Chinese', async () => {
    render(
      <QueryEditor
        query={{ refId: 'A', kind: 'metrics', metrics: ['cac'], groupBy: ['region'] }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
        datasource={datasource()}
      />
    );
    expect(screen.getByText('此查询无法运行')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('指标 cac 无法按 region 分组：可以按 channel 分组。');
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
          { name: 'bookings', type: 'number', config: {}, labels: { region: 'East' } },
          { name: 'bookings_previous', type: 'number', config: {}, labels: { region: 'East' } },
          { name: 'win_rate_change', type: 'number', config: { unit: 'suffix: pp' }, labels: { region: 'East' } },
          {
            name: 'forecast_category',
            type: 'string',
            config: { mappings: [{ type: 'value', options: { best_case: { text: 'Best case', index: 1 } } }] },
          },
        ],
      },
      data: { values: [[], [], [], [], []] },
    });
    expect(frame.schema.fields.map((field) => field.config?.displayNameFromDS)).toEqual([
      undefined,
      '成交额 · East',
      '成交额（上期） · East',
      '赢单率变化 · East',
      '预测类别',
    ]);
    expect(frame.schema.fields[3].config?.unit).toBe('suffix: 个点');
    expect(frame.schema.fields[4].config?.mappings).toEqual([
      { type: 'value', options: { best_case: { text: '最佳情况', index: 1 } } },
    ]);
  });
  it('names the commission fields, statuses and adjustment kinds in Chinese, and says who has no quota', () => {
    const frame = localizeFrame({
      schema: {
        meta: {
          custom: {
            kind: 'commission',
            withoutQuota: [{ rep: 'Alice', rep_id: 'r1', plan: 'AE Quarterly', period: '2025 Q2', measure: 'bookings' }],
          },
          notices: [{ severity: 'info', text: 'No bookings quota (a rep-level target) for Alice in 2025 Q2 (AE Quarterly)' }],
        },
        fields: [
          { name: 'rep', type: 'string', config: {} },
          { name: 'payout', type: 'number', config: { displayNameFromDS: 'Payout' } },
          { name: 'next_deal_pays', type: 'number', config: {} },
          {
            name: 'status',
            type: 'string',
            config: { mappings: [{ type: 'value', options: { below_gate: { text: 'Below gate', color: 'orange' } } }] },
          },
          {
            name: 'adjustment',
            type: 'string',
            config: { mappings: [{ type: 'value', options: { clawback: { text: 'Clawback' } } }] },
          },
        ],
      },
      data: { values: [[], [], [], [], []] },
    });
    expect(frame.schema.fields.map((field) => field.config?.displayNameFromDS)).toEqual([
      '销售代表',
      '应发金额',
      '下一笔成交可得',
      '状态',
      '调整类型',
    ]);
    expect(frame.schema.fields[3].config?.mappings).toEqual([
      { type: 'value', options: { below_gate: { text: '未达门槛', color: 'orange' } } },
    ]);
    expect(frame.schema.fields[4].config?.mappings).toEqual([{ type: 'value', options: { clawback: { text: '追回' } } }]);
    expect(frame.schema.meta?.notices).toEqual([
      {
        severity: 'info',
        text: 'Alice（2025 Q2，AE Quarterly）没有成交额目标（销售代表级目标）：达成率和阶梯佣金为空，应发金额仅为调整项。',
      },
    ]);
  });
});
