import { expect, fixture, html } from '@open-wc/testing';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import type { NewsFigure } from '../src/figure/figure.js';

// A WordPress [caption] whose image is a link becomes a <news-figure>: the reader keeps the way to
// where the link led.

const A = '/stories/assets';

async function body(content: string) {
  const element = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
  element.html = content;
  await element.updateComplete;
  const figures = [...element.querySelectorAll<NewsFigure>('news-figure')];
  await Promise.all(figures.map((figure) => figure.updateComplete));
  return { element, figures };
}

const caption = (link: string, alt: string, srcset = '') =>
  `[caption id="attachment_12" align="alignnone" width="400"]<a href="${link}"><img class="size-medium wp-image-12" src="${A}/city-800x450.jpg"${srcset && ` srcset="${srcset}"`} alt="${alt}" width="800" height="450" /></a> The new district at dusk[/caption]`;

describe('<news-article-body> [caption] round a linked image', () => {
  it('zooms when the link is to a larger copy the image lists: the lightbox shows that copy', async () => {
    const large = `${A}/city-1600x900.jpg`;
    const { element, figures } = await body(
      caption(large, 'Towers at dusk', `${A}/city-800x450.jpg 800w, ${large} 1600w`),
    );
    const [figure] = figures;
    expect(figure!.zoomable).to.be.true;
    expect(element.querySelector('a'), 'no link under the zoom button').to.equal(null);
    figure!.shadowRoot!.querySelector<HTMLButtonElement>('.zoom')!.click();
    await figure!.updateComplete;
    const dialog = figure!.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(new URL(dialog.querySelector('img')!.src).pathname).to.equal(large);
    dialog.close();
  });

  // [what the link leads to, its address, the image's alt]
  const kept: [string, string, string][] = [
    [
      'the full-size file, whose width nothing says',
      'https://example.org/wp-content/uploads/city.jpg',
      'Towers at dusk',
    ],
    ['an article', 'https://example.org/news/harbour-district-opens', 'Towers at dusk'],
    [
      'an article, round an image without alt (the caption names it)',
      'https://example.org/news/harbour-district-opens',
      '',
    ],
  ];
  for (const [what, link, alt] of kept)
    it(`keeps the image a link to ${what}`, async () => {
      const { element, figures } = await body(
        `${caption(link, alt)}\n\n${caption('javascript:alert(1)', 'Towers at dusk')}`,
      );
      const [figure, unsafe] = figures;
      const anchor = figure!.querySelector(':scope > a')!;
      expect(anchor.getAttribute('href')).to.equal(link);
      expect(anchor.querySelector('img')!.getAttribute('src')).to.equal(`${A}/city-800x450.jpg`);
      expect(figure!.shadowRoot!.querySelector('img'), 'no second picture').to.equal(null);
      expect(figure!.zoomable).to.be.false;
      expect(figure!.shadowRoot!.querySelector('figcaption')!.textContent).to.contain(
        'The new district at dusk',
      );
      expect(unsafe!.querySelector('a'), 'a javascript: link goes').to.equal(null);
      expect(unsafe!.getAttribute('src')).to.equal(`${A}/city-800x450.jpg`);
      expect(element.querySelectorAll('a')).to.have.length(1);
      await expect(element).to.be.accessible();
    });

  it('keeps the rel an affiliate link carries, and fits the picture to a cropped frame', async () => {
    const { figures } = await body(
      caption('https://shop.example/aff?id=1', 'Towers at dusk').replace(
        '<a href',
        '<a rel="sponsored nofollow" href',
      ),
    );
    const figure = figures[0]!;
    expect(figure.querySelector(':scope > a')!.getAttribute('rel')).to.contain('sponsored nofollow');
    // A crop the page gives (a theme's, or aspect-ratio): the linked picture fills it, cut round its focus.
    figure.aspectRatio = '1/1';
    figure.style.inlineSize = '300px';
    await figure.updateComplete;
    const img = figure.querySelector('img')!;
    await new Promise((r) => (img.complete ? r(undefined) : img.addEventListener('load', r, { once: true })));
    expect(getComputedStyle(img).objectFit).to.equal('cover');
    expect(img.getBoundingClientRect().height).to.be.closeTo(300, 1);
  });
});
