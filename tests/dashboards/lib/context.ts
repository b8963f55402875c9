import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import { defaultDashboard } from '@grafana/schema';

import { findNestedPlugins, type PluginJson, readJson } from '../../lib/pluginJson';
import { type Dashboard, REPO } from './model';
import type { ValidationContext } from './validate';

export interface ProvisionedDatasource {
  uid: string;
  type: string;
  jsonData?: Record<string, unknown>;
}

export function provisionedDatasources(): ProvisionedDatasource[] {
  const text = fs.readFileSync(path.join(REPO, 'provisioning/datasources/datasources.yaml'), 'utf8');
  return (parse(text) as { datasources: ProvisionedDatasource[] }).datasources;
}

export function appPluginJson(): PluginJson {
  return readJson<PluginJson>(path.join(REPO, 'src/plugin.json'));
}

/** What the checks compare dashboards with: provisioning, the pack's plugins and Grafana's schema version. */
export function validationContext(dashboards: Dashboard[]): ValidationContext {
  const nested = findNestedPlugins(path.join(REPO, 'src'));
  return {
    datasources: provisionedDatasources(),
    panelTypes: nested.filter((plugin) => plugin.json.type === 'panel').map((plugin) => plugin.json.id!),
    salesDatasourceType: nested.find((plugin) => plugin.json.type === 'datasource')!.json.id!,
    dashboardUids: dashboards.map((dashboard) => dashboard.uid!),
    schemaVersion: defaultDashboard.schemaVersion!,
  };
}
