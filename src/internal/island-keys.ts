/**
 * What the island loader (src/islands.ts) shares with the elements' code through `globalThis`, for
 * the loader to carry the keys alone, not the code they lead to. One module, so that the loader's
 * build adds no chunk for it.
 */

/**
 * The loader's promise of Lit's hydration support, which it fetches together with an element's
 * module: `defineElement` registers that module's element once the support has reached Lit, so
 * that the element takes over its server-drawn shadow root rather than drawing over it.
 */
export const HYDRATION_SUPPORT = Symbol.for('news-elements.hydration-support');

/**
 * The labels a page gives the loader's `registerTranslations`, pushed in order: a list until Lit
 * comes with its hydration support (src/ssr/lit-hydrate.ts; the translations' module needs Lit)
 * and registers them, then a `push` of its own, which registers each at once.
 */
export const PENDING_TRANSLATIONS = Symbol.for('news-elements.translations');

/** What the loader keeps: each call's language and strings, in order. */
export type PendingTranslations = [lang: string, strings: Record<string, string>][];
