/**
 * A story's lead picture whose caption and credit are written as markup (the `caption` and
 * `credit` slots, with links in them) rather than as attributes: before the script runs, the
 * caption's lines start where the text column does, as once the article and figure are drawn, on
 * a desktop beside related stories and on a phone, in both directions. Measured as in
 * preload.test.ts: the markup under tags nobody has defined, then those tags defined.
 */
import { expect, fixture } from '@open-wc/testing';
import { NewsArticle } from '../src/article/article.js';
import '../src/article-body/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import '../src/figure/define.js';
import { rename, sheets, withRules } from './support/preload.js';

const GUTTER = 16;
const typedAttr = CSS.supports('aspect-ratio', 'attr(width type(<number>))');
let count = 0;

// The picture as the figure draws it from src, or as written; the caption and credit as written.
const pictures = {
  src: `src="/stories/assets/city-1600x900.jpg" width="1600" height="900"
    alt="Dark apartment towers against an orange dusk sky">`,
  img: `><img src="/stories/assets/city-1600x900.jpg" width="1600" height="900"
    alt="Dark apartment towers against an orange dusk sky" />`,
};

/** The story under the tags given. */
const storyMarkup = (
  [article, figure]: string[],
  picture: keyof typeof pictures,
  related: boolean,
  layout = '',
) => `
  <${article}>
    <h1 slot="headline">Seoul will build 40,000 homes by the river</h1>
    <${figure} slot="lead" ${layout && `layout="${layout}"`} ${pictures[picture]}<span slot="caption">The towers of Sangam at dusk.
      The new district will rise on <a href="/maps/sangam">the open ground to their west</a>.</span>
      <span slot="credit">Seoul Metropolitan Government</span></${figure}>
    <news-article-body><p>Seoul’s city council voted on Thursday to build 40,000 homes.</p></news-article-body>
    ${related ? '<news-teaser-list slot="related" heading="More from Seoul" src="/feeds/seoul.xml"></news-teaser-list>' : ''}
  </${article}>`;

/** A page `width` px wide with a gutter, holding `content`. */
const page = (width: number, dir: string, content = '') =>
  fixture<HTMLElement>(
    `<div dir="${dir}" style="inline-size: ${width}px; padding-inline: ${GUTTER}px">${content}</div>`,
  );

/**
 * From the page's inline start, in its direction: the lines of the caption and credit (each one's
 * start, top and length, from all the boxes on it: English in a right-to-left page is cut into
 * several), the picture's box, the text column's start, and where the story goes on.
 */
function measure(page: HTMLElement, rtl: boolean) {
  const origin = page.getBoundingClientRect();
  const start = (box: DOMRect) => (rtl ? origin.right - box.right : box.left - origin.left);
  const end = (box: DOMRect) => (rtl ? origin.right - box.left : box.right - origin.left);
  const figure = page.querySelector('[slot="lead"]')!;
  // Boxes on one line overlap in height (the credit's smaller type sits lower than the caption's).
  const lines: { start: number; top: number; bottom: number; end: number }[] = [];
  const boxes = [...figure.querySelectorAll('[slot="caption"], [slot="credit"]')]
    .flatMap((part) => [...part.getClientRects()])
    .sort((a, b) => a.top - b.top);
  for (const box of boxes) {
    const line = lines.at(-1);
    if (line && box.top < line.bottom - 1) {
      line.start = Math.min(line.start, start(box));
      line.end = Math.max(line.end, end(box));
      line.bottom = Math.max(line.bottom, box.bottom);
    } else lines.push({ start: start(box), top: box.top, bottom: box.bottom, end: end(box) });
  }
  // Written, the picture is the <img>; drawn from src, its frame, or the figure's ::before before that.
  const img = figure.querySelector(':scope > img')?.getBoundingClientRect();
  const frame = figure.shadowRoot?.querySelector('.frame')?.getBoundingClientRect();
  const before = getComputedStyle(figure, '::before');
  // (A thumbnail's picture sits in the figure's padding, by a negative margin.)
  const side = rtl ? 'Right' : 'Left';
  const inset = (style: CSSStyleDeclaration, box: 'margin' | 'padding') => parseFloat(style[`${box}${side}`]);
  const picture =
    (img ?? frame)
      ? { start: start((img ?? frame)!), width: (img ?? frame)!.width, height: (img ?? frame)!.height }
      : {
          start:
            start(figure.getBoundingClientRect()) +
            inset(getComputedStyle(figure), 'padding') +
            inset(before, 'margin'),
          width: parseFloat(before.width),
          height: parseFloat(before.height),
        };
  return {
    lines: lines.map((line) => ({
      start: line.start,
      top: line.top - origin.top,
      width: line.end - line.start,
    })),
    picture,
    text: start(page.querySelector('news-article-body p')!.getBoundingClientRect()),
    next: page.querySelector('news-article-body')!.getBoundingClientRect().top - origin.top,
  };
}

/**
 * The story measured before the script (the article and figure waiting for it) and once both are
 * drawn (the article's rules for its lead name news-figure, so the figure is the real one, on a
 * second page).
 */
