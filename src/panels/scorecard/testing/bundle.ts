/* Builds a browser bundle of a page for headless Chromium (the layout test and the benchmark). */
import { build, type Plugin } from 'esbuild';
import fs from 'fs';
import path from 'path';

/** React's profiling build: production speed, and <Profiler> reports render times. */
const profilingReactDom: Plugin = {
  name: 'profiling-react-dom',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^react-dom$/ }, () => ({ path: require.resolve('react-dom/profiling') }));
  },
};

/**
 * Bundles `entry` with esbuild (which comes with tsx) into `dir` next to an index.html that loads
 * it, and returns the page's file URL.
 */
export async function bundlePage(entry: string, dir: string, { profiling = false } = {}): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: path.join(dir, 'bundle.js'),
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.svg': 'text', '.woff2': 'empty', '.css': 'empty' },
    plugins: profiling ? [profilingReactDom] : [],
    minify: true,
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script src="bundle.js"></script></body></html>'
  );
  return `file://${path.join(dir, 'index.html')}`;
}
