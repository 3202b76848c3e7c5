/**
 * A zoomable figure whose lightbox code failed to load (offline, a deploy mid-way) asks for it again
 * each time the reader activates the zoom, once, and never at a render (a loop); until it comes,
 * the zoom shows the picture itself in a new tab. The page's one warning stays one. Its own page:
 * the importer below stands in for the chunk from the first figure on.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { zoomCode } from '../src/figure/zoom-button.js';

const PICTURE = '/stories/assets/market-1200x1600.jpg';

/** Whether the chunk can be fetched (the reader is online, the deploy is done), and how often it was asked for. */
let online = false;
let attempts = 0;
Object.assign(zoomCode(), {
  importer: () => {
    attempts++;
    return online
      ? import('../src/figure/zoom.js')
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  },
});

const zoom = (el: NewsFigure) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.zoom')!;
const dialog = (el: NewsFigure) => el.shadowRoot!.querySelector('dialog');

afterEach(() => {
  sinon.restore();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('news-figure whose lightbox code failed', () => {
  it('shows the picture in a new tab, asks again once per click, and opens the lightbox once the code comes', async () => {
    const warn = sinon.stub(console, 'warn');
    const tab = sinon.stub(window, 'open').returns(null);
    const el = await fixture<NewsFigure>(
      html`<news-figure
        zoomable
        src=${PICTURE}
        alt="Market stalls"
        caption="Stalls open at dawn"
      ></news-figure>`,
    );
    await waitUntil(() => el.loaded, 'the picture shows');
    expect([dialog(el), attempts]).to.deep.equal([null, 1]);

    // Renders that are no new need ask nothing: a new caption, a re-render asked for.
    el.caption = 'Stalls open before dawn';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(attempts).to.equal(1);

    // Still offline: the click asks once, and the reader gets the picture itself.
    zoom(el).click();
    await el.updateComplete;
    expect([dialog(el), attempts]).to.deep.equal([null, 2]);
    expect(tab.args).to.deep.equal([[new URL(PICTURE, location.href).href, '_blank', 'noopener']]);

    // Back online: the next click brings the code and opens the lightbox, with no new tab.
    online = true;
    zoom(el).click();
    await el.updateComplete;
    expect([dialog(el)?.open, attempts, tab.callCount]).to.deep.equal([true, 3, 1]);
    dialog(el)!.close();
    await el.updateComplete;

    // The code is here: a later click asks nothing.
    zoom(el).click();
    await el.updateComplete;
    expect([dialog(el)?.open, attempts]).to.deep.equal([true, 3]);
    dialog(el)!.close();
    await el.updateComplete;
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the lightbox code; showing a simpler version.'],
    ]);
    warn.restore();
    await expect(el).to.be.accessible();
  });
});
