/**
 * The pack's alert rules (dashboards/src/alerts/rules.ts) on every engine: each rule's statement, its
 * time macros expanded exactly as the warehouse's Grafana data source expands them when it evaluates the
 * rule, returns the numbers `salesperf query` prints for the same window and instant (on the servers,
 * the CLI itself; the embedded engines live in the test's memory, where only the engine the CLI runs
 * reaches them). On PostgreSQL the committed provisioning file's own SQL is run.
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import { ALERT_RULES_FILE } from '../../dashboards/src/alerts/provisioning';
import { ALERT_CALENDAR, type SalesAlertRule, SALES_ALERT_RULES } from '../../dashboards/src/alerts/rules';
import { alertAsEngineQuery } from '../../src/sales/alerts/compileAlert';
import type { AlertWindow } from '../../src/sales/alerts/windows';
import { main } from '../../src/node/cli/main';
import type { DataFrameJSON } from '../../src/sales/types';
import { FIXTURE, FIXTURE_NOW } from '../fixtures/handmade';
import { expandTimeMacros } from '../lib/grafanaMacros';
import { describeOnEveryEngine } from '../lib/warehouses';
import { evaluateBoth, expectSameInstances, instancesOf, type Instances } from './lib/compare';
import type { RuleFile } from './lib/ruleFileSchema';

const INSTANTS: Array<[string, number]> = [
  ['Friday 2024-03-15 12:00 New York (Saturday 00:00 in Shanghai)', FIXTURE_NOW],
  ['Monday 2024-03-11 09:30 Shanghai', Date.parse('2024-03-11T01:30:00Z')],
];

/** The dashboards' range syntax for a rule's window, as `salesperf query --from --to` reads it. */
function rangeArgs(window: AlertWindow): string[] {
  if (typeof window === 'object') {
    return ['--from', `now-${window.lastDays - 1}d/d`, '--to', 'now/d'];
  }
  const unit = { today: 'd', this_week: 'w', this_month: 'M', this_quarter: 'fQ', this_year: 'fy' }[window];
  return ['--from', `now/${unit}`, '--to', `now/${unit}`];
}

async function salesperfQuery(
  rule: SalesAlertRule,
  connection: string[],
  instant: number,
  labels: string[]
): Promise<Instances> {
  const out: string[] = [];
  const err: string[] = [];
  const { query, field } = alertAsEngineQuery(rule.query, ALERT_CALENDAR, instant);
  const code = await main(
    [
      'query',
      ...connection,
      ...rangeArgs(rule.query.window),
      '--now',
      new Date(instant).toISOString(),
      '--tz',
      ALERT_CALENDAR.timeZone,
      '--fiscal-start',
      String(ALERT_CALENDAR.fiscalYearStartMonth),
      '--query',
      JSON.stringify(query),
    ],
    { out: (text) => out.push(text), err: (text) => err.push(text), errIsTty: false }
  );
  expect({ code, err }).toEqual({ code: 0, err: [] });
  const [frame] = JSON.parse(out.join('\n')) as DataFrameJSON[];
  return instancesOf(frame, labels, field);
}

const committed = parse(fs.readFileSync(path.resolve(__dirname, '../..', ALERT_RULES_FILE), 'utf8')) as RuleFile;
const committedSql = new Map(
  committed.groups[0].rules.map((rule) => [rule.uid, (rule.data[0].model as { rawSql: string }).rawSql])
);

describeOnEveryEngine(
  'the provisioned alert rules on $label',
  'alertrules',
  FIXTURE,
  ({ engine, url, executor, schema, cluster }) => {
    const location = cluster ? { schema, cluster: cluster.name } : { schema };
    const context = { location, ...ALERT_CALENDAR };
    const embedded = engine === 'duckdb' || engine === 'pglite';
    const connection = [
      '--engine',
      engine,
      '--url',
      url,
      '--schema',
      schema,
      ...(cluster ? ['--cluster', cluster.name] : []),
    ];

    describe.each(INSTANTS)('evaluated %s', (_, instant) => {
      it.each(SALES_ALERT_RULES.map((rule) => [rule.uid, rule] as const))(
        '%s gives the numbers of salesperf query',
        async (_uid, rule) => {
          const { alert, engine: expected, labelColumns } = await evaluateBoth(rule.query, context, executor, instant);
          expect(expected.size).toBeGreaterThan(0);
          expectSameInstances(alert, expected, rule.uid);
          if (!embedded) {
            const cli = await salesperfQuery(rule, connection, instant, labelColumns);
            expectSameInstances(alert, cli, `${rule.uid}: salesperf query`);
          }
        }
      );
    });

    if (executor.dialect === 'postgres') {
      it.each(SALES_ALERT_RULES.map((rule) => [rule.uid, rule] as const))(
        'the committed SQL of %s, on the scratch schema, gives the same numbers',
        async (uid, rule) => {
          const sql = committedSql.get(uid)!.replaceAll('"sales".', `"${schema}".`);
          const frame = await executor.run(expandTimeMacros(sql, 'postgres', { from: 0, to: FIXTURE_NOW }));
          const { engine: expected, labelColumns } = await evaluateBoth(rule.query, context, executor, FIXTURE_NOW);
          expectSameInstances(instancesOf(frame, labelColumns, rule.query.metric), expected, uid);
        }
      );
    }
  },
  { cluster: true }
);
