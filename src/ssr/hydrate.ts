/**
 * `news-elements/hydrate`, for the browser on server-rendered pages: Lit's hydration support, then
 * every element. The support must run before Lit's element class is defined, which is why it is
 * imported first (and before any other Lit component on the page). Elements then take over the
 * Declarative Shadow DOM the server sent, keeping its nodes, instead of rendering again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineElements } from '../elements.js';

defineElements();
