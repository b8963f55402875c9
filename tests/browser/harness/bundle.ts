/*
 * Bundles the harness page (page/main.tsx with React, @grafana/*, d3, rxjs, lodash, emotion and
 * SystemJS) with esbuild, which comes with tsx. The bundle is cached under the system's temporary
 * folder by a hash of its inputs (the page's sources and the lockfile), so only the first run pays.
 */
import crypto from 'crypto';
import { build, type Plugin } from 'esbuild';
import fs from 'fs';
import os from 'os';
import path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const PAGE_SOURCES = [
  path.join(__dirname, 'page'),
  path.join(REPO, 'tests/datasource/lib'),
  path.join(REPO, 'src/testing'),
];

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Sales Performance harness</title>
    <link rel="stylesheet" href="/harness/bundle.css" />
    <script>
      // what Grafana's index.html sets before its bundle runs
      window.__grafana_public_path__ = '/public/';
      window.grafanaBootData = {
        assets: { dark: '', light: '' },
        settings: { appSubUrl: '', buildInfo: { version: '12.4.2', edition: 'Open Source' }, featureToggles: {} },
        user: { theme: 'dark', lightTheme: false, language: 'en-US', timezone: 'browser', weekStart: 'monday' },
        navTree: [],
      };
    </script>
  </head>
  <body>
    <div id="root"></div>
    <script src="/harness/bundle.js"></script>
  </body>
</html>
`;

function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(full);
      } else if (/\.(ts|tsx)$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  PAGE_SOURCES.forEach(visit);
  for (const file of [...files.sort(), path.join(REPO, 'package-lock.json'), __filename]) {
    hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Grafana builds its packages from their TypeScript sources, where `import Scrollbars from
 * 'react-custom-scrollbars-2'` takes the CommonJS module's `exports.default` (it sets __esModule). From
 * the published .mjs files esbuild follows Node's rule instead (the default import is module.exports)
 * and hands @grafana/ui an object for a component. These packages are imported through a shim written
 * as plain ESM, where the default import means what the sources meant.
 */
const CJS_WITH_ES_MODULE_DEFAULT = ['react-custom-scrollbars-2'];

const esModuleDefaults: Plugin = {
  name: 'es-module-defaults',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${CJS_WITH_ES_MODULE_DEFAULT.join('|')})$`);
    pluginBuild.onResolve({ filter }, (args) =>
      args.namespace === 'es-module-default'
        ? undefined
        : { path: args.path, namespace: 'es-module-default', pluginData: args.resolveDir }
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'es-module-default' }, (args) => {
      const target = JSON.stringify(require.resolve(args.path, { paths: [args.pluginData as string] }));
      return {
        contents: `import * as namespace from ${target};\nexport default namespace.default;\nexport * from ${target};\n`,
        loader: 'js',
        resolveDir: args.pluginData as string,
      };
    });
  },
};

/** The folder holding index.html and bundle.js, bundled now unless an identical bundle exists. */
export async function bundleHarnessPage(): Promise<string> {
  const dir = path.join(os.tmpdir(), 'salesperf-browser-harness', inputsHash());
  const bundle = path.join(dir, 'bundle.js');
  if (fs.existsSync(bundle) && fs.existsSync(path.join(dir, 'index.html'))) {
    return dir;
  }
  const staging = `${dir}.${process.pid}`;
  fs.mkdirSync(staging, { recursive: true });
  try {
    await build({
      entryPoints: [path.join(__dirname, 'page', 'main.tsx')],
      bundle: true,
      outfile: path.join(staging, 'bundle.js'),
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      // the code editor's icon font: no panel here draws a code editor
      loader: { '.svg': 'text', '.woff2': 'empty', '.woff': 'empty', '.ttf': 'empty' },
      plugins: [esModuleDefaults],
      minify: true,
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'error',
    });
    fs.writeFileSync(path.join(staging, 'index.html'), INDEX_HTML);
    // bundles of other inputs a day old are of no further use (newer ones may serve another checkout's run)
    for (const old of fs.readdirSync(path.dirname(dir))) {
      const oldPath = path.join(path.dirname(dir), old);
      if (!old.includes('.') && Date.now() - fs.statSync(oldPath).mtimeMs > 86_400_000) {
        fs.rmSync(oldPath, { recursive: true, force: true });
      }
    }
    // another process (a parallel jest worker) may have finished the same bundle meanwhile: keep
    // theirs, which a server may already be serving
    if (!fs.existsSync(dir)) {
      fs.renameSync(staging, dir);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}
