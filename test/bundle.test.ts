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
