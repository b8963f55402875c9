import { PanelPlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-attainment-panel.json';
import zhHans from '../../locales/zh-Hans/seed-attainment-panel.json';
import { AttainmentPanel } from './AttainmentPanel';
import pluginJson from './plugin.json';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new PanelPlugin(AttainmentPanel);
