/**
 * A figure the server rendered (news-elements/ssr, served by test/support/ssr-middleware.mjs), whose
 * picture or player failed before the page's script hydrated it: those load and error events came
 * and went unheard, and the figure must still show and say what it would have.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { serverRenderedFrame, type Frame } from './support/server-rendered.js';

type Figure = HTMLElement & { updateComplete: Promise<unknown>; error: boolean };

let frame: Frame | undefined;
afterEach(() => frame?.remove());

/** `markup` rendered by news-elements/ssr into a page of its own. */
async function serverRendered(markup: string) {
  frame = await serverRenderedFrame(markup);
  return frame.contentDocument!;
}

/** Loads the hydration entry; resolves with what the page warned once `figures` have settled. */
async function hydrate(doc: Document, figures: Figure[]) {
  const win = doc.defaultView as Window & typeof globalThis;
  const warned: string[] = [];
  win.console.warn = (...args: unknown[]) => {
    if (!/Lit is in dev mode/.test(args.join(' '))) warned.push(args.join(' '));
  };
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/ssr/hydrate.ts';
  const ran = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  doc.head.append(script);
  await ran;
  await win.customElements.whenDefined('news-figure');
  // The hydrating update, the one it asks for, and the one what it found asks for.
  for (let round = 0; round < 3; round++) await Promise.all(figures.map((el) => el.updateComplete));
  return warned;
}

describe('news-figure hydrated over the server’s HTML', () => {
  it('takes up the load or error a picture or player had before hydration: placeholder, warning, one event each', async () => {
    const doc = await serverRendered(
      `<news-figure id="photo" src="/stories/assets/no-such-photo.jpg" alt="Lost photo" loading="eager" caption="Still here"></news-figure>
      <news-figure id="clip" type="video" src="/stories/assets/missing.mp4" caption="Gone"></news-figure>
      <news-figure id="pier" src="/stories/assets/city-800x450.jpg" alt="The north pier" width="800" height="450" loading="eager"></news-figure>`,
    );
    const figures = ['photo', 'clip', 'pier'].map((id) => doc.getElementById(id) as Figure);
    const [img, shown] = [figures[0]!, figures[2]!].map((el) => el.shadowRoot!.querySelector('img')!);
    const video = figures[1]!.shadowRoot!.querySelector('video')!;
    await waitUntil(
      () => img!.complete && shown!.complete && video.error,
      'all settled before any script ran',
    );
    const events: string[] = [];
    for (const type of ['news-figure-error', 'news-figure-load'])
      doc.addEventListener(type, (event) => events.push(`${type} ${(event.target as Element).id}`));
    const warned = await hydrate(doc, figures);
    expect(events.sort()).to.deep.equal([
      'news-figure-error clip',
      'news-figure-error photo',
      'news-figure-load pier',
    ]);
    expect(figures[2]!.hasAttribute('loaded'), 'the picture that loaded').to.equal(true);
    expect(figures.map((el) => el.error && el.hasAttribute('error'))).to.deep.equal([true, true, false]);
    expect(warned).to.have.length(2);
    for (const warning of warned) expect(warning).to.contain('could not load');
    // The same nodes the server drew: no broken-image icon, no player left to focus.
    expect(img!.isConnected && getComputedStyle(img!).opacity, 'no broken-image icon').to.equal('0');
    expect(video.isConnected && video.hidden, 'the player hidden').to.equal(true);
  });
});
