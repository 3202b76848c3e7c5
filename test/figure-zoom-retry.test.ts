/**
 * A zoomable figure whose lightbox code failed to load (offline, a deploy mid-way) shows its largest
 * picture in a new tab, opened within the click (a browser allows a new tab only while the click's
 * activation lasts: a few seconds, less in Safari, and a hanging request outlasts it). The code is
 * asked for again at each click, once, as the reader comes to the button (a pointer, Tab), and never
 * at a render (a loop); once it comes, the zoom opens the lightbox. The page's one warning stays
 * one. Its own page: the importer below stands in for the chunk from the first figure on.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { zoomCode } from '../src/figure/zoom-button.js';

const A = '/stories/assets';

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
  it('opens the largest picture in a new tab within the click, asks again as the reader comes back, and opens the lightbox once the code comes', async () => {
    const warn = sinon.stub(console, 'warn');
    const tab = sinon.stub(window, 'open').returns(null);
    // The page shows the small candidate in its narrow column.
    const el = await fixture<NewsFigure>(
      html`<news-figure
        zoomable
        style="inline-size: 300px"
        src="${A}/city-800x450.jpg"
        srcset="${A}/city-800x450.jpg 800w, ${A}/city-1600x900.jpg 1600w"
        sizes="300px"
        alt="Towers at dusk"
        caption="The new district"
      ></news-figure>`,
    );
    await waitUntil(() => el.loaded, 'the picture shows');
    // Asked for as the figure first rendered, before any click.
    expect([dialog(el), attempts]).to.deep.equal([null, 1]);

    // Renders that are no new need ask nothing: a new caption, a re-render asked for.
    el.caption = 'The new district at dusk';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(attempts).to.equal(1);

    // Still offline: the click opens the largest picture at once, within the click, and asks once.
    zoom(el).click();
    expect(tab.args).to.deep.equal([[`${A}/city-1600x900.jpg`, '_blank', 'noopener']]);
    await el.updateComplete;
    expect([dialog(el), attempts]).to.deep.equal([null, 2]);

    // Coming to the button asks again, before a click: a pointer (a touch too), or focus.
    for (const event of [new PointerEvent('pointerenter'), new FocusEvent('focus')]) {
      zoom(el).dispatchEvent(event);
      await waitUntil(() => !zoomCode().pending, 'the attempt has failed');
    }
    expect(attempts).to.equal(4);

    // Back online: coming to the button brings the code, and the click opens the lightbox, with no new tab.
    online = true;
    zoom(el).dispatchEvent(new FocusEvent('focus'));
    expect(attempts).to.equal(5);
    await waitUntil(() => zoomCode().module, 'the code comes');
    zoom(el).click();
    await el.updateComplete;
    expect([dialog(el)?.open, attempts, tab.callCount]).to.deep.equal([true, 5, 1]);
    dialog(el)!.close();
    await el.updateComplete;

    // The code is here: coming back and clicking ask nothing.
    zoom(el).dispatchEvent(new PointerEvent('pointerenter'));
    zoom(el).click();
    await el.updateComplete;
    expect([dialog(el)?.open, attempts]).to.deep.equal([true, 5]);
    dialog(el)!.close();
    await el.updateComplete;
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the lightbox code; showing a simpler version.'],
    ]);
    warn.restore();
    await expect(el).to.be.accessible();
  });
});
