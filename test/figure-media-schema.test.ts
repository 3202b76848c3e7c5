import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article/define.js';
import '../src/figure/define.js';
import type { NewsArticle } from '../src/article/article.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { newsArticleSchema } from '../src/schema/index.js';
import { isoDuration } from '../src/text/duration.js';

// The JSON-LD of a story's video and audio: the schema module, and what <news-article
// structured-data> reads from its <news-figure type="video" | "audio">.
const CLIP = '/stories/assets/tone-2s.wav';
const POSTER = '/stories/assets/city-800x450.jpg';
const fresh = (url: string) => `${url}?t=${Math.random().toString(36).slice(2)}`;
/** Resolves with the figure's load or error. */
const settled = (el: NewsFigure) =>
  el.loaded || el.error
    ? Promise.resolve()
    : new Promise<unknown>((resolve) => {
        el.addEventListener('news-figure-load', resolve, { once: true });
        el.addEventListener('news-figure-error', resolve, { once: true });
      });

afterEach(() => sinon.restore());

describe('video and audio in JSON-LD', () => {
  it('describes a story’s video as a VideoObject and its audio as an AudioObject', () => {
    const schema = newsArticleSchema({
      headline: 'Boats leave at dawn',
      url: 'https://news.example/harbour',
      datetime: '2026-03-01T06:00:00Z',
      video: {
        src: '/media/harbour.mp4',
        poster: '/media/harbour.jpg',
        duration: 200,
        caption: 'The harbour at first light',
        credit: 'Harbour Films',
      },
      audio: { src: 'https://news.example/radio.mp3', duration: '1:02:03', name: 'Harbour radio' },
    });
    expect(schema.video).to.deep.equal([
      {
        '@type': 'VideoObject',
        contentUrl: 'https://news.example/media/harbour.mp4',
        name: 'The harbour at first light',
        description: 'The harbour at first light',
        thumbnailUrl: 'https://news.example/media/harbour.jpg',
        duration: 'PT3M20S',
        uploadDate: '2026-03-01T06:00:00Z',
        creditText: 'Harbour Films',
      },
    ]);
    expect(schema.audio![0]).to.include({
      '@type': 'AudioObject',
      name: 'Harbour radio',
      duration: 'PT1H2M3S',
    });
  });

  it('leaves out a media file that is no URL, and a duration that is none, with one warning each', () => {
    const warn = sinon.stub(console, 'warn');
    const schema = newsArticleSchema({
      headline: 'Boats',
      video: [{ src: 'javascript:alert(1)' }, { src: '/a.mp4', duration: 'soon' }],
    });
    expect(schema.video).to.deep.equal([{ '@type': 'VideoObject', contentUrl: '/a.mp4' }]);
    expect(warn).to.have.been.calledTwice;
  });

  it('is what <news-article structured-data> writes for its lead video, the poster its image', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Boats leave at dawn</h1>
        <p slot="dateline"><time datetime="2026-03-01">1 March</time></p>
        <news-figure
          slot="lead"
          type="video"
          src=${fresh(CLIP)}
          poster=${POSTER}
          duration="200"
          caption="The harbour at first light"
        ></news-figure>
      </news-article>
    `);
    await settled(article.querySelector('news-figure')!);
    await article.updateComplete;
    const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    const origin = location.origin;
    expect(data.image[0].url).to.equal(origin + POSTER);
    expect(data.video[0]).to.include({
      '@type': 'VideoObject',
      thumbnailUrl: origin + POSTER,
      duration: 'PT3M20S',
      name: 'The harbour at first light',
      uploadDate: '2026-03-01',
    });
    expect(data.video[0].contentUrl).to.contain('/stories/assets/tone-2s.wav');
    expect(data.audio).to.equal(undefined);
  });

  it('reads a video figure as a framework sets it: as properties', async () => {
    const article = await fixture<NewsArticle>(html`
      <news-article structured-data>
        <h1 slot="headline">Boats leave at dawn</h1>
        <p slot="dateline"><time datetime="2026-03-01">1 March</time></p>
        <news-figure
          slot="lead"
          .type=${'video'}
          .src=${fresh(CLIP)}
          .poster=${POSTER}
          .duration=${200}
          .caption=${'The harbour at first light'}
          .credit=${'Ana Lima'}
        ></news-figure>
      </news-article>
    `);
    await settled(article.querySelector('news-figure')!);
    await article.updateComplete;
    const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.video[0]).to.include({
      thumbnailUrl: location.origin + POSTER,
      duration: 'PT3M20S',
      name: 'The harbour at first light',
    });
    expect(data.video[0].contentUrl).to.contain('/stories/assets/tone-2s.wav');
  });

  it('writes durations as ISO 8601', () => {
    expect([200, 3723, 3600, 0, 59.6].map(isoDuration)).to.deep.equal([
      'PT3M20S',
      'PT1H2M3S',
      'PT1H',
      'PT0S',
      'PT1M',
    ]);
  });
});
