// Dev-server middleware for the server-rendering and React tests.
//
// GET /__ssr/story?lang=en-GB|ko&csp=hash|nonce|strict|none&js=1&spy=1&theme=dark&format=relative&related=feed|bare
//   a story page rendered by news-elements/ssr (renderStoryPage) in this Node process:
//   csp     sends a strict policy whose style-src allows the library's inline styles by hash
//           (`hash`), by a fresh nonce (`nonce`), or not at all (`strict`, the control that proves
//           the check bites); `none` sends no policy;
//   js=1    adds the hydration entry (src/ssr/hydrate.ts) as a module script;
//   spy=1   first loads /__ssr/csp-spy.js, which records CSP violations in window.__cspViolations
//           from the first byte of the page on (an inline listener would itself be blocked).
// GET /__ssr/published-story
//   the same story rendered by the built package (dist/ssr, in a child process), as a site serves it;
//   the test hydrates it with dist/news-elements-hydrate.js.
// GET /__ssr/markup?html=<markup>&islands=1
//   static markup rendered by news-elements/ssr, the HTML alone; islands=1: rendered for islands, in a
//   page that loads the island loader (src/islands.ts); islands=built: the same with the built loader,
//   dist/news-elements-islands.js and its chunks as scripts/single-file.mjs makes them (built once per
//   run into a temp folder, served under /__ssr/islands-built/), the templates minified on both sides
//   (the server's in one worker thread, test/support/render-minified.mjs);
//   `&cold=1` serves them under a folder of their own, out of the browser's cache, as on a first visit,
//   each after 500 ms, as over a slow phone network.
// GET /__ssr/fragment?case=<name>
//   one element from test/fixtures/ssr-fragments.mjs, server-rendered, in a bare page.
// GET /__ssr/react-story?js=1&react=18
//   the same story as a React tree, rendered by React's renderToString with news-elements/react's
//   Node build (in a child process, once per React version); js=1 adds test/support/ssr-react-client.ts, which hydrates it;
//   react=18 renders with React 18 instead of 19, named with its version in
//   <meta name="react-server">, which the client reads to hydrate with the same React.
// GET /node_modules/react/index.js, /node_modules/react-dom/index.js, /node_modules/react-dom/client.js
//   React is published as CommonJS only; these serve it as ES modules (one shared bundle, so
//   react-dom and react-dom/client share React's internals) for the React tests in the browser.
//   The same three under react-18 and react-dom-18 serve React 18, bundled with `react` meaning
//   react-18 (react-dom-18 would otherwise pull in React 19).
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { loadSource } from './ssr-bundle.mjs';
import { REACT_18_ALIAS } from './react-node.mjs';
import { ssrStory } from '../fixtures/ssr-story.mjs';
import { fragments } from '../fixtures/ssr-fragments.mjs';

const root = new URL('../../', import.meta.url).pathname;

/**
 * What a child Node process run with `args` prints. Asynchronous: a render in a child takes a
 * second or more, and the test server, which serves every engine's pages, must not stop for it.
 */
const inNode = (...args) =>
  promisify(execFile)(process.execPath, args, { cwd: root, encoding: 'utf8' }).then((r) => r.stdout);

// What a careful newsroom sends (Lit needs its own Trusted Types policy, `lit-html`); style-src is
// added per request.
const POLICY =
  "default-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types news-elements lit-html";

const SPY = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));`;

async function storyPage(query) {
  const ssr = await loadSource('ssr');
  const csp = query.get('csp') ?? 'none';
  const nonce = csp === 'nonce' ? randomBytes(16).toString('base64') : undefined;
  const theme = query.get('theme');
  const story = ssrStory({ locale: query.get('lang') || 'en-GB', format: query.get('format') || 'relative' });
  // A feed-driven list: rendered from the items the server already fetched, refreshed by the
  // browser from the feed (served late by feed-middleware.mjs, so hydration happens first).
  if (query.get('related') === 'feed') story.related.src = '/__feeds/delay/2000/jsonfeed.json';
  // Related stories without pictures, as in the README's story.
  if (query.get('related') === 'bare') for (const item of story.related.items) delete item.image;
  const html = await ssr.renderStoryPage(story, {
    nonce,
    scripts: query.get('js') === '1' ? ['/src/ssr/hydrate.ts'] : [],
    stylesheets: theme ? [`/src/themes/${theme.replace(/\W/g, '')}.css`] : [],
  });
  const styleSrc = {
    hash: `style-src 'self' ${ssr.styleHashes().join(' ')}`,
    nonce: `style-src 'self' 'nonce-${nonce}'`,
    strict: "style-src 'self'",
  }[csp];
  // With a nonce, scripts are allowed by it alone (and what they import), as a nonce-based policy does.
  const policy = nonce
    ? POLICY.replace("script-src 'self'", `script-src 'nonce-${nonce}' 'strict-dynamic'`)
    : POLICY;
  const spy = `<script${nonce ? ` nonce="${nonce}"` : ''} src="/__ssr/csp-spy.js"></script>`;
  return {
    body: query.get('spy') === '1' ? html.replace('<head>\n', `<head>\n${spy}\n`) : html,
    policy: styleSrc && `${policy}; ${styleSrc}`,
  };
}

const REACT_CLIENT = '<script type="module" src="/test/support/ssr-react-client.ts"></script>\n';

// React (and react-dom, react-dom/client) as ES modules with their real export names, one bundle
// per major.
const REACT = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const reactBundles = {};
async function reactModules(major) {
  reactBundles[major] ??= build({
    stdin: {
      contents: Object.entries(REACT)
        .map(([pkg, name]) => `import * as ${name} from '${pkg}'; export { ${name} };`)
        .join('\n'),
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
    ...(major === 18 && { alias: REACT_18_ALIAS }),
  }).then((result) => result.outputFiles[0].text);
  return reactBundles[major];
}

const facades = {};
const reactStories = {};
/** The module that re-exports `pkg` from the browser bundle of React `major`, made once per package. */
const reactFacade = (pkg, major) => (facades[`${pkg} ${major}`] ??= facadeOf(pkg, major));
async function facadeOf(pkg, major) {
  const name = REACT[pkg];
  // Asked of a separate Node: React patches console when it loads, which the runner's console
  // (this process) does not survive.
  const script = `import { requireReact } from './test/support/react-node.mjs';
