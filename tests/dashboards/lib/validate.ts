import { QUERY_KINDS } from '../../../src/sales/kinds';
import { normalizeOptions as normaliseAttainmentOptions } from '../../../src/panels/attainment/migrations';
import { normalizeOptions as normaliseFunnelOptions } from '../../../src/panels/funnel/migrations';
import { normalizeOptions as normaliseScorecardOptions } from '../../../src/panels/scorecard/migrations';
import { DIMENSION_IDS } from '../../../src/sales/catalog/dimensions';
import { getMetric, METRIC_IDS } from '../../../src/sales/catalog/metrics';
import { compileQuery } from '../../../src/sales/engine';
import { TARGET_METRICS } from '../../../src/sales';
import type { Dialect, SalesQuery } from '../../../src/sales/types';
import { FIELD_MATCHER_IDS, TRANSFORMER_IDS } from './grafanaIds';
import {
  allPanels,
  type Dashboard,
  type DataSourceRef,
  dataPanels,
  type Panel,
  panelName,
  type Target,
  type Variable,
} from './model';
import { panelRange, resolveQuery, type Selection, type TimeRange, variableName } from './resolve';

/** Grafana's own panel plugins (12.x) that dashboards of the pack may use. */
export const CORE_PANEL_TYPES = [
  'alertlist',
  'annolist',
  'barchart',
  'bargauge',
  'candlestick',
  'canvas',
  'dashlist',
  'gauge',
  'geomap',
  'heatmap',
  'histogram',
  'news',
  'nodeGraph',
  'piechart',
  'row',
  'stat',
  'state-timeline',
  'status-history',
  'table',
  'text',
  'timeseries',
  'trend',
  'xychart',
];

const DIALECTS: Dialect[] = ['postgres', 'mysql', 'clickhouse', 'duckdb'];
const GRID_COLUMNS = 24;
const UID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const KINDS: string[] = QUERY_KINDS;
/** A deal amount the compile check gives a commission query's whatIf variable (a number, as the variable's values are). */
const SAMPLE_DEAL = 25_000;
const TRANSFORMERS = new Set(TRANSFORMER_IDS);
const MATCHERS = new Set(FIELD_MATCHER_IDS);

export interface ValidationContext {
  /** The provisioned data sources (uid and plugin type). */
  datasources: Array<{ uid: string; type: string }>;
  /** The panel plugin ids of the pack. */
  panelTypes: string[];
  /** The uid of the pack's sales data source plugin type. */
  salesDatasourceType: string;
  /** The uids of the bundled dashboards (targets of links). */
  dashboardUids: string[];
  /** The dashboard schema version of the Grafana release the pack targets. */
  schemaVersion: number;
}

/** The clock compile checks use: any fixed instant will do, the SQL text is what is checked. */
const COMPILE_CLOCK = { now: Date.UTC(2026, 4, 14, 12), timeZone: 'UTC' };

/** A dashboard's problems, each naming the dashboard, the panel or variable, and what is wrong. */
export function validateDashboard(dashboard: Dashboard, context: ValidationContext): string[] {
  const where = `dashboard "${dashboard.title ?? dashboard.uid ?? '?'}"`;
  const problems: string[] = [];
  const report = (text: string) => problems.push(`${where}: ${text}`);

  if (dashboard.schemaVersion !== context.schemaVersion) {
    report(
      `schemaVersion is ${String(dashboard.schemaVersion)}, not ${context.schemaVersion} (Grafana's current dashboard schema)`
    );
  }
  if (!dashboard.uid || !UID_PATTERN.test(dashboard.uid)) {
    report(`uid "${String(dashboard.uid)}" is not 1–40 letters, digits, - or _`);
  }
  if (!dashboard.title) {
    report('has no title');
  }

  try {
    panelRange(dashboard, { type: 'dashboard time' }, COMPILE_CLOCK);
  } catch (error) {
    report(
      `time ${JSON.stringify(dashboard.time)} cannot be read: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  checkGrid(dashboard, report);
  const variables = dashboard.templating?.list ?? [];
  checkVariables(variables, context, report);
  const variableNames = new Set(variables.map((variable) => variable.name));

  for (const panel of dataPanels(dashboard)) {
    const name = panelName(panel);
    if (![...CORE_PANEL_TYPES, ...context.panelTypes].includes(panel.type)) {
      report(
        `${name} has type "${panel.type}", which is neither a core panel nor one of the pack's (${context.panelTypes.join(', ')})`
      );
    }
    if (panel.datasource) {
      checkDatasource(panel.datasource, `${name}`, context, report);
    }
    for (const target of panel.targets ?? []) {
      const targetName = `${name} target ${target.refId ?? '?'}`;
      const ref = target.datasource ?? panel.datasource;
      if (!ref) {
        report(`${targetName} has no data source`);
        continue;
      }
      checkDatasource(ref, targetName, context, report);
      if (ref.type === context.salesDatasourceType && !target.hide) {
        checkSalesQuery(target, targetName, variableNames, report, rangeOrUndefined(dashboard, panel));
      }
    }
    checkTimeOverride(dashboard, panel, name, report);
    checkTransformations(panel, name, report);
    checkFieldConfig(panel, name, context, report);
    checkPluginOptions(panel, name, report);
  }
  return problems;
}

