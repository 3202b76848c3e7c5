// The example apps scripts/frameworks.mjs built (Vue, Svelte, Angular), for test/frameworks.test.ts:
//   /__frameworks/<app>/<file>   the file of the app's build output, as a static host would serve it
// Into each index.html goes one classic script before anything else, which keeps every console error,
// uncaught error and unhandled rejection of the app in `window.frameworkProblems`: the test page reads
// them from its iframe, where its own console guard (test/support/setup.ts) cannot see.
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { OUT, PAGES } from '../../scripts/frameworks.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

const capture = `<script>
window.frameworkProblems = [];
const original = console.error.bind(console);
console.error = (...args) => { frameworkProblems.push(args.map(String).join(' ')); original(...args); };
addEventListener('error', (event) => frameworkProblems.push('uncaught: ' + event.message));
addEventListener('unhandledrejection', (event) => frameworkProblems.push('unhandled rejection: ' + event.reason));
</script>`;

export function frameworksMiddleware() {
  return async (ctx, next) => {
    const [, prefix, app, ...rest] = ctx.path.split('/');
    if (prefix !== '__frameworks') return next();
    const file = normalize(rest.join('/') || 'index.html');
    if (!(app in PAGES) || file.startsWith('..')) {
      ctx.status = 404;
      return;
    }
    let body;
    try {
      body = await readFile(`${OUT}${PAGES[app]}/${file}`);
    } catch {
      ctx.status = 404;
      ctx.body = `examples/${app} is not built here: run \`npm run frameworks\` (after \`npm run build\`).`;
      return;
    }
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.body = file === 'index.html' ? body.toString().replace('<head>', `<head>${capture}`) : body;
  };
}
