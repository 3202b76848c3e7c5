/**
 * A link to a picture (`#image-<n>`) on a page whose gallery above it never gets its code (offline,
 * or a deploy that took the chunk away): the lightbox waits a while for the gallery's pictures to
 * count, then opens on the picture named as the page stands. One test: the address is read once
 * per page, as the lightbox's code lands.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsFigure } from '../src/figure/figure.js';

const A = '/stories/assets';

describe('a link to a picture below a gallery whose code never comes', () => {
  const address = location.href;
  after(() => history.replaceState(null, '', address));

  it('still opens the viewer on the picture named', async () => {
    history.replaceState(null, '', `${address.replace(/#.*/, '')}#image-1`);
    // No gallery code is imported in this file: <news-gallery> stays undefined.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <news-gallery></news-gallery>
        <news-figure zoomable src="${A}/city-800x450.jpg" alt="Towers at dusk"></news-figure>
      </div>`,
    );
    await import('../src/figure/define.js');
    const figure = wrapper.querySelector<NewsFigure>('news-figure')!;
    await waitUntil(() => figure.shadowRoot?.querySelector('dialog')?.open, 'the viewer opens', {
      timeout: 6000,
    });
    expect(customElements.get('news-gallery')).to.equal(undefined);
    figure.shadowRoot!.querySelector('dialog')!.close();
  });
});
