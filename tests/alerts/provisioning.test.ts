/**
 * The alert-rule provisioning file: committed as `npm run alerts` writes it, a file Grafana loads
 * (its fields and types), querying the warehouse data source docker-compose.yml provisions, in the
 * calendar of the sales data source.
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import {
  ALERT_RULES_FILE,
  alertProvisioning,
  alertProvisioningYaml,
  COMPOSE_WAREHOUSE,
  committedAlertProvisioningYaml,
  dialectOfWarehouse,
  ruleStatement,
  RULES_COMPILED_AT,
} from '../../dashboards/src/alerts/provisioning';
import { ALERT_CALENDAR, type SalesAlertRule, SALES_ALERT_RULES } from '../../dashboards/src/alerts/rules';
import { alertBasis, alertableMetricIds } from '../../src/sales/alerts/alertable';
import { listMetrics } from '../../src/sales/catalog/metrics';
import { ruleFileProblems, type RuleFile } from './lib/ruleFileSchema';

const repo = path.resolve(__dirname, '../..');
const committedText = fs.readFileSync(path.join(repo, ALERT_RULES_FILE), 'utf8');
const committed = parse(committedText) as RuleFile;
const rules = committed.groups.flatMap((group) => group.rules);

interface ProvisionedDatasource {
  type: string;
  uid: string;
  jsonData?: Record<string, unknown>;
}
const { datasources } = parse(
  fs.readFileSync(path.join(repo, 'provisioning/datasources/datasources.yaml'), 'utf8')
) as { datasources: ProvisionedDatasource[] };

describe(ALERT_RULES_FILE, () => {
  it('is what `npm run alerts` writes from dashboards/src/alerts/rules.ts', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts;
    expect(scripts.alerts).toBe('tsx dashboards/src/alerts/generate.ts');
    expect(committedText).toBe(committedAlertProvisioningYaml());
  });

  it("parses and has the fields and types of Grafana's alert-rule provisioning (apiVersion 1)", () => {
    expect(ruleFileProblems(committed)).toEqual([]);
    expect(committed.groups).toHaveLength(1);
    expect(rules.map((rule) => rule.uid)).toEqual(SALES_ALERT_RULES.map((rule) => rule.uid));
  });

  it('puts the rules in a folder named as the app', () => {
    // the app's dashboards are imported by Grafana when the app is enabled (no file provider), so the
    // alert folder is the only one this repository names: it carries the app's name
    const app = JSON.parse(fs.readFileSync(path.join(repo, 'src/plugin.json'), 'utf8')) as { name: string };
    expect(committed.groups[0].folder).toBe(app.name);
  });

  it('sends every query to the warehouse data source docker-compose provisions, its tables in the seeded schema', () => {
    const warehouse = datasources.find((ds) => ds.uid === COMPOSE_WAREHOUSE.uid);
    expect(warehouse?.type).toBe(COMPOSE_WAREHOUSE.type);
    const compose = fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain(`- --schema\n      - ${COMPOSE_WAREHOUSE.schema}\n`);
    for (const rule of rules) {
      const [query, condition] = rule.data;
      expect(query).toMatchObject({ datasourceUid: COMPOSE_WAREHOUSE.uid, model: { format: 'table', rawQuery: true } });
      // the condition is a server-side expression on the query's numbers
      expect(condition).toMatchObject({ datasourceUid: '__expr__', model: { type: 'threshold', expression: 'A' } });
      expect(rule.condition).toBe(condition.refId);
    }
  });

  it('holds, for each rule, its statement with the data source’s time macros and no literal instant', () => {
    for (const [index, rule] of rules.entries()) {
      const sql = (rule.data[0].model as { rawSql: string }).rawSql;
      expect(sql).toBe(ruleStatement(SALES_ALERT_RULES[index], COMPOSE_WAREHOUSE, RULES_COMPILED_AT).sql);
      expect(sql).toContain('$__timeTo()');
      expect(sql).not.toMatch(/TIMESTAMPTZ '\d{4}-/);
    }
  });

  it('does not depend on the day it is generated', () => {
    const later = alertProvisioning(SALES_ALERT_RULES, COMPOSE_WAREHOUSE, Date.parse('2031-07-15T03:00:00Z'));
    expect(alertProvisioningYaml(later)).toBe(committedText);
  });

  it('counts in the calendar of the sales data source', () => {
    const sales = datasources.find((ds) => ds.type === 'seed-salesperf-datasource')!;
    expect(sales.jsonData).toMatchObject({
      fiscalYearStartMonth: ALERT_CALENDAR.fiscalYearStartMonth,
      workingWeekdays: ALERT_CALENDAR.workingWeekdays,
    });
  });

  it('leaves nothing for Grafana to read as an environment variable', () => {
    // Grafana expands $VAR in provisioned titles, uids, folder and labels, and ${VAR} in annotations
    for (const group of committed.groups) {
      expect(`${group.name} ${group.folder}`).not.toContain('$');
      for (const rule of group.rules) {
        expect([rule.uid, rule.title, ...Object.values(rule.labels ?? {})].join(' ')).not.toContain('$');
        expect(Object.values(rule.annotations ?? {}).join(' ')).not.toContain('${');
      }
    }
  });

  it("has the issue's examples: pace per region, overdue receivables, aged pool leads, visit plan completion per team", () => {
    const find = (metric: string) => SALES_ALERT_RULES.find((rule) => rule.query.metric === metric);
    expect(find('pace')).toMatchObject({
      query: { window: 'this_quarter', groupBy: ['region'] },
      condition: { below: 0.9 },
    });
    expect(find('overdue_receivables')).toMatchObject({ condition: { above: expect.any(Number) } });
    expect(find('aged_pool_leads')).toMatchObject({ condition: { above: expect.any(Number) } });
    expect(find('visit_completion_rate')).toMatchObject({
      query: { window: 'this_week', groupBy: ['team'] },
      condition: { below: 0.7 },
    });
  });
});

describe('the rule file checks fail on a broken file', () => {
  const broken = (change: (file: RuleFile) => void): string[] => {
    const file = parse(committedText) as RuleFile;
    change(file);
    return ruleFileProblems(file);
  };
  const first = (file: RuleFile) => file.groups[0].rules[0];

  it('a relative time range in minutes instead of whole seconds, or an empty one', () => {
    expect(broken((file) => (first(file).data[0].relativeTimeRange.from = 0.5))).toEqual([
      'groups.0.rules.0.data.0.relativeTimeRange.from: Invalid input: expected int, received number',
    ]);
    expect(broken((file) => (first(file).data[0].relativeTimeRange.from = 0))).toEqual([
      'salesperf-bookings-behind-pace: query A has an empty relative time range',
    ]);
  });

  it('an unknown state, a misspelt field or a duration Grafana cannot read', () => {
    expect(broken((file) => (first(file).noDataState = 'Normal' as never))).toHaveLength(1);
    expect(broken((file) => Object.assign(first(file), { dashboardUID: 'x' }))).toEqual([
      'groups.0.rules.0: Unrecognized key: "dashboardUID"',
    ]);
    expect(broken((file) => (first(file).for = '1 hour'))).toEqual([
      'groups.0.rules.0.for: a duration such as 10m or 1h',
    ]);
  });

  it('a condition or an expression naming no query', () => {
    expect(broken((file) => (first(file).condition = 'C'))).toEqual([
      'salesperf-bookings-behind-pace: the condition C is none of its queries (A, B)',
    ]);
    expect(
      broken((file) => {
        (first(file).data[1].model as { expression: string }).expression = 'Z';
      })
    ).toEqual(['salesperf-bookings-behind-pace: expression B reads Z, which is no query of the rule']);
  });
});

describe('what an alert can watch', () => {
  it('every catalog metric but status, which is a word', () => {
    expect(alertableMetricIds()).toEqual(
      listMetrics()
        .map((metric) => metric.id)
        .filter((id) => id !== 'status')
    );
  });

  it.each<[Partial<SalesAlertRule['query']>, string]>([
    [{ metric: 'status' }, 'status cannot be alerted on: it is a word'],
    [{ metric: 'pace', pace: 'seasonal' }, 'pace with seasonal pacing cannot be alerted on'],
    [{ metric: 'coverage', targetMetric: 'visits' }, 'coverage of the visits target cannot be alerted on'],
    [{ metric: 'forecast_bookings' }, 'forecast_bookings cannot be alerted on: forecasts are fitted in the browser'],
    [{ metric: 'bookings_change' }, 'bookings_change cannot be alerted on: comparisons with a previous period'],
    [{ metric: 'scorecard_score' }, 'scorecard_score cannot be alerted on: scorecard scores and ranks'],
    [{ metric: 'bookings', pace: 'linear' }, 'The alert on bookings sets pace'],
    [{ metric: 'bookingz' }, 'Unknown metric "bookingz"'],
  ])('refuses %j with the reason', (query, message) => {
    expect(() => alertBasis({ window: 'this_quarter', ...query } as SalesAlertRule['query'])).toThrow(message);
  });

  it('`npm run alerts` names the rule it refuses', () => {
    const rule: SalesAlertRule = {
      ...SALES_ALERT_RULES[0],
      uid: 'salesperf-status',
      query: { metric: 'status', window: 'today' },
    };
    expect(() => alertProvisioning([rule], COMPOSE_WAREHOUSE, RULES_COMPILED_AT)).toThrow(
      'Alert rule salesperf-status: status cannot be alerted on: it is a word'
    );
  });

  it('writes the same rules for a MySQL warehouse, with its zone-free macro', () => {
    const mysql = { uid: 'warehouse', type: 'mysql', schema: 'sales' };
    const file = alertProvisioning(SALES_ALERT_RULES, mysql, RULES_COMPILED_AT);
    expect(ruleFileProblems(parse(alertProvisioningYaml(file)))).toEqual([]);
    for (const rule of file.groups[0].rules) {
      const sql = (rule.data[0].model as { rawSql: string }).rawSql;
      expect(sql).toContain('$__unixEpochTo()');
      expect(sql).not.toContain('$__timeTo()');
    }
  });

  it('refuses a data source that is not a core SQL data source', () => {
    expect(() => dialectOfWarehouse({ ...COMPOSE_WAREHOUSE, type: 'seed-salesperf-datasource' })).toThrow(
      'Alert rules query the warehouse through a core SQL data source (grafana-postgresql-datasource, mysql), not seed-salesperf-datasource.'
    );
  });
});
