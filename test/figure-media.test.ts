import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/figure/define.js';
import { mediaCode, type NewsFigure } from '../src/figure/figure.js';
import { isWebKit } from './support/engines.js';

// A two-second tone (8 kHz PCM WAV, written by a script: every engine plays it, in <audio> and,
// as sound only, in <video>), the story images as posters, and WebVTT subtitles.
const CLIP = '/stories/assets/tone-2s.wav';
const POSTER = '/stories/assets/city-800x450.jpg';
const SUBTITLES = '/stories/assets/subtitles-en.vtt';
/** A URL never fetched before, so the media cannot be in the memory cache yet. */
const fresh = (url: string) => `${url}?t=${Math.random().toString(36).slice(2)}`;

const $ = <T extends Element = HTMLElement>(el: NewsFigure, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const frame = (el: NewsFigure) => $(el, '.frame')!;
const caption = (el: NewsFigure) => $(el, 'figcaption')!;
/** The caption through its slots: what a screen reader reads, or with `visible`, what is seen. */
function flatText(el: NewsFigure, visible = false) {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node.nodeType == Node.TEXT_NODE) parts.push(node.textContent!);
    else if (
      visible
        ? !(node as Element).classList?.contains('visually-hidden')
        : (node as Element).getAttribute?.('aria-hidden') !== 'true'
    )
      node.childNodes.forEach(walk);
  };
  walk(caption(el));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
const height = (node: Element) => node.getBoundingClientRect().height;

/** Resolves with the figure's next load or error event. */
const settled = (el: NewsFigure) =>
  el.loaded || el.error
    ? Promise.resolve()
    : new Promise<unknown>((resolve) => {
        el.addEventListener('news-figure-load', resolve, { once: true });
        el.addEventListener('news-figure-error', resolve, { once: true });
      });

afterEach(() => sinon.restore());

