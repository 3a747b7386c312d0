// The bench's one static server: quizkit's build, the peers' files from node_modules and the
// bench pages, all gzip-compressed the same way (level 9, as `npm run size` counts), so bytes over
// the wire compare. Files are compressed once and kept in memory (warm() does it before the
// runs), so the server's own work stays out of the timings.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { URL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** Folders the server may read from, under the repository; nothing else is served. */
const SERVED = ['dist/', 'bench/', 'node_modules/quizdown/public/build/', 'node_modules/survey-core/', 'node_modules/survey-js-ui/'];

/**
 * Starts the server on 127.0.0.1 and a free port. `pages` maps URL paths to generated HTML.
 * Resolves to `{ origin, warm(paths), close() }`.
 */
export async function startBenchServer({ root, pages = {} }) {
  const cache = new Map();

  function body(urlPath) {
    if (urlPath in pages) return { ext: '.html', data: Buffer.from(pages[urlPath]) };
    const rel = path.posix.normalize(decodeURIComponent(urlPath)).replace(/^\/+/, '');
    if (rel.includes('..') || !SERVED.some((dir) => rel.startsWith(dir))) return undefined;
    const file = path.join(root, rel);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
    return { ext: path.extname(file), data: fs.readFileSync(file) };
  }

  /** The response for a path (compressed or not), made once; undefined when nothing is there. */
  function entryFor(urlPath, gzip) {
    const key = `${gzip}:${urlPath}`;
    if (cache.has(key)) return cache.get(key);
    const found = body(urlPath);
    if (!found) return undefined;
    const compress = gzip && COMPRESSIBLE.has(found.ext);
    const entry = {
      headers: {
        'content-type': TYPES[found.ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      },
      data: compress ? gzipSync(found.data, { level: 9 }) : found.data,
    };
    cache.set(key, entry);
    return entry;
  }

  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    const entry = entryFor(urlPath, /\bgzip\b/.test(req.headers['accept-encoding'] ?? ''));
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${urlPath}`);
      return;
    }
    res.writeHead(200, { ...entry.headers, 'content-length': entry.data.length });
    res.end(req.method === 'HEAD' ? undefined : entry.data);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Compresses these paths now, so that no measured request waits for it. */
    warm: (paths) => paths.forEach((p) => entryFor(p, true)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
