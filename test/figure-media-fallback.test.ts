/**
 * A video or audio figure whose player's code (src/figure/media.ts, a chunk fetched on demand)
 * cannot load: offline, or a deploy that took the old chunk away. The reader still gets the poster,
 * the caption and credit, and a plain link to the file; the page gets one warning. The import fails
 * for this whole page (it is tried once per page), so the first test sees the one warning.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import { mediaCode, type NewsFigure } from '../src/figure/figure.js';

const CLIP = '/stories/assets/tone-2s.wav';
const POSTER = '/stories/assets/city-800x450.jpg';

// Before any figure here asks for it: the chunk is gone.
Object.assign(mediaCode, {
  importer: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
});

const link = (el: NewsFigure) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.frame a');
const caption = (el: NewsFigure) =>
  el.shadowRoot!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');

afterEach(() => sinon.restore());

describe('news-figure whose player’s code cannot load', () => {
  it('links to the video from its poster, keeps caption and credit, and warns once', async () => {
    const warn = sinon.stub(console, 'warn');
    const wrapper = await fixture<HTMLElement>(html`
      <div style="inline-size: 400px">
        <news-figure
          type="video"
          src=${CLIP}
          poster=${POSTER}
          width="800"
          height="450"
          caption="The harbour at first light"
          credit="Harbour Films"
        ></news-figure>
      </div>
    `);
    const el = wrapper.querySelector('news-figure')!;
    await el.updateComplete;
    const a = link(el)!;
    expect(a.getBoundingClientRect().height, 'the poster fills the box kept for the video').to.equal(225);
    expect(a.getAttribute('href')).to.equal(CLIP);
    expect(a.textContent!.trim()).to.equal('Video');
    expect(a.querySelector('img')!.getAttribute('src')).to.equal(POSTER);
    expect(caption(el)).to.contain('The harbour at first light').and.contain('Harbour Films');
    expect(el.shadowRoot!.querySelector('video')).to.equal(null);
    expect(warn.args).to.deep.equal([
      ['news-elements: could not load the media player code; showing a simpler version.'],
    ]);
    warn.restore();
    await expect(el).to.be.accessible();
  });

  it('links to an audio clip in the figure’s language; never to an unsafe address, nor over a written player', async () => {
    const el = await fixture<NewsFigure>(
      html`<news-figure type="audio" src=${CLIP} locale="ko" caption="보신각 종소리"></news-figure>`,
    );
    const a = link(el)!;
    expect(a.getAttribute('href')).to.equal(CLIP);
    expect([a.querySelector('img'), a.textContent!.trim(), a.querySelector('span')!.lang]).to.deep.equal([
      null,
      '오디오',
      'ko',
    ]);
    await expect(el).to.be.accessible();

    const warn = sinon.stub(console, 'warn');
    const unsafe = await fixture<NewsFigure>(
      html`<news-figure type="video" src="javascript:alert(1)" caption="Still here"></news-figure>`,
    );
    expect(link(unsafe)).to.equal(null);
    expect(caption(unsafe)).to.contain('Still here');
    expect(warn).to.have.been.calledOnce;
    const own = await fixture<NewsFigure>(
      html`<news-figure type="video" src=${CLIP} caption="Their own">
        <video controls src=${CLIP}></video>
      </news-figure>`,
    );
    expect(link(own)).to.equal(null);
    expect(own.querySelector('video')!.controls).to.equal(true);
  });
});
