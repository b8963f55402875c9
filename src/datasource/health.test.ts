import enUS from '../locales/en-US/seed-salesperf-datasource.json';
import zhHans from '../locales/zh-Hans/seed-salesperf-datasource.json';
import type { CheckIssue, CheckReport } from '../sales';
import { switchPluginLanguage } from '../testing/pluginLanguage';
import { healthResult } from './health';
import pluginJson from './plugin.json';

const nullAmounts: CheckIssue = {
  severity: 'warning',
  code: 'null_values',
  table: 'opportunities',
  column: 'amount',
  count: 3,
  message:
    'Column opportunities.amount is NULL in 3 rows: the contract requires a value (queries run; rows without it drop out of whatever groups, joins or filters on it).',
  text: {
    key: 'check.null-values',
    params: { column: 'opportunities.amount', rows: { key: 'check.count.row.other', params: { number: 3 } } },
  },
};

const report: CheckReport = {
  dialect: 'postgres',
  schema: 'sales',
  usable: true,
  tables: [{ table: 'opportunities', name: 'opportunities', required: true, present: true, rows: 10 }],
  issues: [nullAmounts],
};

describe('healthResult', () => {
  it("lists a check's warnings in English", () => {
    expect(healthResult(report, { name: 'Warehouse' }).message).toContain(nullAmounts.message);
  });

  describe('in Simplified Chinese', () => {
    let restoreLanguage: () => Promise<unknown>;
    beforeAll(async () => {
      restoreLanguage = await switchPluginLanguage(pluginJson.id, { 'en-US': enUS, 'zh-Hans': zhHans }, 'zh-Hans');
    });
    afterAll(() => restoreLanguage());

    it("shows a check's issue translated, its counted rows included", () => {
      const { message } = healthResult(report, { name: 'Warehouse' });
      expect(message).toContain(
        '列 opportunities.amount 有 3 行为 NULL：契约要求有值（查询照常运行；缺少该值的行不会出现在按它分组、关联或筛选的结果中）。'
      );
      expect(message).not.toContain(nullAmounts.message);
    });
  });
});
