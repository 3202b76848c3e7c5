/**
 * The lead picture spans the story's width; its caption starts where the text column does, as a
 * newspaper sets it (not at the page's edge), in both directions: before the article's script runs
 * (the preload rules, with the figure drawn or not yet), once upgraded, and on the page
 * renderStoryPage writes. On a phone the column is the article's width, inside the page's gutter.
 */
import { expect, fixture } from '@open-wc/testing';
import { NewsArticle } from '../src/article/article.js';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import { preloadFile } from '../src/preload.js';
import { rename, withRules } from './support/preload.js';

const GUTTER = 16;
let count = 0;

/** Where a box's inline start is, in its direction: its left edge, or its right edge counted from the right. */
const start = (box: DOMRect, rtl: boolean, edge = 0) => (rtl ? edge - box.right : box.left);

/**
 * Where a caption not drawn yet (the preload rules' ::after) starts within its figure: in the
 * article's column tracks when the figure shares them (a subgrid), the tracks before its own.
 */
function trackOffset(figure: Element, after: CSSStyleDeclaration): number {
  if (getComputedStyle(figure).display !== 'grid' || after.gridColumnStart === 'auto') return 0;
  const tracks = getComputedStyle(figure.parentElement!).gridTemplateColumns.match(/\[[^\]]*\]|[\d.]+px/g)!;
  let [offset, counting] = [0, false];
  for (const token of tracks) {
    if (token.startsWith('[')) {
      const names = token.slice(1, -1).split(' ');
      if (names.includes(after.gridColumnStart)) return offset;
      counting ||= names.includes('main-start');
    } else if (counting) offset += parseFloat(token);
  }
  throw new Error(`no line ${after.gridColumnStart} in ${tracks.join(' ')}`);
}

/** The inline start of the caption's text: its box's start moved in by its padding. */
function captionStart(figure: Element, rtl: boolean, edge: number): number {
  const caption = figure.shadowRoot?.querySelector('figcaption');
  const padding = (style: CSSStyleDeclaration) => parseFloat(rtl ? style.paddingRight : style.paddingLeft);
  if (caption) {
    expect(caption.textContent, 'the caption is drawn').to.contain('Sangam');
    return start(caption.getBoundingClientRect(), rtl, edge) + padding(getComputedStyle(caption));
  }
  // Not drawn yet: the preload rules write the caption as the figure's ::after.
  const after = getComputedStyle(figure, '::after');
  expect(after.content, 'the caption is drawn').not.to.be.oneOf(['none', 'normal']);
  return start(figure.getBoundingClientRect(), rtl, edge) + trackOffset(figure, after) + padding(after);
}

/** The story in a page `width` px wide with a gutter, its article and lead figure under the tags given. */
async function page(width: number, dir: string, article: string, figure: string) {
  const wrapper =
    await fixture(`<div dir="${dir}" style="inline-size: ${width}px; padding-inline: ${GUTTER}px">
    <${article}>
      <h1 slot="headline">Seoul will build 40,000 homes by the river</h1>
      <${figure} slot="lead" src="/stories/assets/city-1600x900.jpg" width="1600" height="900"
        alt="Dark apartment towers against an orange dusk sky"
        caption="The towers of Sangam at dusk." credit="Seoul Metropolitan Government"></${figure}>
      <news-article-body><p>Seoul’s city council voted on Thursday to build 40,000 homes.</p></news-article-body>
      <news-teaser-list slot="related" heading="More from Seoul" src="/feeds/seoul.xml"></news-teaser-list>
    </${article}>
  </div>`);
  return wrapper as HTMLElement;
}

/** The caption's inline start and the text column's, and the page's edge, from the page's inline start. */
function measure(wrapper: HTMLElement, rtl: boolean) {
  const edge = wrapper.getBoundingClientRect().right;
  const origin = start(wrapper.getBoundingClientRect(), rtl, edge);
  const text = wrapper.querySelector('news-article-body p')!.getBoundingClientRect();
  return {
    caption: captionStart(wrapper.querySelector('[slot="lead"]')!, rtl, edge) - origin,
    text: start(text, rtl, edge) - origin,
  };
}