console.log(JSON.stringify(Object.keys(requireReact(${major}, ${JSON.stringify(pkg)}))));`;
  const keys = JSON.parse(await inNode('--input-type=module', '-e', script));
  const names = keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import { ${name} as m } from '/__ssr/react-${major}-bundle.js';
const mod = m.default ?? m;
export default mod;
export const { ${names.join(', ')} } = mod;`;
}

/** `markup` rendered by news-elements/ssr (`ssr`). */
export async function renderMarkup(ssr, markup, islands) {
  const { html } = await import('lit');
  return ssr.renderToString(html(Object.assign([markup], { raw: [markup] })), { islands });
}

let minifiedRenderer;
let renders = 0;
const rendering = new Map();
/**
 * `markup` rendered for islands with the templates minified as in the built files, in a worker
 * thread (test/support/render-minified.mjs): this thread's element registry already holds the
 * classes with the sources' templates. One worker for the run: it builds the templates once.
 */
function renderMinified(markup) {
  if (!minifiedRenderer) {
    minifiedRenderer = new Worker(new URL('./render-minified.mjs', import.meta.url));
    minifiedRenderer.unref();
    minifiedRenderer.on('message', ({ id, html, error }) => {
      const { resolve, reject } = rendering.get(id);
      rendering.delete(id);
      if (error) reject(new Error(error));
      else resolve(html);
    });
    minifiedRenderer.on('error', (error) => {
      for (const { reject } of rendering.values()) reject(error);
      rendering.clear();
      minifiedRenderer = undefined;
    });
  }
  const id = renders++;
  return new Promise((resolve, reject) => {
    rendering.set(id, { resolve, reject });
    minifiedRenderer.postMessage({ id, markup });
  });
}

let islandsBuilt;
/** The folder holding the built island loader, built on first use. */
function builtIslands() {
  return (islandsBuilt ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-islands-'));
    const { buildSingleFile } = await import('../../scripts/single-file.mjs');
    await buildSingleFile('news-elements-islands', 'src/islands.ts', dir, root);
    return dir;
  })());
}

// A cold page's built islands are served from a folder of its own (this, then random hex digits),
// which no page has asked for before: outside the browser's cache, which the runner fills for a year.
const COLD = 'cold-';
// `&fail=<part of a file name>` on a cold page: the first request for that file of its folder
// answers 503, as a dropped connection would, and the page records its warnings and unhandled
// rejections in __warnings.
const failOnce = new Map();
const RECORD_WARNINGS =
  '<script>window.__warnings = []; console.warn = (...args) => __warnings.push(args.join(" "));\n' +
  'addEventListener("unhandledrejection", (event) => __warnings.push(`unhandled: ${event.reason}`));</script>\n';

