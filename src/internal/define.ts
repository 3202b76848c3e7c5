import { HYDRATION_SUPPORT } from './island-keys.js';

// Marks classes that news-elements registered, shared across copies of the library on one page.
const OWNER = Symbol.for('news-elements.tag');

type Marked = CustomElementConstructor & { [OWNER]?: string };

/**
 * What a definition waits for: the strings of the page's language, where they load on demand
 * (locale-controller.ts sets it; an element without strings of its own never loads that module).
 * Defined, an element would wait for them with an empty shadow root, its written text and the
 * theme's reserved box gone (a page of galleries in Arabic shifted by 1.2); undefined, it keeps both.
 * @internal
 */
export const pageStrings: { wait?: () => Promise<unknown> | undefined } = {};

/**
 * Registers `tag` unless it is already defined, so that loading the library twice on one page
 * (two bundles, or the bundle plus the per-component modules) never throws.
 * Another copy of news-elements owning the tag is expected and silent; a foreign class is worth
 * a warning, since the page will not get the element it asked for.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // Lit creates a class's property accessors when the class is defined. A class whose tag another
  // copy owns never is, yet the React wrappers read its properties: create them here too.
  (element as { finalize?: () => void }).finalize?.();
  const support = (globalThis as { [HYDRATION_SUPPORT]?: Promise<unknown> })[HYDRATION_SUPPORT];
  // (A server's page needs no strings to hydrate: its first render is the server's.)
  const strings = support ? undefined : pageStrings.wait?.();
  const before = support && strings ? Promise.all([support, strings]) : (support ?? strings);
  // Without its hydration support (its request failed), the element stays as the server drew it.
  if (before)
    before.then(
      () => register(tag, element),
      () => {},
    );
  else register(tag, element);
}

function register(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Marked | undefined;
  if (!existing) {
    (element as Marked)[OWNER] = tag;
    customElements.define(tag, element);
  } else if (existing !== element && existing[OWNER] !== tag) {
    console.warn(`news-elements: <${tag}> is already defined by another library; keeping that one.`);
  }
}
