import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import type { NewsFigure } from '../src/figure/figure.js';

const A = '/stories/assets/';
const media = {
  21: {
    src: `${A}city-800x450.jpg`,
    alt: 'Commuters on the bridge',
    caption: 'The bridge at dusk',
    width: 800,
    height: 450,
  },
  22: {
    src: `${A}market-1200x1600.jpg`,
    alt: 'Stalls',
    caption: 'Stalls at dawn',
    credit: 'Jo Lee',
    width: 1200,
    height: 1600,
  },
};

async function body(content: string, props: { media?: unknown; data?: string; hidden?: boolean } = {}) {
  const el = await fixture<NewsArticleBody>(
    html`<news-article-body
      ?hidden=${props.hidden ?? false}
      data-gallery-media=${props.data ?? ''}
      .media=${props.media}
    ></news-article-body>`,
  );
  el.html = content;
  await el.updateComplete;
  const gallery = el.querySelector('news-gallery');
  if (gallery) {
    await customElements.whenDefined('news-gallery');
    await gallery.updateComplete;
  }
  return el;
}
const figures = (el: Element) => [...el.querySelectorAll<NewsFigure>('news-gallery > news-figure')];
const captionOf = (figure: Element) =>
  (figure.querySelector('[slot="caption"]')?.textContent ?? figure.getAttribute('caption') ?? '').trim();
const ours = (warn: sinon.SinonStub) =>
  warn.args.map(([m]) => String(m)).filter((m) => m.startsWith('news-elements: <news-article-body>'));

afterEach(() => sinon.restore());

