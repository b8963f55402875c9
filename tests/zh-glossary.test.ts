import path from 'path';

import { PLUGIN_SOURCES } from '../i18next.config';
import { readLocale } from '../scripts/i18n/locales';
import { glossaryProblems, readGlossary, type TranslatedString } from '../scripts/zhGlossary';

const srcDir = path.resolve(__dirname, '..', 'src');
const glossary = readGlossary();

function pluginStrings(): TranslatedString[] {
  return Object.keys(PLUGIN_SOURCES).flatMap((pluginId) => {
    const english = readLocale(srcDir, 'en-US', pluginId);
    const chinese = readLocale(srcDir, 'zh-Hans', pluginId);
    return Object.keys(english)
      .filter((key) => chinese[key] !== undefined)
      .map((key) => ({ where: pluginId, key, english: english[key], chinese: chinese[key] }));
  });
}

describe('the zh-Hans glossary (docs/zh-Hans-glossary.md)', () => {
  it('reads its terms, rejected words and metric names', () => {
    const pace = glossary.find((term) => term.english.includes('Pace'));
    expect(pace).toEqual({
      english: ['Pace', 'Pacing'],
      chinese: '序时完成率',
      metricName: '序时完成率',
      rejected: [{ word: '进度', except: ['进度正常', '时间进度', '序时进度'] }],
    });
    expect(glossary.length).toBeGreaterThan(60);
  });

  it('finds rejected words, wrong metric names, spaces before % and ASCII quotes', () => {
    const strings: TranslatedString[] = [
      { where: 'ds', key: 'metric.pace.label', english: 'Pace', chinese: '进度' },
      {
        where: 'ds',
        key: 'config.on-track',
        english: 'On track from (% of pace)',
        chinese: '进度正常阈值（序时完成率）',
      },
      { where: 'ds', key: 'metric.commit_pipeline.label', english: 'Commit', chinese: '承诺' },
      { where: 'ds', key: 'forecast-category.commit', english: 'Commit', chinese: '承诺' },
      { where: 'ds', key: 'metric.open_pipeline.description', english: 'Open deals …', chinese: '未结商机' },
      { where: 'ds', key: 'options.interval-80', english: '80 %', chinese: '80 %' },
      { where: 'fn', key: 'problem.x', english: 'Stage "{{stage}}"', chinese: '阶段 "{{stage}}"' },
      { where: 'ds', key: 'forecast-method.run_rate.label', english: 'Run rate', chinese: '运行速率' },
      { where: 'ds', key: 'metric.bookings.description', english: 'deals won', chinese: '成交商机的成交额' },
    ];
    const problems = glossaryProblems(strings, glossary);
    expect(problems).toEqual([
      expect.stringContaining('metric.pace.label (“Pace” → “进度”): “进度” is not used for Pace / Pacing'),
      expect.stringContaining('metric.pace.label (“Pace” → “进度”): the metric is named 序时完成率'),
      expect.stringContaining('metric.commit_pipeline.label (“Commit” → “承诺”): the metric is named 承诺类商机金额'),
      expect.stringContaining('“未结” is not used for Open'),
      expect.stringContaining('options.interval-80 (“80 %” → “80 %”): no space before %'),
      expect.stringContaining('problem.x (“Stage "{{stage}}"” → “阶段 "{{stage}}"”): Chinese quotation marks'),
      expect.stringContaining('“运行速率” is not used for Run rate'),
      expect.stringContaining('“成交” is not used for Won'),
    ]);
  });

  it('every zh-Hans string of the plugins follows it', () => {
    expect(glossaryProblems(pluginStrings(), glossary)).toEqual([]);
  });
});
