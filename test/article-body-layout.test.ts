import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-body/define.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { wordpressPost } from './support/text-fixtures.js';

/**
 * An article body in a page `width` pixels wide: an iframe, so that the stylesheet's media queries
 * see that width in every engine (a viewport command exists for Chromium and Firefox only).
 */
async function page(width: number, dir: 'ltr' | 'rtl', content: string): Promise<NewsArticleBody> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="A ${width}px page"
      style="inline-size: ${width}px; block-size: 900px; border: 0"
    ></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${dir === 'rtl' ? 'ar' : 'en'}" dir="${dir}"><body style="margin: 0">
    <news-article-body></news-article-body>
    <script type="module" src="/src/article-body/define.ts"></script>
    <script type="module" src="/src/figure/define.ts"></script>`;
  await loaded;
  const body = frame.contentDocument!.querySelector<NewsArticleBody>('news-article-body')!;
  await frame.contentWindow!.customElements.whenDefined('news-article-body');
  body.html = content;
  await body.updateComplete;
  const figure = body.querySelector('news-figure');
  // On an Arabic page an element is defined once the page's strings have come, maybe not yet.
  if (figure) await frame.contentWindow!.customElements.whenDefined('news-figure');
  if (figure) await (figure as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return body;
}

/** Where the first line of a paragraph starts and ends. */
function firstLine(paragraph: Element): DOMRect {
  const range = paragraph.ownerDocument.createRange();
  range.selectNodeContents(paragraph);
  return range.getClientRects()[0]!;
}

const caption = (align: string) =>
  `[caption id="attachment_2291" align="${align}" width="220"]<img src="/stories/assets/city-600x600.jpg" alt="Tank No. 4 of the Mapo oil depot" width="600" height="600"> Tank No. 4 at the Mapo depot.[/caption]\n${'The city council voted on Thursday to turn the disused oil depot into a public archive. '.repeat(6)}`;

describe('<news-article-body> figures from WordPress', () => {
  // [page width, direction, alignment, where the figure should sit]
  const table: [number, 'ltr' | 'rtl', string, 'start' | 'end' | 'centre' | 'full'][] = [
    [1000, 'ltr', 'alignleft', 'start'],
    [1000, 'ltr', 'alignright', 'end'],
    [1000, 'ltr', 'aligncenter', 'centre'],
    [1000, 'rtl', 'alignleft', 'start'],
    [1000, 'rtl', 'alignright', 'end'],
    [360, 'ltr', 'alignleft', 'full'],
    [360, 'rtl', 'alignright', 'full'],
    [360, 'ltr', 'aligncenter', 'full'],
  ];
  for (const [width, dir, align, place] of table) {
    it(`puts a 220px [caption ${align}] at the ${place} of a ${width}px ${dir} page`, async () => {
      const body = await page(width, dir, caption(align));
      const column = body.getBoundingClientRect();
      const figure = body.querySelector('news-figure')!.getBoundingClientRect();
      const line = firstLine(body.querySelector(':scope > p')!);
      if (place === 'full') {
        expect(figure.width).to.be.closeTo(column.width, 1);
        expect(line.top).to.be.at.least(figure.bottom);
        return;
      }
      expect(figure.width).to.be.closeTo(220, 1);
      // The start of the line is the left in English and the right in Arabic.
      const left = (place === 'start') === (dir === 'ltr');
      if (place === 'centre') {
        expect(figure.left - column.left).to.be.closeTo(column.right - figure.right, 1);
        expect(line.top).to.be.at.least(figure.bottom);
      } else if (left) {
        expect(figure.left).to.be.closeTo(column.left, 1);
        expect(line.left).to.be.greaterThan(figure.right);
      } else {
        expect(figure.right).to.be.closeTo(column.right, 1);
        expect(line.right).to.be.lessThan(figure.left);
      }
    });
  }

  it('sets a list beside a floated figure whole, its bullets clear of the picture', async () => {
    const body = await page(
      1000,
      'ltr',
      `${caption('alignleft').split('\n')[0]}\nThe plan:\n<ul>\n<li>a reading room</li>\n<li>a riverside path</li>\n</ul>`,
    );
    const figure = body.querySelector('news-figure')!.getBoundingClientRect();
    const list = body.querySelector('ul')!.getBoundingClientRect();
    expect(list.top).to.be.lessThan(figure.bottom);
    expect(list.left).to.be.at.least(figure.right);
  });

  it('keeps an unaligned small caption at its own width, on its own', async () => {
    const body = await page(1000, 'ltr', caption('alignnone'));
    const figure = body.querySelector('news-figure')!.getBoundingClientRect();
    expect(figure.width).to.be.closeTo(220, 1);
    expect(firstLine(body.querySelector(':scope > p')!).top).to.be.at.least(figure.bottom);
  });

  it('keeps a figure whose picture an old editor sized "100%" at the column’s width, not 100 px', async () => {
    const body = await page(
      1000,
      'ltr',
      '<figure><img src="/stories/assets/city-800x450.jpg" alt="The harbour" width="100%"><figcaption>The harbour.</figcaption></figure><p>The council met.</p>',
    );
    const figure = body.querySelector('figure, news-figure')!.getBoundingClientRect();
    expect(figure.width).to.be.closeTo(body.querySelector('p')!.getBoundingClientRect().width, 1);
  });

  // WordPress's own rendering: its captions' width is in a style attribute the sanitiser drops.
  for (const name of ['classic-news.rendered.html', 'block-editor.rendered.html']) {
    it(`sizes and floats the image WordPress captioned in ${name}`, async () => {
      const body = await page(1000, 'ltr', await wordpressPost(name));
      const box = body.querySelector('.wp-caption, figure.alignleft')!.getBoundingClientRect();
      expect(box.width).to.be.closeTo(220, 1);
      expect(box.left).to.be.closeTo(body.getBoundingClientRect().left, 1);
      const beside = [...body.querySelectorAll('p')].find((p) => p.textContent!.includes('31 to 12'))!;
      expect(firstLine(beside).left).to.be.greaterThan(box.right);
    });
  }
});

describe('<news-article-body> a long body, read page by page', () => {
  // Reading on a page at a time (Page Down, a jump link), what the reader lands on must not move
  // as the pictures there load. Drawing figures only as they near the view (content-visibility,
  // which would halve the layout of a body with thousands) fails this: a figure's estimated size
  // is replaced by its real one under the reader's eyes.
  for (const step of [300, 850, 2500]) {
    it(`keeps what is in view still when the reader moves ${step}px at a time`, async () => {
      const content = Array.from({ length: 24 }, (_, i) =>
        caption(['alignleft', 'aligncenter', 'alignnone', 'alignright'][i % 4]!),
      ).join('\n\n');
      const body = await page(1000, 'ltr', content);
      const win = body.ownerDocument.defaultView!;
      // A timer, not animation frames, which WebKit throttles in a frame: long enough for a
      // rendering update and for the pictures in view to load.
      const settle = () => new Promise((resolve) => win.setTimeout(resolve, 50));
      const blocks = [...body.children];
      const moved: string[] = [];
      for (let y = step; y < win.document.documentElement.scrollHeight; y += step) {
        win.scrollTo(0, y);
        const inView = blocks.filter((block) => {
          const box = block.getBoundingClientRect();
          return box.bottom > 0 && box.top < win.innerHeight;
        });
        const before = inView.map((block) => block.getBoundingClientRect().top);
        await settle();
        inView.forEach((block, i) => {
          const top = block.getBoundingClientRect().top;
          if (Math.abs(top - before[i]!) > 0.5)
            moved.push(`${block.localName} at ${y}: ${before[i]} to ${top}`);
        });
      }
      expect(moved).to.deep.equal([]);
      // Every figure was drawn on the way, at its own size (a 220px image and its caption).
      for (const figure of body.querySelectorAll('news-figure'))
        expect(figure.getBoundingClientRect().height).to.be.within(221, 300);
    });
  }
});

describe('<news-article-body> html size bound', () => {
  it('cuts html longer than 2,000,000 characters after the last whole block, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const paragraph = (i: number) => `<p>Minute ${i} of the council's archive session.</p>\n`;
      let source = '';
      for (let i = 0; source.length < 2_300_000; i++) source += paragraph(i);
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      body.html = source;
      await body.updateComplete;
      const whole = source.slice(0, 2_000_000).match(/<\/p>/g)!.length;
      const paragraphs = body.querySelectorAll('p');
      expect(paragraphs).to.have.length(whole);
      expect(paragraphs[whole - 1]!.textContent).to.equal(
        `Minute ${whole - 1} of the council's archive session.`,
      );
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain(`html has ${source.length} characters`);
    } finally {
      warn.restore();
    }
  });

  it('cuts text with no block in it at the end of the last word within the bound', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const body = await fixture<NewsArticleBody>(html`<news-article-body></news-article-body>`);
      // Words: WebKit takes minutes to lay out one word of two million letters, which no story has.
      body.html = 'Minute by minute '.repeat(124_000);
      await body.updateComplete;
      const shown = body.textContent!.trimEnd();
      // 2,000,000 is 17 × 117,647 + 1: the bound falls after the M of the next "Minute", which
      // goes whole, with the space before it.
      expect(shown.length, 'characters shown').to.equal(1_999_998);
      expect(shown.endsWith('by minute')).to.equal(true);
      expect(warn).to.have.been.calledOnce;
    } finally {
      warn.restore();
    }
  });
});
