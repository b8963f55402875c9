import { screen } from '@testing-library/react';

import enUS from '../../locales/en-US/seed-repscorecard-panel.json';
import zhHans from '../../locales/zh-Hans/seed-repscorecard-panel.json';
import { switchPluginLanguage } from '../../testing/pluginLanguage';
import pluginJson from './plugin.json';
import { scorecardFrame } from './testing/frames';
import { renderPanel } from './testing/renderPanel';

describe('the leaderboard in Simplified Chinese', () => {
  let restoreLanguage: () => Promise<unknown>;

  beforeAll(async () => {
    restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });

  afterAll(() => restoreLanguage());

  it('heads its columns from the zh-Hans locale file', () => {
    renderPanel([scorecardFrame()]);
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↑↓]/, ''));
    expect(headers).toContain(zhHans.header.rank);
    expect(headers).toContain(zhHans.header.score);
    expect(headers).not.toContain(enUS.header.rank);
  });
});
