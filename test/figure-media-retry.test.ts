/**
 * A video or audio figure whose player's code failed to load (offline, a deploy mid-way) shows its
 * fallback link, and asks for that code again at a later need: a new figure, a new `src`. Never at
 * every render (a failed attempt re-renders the figure: asking then would loop), and the page's one
 * warning stays one. Its own page: the importer below stands in for the chunk from the first figure on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import { mediaCode, type NewsFigure } from '../src/figure/figure.js';

const CLIP = '/stories/assets/tone-2s.wav';
const POSTER = '/stories/assets/city-800x450.jpg';

/** Whether the chunk can be fetched (the reader is online, the deploy is done), and how often it was asked for. */
let online = false;
let attempts = 0;
Object.assign(mediaCode, {
  importer: () => {
    attempts++;
    return online
      ? import('../src/figure/media.js')
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  },
});

const link = (el: NewsFigure) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.frame a');
const player = (el: NewsFigure) => el.shadowRoot!.querySelector('video, audio');

afterEach(() => sinon.restore());

describe('news-figure whose player’s code failed', () => {
  it('asks for it again once per later need, and draws the player once it comes', async () => {
    const warn = sinon.stub(console, 'warn');
    const first = await fixture<NewsFigure>(
      html`<news-figure
        type="video"
        src=${CLIP}
        poster=${POSTER}
        caption="The harbour at first light"
      ></news-figure>`,
    );
    expect([link(first)?.getAttribute('href'), player(first), attempts]).to.deep.equal([CLIP, null, 1]);

    // Renders that are no new need ask nothing: a new caption, a re-render asked for.
    first.caption = 'The harbour at noon';
    await first.updateComplete;
    first.requestUpdate();
    await first.updateComplete;
    expect(attempts).to.equal(1);

    // Still offline: a new address asks once, and keeps the link to it.
    const other = `${CLIP}?take=2`;
    first.src = other;
    await first.updateComplete;
    expect([link(first)?.getAttribute('href'), player(first), attempts]).to.deep.equal([other, null, 2]);

    // Back online: three figures that appear together share one attempt, and each gets its player.
    online = true;
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <news-figure type="audio" src=${CLIP}></news-figure>
        <news-figure type="audio" src=${CLIP}></news-figure>
        <news-figure type="video" src=${CLIP}></news-figure>
      </div>
    `);
    const figures = [...wrapper.querySelectorAll('news-figure')];
    await Promise.all(figures.map((el) => el.updateComplete));
    expect(figures.map((el) => [player(el)?.localName, link(el)])).to.deep.equal([
      ['audio', null],
      ['audio', null],
      ['video', null],
    ]);
    expect(attempts).to.equal(3);

    // The first figure's next need finds the code here: its player, with nothing asked again.
    first.src = CLIP;
    await first.updateComplete;
    expect([player(first)?.getAttribute('src'), link(first), attempts]).to.deep.equal([CLIP, null, 3]);
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the media player code; showing a simpler version.'],
    ]);
    warn.restore();
    await expect(first).to.be.accessible();
  });
});
