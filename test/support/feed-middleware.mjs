// Serves the teaser-list test feeds with the troubles real feeds have, under /__feeds/:
//   /__feeds/delay/<ms>/<file>   a fixture from test/fixtures/teaser-feeds/ after <ms> (at most 2 s)
//   /__feeds/status/<code>       an HTTP error page with that status
//   /__feeds/hang                no answer until the client gives up (or 2 s pass, then 504)
//   /__feeds/drop                the connection is cut: a network error in the browser
//   /__feeds/flaky/<key>/<file>  503 the first time <key> is asked for, the fixture afterwards
// Every wait is bounded, so an aborted test never leaves the server busy.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/teaser-feeds/', import.meta.url));
const TYPES = { json: 'application/feed+json', xml: 'application/rss+xml', html: 'text/html' };
const MAX_WAIT = 2000;
const seen = new Set();

/** Resolves after `ms`, or as soon as the browser closes the request. */
function wait(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(Math.max(ms, 0), MAX_WAIT));
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function serveFixture(ctx, file) {
  if (!/^[\w-]+\.(json|xml|html)$/.test(file ?? '')) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(FIXTURES + file, 'utf8');
    ctx.type = TYPES[file.split('.').pop()];
    ctx.set('cache-control', 'no-store');
  } catch {
    ctx.status = 404;
  }
}

export function feedMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feeds/')) return next();
    const [kind, first, second] = ctx.path.slice('/__feeds/'.length).split('/');
    switch (kind) {
      case 'delay':
        await wait(ctx, Number(first) || 0);
        return serveFixture(ctx, second);
      case 'status': {
        const code = Number(first);
        ctx.status = code >= 400 && code <= 599 ? code : 500;
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><title>${ctx.status}</title><h1>Error ${ctx.status}</h1>`;
        return;
      }
      case 'hang':
        await wait(ctx, MAX_WAIT);
        ctx.status = 504;
        return;
      case 'drop':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'flaky':
        if (!seen.has(first)) {
          seen.add(first);
          ctx.status = 503;
          ctx.body = 'Service Unavailable';
          return;
        }
        return serveFixture(ctx, second);
      default:
        ctx.status = 404;
    }
  };
}