describe('WordPress galleries in <news-article-body>', () => {
  it('turns a block-editor gallery into a <news-gallery>, loading its code on demand', async () => {
    const source = await (await fetch('/test/fixtures/wordpress/block-gallery.rendered.html')).text();
    const el = await body(source);
    expect(el.querySelector('.wp-block-gallery')).to.equal(null);
    const gallery = el.querySelector('news-gallery')!;
    expect(customElements.get('news-gallery')).to.be.ok;
    const items = figures(el);
    expect(items.map((f) => f.getAttribute('alt'))).to.deep.equal([
      'Commuters crossing the harbour bridge at dusk',
      'Fishmongers setting out their stalls',
      'The breached harbour wall',
    ]);
    expect(items.map(captionOf)).to.deep.equal([
      'The harbour bridge at dusk. Photo: Jo Lee',
      'Stalls open at dawn in the car park.',
      '',
    ]);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://news.example.com/staff/jo-lee',
    );
    expect(items[1]!.getAttribute('width')).to.equal('768');
    expect(items.every((f) => f.zoomable)).to.equal(true);
    expect(gallery.querySelector(':scope > [slot="caption"]')!.textContent).to.equal(
      'The harbour, a week after the storm.',
    );
    // The paragraphs around it are untouched.
    expect(el.querySelectorAll(':scope > p')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('turns the classic [gallery] as WordPress renders it (a real capture) into one too', async () => {
    const posts = await (await fetch('/test/fixtures/live-feeds/wordpress-posts.json')).json();
    const content = (posts as { id: number; content: { rendered: string } }[]).find((p) => p.id === 8)!
      .content.rendered;
    // Hidden: the capture's images live on the WordPress that made it, and are not fetched.
    const el = await body(content, { hidden: true });
    expect(el.querySelector('.gallery, style, dl')).to.equal(null);
    const items = figures(el);
    expect(items.map(captionOf)).to.deep.equal([
      'The harbour bridge at dusk. Photo: Herald staff',
      'The north quay on Monday.',
      'The championships drew 300 athletes.',
    ]);
    expect(items[1]!.getAttribute('alt')).to.equal('Ferries moored at the north quay');
    expect(items[1]!.getAttribute('srcset')).to.contain('harbour-800x800-1.jpg 800w');
  });

  it('resolves [gallery ids] from media, leaving out the ids it lacks with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await body('<p>Before.</p>\n\n[gallery ids="21,99,22" columns="3"]\n\n<p>After.</p>', {
      media,
    });
    const items = figures(el);
    expect(items.map((f) => f.getAttribute('src'))).to.deep.equal([media[21].src, media[22].src]);
    expect(items.map((f) => f.caption)).to.deep.equal(['The bridge at dusk', 'Stalls at dawn']);
    expect(items[1]!.credit).to.equal('Jo Lee');
    expect(el.textContent).not.to.contain('[gallery');
    expect(ours(warn)).to.deep.equal([
      'news-elements: <news-article-body> [gallery] images 99 are not in media; left out.',
    ]);
  });

  it('reads media from data-gallery-media JSON, and the REST API’s media objects', async () => {
    const rest = {
      21: { source_url: media[21].src, alt_text: 'Bridge', media_details: { width: 800, height: 450 } },
    };
    const el = await body('[gallery ids="21" type="slideshow"]', { data: JSON.stringify(rest) });
    const [figure] = figures(el);
    expect(figure!.getAttribute('alt')).to.equal('Bridge');
    expect(figure!.getAttribute('height')).to.equal('450');
    expect(el.querySelector('news-gallery')!.getAttribute('layout')).to.equal('carousel');
  });

  it('leaves a block called "gallery" that is no WordPress gallery as it is', async () => {
    const el = await body('<div class="gallery"><p>Visit the <a href="/photos">photo desk</a>.</p></div>');
    expect(el.textContent!.trim()).to.equal('Visit the photo desk.');
    expect(!!el.querySelector('news-gallery')).to.equal(false);
  });

  it('takes the REST API’s answer as it comes: a list of media objects, each caption HTML', async () => {
    // /wp-json/wp/v2/media?include=21,22, in WordPress's order (newest first), trimmed.
    const answer = [22, 21].map((id) => ({
      id,
      source_url: media[id as 21 | 22].src,
      alt_text: `Picture ${id}`,
      caption: { rendered: `<p>Seen at ${id === 21 ? 'dusk' : 'dawn'} &amp; after</p>\n` },
      media_details: { width: 800, height: 450 },
    }));
    const el = await body('[gallery ids="21,22"]', { media: answer });
    const items = figures(el);
    expect(items.map((f) => f.getAttribute('alt'))).to.deep.equal(['Picture 21', 'Picture 22']);
    expect(items.map((f) => f.caption)).to.deep.equal(['Seen at dusk & after', 'Seen at dawn & after']);
  });

  it('removes a [gallery] none of whose ids resolve, with one warning, never showing it raw', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await body('<p>The vote.</p>\n\n[gallery ids="98,99"]\n\n<p>The result.</p>');
    expect(el.querySelector('news-gallery')).to.equal(null);
    expect(el.textContent).not.to.contain('[gallery');
    expect(ours(warn)).to.deep.equal([
      'news-elements: <news-article-body> a [gallery] has none of its images in media; removed.',
    ]);
  });

  it('runs no script from a hostile caption or media entry', async () => {
    const w = window as unknown as { pwned?: number };
    delete w.pwned;
    const hostile = `<figure class="wp-block-gallery has-nested-images">
<figure class="wp-block-image"><img src="${A}city-800x450.jpg" alt="" width="800" height="450" onload="window.pwned=1"><figcaption>Dusk<img src="x" onerror="window.pwned=2"><script>window.pwned=3</script></figcaption></figure>
<figcaption onmouseover="window.pwned=4">Caption<svg><script>window.pwned=5</script></svg></figcaption></figure>
[gallery ids="7"]`;
    const warn = sinon.stub(console, 'warn');
    const el = await body(hostile, {
      media: {
        7: {
          src: 'javascript:window.pwned=6',
          alt: '"><img src=x onerror=window.pwned=7>',
          caption: '<script>window.pwned=8</script>',
        },
      },
    });
    const gallery = el.querySelector('news-gallery')!;
    expect(el.querySelectorAll('script, [onload], [onerror], [onmouseover]')).to.have.length(0);
    expect(figures(el)).to.have.length(1);
    expect(captionOf(figures(el)[0]!)).to.equal('Dusk');
    expect(gallery.querySelector(':scope > [slot="caption"]')!.textContent).to.equal('Caption');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(w.pwned).to.equal(undefined);
    expect(ours(warn)).to.have.length(1);
  });
});
