// A small static server for the benchmark: the repository's files, the generated benchmark pages
// (`/bench/<name>.html`, `?n=` for the teaser pages) and optional delays for the layout-shift runs.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip, gzipSync } from 'node:zlib';
import { join, normalize, resolve } from 'node:path';
import { contentType } from '../scripts/content-types.mjs';
import { pages } from './pages.mjs';

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the server on a free port; `delays.script` and `delays.images` slow those responses (ms). */
export async function startServer(root) {
  const delays = { script: 0, images: 0 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const page = /^\/bench\/([\w-]+)\.html$/.exec(path)?.[1];
    if (page && pages[page]) {
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const n = url.searchParams.has('n') ? Number(url.searchParams.get('n')) : undefined;
      const body = pages[page](n);
      res.writeHead(200, {
        'content-type': contentType('page.html'),
        'cache-control': 'no-store',
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      return res.end(gzip ? gzipSync(body) : body);
    }
    // NEWS_BENCH_DIST serves another build as /dist (to compare builds); normally dist/ itself.
    const base =
      path.startsWith('/dist/') && process.env.NEWS_BENCH_DIST ? resolve(process.env.NEWS_BENCH_DIST) : root;
    const file = normalize(join(base, base === root ? path : path.slice('/dist'.length)));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    if (delays.script && /^\/dist\/news-elements.*\.js$/.test(path)) await pause(delays.script);
    if (delays.images && path.startsWith('/stories/assets/')) await pause(delays.images);
    const type = contentType(file);
    // Text is compressed, as any production server does.
    const compress = /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(compress && { 'content-encoding': 'gzip' }),
    });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, delays, close: () => server.close() };
}
