/**
 * Grafana's alert-rule provisioning file (apiVersion 1), fields and types as Grafana reads them
 * (pkg/services/provisioning/alerting/rules_types.go: AlertRuleGroupV1, AlertRuleV1, QueryV1;
 * ngalert/models/alert_query.go: RelativeTimeRange in whole seconds, read from YAML as integers only;
 * expr/threshold.go: the threshold expression's model), and the checks Grafana makes when it loads one.
 * Objects are strict: a misspelt field is an error here, where Grafana would silently ignore it.
 */
import { z } from 'zod';

/** Prometheus durations, as model.ParseDuration reads `interval` and `for` (e.g. 10m, 1h30m, 0s). */
const duration = z
  .string()
  .regex(/^(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$/, 'a duration such as 10m or 1h');
const nonEmpty = z.string().trim().min(1);

/** Grafana's uids: letters, digits, - and _, at most 40 characters (util.ValidateUID). */
const uid = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a uid of at most 40 letters, digits, - or _');

const relativeTimeRange = z.strictObject({ from: z.int().min(0), to: z.int().min(0) });

const threshold = z.strictObject({
  refId: nonEmpty,
  datasource: z.strictObject({ type: z.literal('__expr__'), uid: z.literal('__expr__') }),
  type: z.literal('threshold'),
  expression: nonEmpty,
  conditions: z
    .array(
      z.strictObject({
        evaluator: z.strictObject({
          type: z.enum(['gt', 'lt', 'within_range', 'outside_range']),
          params: z.array(z.number()).min(1).max(2),
        }),
      })
    )
    .length(1),
});

/** The core SQL data sources' query model (PostgreSQL and MySQL take the same one). */
const sqlQuery = z.strictObject({
  refId: nonEmpty,
  datasource: z.strictObject({ type: nonEmpty, uid }),
  editorMode: z.enum(['code', 'builder']),
  format: z.enum(['table', 'time_series']),
  rawQuery: z.boolean(),
  rawSql: nonEmpty,
});

const query = z.strictObject({
  refId: nonEmpty,
  queryType: z.string().optional(),
  relativeTimeRange,
  datasourceUid: nonEmpty,
  model: z.union([threshold, sqlQuery]),
});

const rule = z.strictObject({
  uid,
  title: nonEmpty,
  condition: nonEmpty,
  data: z.array(query).min(1),
  dashboardUid: z.string().optional(),
  panelId: z.int().optional(),
  noDataState: z.enum(['Alerting', 'NoData', 'OK', 'KeepLast']),
  execErrState: z.enum(['Alerting', 'Error', 'OK', 'KeepLast']),
  for: duration,
  keepFiringFor: duration.optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  isPaused: z.boolean().optional(),
});

export const ruleFileSchema = z.strictObject({
  apiVersion: z.literal(1),
  groups: z
    .array(
      z.strictObject({
        orgId: z.int().min(1),
        name: nonEmpty,
        folder: nonEmpty,
        interval: duration,
        rules: z.array(rule).min(1),
      })
    )
    .min(1),
});

export type RuleFile = z.infer<typeof ruleFileSchema>;

/** What Grafana would refuse or misread in a rule file: schema errors, then the checks across fields. */
export function ruleFileProblems(document: unknown): string[] {
  const parsed = ruleFileSchema.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  const problems: string[] = [];
  const uids = new Set<string>();
  for (const group of parsed.data.groups) {
    const titles = new Set<string>();
    for (const r of group.rules) {
      if (uids.has(r.uid)) {
        problems.push(`rule uid ${r.uid} is used twice`);
      }
      uids.add(r.uid);
      if (titles.has(r.title)) {
        problems.push(`two rules of group ${group.name} are titled "${r.title}"`);
      }
      titles.add(r.title);
      const refIds = r.data.map((q) => q.refId);
      if (!refIds.includes(r.condition)) {
        problems.push(`${r.uid}: the condition ${r.condition} is none of its queries (${refIds.join(', ')})`);
      }
      for (const q of r.data) {
        if (q.model.refId !== q.refId) {
          problems.push(`${r.uid}: query ${q.refId} has a model whose refId is ${q.model.refId}`);
        }
        if (q.model.datasource.uid !== q.datasourceUid) {
          problems.push(
            `${r.uid}: query ${q.refId} names the data source ${q.datasourceUid} and ${q.model.datasource.uid}`
          );
        }
        if ('type' in q.model) {
          if (!refIds.includes(q.model.expression)) {
            problems.push(`${r.uid}: expression ${q.refId} reads ${q.model.expression}, which is no query of the rule`);
          }
          const { type, params } = q.model.conditions[0].evaluator;
          if (params.length !== (type === 'gt' || type === 'lt' ? 1 : 2)) {
            problems.push(`${r.uid}: threshold ${type} takes ${type === 'gt' || type === 'lt' ? 1 : 2} parameters`);
          }
        } else if (q.relativeTimeRange.from <= q.relativeTimeRange.to) {
          // Grafana refuses a data source query whose range does not start before it ends (AlertQuery.PreSave)
          problems.push(`${r.uid}: query ${q.refId} has an empty relative time range`);
        }
      }
    }
  }
  return problems;
}
