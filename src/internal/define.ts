/**
 * Registers `tag` unless it is already defined, so that loading the library twice on one page
 * (two bundles, or the bundle plus the per-component modules) never throws.
 * Only a different class owning the tag is worth a warning: the same class twice is harmless.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.name !== element.name) {
    console.warn(`news-elements: <${tag}> is already defined by another class; keeping that one.`);
  }
}
