// Tells test/wordpress.test.ts where the real WordPress is: `/__wordpress/site.json` answers with the
// file scripts/wordpress.mjs wrote (its address, the seeded posts' ids, an application password),
// named by NEWS_WORDPRESS_SITE (`npm test` sets it when it started WordPress).
// The tests then talk to WordPress itself, on its own origin: a headless front-end does, and
// WordPress's REST API sends the CORS headers for it (including X-WP-Total and X-WP-TotalPages).
import { readFile } from 'node:fs/promises';

export function wordpressMiddleware(site = process.env.NEWS_WORDPRESS_SITE) {
  return async (ctx, next) => {
    if (ctx.path !== '/__wordpress/site.json') return next();
    ctx.set('cache-control', 'no-store');
    if (!site) {
      ctx.status = 503;
      ctx.body = 'No WordPress: run the tests with `npm run wordpress -- <command>` or `npm test`.';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(site);
  };
}
