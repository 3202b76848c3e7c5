/**
 * Where the island loader (src/islands.ts) puts its promise of Lit's hydration support, which it
 * fetches together with an element's module: `defineElement` registers that module's element once
 * the support has reached Lit, so that the element takes over its server-drawn shadow root rather
 * than drawing over it. A module of its own so that the loader carries the key alone.
 */
export const HYDRATION_SUPPORT = Symbol.for('news-elements.hydration-support');
