/**
 * Grafana's alert-rule provisioning file (apiVersion 1) built from the pack's rule definitions. Field
 * names and types follow Grafana's file provisioning of alert rules (pkg/services/provisioning/alerting,
 * rules_types.go): a group has orgId, name, folder, interval and rules; a rule uid, title, condition (the
 * refId of the query deciding the state), data, noDataState, execErrState, for, annotations, labels;
 * each data entry refId, relativeTimeRange (seconds before the evaluation, integers), datasourceUid and
 * model. The condition is a server-side expression (datasourceUid `__expr__`): a threshold on query A.
 */
import { stringify } from 'yaml';

import { compileAlert, type Dialect, getMetric, macroWindowOf, relativeFromSeconds } from '../../../src/sales';
import { type AlertCondition, ALERT_CALENDAR, SALES_ALERT_RULES, type SalesAlertRule } from './rules';

/** Where `npm run alerts` writes the rules, from the repository's root. */
export const ALERT_RULES_FILE = 'provisioning/alerting/sales-alerts.yaml';

/**
 * The instant the committed file is compiled at. The statements do not depend on it (they read the
 * evaluation time from the macros); it feeds the compiler's checks, and on MySQL, which has no time
 * zone tables, it starts the 30 years over which the statement knows the zone's UTC offsets.
 */
export const RULES_COMPILED_AT = Date.parse('2026-01-01T00:00:00Z');

/** The SQL data source a rule's query goes to: its uid as provisioned, its type, and where the tables are. */
export interface WarehouseTarget {
  uid: string;
  type: string;
  /** the schema (a database in MySQL) holding the contract's tables */
  schema: string;
}

/**
 * The core SQL data sources a rule can query, and the dialect of each. Both take the same query model
 * (rawSql, format table) and expand `$__timeTo()` / `$__unixEpochTo()` on Grafana's server.
 */
const CORE_SQL_DIALECTS: Record<string, Dialect> = {
  'grafana-postgresql-datasource': 'postgres',
  mysql: 'mysql',
};

/** The warehouse data source docker-compose.yml provisions (provisioning/datasources/datasources.yaml). */
export const COMPOSE_WAREHOUSE: WarehouseTarget = {
  uid: 'salesperf-warehouse',
  type: 'grafana-postgresql-datasource',
  schema: 'sales',
};

/** The folder the rules are provisioned in: the dashboards' folder, so the same people see both. */
export const ALERT_FOLDER = 'Sales Performance';
export const ALERT_GROUP = 'Sales KPIs';
/** How often Grafana evaluates the group: the KPIs move with deals and visits, not by the second. */
export const ALERT_INTERVAL = '10m';

export const EXPRESSION_UID = '__expr__';
const QUERY_REF = 'A';
const CONDITION_REF = 'B';

export function dialectOfWarehouse(target: WarehouseTarget): Dialect {
  const dialect = CORE_SQL_DIALECTS[target.type];
  if (!dialect) {
    throw new Error(
      `Alert rules query the warehouse through a core SQL data source (${Object.keys(CORE_SQL_DIALECTS).join(', ')}), not ${target.type}.`
    );
  }
  return dialect;
}

function thresholdOf(condition: AlertCondition): { type: 'lt' | 'gt'; params: number[] } {
  if ('below' in condition && Number.isFinite(condition.below)) {
    return { type: 'lt', params: [condition.below] };
  }
  if ('above' in condition && Number.isFinite(condition.above)) {
    return { type: 'gt', params: [condition.above] };
  }
  throw new Error(`An alert condition is { below: number } or { above: number }, not ${JSON.stringify(condition)}.`);
}

/** The statement of a rule for a warehouse, with the data source's time macros in it. */
export function ruleStatement(rule: SalesAlertRule, target: WarehouseTarget, checkedAt: number) {
  return compileAlert(rule.query, {
    ...ALERT_CALENDAR,
    dialect: dialectOfWarehouse(target),
    location: { schema: target.schema },
    checkedAt,
  });
}

function provisionedRule(rule: SalesAlertRule, target: WarehouseTarget, checkedAt: number) {
  const { sql } = ruleStatement(rule, target, checkedAt);
  const metric = getMetric(rule.query.metric);
  const datasource = { type: target.type, uid: target.uid };
  return {
    uid: rule.uid,
    title: rule.title,
    condition: CONDITION_REF,
    data: [
      {
        refId: QUERY_REF,
        // the SQL reads only the end of the range (the evaluation time); the start covers the window
        // so that the rule's preview in Grafana shows a range as long as what it measures
        relativeTimeRange: { from: relativeFromSeconds(macroWindowOf(rule.query.window)), to: 0 },
        datasourceUid: target.uid,
        model: { refId: QUERY_REF, datasource, editorMode: 'code', format: 'table', rawQuery: true, rawSql: sql },
      },
      {
        refId: CONDITION_REF,
        relativeTimeRange: { from: 0, to: 0 },
        datasourceUid: EXPRESSION_UID,
        model: {
          refId: CONDITION_REF,
          datasource: { type: EXPRESSION_UID, uid: EXPRESSION_UID },
          type: 'threshold',
          expression: QUERY_REF,
          conditions: [{ evaluator: thresholdOf(rule.condition) }],
        },
      },
    ],
    // no row: nothing to watch (no visit planned this week, no overdue invoice); a row whose number is
    // empty (a region without a target) is no data too
    noDataState: 'OK',
    execErrState: 'Error',
    for: rule.pendingFor,
    annotations: { summary: rule.summary, description: metric.description },
    labels: { pack: 'sales-performance', metric: metric.id },
    isPaused: false,
  };
}

/** The provisioning document for the rules. `checkedAt` only feeds the compiler's checks (see compileAlert). */
export function alertProvisioning(rules: SalesAlertRule[], target: WarehouseTarget, checkedAt: number) {
  const uids = new Set<string>();
  for (const rule of rules) {
    if (uids.has(rule.uid)) {
      throw new Error(`Two alert rules have the uid ${rule.uid}.`);
    }
    uids.add(rule.uid);
  }
  return {
    apiVersion: 1,
    groups: [
      {
        orgId: 1,
        name: ALERT_GROUP,
        folder: ALERT_FOLDER,
        interval: ALERT_INTERVAL,
        rules: rules.map((rule) => {
          try {
            return provisionedRule(rule, target, checkedAt);
          } catch (error) {
            throw new Error(`Alert rule ${rule.uid}: ${(error as Error).message}`);
          }
        }),
      },
    ],
  };
}

const HEADER = [
  '# Generated by `npm run alerts` from dashboards/src/alerts/rules.ts: edit the rules there, not here.',
  '# Grafana loads this file at start (docker-compose.yml mounts ./provisioning); the queries go to the',
  '# warehouse data source, with its time macros, and Grafana evaluates them on its server.',
].join('\n');

/** The YAML text as committed. */
export function alertProvisioningYaml(document: ReturnType<typeof alertProvisioning>): string {
  // lineWidth 0: the statements stay on one line each instead of being folded
  return `${HEADER}\n${stringify(document, { lineWidth: 0 })}`;
}

/** The file `npm run alerts` writes: the pack's rules on the compose stack's warehouse. */
export function committedAlertProvisioningYaml(): string {
  return alertProvisioningYaml(alertProvisioning(SALES_ALERT_RULES, COMPOSE_WAREHOUSE, RULES_COMPILED_AT));
}
