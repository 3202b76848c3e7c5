/**
 * Lit with its hydration support, so that an element takes over its server-rendered shadow root
 * instead of rendering again (for `news-elements/hydrate`, the island loader and the React
 * wrappers). The support must reach Lit's element class before any element class is defined:
 * imported before Lit it is called by Lit itself; where a build writes Lit's import first (or
 * Lit shares a chunk that runs first), it is handed the class here (the support gives LitElement
 * its own `observedAttributes`, which says it has been applied).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Support = (lit: { LitElement: typeof LitElement }) => void;
const support = (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport;
if (!Object.hasOwn(LitElement, 'observedAttributes')) support?.({ LitElement });
