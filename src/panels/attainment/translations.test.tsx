import { screen, within } from '@testing-library/react';

import { initPluginTranslations } from '@grafana/i18n';
// Grafana sets the user's language on the i18next instance it shares with plugins; the test does the same.
import i18next from 'i18next';

import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-attainment-panel.json';
import zhHans from '../../locales/zh-Hans/seed-attainment-panel.json';
import pluginJson from './plugin.json';
import { attainmentFrame } from './testing/frames';
import { renderPanel } from './testing/renderPanel';

describe('the panel in Simplified Chinese', () => {
  const loaders = [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })];

  beforeAll(async () => {
    await initPluginTranslations(pluginJson.id, loaders);
    // Grafana has its own strings in the user's language before it loads plugins
    i18next.addResourceBundle('zh-Hans', 'grafana', { common: { save: '保存' } });
    await i18next.changeLanguage('zh-Hans');
    // then the plugin's module.ts runs, for a Chinese-speaking user
    await initPluginTranslations(pluginJson.id, loaders);
  });

  afterAll(async () => {
    await i18next.changeLanguage('en-US');
  });

  it('draws its labels from the zh-Hans locale file', () => {
    renderPanel([attainmentFrame()]);
    const [alice, bob] = screen.getAllByTestId('attainment-gauge');
    expect(within(alice).getByTestId('attainment-status').textContent).toBe('✓ 进度正常');
    expect(within(bob).getByTestId('attainment-status').textContent).toBe('! 需关注');
    expect(within(bob).getByTestId('attainment-target').textContent).toBe('目标 $100K');
    expect(within(bob).getByTestId('attainment-daysLeft').textContent).toBe('剩余天数：15');
    expect(within(bob).getByTestId('attainment-neededPerDay').textContent).toBe('每日需完成：$3.67K');
    expect(within(alice).getByTestId('attainment-neededPerDay').textContent).toBe('已达成目标');
  });
});