describe('news-figure with video and audio', () => {
  it('plays a video with the browser’s controls, its poster, subtitles and "Video:" credit', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure
        type="video"
        src=${fresh(CLIP)}
        poster=${POSTER}
        width="800"
        height="450"
        caption="The harbour at first light"
        credit="Harbour Films"
        zoomable
        .tracks=${[{ src: SUBTITLES, srclang: 'en', label: 'English', default: true }]}
      ></news-figure>
    `);
    const video = $<HTMLVideoElement>(el, 'video')!;
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('preload')).to.equal('metadata');
    expect(video.getAttribute('poster')).to.equal(POSTER);
    const track = video.querySelector('track')!;
    expect([track.kind, track.srclang, track.label, track.default]).to.deep.equal([
      'subtitles',
      'en',
      'English',
      true,
    ]);
    expect(track.getAttribute('src')).to.equal(SUBTITLES);
    expect(flatText(el)).to.equal('The harbour at first light Video: Harbour Films');
    // A player is not a picture to enlarge.
    expect($(el, '.zoom')).to.equal(null);
    await settled(el);
    expect(el.loaded).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('leaves out subtitles whose src is no address, and tracks that are no JSON list, one warning each', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsFigure>(html`
      <news-figure
        type="video"
        src=${fresh(CLIP)}
        caption="The harbour at dawn"
        .tracks=${[{ src: 'https://', srclang: 'en' }]}
      ></news-figure>
    `);
    expect($(el, 'video'), 'the player is drawn').to.exist;
    expect($(el, 'video track')).to.equal(null);
    expect(caption(el).textContent).to.contain('The harbour at dawn');
    const bad = await fixture<NewsFigure>(
      html`<news-figure type="video" src=${fresh(CLIP)} tracks="[{src:"></news-figure>`,
    );
    expect($(bad, 'video')).to.exist;
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-elements: <news-figure> left out subtitles whose src "https://" is no http(s) or relative URL.',
      'news-elements: <news-figure> tracks must be a JSON list of { src, srclang, label, kind }; ignored.',
    ]);
    await settled(el);
    await settled(bad);
  });

  it('takes its subtitles from the tracks attribute as JSON', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure
        type="video"
        src=${fresh(CLIP)}
        tracks='[{"src": "${SUBTITLES}", "srclang": "en", "label": "English", "kind": "captions"}]'
      ></news-figure>
    `);
    const track = $<HTMLTrackElement>(el, 'video track')!;
    expect([track.kind, track.srclang, track.label]).to.deep.equal(['captions', 'en', 'English']);
    await settled(el);
  });

  it('loads subtitles from another origin with crossorigin, and warns once without it', async () => {
    // This server under its other name is another origin; `?cors=1` makes it share the file.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const tracks = [{ src: `//${other}:${location.port}${SUBTITLES}?cors=1`, srclang: 'en', default: true }];
    const warn = sinon.stub(console, 'warn');
    const shared = await fixture<NewsFigure>(
      html`<news-figure
        type="video"
        src=${fresh(CLIP)}
        crossorigin="anonymous"
        .tracks=${tracks}
      ></news-figure>`,
    );
    const bare = await fixture<NewsFigure>(
      html`<news-figure type="video" src=${fresh(CLIP)} .tracks=${tracks}></news-figure>`,
    );
    const track = (el: NewsFigure) => $<HTMLTrackElement>(el, 'video track')!;
    expect($(shared, 'video')!.getAttribute('crossorigin')).to.equal('anonymous');
    expect($(bare, 'video')!.hasAttribute('crossorigin')).to.equal(false);
    // As a reader turning subtitles on: WebKit shows a default track only when the reader's caption
    // preferences ask for it, so it would not load them at all.
    for (const el of [shared, bare]) track(el).track.mode = 'hidden';
    // A track loads after its player has begun to, which takes seconds on a busy machine.
    const loading = { timeout: 5000 };
    await waitUntil(
      () => track(shared).readyState === HTMLTrackElement.LOADED,
      'the shared subtitles load',
      loading,
    );
    expect(track(shared).track.cues!.length).to.be.above(0);
    // Chromium and Firefox refuse a track from elsewhere outside CORS mode; WebKitGTK loads it anyway.
    const expected = isWebKit ? HTMLTrackElement.LOADED : HTMLTrackElement.ERROR;
    await waitUntil(
      () => track(bare).readyState === expected,
      'without crossorigin they fail (not in WebKit)',
      loading,
    );
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(
      /^news-elements: <news-figure> subtitles .+ come from another origin: set crossorigin="anonymous"/,
    );
    await Promise.all([settled(shared), settled(bare)]);
  });

  it('ignores a crossorigin that is not anonymous or use-credentials, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsFigure>(
      html`<news-figure type="audio" src=${fresh(CLIP)} crossorigin="yes please"></news-figure>`,
    );
    expect($(el, 'audio')!.hasAttribute('crossorigin')).to.equal(false);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.include('crossorigin "yes please" is not anonymous or use-credentials');
    await settled(el);
  });

  it('draws an audio player as one row of the same height in every engine', async () => {
    const el = await fixture<NewsFigure>(
      html`<news-figure
        type="audio"
        src=${fresh(CLIP)}
        caption="The harbour master, in full."
      ></news-figure>`,
    );
    // 3.5rem: the engines' own players are 40 to 54 px tall.
    expect(height(frame(el))).to.equal(56);
    expect(height($(el, 'audio')!)).to.equal(56);
    await settled(el);
  });

  it('reserves the video’s box from its size before any metadata arrives', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <div style="inline-size: 400px">
        <news-figure type="video" src=${fresh(CLIP)} poster=${POSTER} width="800" height="450"></news-figure>
      </div>
    `).querySelector('news-figure')!;
    await el.updateComplete;
    const before = height(frame(el));
    expect(before).to.equal(225);
    expect(el.loaded).to.equal(false);
    await settled(el);
    await el.updateComplete;
    expect(height(frame(el))).to.equal(before);
  });

  it('reserves a written video’s box from its own size before the player’s code has come', async () => {
    // The player's code held back, as on a first visit over a slow network.
    const code = mediaCode.module;
    let land!: () => void;
    const coming = new Promise<void>((resolve) => (land = resolve));
    mediaCode.module = undefined;
    Object.defineProperty(mediaCode, 'pending', { get: () => coming, configurable: true });
    let el!: NewsFigure;
    let before: number;
    try {
      el = fixtureSync<HTMLElement>(html`
        <div style="inline-size: 400px">
          <news-figure caption="The harbour at first light">
            <video
              controls
              preload="none"
              src=${fresh(CLIP)}
              poster=${POSTER}
              width="640"
              height="480"
            ></video>
          </news-figure>
        </div>
      `).querySelector('news-figure')!;
      await waitUntil(() => el.hasUpdated, 'the first render');
      before = height(frame(el));
    } finally {
      mediaCode.module = code;
      delete (mediaCode as { pending?: unknown }).pending;
      land();
    }
    await el.updateComplete;
    expect([before, height(frame(el))]).to.deep.equal([300, 300]);
  });

  it('gives a video without a size the common 16:9 box', async () => {
    const el = await fixture<NewsFigure>(html`
      <div style="inline-size: 320px"><news-figure type="video" src=${fresh(CLIP)}></news-figure></div>
    `).then((div) => div.querySelector('news-figure')!);
    expect(height(frame(el))).to.equal(180);
    await settled(el);
  });

  it('shows the duration as a clock, and says it in words', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure type="video" src=${fresh(CLIP)} duration="PT3M20S" caption="Boats leave"></news-figure>
    `);
    expect(flatText(el, true)).to.equal('3:20 Boats leave');
    expect(flatText(el)).to.match(/^3 minutes,? 20 seconds Boats leave$/);
    await settled(el);
    // The written duration stays: the file's own is only for when none is given.
    expect(flatText(el, true)).to.equal('3:20 Boats leave');
  });

  it('writes the duration in the language’s digits and words, with its credit label', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure locale="ar-EG" type="video" src=${fresh(CLIP)} duration="200" credit="وكالة"></news-figure>
    `);
    expect($(el, '.duration [aria-hidden]')!.textContent).to.equal('٣:٢٠');
    expect($(el, '.duration .visually-hidden')!.textContent).to.match(/٣.*دقائق.*٢٠.*ثانية/);
    expect(flatText(el)).to.match(/فيديو: وكالة$/);
    await settled(el);
  });

  it('shows an audio clip’s own duration once its metadata loads, credited "Audio:"', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure type="audio" src=${fresh(CLIP)} credit="Radio Harbour"></news-figure>
    `);
    const audio = $<HTMLAudioElement>(el, 'audio')!;
    expect(audio.controls).to.equal(true);
    expect(audio.getAttribute('preload')).to.equal('metadata');
    await settled(el);
    await el.updateComplete;
    expect(el.loaded).to.equal(true);
    expect(flatText(el, true)).to.equal('0:02 Radio Harbour');
    expect(flatText(el)).to.equal('2 seconds Audio: Radio Harbour');
  });

  it('keeps a slotted video and its own tracks, and reads its duration', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure credit="Harbour Films">
        <video controls preload="metadata" src=${fresh(CLIP)} poster=${POSTER} width="800" height="450">
          <track kind="captions" srclang="en" label="English" src=${SUBTITLES} />
        </video>
      </news-figure>
    `);
    await settled(el);
    await el.updateComplete;
    expect($(el, 'video')).to.equal(null);
    expect(el.querySelector('video > track')!.getAttribute('srclang')).to.equal('en');
    expect(el.loaded).to.equal(true);
    expect(flatText(el)).to.equal('2 seconds Video: Harbour Films');
    expect(getComputedStyle(frame(el)).aspectRatio).to.equal('800 / 450');
  });

  for (const type of ['video', 'audio'])
    it(`shows the placeholder for ${type === 'video' ? 'a video' : 'an audio clip'} that cannot load, with one warning`, async () => {
      const warn = sinon.stub(console, 'warn');
      const page = await fixture<HTMLElement>(html`
        <div>
          <button>Before</button>
          <news-figure
            type=${type}
            src="/stories/assets/missing.mp4"
            poster=${POSTER}
            caption="Gone"
          ></news-figure>
          <button>After</button>
        </div>
      `);
      const el = page.querySelector<NewsFigure>('news-figure')!;
      await settled(el);
      await el.updateComplete;
      expect(el.error).to.equal(true);
      expect(el.loaded).to.equal(false);
      // No dead player drawn, and no controls left to reach by keyboard; the placeholder keeps the
      // player's box (a video's shape, an audio player's row).
      expect($<HTMLMediaElement>(el, type)!.checkVisibility(), 'the player').to.equal(false);
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'Tab from the button before').to.equal(page.lastElementChild);
      expect(height(frame(el))).to.be.greaterThan(type === 'video' ? 100 : 0);
      expect(warn).to.have.been.calledOnce;
      expect(String(warn.firstCall.args[0])).to.contain('could not load').and.contain('missing.mp4');
      expect(flatText(el, true)).to.equal('Gone');
    });

  it('names what is missing when a video or audio figure has no src', async () => {
    for (const type of ['video', 'audio']) {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsFigure>(html`<news-figure type=${type} caption="Soon"></news-figure>`);
      await el.updateComplete;
      warn.restore();
      expect(el.error, type).to.equal(true);
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        `news-elements: <news-figure> has no ${type} (set src, or put a <${type}> inside).`,
      ]);
      expect(flatText(el, true)).to.equal('Soon');
    }
  });

  it('hides a slotted video whose last source fails, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsFigure>(html`
      <news-figure caption="Gone">
        <video controls preload="metadata" poster=${POSTER}>
          <source src="/stories/assets/missing.webm" type="video/webm" />
          <source src="/stories/assets/missing.mp4" type="video/mp4" />
        </video>
      </news-figure>
    `);
    await settled(el);
    expect(el.error).to.equal(true);
    expect(getComputedStyle(el.querySelector('video')!).visibility).to.equal('hidden');
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('could not load');
  });

  it('ignores an unknown type and a bad duration, one warning each', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsFigure>(html`
      <news-figure type="podcast" src=${POSTER} alt=""></news-figure>
    `);
    expect($(el, 'img')).to.exist;
    const audio = await fixture<NewsFigure>(html`
      <news-figure type="audio" src=${fresh(CLIP)} duration="soon" caption="Clip"></news-figure>
    `);
    await settled(audio);
    expect(warn).to.have.been.calledTwice;
    expect(String(warn.firstCall.args[0])).to.contain('type="podcast"');
    expect(String(warn.secondCall.args[0])).to.contain('duration="soon"');
    expect(flatText(audio, true)).to.not.contain('NaN');
  });
});
