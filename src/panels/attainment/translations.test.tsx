import { screen, within } from '@testing-library/react';

import enUS from '../../locales/en-US/seed-attainment-panel.json';
import zhHans from '../../locales/zh-Hans/seed-attainment-panel.json';
import pluginJson from './plugin.json';
import { attainmentFrame } from './testing/frames';
import { renderPanel } from './testing/renderPanel';
import { switchPluginLanguage } from '../../testing/pluginLanguage';

describe('the panel in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('draws its labels from the zh-Hans locale file', () => {
    renderPanel([attainmentFrame()]);
    const [alice, bob] = screen.getAllByTestId('attainment-gauge');
    expect(within(alice).getByTestId('attainment-status').textContent).toBe('✓ 进度正常');
    expect(within(bob).getByTestId('attainment-status').textContent).toBe('! 需关注');
    expect(within(bob).getByTestId('attainment-target').textContent).toBe('目标 $100K');
    expect(within(bob).getByTestId('attainment-daysLeft').textContent).toBe('剩余 15 天');
    expect(within(bob).getByTestId('attainment-neededPerDay').textContent).toBe('每日需完成：$3.67K');
    expect(within(alice).getByTestId('attainment-neededPerDay').textContent).toBe('已达成目标');
  });
});
