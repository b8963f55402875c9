import { PanelPlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-repscorecard-panel.json';
import zhHans from '../../locales/zh-Hans/seed-repscorecard-panel.json';
import { fieldConfigSettings } from './fieldConfig';
import { scorecardMigration } from './migrations';
import { buildPanelOptions } from './options';
import { ScorecardPanel } from './ScorecardPanel';
import pluginJson from './plugin.json';
import type { ScorecardFieldConfig, ScorecardOptions } from './types';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new PanelPlugin<ScorecardOptions, ScorecardFieldConfig>(ScorecardPanel)
  .setPanelOptions(buildPanelOptions)
  .useFieldConfig(fieldConfigSettings)
  .setMigrationHandler(scorecardMigration.handler, scorecardMigration.shouldMigrate);
