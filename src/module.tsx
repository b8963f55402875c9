import { AppPlugin } from '@grafana/data';
import { initPluginTranslations, t } from '@grafana/i18n';

import { AppConfigPage } from './app/AppConfigPage';
import { OverviewPage } from './app/OverviewPage';
import { bundledLocales } from './i18n/bundledLocales';
import enUS from './locales/en-US/seed-salesperf-app.json';
import zhHans from './locales/zh-Hans/seed-salesperf-app.json';
import pluginJson from './plugin.json';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new AppPlugin<{}>().setRootPage(OverviewPage).addConfigPage({
  get title() {
    return t('app.config.title', 'Configuration');
  },
  icon: 'cog',
  body: AppConfigPage,
  id: 'configuration',
});
