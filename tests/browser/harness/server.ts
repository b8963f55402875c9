/*
 * The harness's web server on 127.0.0.1, in the part Grafana's server plays for a dashboard:
 *
 *   /public/plugins/<plugin id>/…  each built plugin's folder of dist/ (nested plugins under their own
 *                                  id, as Grafana serves them), so webpack's public path and chunks resolve
 *   /harness/…                     the harness page and its bundle
 *   POST /api/ds/query             Grafana's query endpoint for backend data sources, answered the way
 *                                  the SQL data sources' backend (sqleng) answers it: each query's rawSql
 *                                  runs on the warehouse of its data source uid, rows come back as wire
 *                                  frames, a failing query as a per-refId error with HTTP 400
 */
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

import type { Executor } from '../../../src/sales/types';
import { wireFrame } from '../../datasource/lib/wireFrame';

const REPO = path.resolve(__dirname, '../../..');
/** The icons @grafana/ui asks for under Grafana's public/build/img/icons/. */
const GRAFANA_UI_IMAGES = path.join(REPO, 'node_modules/@grafana/ui/dist/public/img');
/** Debian's fonts-inter: the Inter that Grafana serves as public/fonts/inter/*.woff2 (here as OpenType). */
export const INTER_FONTS = '/usr/share/fonts/opentype/inter';

export interface QueryLog {
  uid: string;
  sql: string;
  ms: number;
  error?: string;
}

export interface HarnessServer {
  url: string;
  /** every SQL statement the warehouse ran, in order */
  queries: QueryLog[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** the built plugin: dist/ with plugin.json files */
  distDir: string;
  /** the bundled harness page */
  pageDir: string;
  /** the warehouse behind each SQL data source uid */
  warehouses: Record<string, Executor>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.otf': 'font/otf',
};

/** Each plugin id of the build and the folder of dist/ that holds its plugin.json. */
export function pluginFolders(distDir: string): Map<string, string> {
  const folders = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(full);
      } else if (entry.name === 'plugin.json') {
        const { id } = JSON.parse(fs.readFileSync(full, 'utf8')) as { id: string };
        folders.set(id, dir);
      }
    }
  };
  visit(distDir);
  return folders;
}

interface QueryBody {
  queries?: Array<{ refId?: string; rawSql?: string; format?: unknown; datasource?: { uid?: string } }>;
}

async function answerQueries(body: QueryBody, options: ServerOptions, log: QueryLog[]) {
  const results: Record<string, unknown> = {};
  let failed = false;
  for (const query of body.queries ?? []) {
    const refId = query.refId ?? 'A';
    const uid = query.datasource?.uid ?? '';
    const executor = options.warehouses[uid];
    const fail = (error: string) => {
      failed = true;
      results[refId] = { status: 400, error, errorSource: 'downstream', frames: [] };
    };
    if (!executor) {
      fail(`data source ${uid} not found`);
      continue;
    }
    if (query.format !== 'table') {
      fail(`format ${String(query.format)} is not what this SQL data source answers: the harness expects "table"`);
      continue;
    }
    const sql = query.rawSql ?? '';
    const started = performance.now();
    try {
      const frame = await executor.run(sql);
      log.push({ uid, sql, ms: performance.now() - started });
      results[refId] = { status: 200, frames: [wireFrame(frame, refId, sql)] };
    } catch (error) {
      const message = (error as Error).message;
      log.push({ uid, sql, ms: performance.now() - started, error: message });
      fail(`db query error: ${message}`);
    }
  }
  return { failed, results };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendFile(response: http.ServerResponse, root: string, relative: string) {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${relative}`);
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  fs.createReadStream(file).pipe(response);
}

export async function startHarnessServer(options: ServerOptions): Promise<HarnessServer> {
  const plugins = pluginFolders(options.distDir);
  const pageDir = path.resolve(options.pageDir);
  const queries: QueryLog[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname);
    if (request.method === 'POST' && route === '/api/ds/query') {
      readBody(request)
        .then((text) => answerQueries(JSON.parse(text) as QueryBody, options, queries))
        .then(({ failed, results }) => {
          response
            .writeHead(failed ? 400 : 200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ results }));
        })
        .catch((error: Error) => {
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ message: error.message }));
        });
      return;
    }
    if (route.startsWith('/public/build/img/')) {
      sendFile(response, GRAFANA_UI_IMAGES, route.slice('/public/build/img/'.length));
      return;
    }
    const font = /^\/public\/fonts\/inter\/(Inter-[A-Za-z]+)\.woff2$/.exec(route);
    if (font) {
      sendFile(response, INTER_FONTS, `${font[1]}.otf`);
      return;
    }
    const plugin = /^\/public\/plugins\/([^/]+)\/(.+)$/.exec(route);
    if (plugin) {
      const folder = plugins.get(plugin[1]);
      if (!folder) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`no plugin ${plugin[1]} in the build`);
        return;
      }
      sendFile(response, path.resolve(folder), plugin[2]);
      return;
    }
    if (route === '/' || route === '/harness' || route === '/harness/') {
      sendFile(response, pageDir, 'index.html');
      return;
    }
    if (route.startsWith('/harness/')) {
      sendFile(response, pageDir, route.slice('/harness/'.length));
      return;
    }
    if (route === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${route}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
