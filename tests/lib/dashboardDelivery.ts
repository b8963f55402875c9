import path from 'path';

/*
 * The pack's dashboards reach Grafana one way: as the app's dashboard includes. Grafana imports those
 * when the app is enabled (from the UI, the API or provisioning/plugins), marks them with the app's
 * plugin id, re-imports one whose `revision` changed when the plugin's version changes, and deletes
 * them when the app is disabled (pkg/services/plugindashboards). A file provider that saves the same
 * uids fights that import: Grafana refuses to import over a provisioned dashboard ("Cannot save
 * provisioned dashboard") and the provisioner overwrites an imported one, so the two flip.
 */

export interface DashboardInclude {
  type?: string;
  name?: string;
  path?: string;
  uid?: string;
}

export interface DashboardDelivery {
  /** the app's includes (src/plugin.json) */
  includes: DashboardInclude[];
  /** the uid of each dashboard JSON bundled with the app, by path relative to the app's root */
  bundled: Record<string, string | undefined>;
  /** dashboard provider files under provisioning/dashboards/ */
  providerFiles: string[];
  /** bind mounts of docker-compose.yml's grafana service */
  grafanaMounts: Array<{ source: string; target: string }>;
}

/** Ways a dashboard could reach Grafana other than once, as the app's include; empty when none. */
export function dashboardDeliveryProblems(delivery: DashboardDelivery): string[] {
  const problems: string[] = [];
  const includes = delivery.includes.filter((include) => include.type === 'dashboard');
  const seen = new Map<string, string>();
  for (const include of includes) {
    const file = include.path ?? '';
    if (!(file in delivery.bundled)) {
      problems.push(`include "${include.name}" names ${file}, which the app does not bundle`);
      continue;
    }
    const uid = delivery.bundled[file];
    if (!uid || uid !== include.uid) {
      problems.push(`include "${include.name}" says uid ${include.uid}, but ${file} has uid ${uid}`);
    }
    if (uid && seen.has(uid)) {
      problems.push(`${file} and ${seen.get(uid)} have the same uid ${uid}`);
    }
    if (uid) {
      seen.set(uid, file);
    }
  }
  for (const file of Object.keys(delivery.bundled)) {
    if (!includes.some((include) => include.path === file)) {
      problems.push(`${file} is bundled but no app include names it, so Grafana never imports it`);
    }
  }
  for (const file of delivery.providerFiles) {
    problems.push(
      `provisioning/dashboards/${file} file-provisions dashboards beside the app's includes, which Grafana already imports: two paths saving one uid collide`
    );
  }
  for (const mount of delivery.grafanaMounts) {
    const source = path.normalize(mount.source);
    const isPlugin = mount.target.startsWith('/var/lib/grafana/plugins/');
    if (
      !isPlugin &&
      (source === 'dashboards' || source.startsWith('dashboards/') || source.startsWith('dist/dashboards'))
    ) {
      problems.push(
        `service grafana mounts ${mount.source} at ${mount.target}: the app's includes already bring these dashboards`
      );
    }
  }
  return problems;
}
