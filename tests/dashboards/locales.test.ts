import fs from 'fs';
import path from 'path';

import { glossaryProblems, readGlossary, type TranslatedString } from '../../scripts/zhGlossary';
import { BUNDLED_DASHBOARDS } from '../../dashboards/src/catalog';
import { DASHBOARD_UIDS, PANEL_TYPES, SALES_DATASOURCE } from '../../dashboards/src/constants';
import {
  LOCALE_SETUPS,
  localizedUid,
  readableText,
  untranslatedText,
  visitReadableText,
} from '../../dashboards/src/locale';
import { ZH_HANS } from '../../dashboards/src/locales/zh-Hans';
import { provisionedDatasources, validationContext } from './lib/context';
import { allPanels, type Dashboard, DASHBOARD_FOLDER, dataPanels } from './lib/model';
import { validateDashboard } from './lib/validate';

const zh = LOCALE_SETUPS['zh-Hans'];
const read = (file: string): Dashboard => JSON.parse(fs.readFileSync(path.join(DASHBOARD_FOLDER, file), 'utf8'));
const sets = BUNDLED_DASHBOARDS.map(({ file, build }) => ({
  file,
  source: build(),
  english: read(file),
  chinese: read(`${zh.folder}/${file}`),
}));

/** Han characters: what every Chinese string has, whatever acronyms (CAC, NPS) it keeps. */
const HAN = /\p{Script=Han}/u;

describe('the zh-Hans dashboards (dashboards/zh-Hans/)', () => {
  it('translate every word a reader sees: a string left in English names the line to add', () => {
    const missing = sets.flatMap(({ file, source }) =>
      untranslatedText(source, 'zh-Hans').map(({ text, where }) => `${file} ${where}: ${JSON.stringify(text)}`)
    );
    if (missing.length) {
      throw new Error(
        `${missing.length} English strings of the dashboards have no zh-Hans translation: add each to ${zh.translationsFile} (the English as key, the Chinese in the words of docs/zh-Hans-glossary.md), then run npm run dashboards\n  ${missing.join('\n  ')}`
      );
    }
  });

  it.each(sets)('zh-Hans/$file shows no English: every readable string holds Chinese', ({ chinese }) => {
    const english = readableText(chinese).filter(({ text }) => /\p{L}/u.test(text) && !HAN.test(text));
    expect(english).toEqual([]);
  });

  it('use the words of the glossary, as the plugins’ zh-Hans strings do', () => {
    const strings: TranslatedString[] = Object.entries(ZH_HANS).map(([english, chinese]) => ({
      where: zh.translationsFile!,
      key: 'dashboards',
      english,
      chinese,
    }));
    expect(glossaryProblems(strings, readGlossary())).toEqual([]);
  });

  it('translate no string that no dashboard shows (a reworded English leaves its old line behind)', () => {
    const shown = new Set(sets.flatMap(({ source }) => readableText(source).map(({ text }) => text)));
    expect(Object.keys(ZH_HANS).filter((english) => !shown.has(english))).toEqual([]);
  });

  it('differ from the English only in words, uids, links, data source, tags, Chinese numbers, key figures’ size and revision', () => {
    for (const { file, english, chinese } of sets) {
      const normalized = (dashboard: Dashboard, locale: 'en-US' | 'zh-Hans') => {
        const copy = structuredClone(dashboard) as unknown as Record<string, unknown>;
        visitReadableText(copy, () => '·');
        const text = JSON.stringify(copy)
          .replaceAll(`"uid":"${LOCALE_SETUPS[locale].datasourceUid}"`, '"uid":"·"')
          .replaceAll('"chineseNumbers":"on"', '"chineseNumbers":"auto"')
          .replace(/"valueSize":\d+/g, '"valueSize":·')
          // each copy's content hash
          .replace(/"revision":\d+/, '"revision":·');
        return Object.values(DASHBOARD_UIDS).reduce(
          (result, uid) => result.replaceAll(localizedUid(uid, locale), '·uid·'),
          text
        );
      };
      // the pack's list of dashboards finds each set by its own (translated) tags
      const tagless = (text: string) => text.replace(/"tags":\[[^\]]*\]/g, '"tags":[]');
      expect({ file, json: tagless(normalized(chinese, 'zh-Hans')) }).toEqual({
        file,
        json: tagless(normalized(english, 'en-US')),
      });
    }
  });

  it('have their own uids, link only to one another and read the data source in 万元', () => {
    const uids = sets.flatMap(({ english, chinese }) => [english.uid, chinese.uid]);
    expect(new Set(uids).size).toBe(uids.length);
    const chineseUids = sets.map(({ chinese }) => chinese.uid!);
    expect(chineseUids.sort()).toEqual(
      Object.values(DASHBOARD_UIDS)
        .map((uid) => `${uid}-zh`)
        .sort()
    );
    const context = { ...validationContext(sets.map(({ chinese }) => chinese)), dashboardUids: chineseUids };
    for (const { file, chinese } of sets) {
      // the checks of every dashboard, links to the zh-Hans set only
      expect({ file, problems: validateDashboard(chinese, context) }).toEqual({ file, problems: [] });
      for (const panel of dataPanels(chinese)) {
        expect(panel.datasource).toEqual({ type: SALES_DATASOURCE.type, uid: zh.datasourceUid });
      }
      for (const link of chinese.links ?? []) {
        expect(link.url ?? '').not.toMatch(new RegExp(`/d/(${Object.values(DASHBOARD_UIDS).join('|')})(?!-zh)\\b`));
        if (link.type === 'dashboards') {
          expect(link.tags).toEqual(['销售绩效']);
        }
      }
      const pack = allPanels(chinese).filter((panel) => Object.values<string>(PANEL_TYPES).includes(panel.type!));
      expect(pack.map((panel) => (panel.options as { chineseNumbers?: string }).chineseNumbers)).toEqual(
        pack.map(() => 'on')
      );
    }
    const datasource = provisionedDatasources().find((candidate) => candidate.uid === zh.datasourceUid);
    expect(datasource).toMatchObject({ type: SALES_DATASOURCE.type, jsonData: { currencyUnit: 'suffix:万元' } });
  });
});
