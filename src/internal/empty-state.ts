import { isServer } from 'lit';

const internals = new WeakMap<HTMLElement, ElementInternals | undefined>();

/**
 * `:state(empty)` on `host` while it shows nothing, for its own styles and the page's
 * (`news-teaser-list:state(empty) { display: none }`). Nothing on a server, in browsers from before
 * custom states (2024), or where a subclass took the element's internals.
 */
export function markEmpty(host: HTMLElement, empty: boolean): void {
  if (isServer) return;
  try {
    if (!internals.has(host)) {
      // Asked once: a second `attachInternals` throws.
      internals.set(host, undefined);
      internals.set(host, host.attachInternals());
    }
    const states = internals.get(host)?.states;
    if (empty) states?.add('empty');
    else states?.delete('empty');
  } catch {
    // Browsers from before custom states took only names that start with `--`.
  }
}
