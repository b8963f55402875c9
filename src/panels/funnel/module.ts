import { PanelPlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-salesfunnel-panel.json';
import zhHans from '../../locales/zh-Hans/seed-salesfunnel-panel.json';
import { FunnelPanel } from './FunnelPanel';
import { funnelMigration } from './migrations';
import { buildFunnelOptions, funnelFieldConfig } from './options';
import pluginJson from './plugin.json';
import type { FunnelOptions } from './types';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new PanelPlugin<FunnelOptions>(FunnelPanel)
  .useFieldConfig(funnelFieldConfig())
  .setPanelOptions(buildFunnelOptions)
  .setMigrationHandler(funnelMigration.handler, funnelMigration.shouldMigrate);
