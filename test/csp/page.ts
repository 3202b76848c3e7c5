/**
 * Runs after the single-file bundle (module scripts run in order): adds a bare instance of every
 * element the page's markup does not mention (the list comes from test/support/stories-plugin.mjs,
 * so a new component is covered), then waits until every element has rendered and resolves
 * `window.__cspReady` with what it found.
 */
interface Ready {
  tags: string[];
  undefinedTags: string[];
  empty: string[];
}
type Updatable = Element & { updateComplete?: Promise<unknown> };

function* deep(root: Node): Generator<Element> {
  if (root instanceof Element) {
    yield root;
    if (root.shadowRoot) yield* deep(root.shadowRoot);
  }
  for (let child = root.firstChild; child; child = child.nextSibling) yield* deep(child);
}

async function ready(): Promise<Ready> {
  const path = '/__news/elements.js';
  const { elements } = (await import(/* @vite-ignore */ path)) as { elements: { tag: string }[] };
  const tags = elements.map((e) => e.tag);
  for (const tag of tags)
    if (!document.querySelector(tag)) document.querySelector('main')!.append(document.createElement(tag));
  // Elements few pages hold are fetched once the page holds one (src/elements.ts, on sight).
  const defined = Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 5000))]);
  const undefinedTags = tags.filter((tag) => !customElements.get(tag));
  for (let round = 0; round < 10; round++) {
    const pending = [...deep(document.body)].filter(
      (el): el is Updatable => typeof (el as Updatable).updateComplete?.then === 'function',
    );
    const done = await Promise.all(pending.map((el) => el.updateComplete));
    if (done.every((d) => d === true)) break;
  }
  const empty = tags.filter((tag) => {
    const el = document.querySelector(tag);
    // <news-article-body> renders into the light DOM, the others into their shadow roots.
    const rendered = el?.shadowRoot ? el.shadowRoot.childNodes.length : el?.children.length;
    return customElements.get(tag) && !rendered;
  });
  return { tags, undefinedTags, empty };
}

(window as unknown as { __cspReady: Promise<Ready> }).__cspReady = ready();
