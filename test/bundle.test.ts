/**
 * The single-file bundle, as a newsroom would embed it: a plain HTML page with one
 * <script type="module"> (here loaded twice) and plain tags. This is the one test that uses dist/;
 * `npm test` builds it first.
 */
import { expect } from '@open-wc/testing';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

async function tagsFromManifest(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName!);
}

/** The plain page, loaded; `errors` is what it recorded from before its modules ran. */
async function loadPlainPage(): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/bundle/plain-page.html';
  document.body.append(frame);
  await loaded;
  return { frame, errors: (frame.contentWindow as Window & { __errors: string[] }).__errors };
}

describe('dist/news-elements.js in a plain HTML page', () => {
  it('asks for the code a list from items needs all at once, not one chunk after another', async () => {
    // A browser finds a module's imports only once it has the module: each chunk found that way
    // would be a round trip more before the stories show (on a phone's network, 100 ms or more).
    // First in the file: no chunk is in the browser's cache yet, where one arrives at once.
    const { frame, errors } = await loadPlainPage();
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('news-teaser-list');
      const start = win.performance.now();
      const list = doc.createElement('news-teaser-list') as HTMLElement & {
        items: { headline: string; href: string }[];
        updateComplete: Promise<boolean>;
      };
      list.items = [{ headline: 'Harbour dredging to resume in spring', href: '/harbour' }];
      doc.getElementById('content')!.append(list);
      await list.updateComplete;
      const teaser = list.shadowRoot!.querySelector('news-teaser') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await teaser.updateComplete;
      expect(teaser.shadowRoot!.querySelector('a')!.textContent).to.equal(
        'Harbour dredging to resume in spring',
      );

      const chunks = win.performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= start && /\/dist\/news-elements-[^/]+\.js$/.test(e.name));
      expect(chunks.length, "the list's code and the chunks it imports").to.be.greaterThan(1);
      const firstHere = Math.min(...chunks.map((e) => (e as PerformanceResourceTiming).responseEnd));
      const askedLater = chunks.filter((e) => e.startTime > firstHere).map((e) => e.name.split('/').pop());
      expect(askedLater, 'chunks asked for only after another had arrived').to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('defines and upgrades every element in the manifest, even when loaded twice', async () => {
    const tags = await tagsFromManifest();
    expect(tags.length, 'elements in custom-elements.json').to.be.greaterThan(0);
    const { frame, errors } = await loadPlainPage();
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const main = doc.getElementById('content')!;
      for (const tag of tags) main.append(doc.createElement(tag));
      await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
      for (const tag of tags) {
        const el = main.querySelector(tag)!;
        expect(el.constructor, `<${tag}> upgraded`).to.equal(win.customElements.get(tag));
      }
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