export function ssrMiddleware() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/__ssr/islands-built/')) {
      // A cold page's files (`&cold=1`) answer after a pause, as over a phone's network: from this
      // machine a file comes back before the browser has asked for the next, and round trips blur.
      // The pause must outlast the time a starved browser takes to ask for a whole wave: on CI's
      // loaded cores Firefox asked for a wave's last files more than 150 ms after its first, and
      // they counted as a third round trip (50 ms, then 150 ms, were too short).
      if (ctx.path.startsWith(`/__ssr/islands-built/${COLD}`)) await new Promise((r) => setTimeout(r, 500));
      const folder = ctx.path.split('/')[3];
      const failing = failOnce.get(folder);
      if (failing && basename(ctx.path).includes(failing)) {
        failOnce.delete(folder);
        ctx.status = 503;
        return;
      }
      ctx.type = 'application/javascript';
      ctx.body = readFileSync(join(await builtIslands(), basename(ctx.path)));
      return;
    }
    const react = /^\/node_modules\/(react|react-dom)(-18)?\/(index|client)\.js$/.exec(ctx.path);
    if (react) {
      ctx.type = 'application/javascript';
      ctx.body = await reactFacade(react[3] === 'client' ? 'react-dom/client' : react[1], react[2] ? 18 : 19);
      return;
    }
    const bundle = /^\/__ssr\/react-(18|19)-bundle\.js$/.exec(ctx.path);
    if (bundle) {
      ctx.type = 'application/javascript';
      ctx.body = await reactModules(Number(bundle[1]));
      return;
    }
    if (ctx.path === '/__ssr/fail-once.js') {
      // A module whose first request (per `key`) fails: does the browser fetch a failed module again?
      const key = `probe:${ctx.query.key}`;
      if (!failOnce.has(key)) {
        failOnce.set(key, true);
        ctx.status = 503;
        return;
      }
      ctx.type = 'application/javascript';
      ctx.body = 'export default true;';
      return;
    }
    if (ctx.path === '/__ssr/csp-spy.js') {
      ctx.type = 'application/javascript';
      ctx.body = SPY;
      return;
    }
    if (ctx.path === '/__ssr/react-story') {
      // React's server HTML, made in a child Node process; the page hydrates it with React.
      const query = new URLSearchParams(ctx.querystring);
      const major = query.get('react') === '18' ? '18' : '19';
      // The same tree every time (its one date is two years old): rendered once per React.
      reactStories[major] ??= inNode('test/support/ssr-react-render.mjs', major);
      const { version, body } = JSON.parse(await reactStories[major]);
      const script = query.get('js') === '1' ? REACT_CLIENT : '';
      ctx.type = 'text/html';
      ctx.body = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="react-server" content="${version}">\n<title>React story</title>\n${script}</head>\n<body>\n<div id="root">${body}</div>\n</body>\n</html>\n`;
      return;
    }
    if (ctx.path === '/__ssr/published-story') {
      // The story as a site gets it from the package: dist/ssr's HTML (its templates minified by the
      // build), made in a child Node process so that it cannot share the source's element registry.
      const script = `import { renderStoryPage } from './dist/ssr/index.js';
import { ssrStory } from './test/fixtures/ssr-story.mjs';
const story = ssrStory({ locale: 'en-GB', format: 'relative' });
process.stdout.write(await renderStoryPage(story));`;
      ctx.type = 'text/html';
      ctx.body = await inNode('--input-type=module', '-e', script);
      return;
    }
    if (ctx.path === '/__ssr/markup') {
      // Any static markup (`html=`), server-rendered as it stands: the HTML alone, no page.
      const query = new URLSearchParams(ctx.querystring);
      const built = query.get('islands') === 'built';
      const markup = query.get('html') ?? '';
      const islands = built || query.get('islands') === '1';
      const body = built
        ? await renderMinified(markup)
        : await renderMarkup(await loadSource('ssr'), markup, islands);
      const folder = query.has('cold') ? `${COLD}${randomBytes(6).toString('hex')}/` : '';
      const fail = query.get('fail');
      if (fail && folder) failOnce.set(folder.slice(0, -1), fail);
      const loader = built ? `/__ssr/islands-built/${folder}news-elements-islands.js` : '/src/islands.ts';
      ctx.type = 'text/html';
      ctx.body = islands
        ? `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Islands</title>\n${fail ? RECORD_WARNINGS : ''}<script type="module" src="${loader}"></script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
        : body;
      return;
    }
    if (ctx.path === '/__ssr/fragment') {
      // One case of test/fixtures/ssr-fragments.mjs, server-rendered into a bare page.
      const ssr = await loadSource('ssr');
      const { html } = await import('lit');
      const template = fragments(html)[new URLSearchParams(ctx.querystring).get('case')];
      if (!template) return next();
      // A case may warn on purpose (an unreadable date): the warnings go to the test in a header,
      // which asserts them, instead of onto the test run's output.
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.join(' '));
      let markup;
      try {
        markup = await ssr.renderToString(template);
      } finally {
        console.warn = warn;
      }
      ctx.type = 'text/html';
      ctx.set('X-News-Server-Warnings', encodeURIComponent(JSON.stringify(warnings)));
      ctx.body = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Fragment</title>\n</head>\n<body>\n${markup}\n</body>\n</html>\n`;
      return;
    }
    if (ctx.path === '/__ssr/story') {
      ctx.type = 'text/html';
      try {
        const { body, policy } = await storyPage(new URLSearchParams(ctx.querystring));
        ctx.body = body;
        if (policy) ctx.set('Content-Security-Policy', policy);
      } catch (error) {
        // The page says what broke on the server, so the failing test shows it.
        ctx.status = 500;
        ctx.body = `<!doctype html><title>SSR failed</title><pre>${String(error?.stack ?? error).replace(/</g, '&lt;')}</pre>`;
      }
      return;
    }
    return next();
  };
}
