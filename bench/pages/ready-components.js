/* global window, document, customElements, requestAnimationFrame */
// Benchmark probe for the component pages: resolves window.__ready with the time (ms since
// navigation start) at which every element is defined, rendered (updates settled) and painted.
// Runs after the bundle (module scripts run in order).
function* deep(root) {
  if (root.nodeType === 1) {
    yield root;
    if (root.shadowRoot) yield* deep(root.shadowRoot);
  }
  for (let child = root.firstChild; child; child = child.nextSibling) yield* deep(child);
}
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function ready() {
  // The bundle has run by now: a tag it did not define is reported, not waited for.
  const tags = new Set(
    [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('news-')),
  );
  window.__undefinedTags = [...tags].filter((tag) => !customElements.get(tag));
  for (let round = 0; round < 10; round++) {
    const pending = [...deep(document.body)].filter((el) => el.updateComplete && el.updateComplete.then);
    const done = await Promise.all(pending.map((el) => el.updateComplete));
    if (done.every((d) => d === true)) break;
  }
  await frame();
  await frame();
  performance.mark('news-ready');
  return performance.now();
}
window.__ready = ready();