/** The caption starts with the text column, which is inside the gutter and, when wide, well in from the lead's edge. */
function expectAligned({ caption, text }: { caption: number; text: number }, width: number) {
  expect(caption, 'caption with the text column').to.be.closeTo(text, 1);
  expect(caption, 'inside the page gutter').to.be.at.least(GUTTER - 0.5);
  if (width > 1024) expect(caption, 'at the measure, not the lead’s edge').to.be.above(GUTTER + 50);
}

describe('news-article lead caption', () => {
  let rules: string;
  before(() => {
    rules = preloadFile();
  });

  for (const width of [1280, 390])
    for (const dir of ['ltr', 'rtl']) {
      const rtl = dir === 'rtl';

      it(`starts with the text column before the article's script, figure drawn or not (${width} px, ${dir})`, async () => {
        // Both waiting for their script; then the figure drawn (news-figure is defined here).
        for (const figure of [`news-figure-waiting-${++count}`, 'news-figure']) {
          const article = `news-article-waiting-${++count}`;
          const result = await withRules(
            rename(rules, 'news-figure', figure),
            'news-article',
            article,
            async () => {
              const wrapper = await page(width, dir, article, figure);
              await (wrapper.querySelector('[slot="lead"]') as Partial<NewsArticle>).updateComplete;
              expect(customElements.get(article), 'the article waits').to.equal(undefined);
              return measure(wrapper, rtl);
            },
          );
          expectAligned(result, width);
        }
      });

      it(`starts with the text column once upgraded, and stays put (${width} px, ${dir})`, async () => {
        // The figure drawn, then one whose script has not come yet.
        for (const figure of ['news-figure', `news-figure-waiting-${++count}`]) {
          const article = `news-article-upgraded-${++count}`;
          const sheet = rename(rules, 'news-figure', figure);
          const [before, after] = await withRules(sheet, 'news-article', article, async () => {
            const wrapper = await page(width, dir, article, figure);
            await (wrapper.querySelector('[slot="lead"]') as Partial<NewsArticle>).updateComplete;
            const waiting = measure(wrapper, rtl);
            customElements.define(article, class extends NewsArticle {});
            await (wrapper.firstElementChild as NewsArticle).updateComplete;
            return [waiting, measure(wrapper, rtl)];
          });
          expectAligned(after, width);
          expect(after.caption, `${figure}: no shift at the upgrade`).to.be.closeTo(before.caption, 1);
        }
      });
    }

  // The page renderStoryPage writes (test/support/ssr-middleware.mjs), read with JavaScript off.
  for (const width of [1280, 390])
    for (const lang of ['en-GB', 'ar'])
      it(`starts with the text column on the server's page (${width} px, ${lang})`, async () => {
        const frame = document.createElement('iframe');
        frame.sandbox.add('allow-same-origin');
        frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.src = `/__ssr/story?lang=${lang}`;
        document.body.append(frame);
        try {
          await loaded;
          const doc = frame.contentDocument!;
          const rtl = doc.documentElement.dir === 'rtl';
          expect(rtl, 'the page’s direction').to.equal(lang === 'ar');
          const edge = doc.documentElement.clientWidth;
          const text = doc.querySelector('news-article-body p')!.getBoundingClientRect();
          const figure = doc.querySelector('[slot="lead"]')!;
          const caption = figure.shadowRoot!.querySelector('figcaption')!;
          const style = frame.contentWindow!.getComputedStyle(caption);
          const captionAt =
            start(caption.getBoundingClientRect(), rtl, edge) +
            parseFloat(rtl ? style.paddingRight : style.paddingLeft);
          expect(caption.textContent).to.contain('ferry');
          expect(captionAt, 'caption with the text column').to.be.closeTo(start(text, rtl, edge), 1);
          // The page's own margin is its gutter (renderStoryPage writes no layout of its own).
          expect(captionAt, 'inside the page').to.be.at.least(8);
          if (width > 1024)
            expect(captionAt, 'at the measure').to.be.above(
              start(figure.getBoundingClientRect(), rtl, edge) + 50,
            );
        } finally {
          frame.remove();
        }
      });
});
