/**
 * A figure the server rendered (news-elements/ssr, served by test/support/ssr-middleware.mjs), whose
 * picture or player failed before the page's script hydrated it: those load and error events came
 * and went unheard, and the figure must still show and say what it would have.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

type Figure = HTMLElement & { updateComplete: Promise<unknown>; error: boolean };

let frame: Frame | undefined;
afterEach(() => frame?.remove());

/** `markup` rendered by news-elements/ssr into a page of its own. */
async function serverRendered(markup: string) {
  frame = await serverRenderedFrame(markup);
  return frame.contentDocument!;
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
    const warned = await hydrateFrame(doc, figures);
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