async function beforeAndDrawn(
  rules: string,
  width: number,
  dir: string,
  picture: keyof typeof pictures,
  related: boolean,
  layout = '',
) {
  const rtl = dir === 'rtl';
  const waiting = [`news-article-lead-${++count}`, `news-figure-lead-${count}`];
  const before = await withRules(
    rename(rules, 'news-figure', waiting[1]!),
    'news-article',
    waiting[0]!,
    async () => measure(await page(width, dir, storyMarkup(waiting, picture, related, layout)), rtl),
  );
  const article = `news-article-drawn-${count}`;
  const drawn = await withRules(rules, 'news-article', article, async () => {
    const story = await page(width, dir, storyMarkup([article, 'news-figure'], picture, related, layout));
    customElements.define(article, class extends NewsArticle {});
    await (story.firstElementChild as NewsArticle).updateComplete;
    await (story.querySelector('news-figure') as NewsFigure).updateComplete;
    return measure(story, rtl);
  });
  return { before, drawn };
}

type Measured = ReturnType<typeof measure>;

/** Before the script, the caption's lines, the picture and the story after them are where drawn. */
function expectAsDrawn(before: Measured, drawn: Measured, picture: keyof typeof pictures) {
  expect(before.lines, 'as many lines').to.have.length(drawn.lines.length);
  // Without typed attr() a picture from src is reserved at 3:2 (preload.test.ts), a height
  // that moves what follows it; a written one has its own shape.
  const shaped = picture === 'img' || typedAttr;
  const sides = shaped ? (['start', 'top', 'width'] as const) : (['start', 'width'] as const);
  for (const [i, line] of before.lines.entries())
    for (const side of sides)
      expect(line[side], `line ${i + 1} ${side}`).to.be.closeTo(drawn.lines[i]![side], 1);
  for (const side of shaped ? (['start', 'width', 'height'] as const) : (['start', 'width'] as const))
    expect(before.picture[side], `picture ${side}`).to.be.closeTo(drawn.picture[side], 1);
  if (shaped) expect(before.next, 'the story after it').to.be.closeTo(drawn.next, 1);
}

for (const [file, load] of sheets)
  describe(`${file}: a lead caption written as markup`, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    for (const [width, related] of [
      [1280, true],
      [1280, false],
      [390, true],
    ] as const)
      for (const dir of ['ltr', 'rtl'])
        for (const picture of ['src', 'img'] as const) {
          it(`starts its lines with the text column before the script, as once drawn (${width} px${related ? '' : ', no related stories'}, ${dir}, picture from ${picture})`, async () => {
            const { before, drawn } = await beforeAndDrawn(rules, width, dir, picture, related);
            // Drawn, the caption starts with the text column, well in from the picture's edge when wide.
            expect(drawn.lines[0]!.start, 'drawn: caption with the text column').to.be.closeTo(drawn.text, 1);
            if (width > 1024)
              expect(drawn.lines[0]!.start, 'drawn: at the measure').to.be.above(drawn.picture.start + 50);
            expect(before.lines[0]!.start, 'before: caption with the text column').to.be.closeTo(
              drawn.text,
              1,
            );
            expectAsDrawn(before, drawn, picture);
          });
        }

    // A thumbnail lead (a head-and-shoulders picture beside its caption) keeps its small picture,
    // in the text column.
    for (const width of [1280, 390])
      for (const dir of ['ltr', 'rtl'])
        for (const picture of ['src', 'img'] as const)
          it(`keeps a thumbnail lead beside its caption before the script, as once drawn (${width} px, ${dir}, picture from ${picture})`, async () => {
            const { before, drawn } = await beforeAndDrawn(rules, width, dir, picture, true, 'thumbnail');
            expect(drawn.picture.width, 'drawn: a thumbnail').to.be.closeTo(120, 1);
            expect(drawn.picture.start, 'drawn: in the text column').to.be.closeTo(drawn.text, 1);
            expect(drawn.lines[0]!.start, 'drawn: the caption beside it').to.be.above(
              drawn.picture.start + 120,
            );
            expectAsDrawn(before, drawn, picture);
          });

    // Drawn by the server (each element marked `hydrate`), the lead is left as the server drew it.
    it('leaves a server-rendered story’s lead caption as the server drew it', async () => {
      const tags = [`news-article-ssr-${++count}`, `news-figure-ssr-${count}`];
      const markup = storyMarkup(['news-article', 'news-figure'], 'src', true);
      const html = await (await fetch(`/__ssr/markup?html=${encodeURIComponent(markup)}`)).text();
      const story = await page(1280, 'ltr');
      story.setHTMLUnsafe(rename(rename(html, 'news-article', tags[0]!), 'news-figure', tags[1]!));
      const figure = story.querySelector('[slot="lead"]')!;
      expect(figure.shadowRoot, 'its declarative shadow root').to.exist;
      const themed = <T>(sheet: string, run: () => T) =>
        withRules(rename(sheet, 'news-figure', tags[1]!), 'news-article', tags[0]!, async () => run());
      const bare = await themed(await load(true), () => measure(story, false));
      const [served, unmarked] = await themed(rules, () => {
        const box = measure(story, false);
        // The control: without the server's marks the sheet would lay the lead out again.
        for (const el of [story.firstElementChild!, figure]) el.removeAttribute('hydrate');
        return [box, measure(story, false)];
      });
      expect(served).to.deep.equal(bare);
      expect(unmarked!.picture.width, 'the control').to.be.below(bare.picture.width - 100);
    });
  });
