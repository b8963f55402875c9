import fs from 'fs';
import path from 'path';

import type { Filter } from '../../../src/sales/types';

/** The parts of a dashboard's JSON (schema v1, as Grafana 12 saves it) that the checks read. */

export interface DataSourceRef {
  type?: string;
  uid?: string;
}

export interface GridPos {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Override {
  matcher: { id: string; options?: unknown };
  properties: Array<{ id: string; value?: unknown }>;
}

/** A saved target: Grafana's fields and, for the sales data source, a SalesQuery's (unchecked: the checks read them). */
export interface Target {
  refId?: string;
  datasource?: DataSourceRef;
  hide?: boolean;
  kind?: string;
  metrics?: unknown[];
  groupBy?: string[];
  filters?: Filter[];
  [field: string]: unknown;
}

export interface Panel {
  id?: number;
  type: string;
  title?: string;
  gridPos?: GridPos;
  datasource?: DataSourceRef;
  targets?: Target[];
  options?: Record<string, unknown>;
  fieldConfig?: { defaults?: Record<string, unknown>; overrides?: Override[] };
  transformations?: Array<{ id: string; options?: unknown }>;
  timeFrom?: string;
  timeShift?: string;
  collapsed?: boolean;
  panels?: Panel[];
}

export interface Variable {
  type: string;
  name: string;
  datasource?: DataSourceRef;
  query?: unknown;
  multi?: boolean;
  includeAll?: boolean;
  current?: { text?: unknown; value?: unknown };
}

export interface Dashboard {
  uid?: string;
  title?: string;
  schemaVersion?: number;
  time?: { from: string; to: string };
  refresh?: string;
  fiscalYearStartMonth?: number;
  tags?: string[];
  panels?: Panel[];
  templating?: { list?: Variable[] };
  links?: Array<{ type: string; url?: string; tags?: string[] }>;
}

export const REPO = path.resolve(__dirname, '../../..');
export const DASHBOARD_FOLDER = path.join(REPO, 'dashboards');

/** The committed dashboards: every *.json directly under dashboards/. */
export function readCommittedDashboards(): Array<{ file: string; json: Dashboard }> {
  return fs
    .readdirSync(DASHBOARD_FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      json: JSON.parse(fs.readFileSync(path.join(DASHBOARD_FOLDER, file), 'utf8')) as Dashboard,
    }));
}

/** Every panel, rows and the panels of collapsed rows included. */
export function allPanels(dashboard: Dashboard): Panel[] {
  return (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
}

/** The panels that show data (rows are headings). */
export function dataPanels(dashboard: Dashboard): Panel[] {
  return allPanels(dashboard).filter((panel) => panel.type !== 'row');
}

/** A panel's targets that run (hidden ones do not). */
export function activeTargets(panel: Panel): Target[] {
  return (panel.targets ?? []).filter((target) => !target.hide);
}

export function panelName(panel: Panel): string {
  return `panel ${panel.id ?? '?'} "${panel.title ?? ''}"`;
}
