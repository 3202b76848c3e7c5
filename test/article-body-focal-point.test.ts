import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import type { NewsFigure } from '../src/figure/figure.js';

const SQUARE = '/stories/assets/harbour-800x800.jpg';

/**
 * A cover block as WordPress 6.1's block editor saves it (cover_save_save in
 * wp-includes/js/dist/block-library.js of Debian's wordpress 6.1.9: the focal point {x: 0.5,
 * y: 0.76} written as an inline style and again as data-object-position), with this suite's image.
 */
const cover = (position: string) =>
  `<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-12" alt="" src="${SQUARE}" style="object-position:${position}" data-object-fit="cover" data-object-position="${position}"/><div class="wp-block-cover__inner-container"><p class="has-text-align-center has-large-font-size">The harbour at dawn</p></div></div>`;

async function body(content: string) {
  const el = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
  el.html = content;
  await el.updateComplete;
  return el;
}

afterEach(() => sinon.restore());

describe('news-article-body focal points', () => {
  it("keeps a WordPress cover's focal point, which the sanitiser's ban on inline styles dropped", async () => {
    const el = await body(cover('50% 76%'));
    const img = el.querySelector('img')!;
    expect(getComputedStyle(img).objectPosition).to.equal('50% 76%');
    expect(img.getAttribute('style')).to.equal('object-position: 50% 76%;');
  });

  it('lets focal-point through on a <news-figure> written in the CMS', async () => {
    const el = await body(
      `<news-figure src="${SQUARE}" alt="" aspect-ratio="2/1" focal-point="50% 76%"></news-figure>`,
    );
    const figure = el.querySelector<NewsFigure>('news-figure')!;
    await customElements.whenDefined('news-figure');
    await figure.updateComplete;
    expect(getComputedStyle(figure.shadowRoot!.querySelector('img')!).objectPosition).to.equal('50% 76%');
  });

  it('warns once about a data-object-position that is not a point, and writes no style', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await body(cover('url(javascript:alert(1))') + cover('wide'));
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('data-object-position "url(javascript:alert(1))"');
    const images = el.querySelectorAll('img');
    expect(images, 'both pictures kept').to.have.length(2);
    for (const img of images) expect(img.hasAttribute('style')).to.be.false;
  });
});
