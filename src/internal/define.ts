import { HYDRATION_SUPPORT } from './island-keys.js';

// Marks classes that news-elements registered, shared across copies of the library on one page.
const OWNER = Symbol.for('news-elements.tag');

type Marked = CustomElementConstructor & { [OWNER]?: string };

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
  // Without its hydration support (its request failed), the element stays as the server drew it.
  if (support)
    support.then(
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
