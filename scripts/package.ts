/**
 * npm run package: zips the built plugin (dist/) into the archive Grafana installs, in the layout its
 * plugin catalog and `grafana cli --pluginUrl <zip> plugins install <id>` expect: one root folder
 * named after the app's plugin id holding plugin.json, module.js, the nested plugins and the
 * dashboards. Writes artifacts/<id>-<version>.zip and its .md5 beside it.
 *
 *   npm run package            # builds first (see package.json)
 *   tsx scripts/package.ts [dist] [out-dir]
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { zipSync } from 'fflate';

interface BuiltPlugin {
  id?: string;
  info?: { version?: string };
}

export interface PluginPackage {
  id: string;
  version: string;
  zip: Uint8Array;
}

function filesBelow(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The archive of the plugin built in dist, or an error naming what is wrong with the build. */
export function packagePlugin(dist: string): PluginPackage {
  const manifest = path.join(dist, 'plugin.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`${manifest} does not exist: build the plugin first (npm run build)`);
  }
  const plugin = JSON.parse(fs.readFileSync(manifest, 'utf8')) as BuiltPlugin;
  const id = plugin.id ?? '';
  const version = plugin.info?.version ?? '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new Error(`${manifest} has no valid plugin id (found "${id}")`);
  }
  if (!/^\d+\.\d+\.\d+/.test(version)) {
    throw new Error(`${manifest} has no built version (found "${version}"): build with npm run build`);
  }
  if (!fs.existsSync(path.join(dist, 'module.js'))) {
    throw new Error(`${path.join(dist, 'module.js')} does not exist: build the plugin first (npm run build)`);
  }
  const entries = Object.fromEntries(
    filesBelow(dist).map((file) => [`${id}/${file}`, new Uint8Array(fs.readFileSync(path.join(dist, file)))])
  );
  return { id, version, zip: zipSync(entries, { level: 9 }) };
}

/** Writes the archive and its MD5 (what the catalog and `grafana cli` publish beside a zip). */
export function writePackage(pkg: PluginPackage, outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${pkg.id}-${pkg.version}.zip`);
  fs.writeFileSync(file, pkg.zip);
  const md5 = crypto.createHash('md5').update(pkg.zip).digest('hex');
  fs.writeFileSync(`${file}.md5`, `${md5}  ${path.basename(file)}\n`);
  return file;
}

if (require.main === module) {
  const repo = path.resolve(__dirname, '..');
  const [dist = path.join(repo, 'dist'), outDir = path.join(repo, 'artifacts')] = process.argv.slice(2);
  try {
    const file = writePackage(packagePlugin(dist), outDir);
    console.log(`package: ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
  } catch (error) {
    console.error(`package: ${(error as Error).message}`);
    process.exit(1);
  }
}
