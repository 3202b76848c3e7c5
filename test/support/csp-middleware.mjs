// Pages under /test/csp/ are served with the strict policy a careful newsroom would set, so a test
// can load them in an iframe and prove that no element needs an exception to it.
export const strictPolicy =
  "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; require-trusted-types-for 'script'; trusted-types news-elements lit-html";

export function cspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
      ctx.set('Content-Security-Policy', strictPolicy);
    }
  };
}
