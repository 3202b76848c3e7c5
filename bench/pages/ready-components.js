/* global window, document, customElements, requestAnimationFrame */
// Benchmark probe for the pages with custom elements: resolves window.__ready with the time (ms
// since navigation start) at which every element is defined, rendered (updates settled, a long
// list's last block included) and painted. Runs after the page's modules (module scripts run in order).
function* deep(root) {
  if (root.nodeType === 1) {
    yield root;
    if (root.shadowRoot) yield* deep(root.shadowRoot);
  }
  for (let child = root.firstChild; child; child = child.nextSibling) yield* deep(child);
}
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const lit = (el) => el.updateComplete && el.updateComplete.then;

async function ready() {
  // The modules have run by now: a tag no module defined is reported, not waited for.
  const tags = new Set(
    [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('news-')),
  );
  window.__undefinedTags = [...tags].filter((tag) => !customElements.get(tag));
  let at = 0;
  for (let round = 0; round < 10; round++) {
    // The page's own elements first (a list's updateComplete covers its last block); the elements
    // in their shadow trees render in the same tasks.
    await Promise.all([...document.body.querySelectorAll('*')].filter(lit).map((el) => el.updateComplete));
    await frame();
    await frame();
    at = performance.now();
    // Checked after the time is taken, in a task of its own, so that walking every shadow tree
    // counts neither in the time nor as a long task of the page: did anything, at any depth,
    // still have an update to make? Then wait for it and measure again.
    await new Promise((resolve) => setTimeout(resolve));
    const pending = [...deep(document.body)].filter(
      (el) => lit(el) && (el.isUpdatePending || !el.hasUpdated),
    );
    if (!pending.length) break;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
  performance.mark('news-ready');
  return at;
}
window.__ready = ready();
