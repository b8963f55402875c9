import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import { ALERT_RULES_FILE } from '../dashboards/src/alerts/provisioning';
import { parseCompose } from './lib/compose';
import { findNestedPlugins, type PluginJson, readJson } from './lib/pluginJson';

const repo = path.resolve(__dirname, '..');
const readYaml = <T>(file: string): T => parse(fs.readFileSync(path.join(repo, file), 'utf8')) as T;

const app = readJson<PluginJson>(path.join(repo, 'src/plugin.json'));
const datasourceId = findNestedPlugins(path.join(repo, 'src')).find((p) => p.json.type === 'datasource')!.json.id;

interface ProvisionedDatasource {
  name: string;
  type: string;
  uid: string;
  jsonData?: Record<string, unknown>;
}

describe('provisioning', () => {
  const { datasources } = readYaml<{ datasources: ProvisionedDatasource[] }>(
    'provisioning/datasources/datasources.yaml'
  );

  it('enables the app by its plugin id', () => {
    const { apps } = readYaml<{ apps: Array<{ type: string; disabled: boolean }> }>('provisioning/plugins/apps.yaml');
    expect(apps).toEqual([expect.objectContaining({ type: app.id, disabled: false })]);
  });

  it('provisions the sales data source pointing at the warehouse data source by uid', () => {
    const sales = datasources.find((ds) => ds.type === datasourceId);
    expect(sales).toBeDefined();
    const warehouse = datasources.find((ds) => ds.uid === sales!.jsonData!.warehouseUid);
    expect(warehouse).toMatchObject({ type: 'grafana-postgresql-datasource', uid: 'salesperf-warehouse' });
    expect(new Set(datasources.map((ds) => ds.uid)).size).toBe(datasources.length);
  });

  it('reads the warehouse through the read-only user', () => {
    const warehouse = datasources.find((ds) => ds.uid === 'salesperf-warehouse') as ProvisionedDatasource & {
      user: string;
    };
    expect(warehouse.user).toBe('salesperf_reader');
  });

  it('provisions the dashboards folder that docker-compose.yml mounts, with folders from the file structure', () => {
    const { providers } = readYaml<{
      providers: Array<{ options: { path: string; foldersFromFilesStructure: boolean } }>;
    }>('provisioning/dashboards/dashboards.yaml');
    const compose = parseCompose(fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8'));
    const dashboardMount = (compose.services!.grafana.volumes as string[]).find((v) => v.startsWith('./dashboards:'))!;
    const target = dashboardMount.split(':')[1];
    expect(providers).toHaveLength(1);
    expect(providers[0].options.foldersFromFilesStructure).toBe(true);
    expect(path.dirname(target)).toBe(providers[0].options.path);
  });

  it('mounts the alert rules where Grafana reads alerting provisioning at start', () => {
    const compose = parseCompose(fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8'));
    const mounts = (compose.services!.grafana.volumes as string[]).map((volume) => volume.split(':'));
    // Grafana reads <provisioning>/alerting/*.yaml; the default provisioning path is /etc/grafana/provisioning
    const provisioning = mounts.find(([, target]) => target === '/etc/grafana/provisioning');
    expect(provisioning?.[0]).toBe('./provisioning');
    expect(path.dirname(ALERT_RULES_FILE)).toBe('provisioning/alerting');
    expect(fs.existsSync(path.join(repo, ALERT_RULES_FILE))).toBe(true);
    expect(compose.services!.grafana.environment).not.toHaveProperty('GF_PATHS_PROVISIONING');
  });
});
