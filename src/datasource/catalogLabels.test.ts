import enUS from '../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../locales/zh-Hans/seed-salesperf-datasource.json';
import { listDimensions, listMetrics } from '../sales';
import { switchPluginLanguage } from '../testing/pluginLanguage';
import { dimensionText, metricText } from './catalogLabels';
import pluginJson from './plugin.json';

type Texts = Record<string, { label: string; description: string }>;
const english = { metric: enUS.metric as Texts, dimension: enUS.dimension as Texts };
const chinese = { metric: zhHans.metric as Texts, dimension: zhHans.dimension as Texts };

describe('the catalog’s words', () => {
  it.each(listMetrics().map((metric) => [metric.id, metric] as const))(
    'metric %s: its record’s English under metric.<id>.label and .description',
    (id, metric) => {
      expect(metricText(id)).toEqual({ label: metric.label, description: metric.description });
      expect(english.metric[id]).toEqual({ label: metric.label, description: metric.description });
    }
  );

  it.each(listDimensions().map((dimension) => [dimension.id, dimension] as const))(
    'dimension %s: its record’s English under dimension.<id>.label and .description',
    (id, dimension) => {
      expect(metricText(id).label).toBe(id);
      expect(dimensionText(id)).toEqual({ label: dimension.label, description: dimension.description });
      expect(english.dimension[id]).toEqual({ label: dimension.label, description: dimension.description });
    }
  );

  it('an id the catalog does not know reads as itself', () => {
    expect(metricText('revenue')).toEqual({ label: 'revenue', description: '' });
    expect(dimensionText('country')).toEqual({ label: 'country', description: '' });
  });
});

describe('the catalog’s words in zh-Hans', () => {
  let restore: () => Promise<unknown>;
  beforeAll(async () => {
    restore = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
  });
  afterAll(() => restore());

  it.each(listMetrics().map((metric) => metric.id))('metric %s reads its translated keys', (id) => {
    expect(metricText(id)).toEqual(chinese.metric[id]);
  });

  it.each(listDimensions().map((dimension) => dimension.id))('dimension %s reads its translated keys', (id) => {
    expect(dimensionText(id)).toEqual(chinese.dimension[id]);
  });
});
