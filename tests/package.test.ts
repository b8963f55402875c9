import fs from 'fs';
import os from 'os';
import path from 'path';
import { unzipSync } from 'fflate';

import { packagePlugin, writePackage } from '../scripts/package';
import { findNestedPlugins, type PluginJson, readJson } from './lib/pluginJson';

const repo = path.resolve(__dirname, '..');
const dist = path.join(repo, 'dist');

function fakeDist(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesperf-dist-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const built = JSON.stringify({ id: 'seed-example-app', type: 'app', info: { version: '1.2.3' } });

describe('npm run package', () => {
  it('puts every file of the build under one folder named after the plugin id, with an MD5 beside the zip', () => {
    const dir = fakeDist({
      'plugin.json': built,
      'module.js': 'x',
      'panels/a/plugin.json': '{}',
      'img/logo.svg': '<svg/>',
    });
    const pkg = packagePlugin(dir);
    expect(Object.keys(unzipSync(pkg.zip)).sort()).toEqual([
      'seed-example-app/img/logo.svg',
      'seed-example-app/module.js',
      'seed-example-app/panels/a/plugin.json',
      'seed-example-app/plugin.json',
    ]);
    const file = writePackage(pkg, path.join(dir, 'out'));
    expect(path.basename(file)).toBe('seed-example-app-1.2.3.zip');
    expect(fs.readFileSync(`${file}.md5`, 'utf8')).toMatch(/^[0-9a-f]{32} {2}seed-example-app-1\.2\.3\.zip\n$/);
  });

  it('refuses a missing or unbuilt dist, naming the file', () => {
    expect(() => packagePlugin(fakeDist({}))).toThrow(/plugin\.json does not exist: build the plugin first/);
    const unbuilt = JSON.stringify({ id: 'seed-example-app', info: { version: '%VERSION%' } });
    expect(() => packagePlugin(fakeDist({ 'plugin.json': unbuilt, 'module.js': 'x' }))).toThrow(
      /has no built version \(found "%VERSION%"\)/
    );
    expect(() => packagePlugin(fakeDist({ 'plugin.json': built }))).toThrow(/module\.js does not exist/);
  });

  describe('on the real build', () => {
    if (!fs.existsSync(path.join(dist, 'plugin.json'))) {
      it('needs a build', () => {
        throw new Error('dist/plugin.json is missing: run `npm run build` before the tests (npm test does)');
      });
      return;
    }
    const app = readJson<PluginJson>(path.join(dist, 'plugin.json'));
    const pkg = packagePlugin(dist);
    const entries = Object.keys(unzipSync(pkg.zip));

    it('holds the app, its includes and each nested plugin with its module under <app id>/', () => {
      expect(new Set(entries.map((entry) => entry.split('/')[0]))).toEqual(new Set([app.id]));
      const needed = [
        'plugin.json',
        'module.js',
        ...(app.includes ?? []).flatMap((include) => (include.type !== 'page' && include.path ? [include.path] : [])),
        ...findNestedPlugins(dist).flatMap((plugin) => [`${plugin.folder}/plugin.json`, `${plugin.folder}/module.js`]),
      ];
      expect(needed.filter((file) => !entries.includes(`${app.id}/${file}`))).toEqual([]);
    });
  });
});
