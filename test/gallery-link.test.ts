/**
 * A link to one picture (`#image-<n>`, the page's nth zoomable figure) on a page whose gallery
 * upgrades after the lightbox's code has read the address: the gallery's code comes on sight (or
 * late), and only then are its pictures zoomable, or drawn at all (from `items`). The viewer must
 * still open on the picture named. The lightbox reads the address once per page, as its code lands:
 * this file holds one test, and the address is set before any figure here is zoomable.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import type { GalleryItem } from '../src/gallery/gallery.js';

const A = '/stories/assets';
const dialog = (el: NewsFigure) => el.shadowRoot!.querySelector('dialog');

describe('a link to a picture of a gallery whose code comes later', () => {
  const address = location.href;
  after(() => history.replaceState(null, '', address));

  it('opens the viewer on the picture named once the gallery has upgraded', async () => {
    // Lead picture, the gallery's written one, then the two it draws from items: the fourth is named.
    history.replaceState(null, '', `${address.replace(/#.*/, '')}#image-4`);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <news-figure zoomable src="${A}/city-800x450.jpg" alt="Towers at dusk"></news-figure>
        <news-gallery>
          <news-figure src="${A}/harbour-800x800.jpg" alt="Boats in the harbour"></news-figure>
        </news-gallery>
      </div>`,
    );
    const items: GalleryItem[] = [
      { src: `${A}/market-1200x1600.jpg`, alt: 'Market stalls' },
      { src: `${A}/weightlifter-1200x800.jpg`, alt: 'A national record' },
    ];
    Object.assign(wrapper.querySelector('news-gallery')!, { items });
    const lead = wrapper.querySelector<NewsFigure>('news-figure')!;
    // The lead picture's viewer code has landed and read the address: the gallery's has not come.
    await lead.updateComplete;
    expect(dialog(lead)?.open).to.not.equal(true);
    await import('../src/gallery/define.js');
    const named = () => wrapper.querySelectorAll<NewsFigure>('news-figure')[3];
    await waitUntil(() => dialog(named()!)?.open, 'the viewer opens on the fourth picture');
    await named()!.updateComplete;
    expect(dialog(named()!)!.querySelector('img')!.alt).to.equal('A national record');
    expect(location.hash).to.equal('#image-4');
    dialog(named()!)!.close();
  });
});
