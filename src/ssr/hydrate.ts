/**
 * `news-elements/hydrate`, for the browser on server-rendered pages: Lit's hydration support, then
 * every element. The support must run before Lit's element class is defined, which is why it is one
 * module imported first (and before any other Lit component on the page). Elements then take over
 * the Declarative Shadow DOM the server sent, keeping its nodes, instead of rendering again.
 * (The define modules are imported one by one, not through register.ts, because bundlers keep a
 * bare import only of modules listed in the package's `sideEffects`.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../dateline/define.js';
import '../figure/define.js';
import '../partner-banner/define.js';
import '../article-body/define.js';
import '../article/define.js';
import '../teaser-list/define.js';