function checkGrid(dashboard: Dashboard, report: (text: string) => void): void {
  const panels = allPanels(dashboard);
  const ids = new Map<number, number>();
  for (const panel of panels) {
    if (!Number.isInteger(panel.id) || panel.id! < 1) {
      report(`${panelName(panel)} has no positive integer id`);
    } else {
      ids.set(panel.id!, (ids.get(panel.id!) ?? 0) + 1);
    }
  }
  for (const [id, count] of ids) {
    if (count > 1) {
      report(`panel id ${id} is used by ${count} panels`);
    }
  }
  const placed = (dashboard.panels ?? []).filter((panel) => {
    const pos = panel.gridPos;
    const name = panelName(panel);
    if (!pos) {
      report(`${name} has no gridPos`);
      return false;
    }
    const { x, y, w, h } = pos;
    if (![x, y, w, h].every(Number.isInteger)) {
      report(`${name} has a gridPos that is not whole grid units: ${JSON.stringify(pos)}`);
      return false;
    }
    if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > GRID_COLUMNS) {
      report(`${name} at x=${x} w=${w} y=${y} h=${h} is not inside the ${GRID_COLUMNS} grid columns`);
      return false;
    }
    return true;
  });
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i].gridPos!;
      const b = placed[j].gridPos!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        report(`${panelName(placed[i])} and ${panelName(placed[j])} overlap`);
      }
    }
  }
}

function checkDatasource(
  ref: DataSourceRef,
  what: string,
  context: ValidationContext,
  report: (text: string) => void
): void {
  const provisioned = context.datasources.find((datasource) => datasource.uid === ref.uid);
  if (!provisioned) {
    report(
      `${what} uses the data source uid "${String(ref.uid)}", which provisioning does not define (${context.datasources.map((d) => d.uid).join(', ')})`
    );
  } else if (ref.type !== undefined && ref.type !== provisioned.type) {
    report(
      `${what} names data source "${ref.uid}" with type "${ref.type}", but it is provisioned as "${provisioned.type}"`
    );
  }
}

function checkVariables(variables: Variable[], context: ValidationContext, report: (text: string) => void): void {
  const earlier = new Set<string>();
  for (const variable of variables) {
    const name = `variable $${variable.name}`;
    if (earlier.has(variable.name)) {
      report(`${name} is defined twice`);
    }
    if (variable.type === 'query') {
      if (!variable.datasource) {
        report(`${name} has no data source`);
      } else {
        checkDatasource(variable.datasource, name, context, report);
      }
      if (variable.datasource?.type === context.salesDatasourceType) {
        const query = variable.query as Target | undefined;
        if (!query || typeof query !== 'object' || query.kind !== 'values') {
          report(`${name} has a query that is not a values query: ${JSON.stringify(variable.query)}`);
        } else {
          // a variable can only depend on variables above it: Grafana resolves them in order
          checkSalesQuery(query, name, earlier, report, {
            from: COMPILE_CLOCK.now - 86_400_000,
            to: COMPILE_CLOCK.now,
          });
        }
      }
    }
    earlier.add(variable.name);
  }
}

