import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';

import { type ComposeContext, parseCompose, securityProblems, validateCompose, validateSeeding } from './lib/compose';
import { findNestedPlugins, type PluginJson, readJson } from './lib/pluginJson';

const repo = path.resolve(__dirname, '..');
const app = readJson<PluginJson>(path.join(repo, 'src/plugin.json'));
const context: ComposeContext = {
  repo,
  appId: app.id!,
  pluginIds: [app.id!, ...findNestedPlugins(path.join(repo, 'src')).map((plugin) => plugin.json.id!)],
  grafanaDependency: app.dependencies!.grafanaDependency!,
};
const text = fs.readFileSync(path.join(repo, 'docker-compose.yml'), 'utf8');

describe('docker-compose.yml', () => {
  it('mounts only existing paths, names only our plugin ids, and depends only on its services', () => {
    expect(validateCompose(parseCompose(text), context)).toEqual([]);
  });

  it('runs Grafana with the plugin built from this checkout and the provisioning mounted', () => {
    const { services } = parseCompose(text);
    expect(services!.grafana.volumes).toEqual(
      expect.arrayContaining([
        './dist:/var/lib/grafana/plugins/seed-salesperf-app:ro',
        './provisioning:/etc/grafana/provisioning:ro',
      ])
    );
    expect(services!.grafana.environment).toMatchObject({
      GF_AUTH_ANONYMOUS_ENABLED: 'true',
      GF_AUTH_ANONYMOUS_ORG_ROLE: 'Viewer',
    });
  });

  it("extends create-plugin's Grafana service from .config/docker-compose-base.yaml", () => {
    const raw = parse(text, { logLevel: 'silent' }) as {
      services: Record<string, { extends?: unknown }>;
    };
    expect(raw.services.grafana.extends).toEqual({ file: '.config/docker-compose-base.yaml', service: 'grafana' });
    const { services } = parseCompose(text);
    expect(services!.grafana.build).toMatchObject({ context: './.config', args: { grafana_image: 'grafana' } });
    expect(services!.grafana.volumes).toHaveLength(2);
  });

  it('publishes the warehouse on 127.0.0.1 only and takes the admin password from the environment, with no default', () => {
    expect(securityProblems(parseCompose(text))).toEqual([]);
  });

  it('seeds the warehouse with the salesperf CLI before Grafana starts', () => {
    expect(validateSeeding(parseCompose(text))).toEqual([]);
  });

  describe('the checks fail on a broken file', () => {
    it('a warehouse port open to the network, or an admin password written in the file', () => {
      const broken = parseCompose(
        text
          .replace("'127.0.0.1:5432:5432'", "'5432:5432'")
          .replace(/GF_SECURITY_ADMIN_PASSWORD: .*/, 'GF_SECURITY_ADMIN_PASSWORD: admin')
      );
      expect(securityProblems(broken)).toEqual([
        'service warehouse publishes 5432:5432 on every network interface: bind it to 127.0.0.1',
        'service grafana sets GF_SECURITY_ADMIN_PASSWORD to "admin": take it from the environment without a default (${GF_SECURITY_ADMIN_PASSWORD:?…})',
      ]);
      const defaulted = parseCompose(
        text.replace(
          /GF_SECURITY_ADMIN_PASSWORD: .*/,
          'GF_SECURITY_ADMIN_PASSWORD: ${GF_SECURITY_ADMIN_PASSWORD:-admin}'
        )
      );
      expect(securityProblems(defaulted)).toEqual([
        'service grafana sets GF_SECURITY_ADMIN_PASSWORD to "${GF_SECURITY_ADMIN_PASSWORD:-admin}": take it from the environment without a default (${GF_SECURITY_ADMIN_PASSWORD:?…})',
      ]);
    });

    it("create-plugin's development defaults: Grafana on every interface, the checkout writable, anonymous Admins", () => {
      const broken = parseCompose(
        text
          .replace('ports: !override', 'ports:')
          .replace('volumes: !override', 'volumes:')
          .replace('      GF_DEFAULT_APP_MODE: production\n', '')
          .replace('      GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer\n', '')
      );
      expect(securityProblems(broken)).toEqual([
        'service grafana publishes 3000:3000/tcp on every network interface: bind it to 127.0.0.1',
        'service grafana mounts ./:/root/seed-salesperf-app writable: mount it :ro',
        "service grafana keeps create-plugin's anonymous Admin role: set GF_AUTH_ANONYMOUS_ORG_ROLE",
        "service grafana keeps create-plugin's development mode: set GF_DEFAULT_APP_MODE to production",
      ]);
    });

    it('a seed service that loads another database or can run only once', () => {
      const broken = parseCompose(
        text.replace('@warehouse:5432/sales', '@localhost:5432/sales').replace('      - --replace\n', '')
      );
      expect(validateSeeding(broken)).toEqual([
        'service seed connects to postgres://salesperf_owner:salesperf_owner@localhost:5432/sales, not to the warehouse service (postgres://salesperf_owner:salesperf_owner@warehouse:5432/sales)',
        'service seed lacks --replace, so a second `docker compose up` would fail',
      ]);
    });

    it('Grafana starting before the seed is done', () => {
      const broken = parseCompose(text.replace('      seed:\n        condition: service_completed_successfully\n', ''));
      expect(validateSeeding(broken)).toEqual(['service grafana does not wait for the seed to complete']);
    });

    it('a mount of a path that does not exist', () => {
      const broken = parseCompose(text.replace('./provisioning:/etc', './provisionin:/etc'));
      expect(validateCompose(broken, context)).toEqual(['service grafana mounts ./provisionin, which does not exist']);
    });

    it('an unsigned plugin id that no plugin.json declares', () => {
      const broken = parseCompose(text.replace('seed-salesfunnel-panel,', 'seed-salefunnel-panel,'));
      expect(validateCompose(broken, context)).toEqual([
        'service grafana allows unsigned plugin "seed-salefunnel-panel", which no plugin.json declares',
        'service grafana does not allow the unsigned plugin seed-salesfunnel-panel',
      ]);
    });

    it('the plugin mounted under another id', () => {
      const broken = parseCompose(text.replace('plugins/seed-salesperf-app:ro', 'plugins/seed-sales-app:ro'));
      expect(validateCompose(broken, context)).toEqual([
        'service grafana mounts the plugin as "seed-sales-app", not as seed-salesperf-app',
      ]);
    });

    it('a depends_on that names no service', () => {
      const broken = parseCompose(
        text.replace('      warehouse:\n        condition', '      warehous:\n        condition')
      );
      expect(validateCompose(broken, context)).toEqual(['service seed depends_on "warehous", which is no service']);
    });

    it('a Grafana image that is not pinned or too old', () => {
      expect(
        validateCompose(parseCompose(text.replace('grafana_version: 12.4.0', 'grafana_version: latest')), context)
      ).toEqual(['service grafana image "grafana/grafana:latest" is not a pinned Grafana version']);
      expect(
        validateCompose(parseCompose(text.replace('grafana_version: 12.4.0', 'grafana_version: 11.6.0')), context)
      ).toEqual([`service grafana runs 11.6.0, which does not satisfy ${context.grafanaDependency}`]);
      // without our args, the base file's image: create-plugin's default, chosen by environment variables
      expect(validateCompose(parseCompose(text.replace(/ {4}build:\n {6}args:\n(?: {8}.*\n)+/, '')), context)).toEqual([
        'service grafana image "grafana/${GRAFANA_IMAGE:-grafana-enterprise}:${GRAFANA_VERSION:-12.4.0}" is not a pinned Grafana version',
      ]);
    });
  });
});
