import { DataSourcePlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { bundledLocales } from '../i18n/bundledLocales';
import enUS from '../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../locales/zh-Hans/seed-salesperf-datasource.json';
import { ConfigEditor } from './components/ConfigEditor';
import { QueryEditor } from './components/QueryEditor';
import { DataSource } from './DataSource';
import pluginJson from './plugin.json';
import type { SalesDataQuery, SalesDataSourceOptions } from './types';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new DataSourcePlugin<DataSource, SalesDataQuery, SalesDataSourceOptions>(DataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
