import { warnOnce } from './warn.js';

/** Tags whose code is still to fetch, and how. */
const waiting = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

/**
 * Defines elements few pages hold the first time the page holds one: `loaders` maps each tag to
 * the import of its entry, so their code weighs nothing on pages without them. The document is
 * looked through at once, then every element added to it (an observer that stops once every tag
 * has come). An element put straight into a shadow root is out of the observer's sight: `lookFor`
 * that root, or import the element's own entry (`news-elements/gallery`).
 */
export function defineOnSight(loaders: Record<string, () => Promise<unknown>>): void {
  if (typeof document === 'undefined') return;
  for (const [tag, load] of Object.entries(loaders)) if (!customElements.get(tag)) waiting.set(tag, load);
  lookFor(document);
  if (!waiting.size || observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeType === 1) lookFor(node as Element);
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Fetches the code of every waiting tag that is `root` or under it. */
export function lookFor(root: ParentNode): void {
  for (const [tag, load] of waiting) {
    if ((root as Element).localName !== tag && !root.querySelector(tag)) continue;
    waiting.delete(tag);
    load().catch((error: unknown) =>
      warnOnce(document, tag, `could not load the code of <${tag}> (${String(error)}); it stays as written.`),
    );
  }
  if (waiting.size) return;
  observer?.disconnect();
  observer = undefined;
}
