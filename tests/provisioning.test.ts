import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import { ALERT_RULES_FILE } from '../dashboards/src/alerts/provisioning';
import { bindMounts, parseCompose } from './lib/compose';
import { type DashboardDelivery, dashboardDeliveryProblems } from './lib/dashboardDelivery';
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

  describe("dashboards reach Grafana one way: as the app's includes, imported when the app is enabled", () => {
    const compose = parseCompose(fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8'));
    const providersDir = path.join(repo, 'provisioning/dashboards');
    const delivery: DashboardDelivery = {
      includes: app.includes ?? [],
      // what the build copies into the app: dashboards/*.json and their zh-Hans copies
      bundled: Object.fromEntries(
        ['dashboards', 'dashboards/zh-Hans'].flatMap((folder) =>
          fs
            .readdirSync(path.join(repo, folder))
            .filter((file) => file.endsWith('.json'))
            .map((file) => [`${folder}/${file}`, readJson<{ uid?: string }>(path.join(repo, folder, file)).uid])
        )
      ),
      providerFiles: fs.existsSync(providersDir) ? fs.readdirSync(providersDir) : [],
      grafanaMounts: bindMounts(compose.services!.grafana),
    };

    it('every bundled dashboard is an include with its uid; no file provider or mount brings them again', () => {
      expect(Object.keys(delivery.bundled).length).toBeGreaterThan(0);
      expect(dashboardDeliveryProblems(delivery)).toEqual([]);
    });

    it('fails on a second path or a wrong include', () => {
      const [first, second] = delivery.includes.filter((include) => include.type === 'dashboard');
      expect(
        dashboardDeliveryProblems({
          ...delivery,
          includes: delivery.includes.map((include) => (include === second ? { ...include, uid: first.uid } : include)),
          providerFiles: ['dashboards.yaml'],
          grafanaMounts: [
            ...delivery.grafanaMounts,
            { source: './dashboards', target: '/var/lib/grafana/dashboards/Sales Performance' },
          ],
        })
      ).toEqual([
        `include "${second.name}" says uid ${first.uid}, but ${second.path} has uid ${second.uid}`,
        "provisioning/dashboards/dashboards.yaml file-provisions dashboards beside the app's includes, which Grafana already imports: two paths saving one uid collide",
        "service grafana mounts ./dashboards at /var/lib/grafana/dashboards/Sales Performance: the app's includes already bring these dashboards",
      ]);
      const { [first.path!]: _dropped, ...withoutFirst } = delivery.bundled;
      expect(
        dashboardDeliveryProblems({ ...delivery, bundled: { ...withoutFirst, 'dashboards/extra.json': 'x' } })
      ).toEqual([
        `include "${first.name}" names ${first.path}, which the app does not bundle`,
        'dashboards/extra.json is bundled but no app include names it, so Grafana never imports it',
      ]);
    });
  });

  it('mounts the alert rules where Grafana reads alerting provisioning at start', () => {
    const compose = parseCompose(fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8'));
    // Grafana reads <provisioning>/alerting/*.yaml; the default provisioning path is /etc/grafana/provisioning
    const provisioning = bindMounts(compose.services!.grafana).find(
      ({ target }) => target === '/etc/grafana/provisioning'
    );
    expect(provisioning?.source).toBe('./provisioning');
    expect(path.dirname(ALERT_RULES_FILE)).toBe('provisioning/alerting');
    expect(fs.existsSync(path.join(repo, ALERT_RULES_FILE))).toBe(true);
    expect(compose.services!.grafana.environment).not.toHaveProperty('GF_PATHS_PROVISIONING');
  });
});
