// The real WordPress of test/wordpress.test.ts, which scripts/wordpress.mjs started:
//   /__wordpress/site.json   the file it wrote (the address, the seeded posts' ids, an application
//                            password), named by NEWS_WORDPRESS_SITE (`npm test` sets it)
//   /__wordpress/page/<path> WordPress's page at <path>, under the test page's origin, so that a test
//                            can look inside a story page the example plugin printed (in an iframe)
// Everything else the tests ask WordPress for (the REST API, the media, the page's own scripts) goes
// to WordPress on its own origin, as a headless front-end's requests do: its REST API sends CORS
// headers, X-WP-Total and X-WP-TotalPages included.
import { readFile } from 'node:fs/promises';

export function wordpressMiddleware(site = process.env.NEWS_WORDPRESS_SITE) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__wordpress/')) return next();
    ctx.set('cache-control', 'no-store');
    if (!site) {
      ctx.status = 503;
      ctx.body = 'No WordPress: run the tests with `npm test` or `npm run wordpress -- <command>`.';
      return;
    }
    const file = await readFile(site);
    if (ctx.path === '/__wordpress/site.json') {
      ctx.type = 'application/json';
      ctx.body = file;
    } else if (ctx.path.startsWith('/__wordpress/page/')) {
      const page = ctx.path.slice('/__wordpress/page'.length) + ctx.search;
      const response = await fetch(new URL(page, JSON.parse(file).url));
      ctx.status = response.status;
      ctx.type = response.headers.get('content-type') ?? 'text/html';
      ctx.body = Buffer.from(await response.arrayBuffer());
    } else {
      ctx.status = 404;
    }
  };
}
