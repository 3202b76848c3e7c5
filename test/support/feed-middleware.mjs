// Serves the teaser-list test feeds with the troubles real feeds have, under /__feeds/:
//   /__feeds/delay/<ms>/<file>   a fixture from test/fixtures/teaser-feeds/ after <ms> (at most 2 s)
//   /__feeds/status/<code>       an HTTP error page with that status
//   /__feeds/hang                no answer until the client gives up (or 15 s pass, then 504)
//   /__feeds/drop                the connection is cut: a network error in the browser
//   /__feeds/flaky/<key>/<file>  503 the first time <key> is asked for, the fixture afterwards
//   /__feeds/charset/<label>/<file>  the fixture's bytes as they are on disk, with `charset=<label>`
//                                in Content-Type (`none`: no charset, so only a BOM or the XML
//                                declaration can say), as servers of non-UTF-8 feeds send them
//   /__feeds/many/<count>/<rss|json>  a generated feed of <count> stories (at most 20,000):
//                                "Story 1 of <count>", "Story 2 of <count>", … in that order;
//                                `?delay=<ms>` answers after <ms> (at most 2 s)
//   /__feeds/many/<count>/wp     the same stories as WordPress REST posts (`title.rendered`, …)
//                                paging, for all three: `?per_page=<m>&page=<n>` answers stories
//                                (n-1)·m+1 to n·m, JSON Feed with `next_url` (the same address,
//                                page n+1) until the last page, WordPress with `X-WP-Total` and
//                                `X-WP-TotalPages` (WordPress's default: 10 a page); `?fail=<n>&key=<k>`
//                                answers page n with a 503 the first time <key> asks for it;
//                                `?loop=1`: JSON Feed's `next_url` names the page itself (broken)
//   /__feeds/live/<key>/<json|plain|wp>  a live blog's feed that changes while the test watches,
//                                with ETag / Last-Modified and 304s; …/add/<n>, …/edit/<id>, …/delete/<id>,
//                                …/fail/<n> (500s), …/delay/<ms>, …/reset/<n>, …/state change and
//                                read it (every route: test/support/live-feed.mjs)
// Every wait is bounded, so an aborted test never leaves the server busy.
import { readFile } from 'node:fs/promises';
import { liveFeed } from './live-feed.mjs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/teaser-feeds/', import.meta.url));
const TYPES = { json: 'application/feed+json', xml: 'application/rss+xml', html: 'text/html' };
const MAX_WAIT = 2000;
// A feed that never answers must still be loading when a slow page (23 languages of every element,
// four browsers on two cores) reads its "Loading…"; the browser closes the request long before.
const HANG = 15_000;
const seen = new Set();

/** Resolves after `ms`, or as soon as the browser closes the request. */
function wait(ctx, ms, max = MAX_WAIT) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(Math.max(ms, 0), max));
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A fixture's bytes, unchanged (some are in windows-1252, ISO-8859-1 or Shift_JIS). */
async function serveFixture(ctx, file, charset) {
  if (!/^[\w-]+\.(json|xml|html)$/.test(file ?? '')) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(FIXTURES + file);
    const type = TYPES[file.split('.').pop()];
    if (charset === undefined) ctx.type = type;
    else ctx.set('content-type', charset === 'none' ? type : `${type}; charset=${charset}`);
    ctx.set('cache-control', 'no-store');
  } catch {
    ctx.status = 404;
  }
}

/** A feed of `count` numbered stories, one minute apart, newest first; `from`..`to` of them, and the next page's address. */
function manyStories(count, format, from = 0, to = count, next = undefined) {
  const stories = Array.from({ length: Math.max(0, Math.min(to, count) - from) }, (_, j) => from + j).map(
    (i) => ({
      title: `Story ${i + 1} of ${count}`,
      url: `https://news.example.com/stories/${i + 1}`,
      date: new Date(Date.UTC(2025, 0, 1) - i * 60000).toISOString(),
    }),
  );
  if (format === 'json') {
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Many stories',
      ...(next ? { next_url: next } : {}),
      items: stories.map(({ title, url, date }) => ({ id: url, url, title, date_published: date })),
    });
  }
  if (format === 'wp') {
    return JSON.stringify(
      stories.map(({ title, url, date }, i) => ({
        id: from + i + 1,
        link: url,
        date_gmt: date.slice(0, 19),
        title: { rendered: title },
        excerpt: { rendered: `<p>Summary of ${title.toLowerCase()}.</p>` },
      })),
    );
  }
  const items = stories.map(
    ({ title, url, date }) =>
      `<item><title>${title}</title><link>${url}</link><pubDate>${new Date(date).toUTCString()}</pubDate><description>Summary of ${title.toLowerCase()}.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Many stories</title>${items.join('')}</channel></rss>`;
}

export function feedMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feeds/')) return next();
    const [kind, first, second, third] = ctx.path.slice('/__feeds/'.length).split('/');
    switch (kind) {
      case 'live':
        return liveFeed(ctx, [first, second, third]);
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
        await wait(ctx, HANG, HANG);
        ctx.status = 504;
        return;
      case 'drop':
        // 499 ("client closed request" in nginx's logs) only for the runner: nothing is sent, and an
        // unset status would read as a 404 in the test output.
        ctx.status = 499;
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'charset':
        return serveFixture(ctx, second, first);
      case 'many': {
        const count = Math.min(Math.max(Number(first) || 0, 0), 20000);
        if (second !== 'rss' && second !== 'json' && second !== 'wp') {
          ctx.status = 404;
          return;
        }
        if (ctx.query.delay) await wait(ctx, Number(ctx.query.delay));
        const perPage = Number(ctx.query.per_page) || (second === 'wp' ? 10 : count);
        const page = Number(ctx.query.page) || 1;
        const pages = Math.max(1, Math.ceil(count / perPage));
        ctx.set('cache-control', 'no-store');
        if (ctx.query.fail === String(page) && !seen.has(`many:${ctx.query.key}:${page}`)) {
          seen.add(`many:${ctx.query.key}:${page}`);
          ctx.status = 503;
          ctx.body = 'Service Unavailable';
          return;
        }
        const url = new URL(ctx.href);
        // `loop`: a broken feed whose next page is the page itself.
        if (!ctx.query.loop) url.searchParams.set('page', String(page + 1));
        const next = page < pages ? `${url.pathname}${url.search}` : undefined;
        ctx.type = second === 'rss' ? TYPES.xml : second === 'json' ? TYPES.json : 'application/json';
        if (second === 'wp') {
          ctx.set('x-wp-total', String(count));
          ctx.set('x-wp-totalpages', String(pages));
        }
        ctx.body = manyStories(count, second, (page - 1) * perPage, page * perPage, next);
        return;
      }
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
