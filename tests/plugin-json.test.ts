import fs from 'fs';
import path from 'path';

import {
  findNestedPlugins,
  missingIncludeFiles,
  type PluginJson,
  readJson,
  validateNesting,
  validatePluginJson,
} from './lib/pluginJson';

const repo = path.resolve(__dirname, '..');
const src = path.join(repo, 'src');
const dist = path.join(repo, 'dist');

const EXPECTED = [
  { folder: 'datasource', id: 'seed-salesperf-datasource', type: 'datasource' },
  { folder: 'panels/attainment', id: 'seed-attainment-panel', type: 'panel' },
  { folder: 'panels/funnel', id: 'seed-salesfunnel-panel', type: 'panel' },
  { folder: 'panels/scorecard', id: 'seed-repscorecard-panel', type: 'panel' },
];

describe('plugin.json in src', () => {
  const app = readJson<PluginJson>(path.join(src, 'plugin.json'));
  const nested = findNestedPlugins(src);

  it('the app follows the plugin.json rules', () => {
    expect(validatePluginJson(app, 'src/plugin.json')).toEqual([]);
    expect(app.id).toBe('seed-salesperf-app');
    expect(app.type).toBe('app');
  });

  it('holds exactly the four nested plugins with their public ids', () => {
    expect(nested.map((plugin) => ({ folder: plugin.folder, id: plugin.json.id, type: plugin.json.type }))).toEqual(
      EXPECTED
    );
  });

  it.each(EXPECTED)('$id follows the plugin.json rules and has its logos', ({ folder }) => {
    const plugin = nested.find((candidate) => candidate.folder === folder)!;
    expect(validatePluginJson(plugin.json, `src/${folder}/plugin.json`)).toEqual([]);
    for (const logo of Object.values(plugin.json.info!.logos!)) {
      expect(fs.existsSync(path.join(src, folder, logo!))).toBe(true);
    }
  });

  it('nested plugins take version and Grafana dependency from the app', () => {
    for (const plugin of nested) {
      expect(plugin.json.info!.version).toBe(app.info!.version);
      expect(plugin.json.info!.updated).toBe(app.info!.updated);
      expect(plugin.json.dependencies!.grafanaDependency).toBe(app.dependencies!.grafanaDependency);
    }
  });

  it('the app lists every nested plugin in includes with a matching type', () => {
    expect(validateNesting(app, nested)).toEqual([]);
  });
});

describe('the plugin.json rules reject broken files', () => {
  const valid: PluginJson = readJson<PluginJson>(path.join(src, 'panels/funnel/plugin.json'));

  it('a malformed id', () => {
    expect(validatePluginJson({ ...valid, id: 'Seed_Funnel' }, 'x')).toEqual([
      expect.stringContaining('id "Seed_Funnel" does not match'),
    ]);
  });

  it('an id whose suffix is not its type', () => {
    expect(validatePluginJson({ ...valid, id: 'seed-funnel-datasource' }, 'x')).toEqual([
      expect.stringContaining('does not end with its type "panel"'),
    ]);
  });

  it('missing logos, version, keywords and Grafana dependency', () => {
    const broken = { ...valid, info: { updated: '2026-01-01', keywords: [] }, dependencies: {} };
    expect(validatePluginJson(broken, 'x')).toEqual([
      'x: info.logos is required',
      'x: info.version is required',
      'x: info.keywords needs at least one keyword',
      'x: dependencies.grafanaDependency is required',
    ]);
  });

  it('a nested plugin missing from the includes, and an include of the wrong type', () => {
    const app = readJson<PluginJson>(path.join(src, 'plugin.json'));
    const nested = findNestedPlugins(src);
    const withoutFunnel = { ...app, includes: app.includes!.filter((i) => i.path !== 'panels/funnel/plugin.json') };
    expect(validateNesting(withoutFunnel, nested)).toEqual([
      'app includes has no entry with path "panels/funnel/plugin.json" for seed-salesfunnel-panel',
    ]);
    const wrongType = {
      ...app,
      includes: app.includes!.map((i) => (i.path === 'datasource/plugin.json' ? { ...i, type: 'panel' } : i)),
    };
    expect(validateNesting(wrongType, nested)).toEqual([
      'app includes lists "datasource/plugin.json" as type "panel" but seed-salesperf-datasource is a datasource',
    ]);
  });

  it('an include path that does not exist', () => {
    const app = { ...valid, includes: [{ type: 'dashboard', name: 'Gone', path: 'dashboards/gone.json' }] };
    expect(missingIncludeFiles(app, src)).toEqual([
      `dashboard "Gone": ${path.join(src, 'dashboards/gone.json')} does not exist`,
    ]);
  });
});

describe('plugin.json in dist after a build', () => {
  if (!fs.existsSync(path.join(dist, 'plugin.json'))) {
    it('needs a build', () => {
      throw new Error('dist/plugin.json is missing: run `npm run build` before the tests (npm test does)');
    });
    return;
  }
  const app = readJson<PluginJson>(path.join(dist, 'plugin.json'));
  const nested = findNestedPlugins(dist);

  it('every include path exists in dist', () => {
    expect(missingIncludeFiles(app, dist)).toEqual([]);
  });

  it('the app and each nested plugin have plugin.json and module.js, with the version filled in', () => {
    const version = readJson<{ version: string }>(path.join(repo, 'package.json')).version;
    for (const folder of ['.', ...EXPECTED.map((plugin) => plugin.folder)]) {
      const json = readJson<PluginJson>(path.join(dist, folder, 'plugin.json'));
      expect(validatePluginJson(json, `dist/${folder}/plugin.json`)).toEqual([]);
      expect(json.info!.version).toBe(version);
      expect(fs.statSync(path.join(dist, folder, 'module.js')).size).toBeGreaterThan(0);
    }
    expect(validateNesting(app, nested)).toEqual([]);
  });
});