/** The catalog ids a query names, each checked; then its SQL compiled for every dialect. */
function checkSalesQuery(
  target: Target,
  what: string,
  variables: Set<string>,
  reportOut: (text: string) => void,
  range: TimeRange | undefined
): void {
  const query = target as Partial<SalesQuery> & Record<string, unknown>;
  if (!KINDS.includes(String(query.kind))) {
    reportOut(`${what} has kind "${String(query.kind)}", not one of ${KINDS.join(', ')}`);
    return;
  }
  const found: string[] = [];
  const report = (text: string) => found.push(text);
  const metric = (id: unknown, role: string) => {
    if (!METRIC_IDS.includes(String(id))) {
      report(`${what} names the metric "${String(id)}" (${role}), which the catalog does not have`);
      return false;
    }
    return true;
  };
  const dimension = (id: unknown, role: string) => {
    if (!(DIMENSION_IDS as string[]).includes(String(id))) {
      report(`${what} names the dimension "${String(id)}" (${role}), which the catalog does not have`);
    }
  };
  switch (query.kind) {
    case 'metrics':
    case 'timeseries':
      for (const id of (query.metrics as unknown[]) ?? []) {
        if (metric(id, 'metrics') && getMetric(String(id)).targetBased) {
          report(
            `${what} asks kind ${query.kind} for the target metric "${String(id)}": target metrics come from kind attainment`
          );
        }
      }
      break;
    case 'scorecard':
      for (const entry of (query.metrics as Array<{ id?: unknown }>) ?? []) {
        metric(entry?.id, 'scorecard metric');
      }
      break;
    case 'forecast':
      metric(query.metric, 'forecast metric');
      break;
    case 'attainment':
      if (query.metric !== undefined && !(TARGET_METRICS as string[]).includes(String(query.metric))) {
        report(
          `${what} asks attainment of "${String(query.metric)}", not one of the target metrics ${TARGET_METRICS.join(', ')}`
        );
      }
      break;
    case 'commission': {
      const deal = typeof query.whatIf === 'string' ? variableName(query.whatIf) : undefined;
      if (deal !== undefined && !variables.has(deal)) {
        report(`${what} asks what a next deal of $${deal} pays, which is no variable of the dashboard`);
      }
      break;
    }
    case 'values':
      dimension(query.dimension, 'values of');
      break;
  }
  for (const id of (query.groupBy as unknown[]) ?? []) {
    dimension(id, 'groupBy');
  }
  for (const filter of query.filters ?? []) {
    dimension(filter.dimension, 'filter');
    for (const value of filter.values ?? []) {
      const name = variableName(String(value));
      if (name !== undefined && !variables.has(name)) {
        report(
          `${what} filters ${filter.dimension} by $${name}, which is no variable ${what.startsWith('variable') ? 'above it' : 'of the dashboard'}`
        );
      }
    }
  }
  if (found.length || !range) {
    // without a readable time range there is nothing to compile; checkTimeOverride says why
    found.forEach(reportOut);
    return;
  }
  // Compiled with every variable at All (no filters) and with every variable set to one value.
  const selections: Array<Map<string, Selection>> = [
    new Map([...variables].map((name) => [name, 'all' as Selection])),
    new Map([...variables].map((name) => [name, ['a value'] as Selection])),
  ];
  for (const selection of selections) {
    const resolved = resolveQuery(target, selection);
    if (resolved.kind === 'commission' && typeof resolved.whatIf === 'string') {
      resolved.whatIf = SAMPLE_DEAL;
    }
    for (const dialect of DIALECTS) {
      try {
        compileQuery(resolved, {
          dialect,
          location: { schema: 'sales' },
          range,
          currentTime: COMPILE_CLOCK.now,
          timeZone: COMPILE_CLOCK.timeZone,
          fiscalYearStartMonth: 1,
        });
      } catch (error) {
        reportOut(`${what} does not compile for ${dialect}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
  }
}

function rangeOrUndefined(dashboard: Dashboard, panel: Panel): TimeRange | undefined {
  try {
    return panelRange(dashboard, panel, COMPILE_CLOCK);
  } catch {
    return undefined;
  }
}

function checkTimeOverride(dashboard: Dashboard, panel: Panel, name: string, report: (text: string) => void): void {
  if (!panel.timeFrom && !panel.timeShift) {
    return;
  }
  try {
    const range = panelRange(dashboard, panel, COMPILE_CLOCK);
    if (!(range.to > range.from)) {
      report(
        `${name} has a relative time "${panel.timeFrom ?? ''}" / shift "${panel.timeShift ?? ''}" that gives an empty range`
      );
    }
  } catch (error) {
    report(
      `${name} has a relative time or time shift Grafana cannot read: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

function checkTransformations(panel: Panel, name: string, report: (text: string) => void): void {
  for (const transformation of panel.transformations ?? []) {
    if (!TRANSFORMERS.has(transformation.id)) {
      report(`${name} has the transformation "${transformation.id}", which Grafana does not have`);
    }
  }
}

function checkFieldConfig(
  panel: Panel,
  name: string,
  context: ValidationContext,
  report: (text: string) => void
): void {
  const overrides = panel.fieldConfig?.overrides ?? [];
  for (const override of overrides) {
    if (!MATCHERS.has(override.matcher.id)) {
      report(`${name} has an override matcher "${override.matcher.id}", which Grafana does not have`);
    }
  }
  const linkLists = [
    panel.fieldConfig?.defaults?.links,
    ...overrides.flatMap((override) =>
      override.properties.filter((property) => property.id === 'links').map((property) => property.value)
    ),
  ];
  for (const links of linkLists) {
    for (const link of (links as Array<{ url?: string }> | undefined) ?? []) {
      const uid = /^\/d\/([^/?]+)/.exec(link.url ?? '')?.[1];
      if (uid !== undefined && !context.dashboardUids.includes(uid)) {
        report(
          `${name} links to the dashboard uid "${uid}", which is none of the pack's (${context.dashboardUids.join(', ')})`
        );
      }
    }
  }
}

const OPTION_NORMALISERS: Record<string, (options: Record<string, unknown>) => unknown> = {
  'seed-salesfunnel-panel': normaliseFunnelOptions,
  'seed-attainment-panel': normaliseAttainmentOptions,
  'seed-repscorecard-panel': normaliseScorecardOptions,
};

/** The pack's panels: saved options are the panel's current shape, which its migration keeps as it is. */
function checkPluginOptions(panel: Panel, name: string, report: (text: string) => void): void {
  const normalise = OPTION_NORMALISERS[panel.type];
  if (!normalise) {
    return;
  }
  const options = panel.options ?? {};
  const normalised = normalise(options) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(options), ...Object.keys(normalised)])) {
    if (JSON.stringify(options[key]) !== JSON.stringify(normalised[key])) {
      report(
        `${name} option ${key} is ${JSON.stringify(options[key])}, which the panel's migration reads as ${JSON.stringify(normalised[key])}`
      );
    }
  }
}
