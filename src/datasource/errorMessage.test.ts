import enUS from '../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../locales/zh-Hans/seed-salesperf-datasource.json';
import { salesError, SalesError } from '../sales';
import { switchPluginLanguage } from '../testing/pluginLanguage';
import { errorMessage } from './errorMessage';
import pluginJson from './plugin.json';

const unknownMetric = () => salesError('metric.unknown', { id: 'nope', ids: 'bookings, win_rate' });

describe('errorMessage', () => {
  it('shows a catalogued error through its key, with its params filled in', () => {
    expect(errorMessage(unknownMetric())).toBe('Unknown metric "nope". Known metrics: bookings, win_rate.');
  });

  it('shows other errors as they are', () => {
    expect(errorMessage(new SalesError('already in the user language', 'invalid_config'))).toBe(
      'already in the user language'
    );
    expect(errorMessage(new Error('connection refused'))).toBe('connection refused');
    expect(errorMessage('plain text')).toBe('plain text');
  });

  describe('in Simplified Chinese', () => {
    let restoreLanguage: () => Promise<unknown>;
    beforeAll(async () => {
      restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
    });
    afterAll(() => restoreLanguage());

    it('translates a catalogued error, keeping its params as they are', () => {
      expect(errorMessage(unknownMetric())).toBe('未知指标“nope”。可用的指标：bookings, win_rate。');
    });
  });
});
