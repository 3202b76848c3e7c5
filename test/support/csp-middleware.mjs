// Pages under /test/csp/ are served with the strict policy a careful newsroom would set, so a test
// can load them in an iframe and prove that no element needs an exception to it.
export const strictPolicy =
  "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; require-trusted-types-for 'script'; trusted-types news-elements lit-html";

// test/csp/hostile.html: a story page that shows CMS content. Nothing inline, no <base>, no plugins
// or forms, Trusted Types; images and media from anywhere (a CMS links them from any CDN), frames only
// from the one host its <news-article-body allow-embeds> names. README.md's CSP section says the same.
export const contentPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src * data:',
  'media-src *',
  'frame-src https://www.youtube.com',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types news-elements lit-html',
].join('; ');

// `?without=media`: the same page allowing none of what CMS content may ask for (images and data:
// images, video and audio, frames), to show which directive each of them needs.
const withoutMedia = contentPolicy
  .replace('img-src * data:', "img-src 'self'")
  .replace('media-src *', "media-src 'self'")
  .replace('frame-src https://www.youtube.com', "frame-src 'none'");

// Reports sent to report-uri, per run (`?run=` on the page's address), for the test to read back.
const reports = new Map();

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

export function cspMiddleware() {
  return async (ctx, next) => {
    const report = /^\/__csp-report\/([\w-]+)$/.exec(ctx.path);
    if (report) {
      if (!reports.has(report[1])) reports.set(report[1], []);
      if (ctx.method === 'POST') {
        reports.get(report[1]).push(await readBody(ctx.req));
        ctx.status = 204;
      } else {
        ctx.body = reports.get(report[1]);
      }
      return;
    }
    await next();
    if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
      const run = /^[\w-]+$/.test(ctx.query.run ?? '') ? `; report-uri /__csp-report/${ctx.query.run}` : '';
      ctx.set(
        'Content-Security-Policy',
        (ctx.path !== '/test/csp/hostile.html'
          ? strictPolicy
          : ctx.query.without === 'media'
            ? withoutMedia
            : contentPolicy) + run,
      );
    }
  };
}
