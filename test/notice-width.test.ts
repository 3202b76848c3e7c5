// <news-notice>'s width: alone on a wide page it keeps the text column's measure (in its own type),
// in an article its column's width, and a page's own width wins. Its box before the upgrade:
// preload-furniture.test.ts.
import { expect, fixture } from '@open-wc/testing';
import '../src/notice/define.js';
import '../src/article/define.js';
import '../src/article-body/define.js';
import type { NewsNotice } from '../src/notice/notice.js';

const TEXT = 'An earlier version of this article said the trial carried 9,000 passengers. It carried 90,000.';

/** A notice in a page `width` px wide, with `markup` around it (NOTICE stands for it). */
async function noticeIn(markup: string, width = 1280, style = '') {
  const page = await fixture<HTMLElement>(
    `<div style="inline-size: ${width}px">${markup.replace(
      'NOTICE',
      `<news-notice type="correction" datetime="2012-12-15" locale="en-GB" style="${style}"><p>${TEXT}</p></news-notice>`,
    )}</div>`,
  );
  const el = page.querySelector<NewsNotice>('news-notice')!;
  await el.updateComplete;
  return el;
}

const width = (el: Element) => el.getBoundingClientRect().width;

/** One `ch` of the notice's type, measured on ten zeros written in its text. */
function ch(el: NewsNotice) {
  const zeros = Object.assign(document.createElement('span'), { textContent: '0'.repeat(10) });
  el.querySelector('p')!.append(zeros);
  const one = width(zeros) / 10;
  zeros.remove();
  return one;
}

describe('news-notice: width', () => {
  it('keeps the measure alone on a wide page, its column’s width in an article, and a page’s own width', async () => {
    const alone = await noticeIn('NOTICE');
    expect(width(alone), 'alone: 68ch of its type, not the page’s 1280 px').to.be.closeTo(68 * ch(alone), 1);
    expect(width(alone.shadowRoot!.querySelector('[part="notice"]')!), 'its box').to.equal(width(alone));

    const inArticle = await noticeIn(
      `<news-article><h1 slot="headline">Night buses run until 4 a.m.</h1>
        <news-article-body><p>${TEXT}</p></news-article-body>NOTICE</news-article>`,
    );
    const body = inArticle.parentElement!.querySelector('news-article-body')!;
    expect(width(inArticle), 'in an article: its column').to.be.closeTo(width(body), 1);
    expect(width(inArticle)).to.be.above(68 * ch(inArticle) + 1);

    expect(width(await noticeIn('NOTICE', 1280, 'max-inline-size: 30rem')), 'a page’s measure').to.equal(480);
    expect(width(await noticeIn('NOTICE', 1280, 'max-inline-size: none')), 'a page’s full width').to.equal(
      1280,
    );
    // Narrower than the measure, the notice fills its column.
    expect(width(await noticeIn('NOTICE', 358))).to.equal(358);
  });
});
