/**
 * A ranked list's column of numbers is as wide as the numbers a page draws there: enlarged or set
 * in another font through `::part(rank)`, ranks 1 to 10 stay clear of their headlines, in one
 * column of one width, in Latin and Arabic-Indic digits; from `items` and written as teasers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';

const stories: TeaserItem[] = Array.from({ length: 10 }, (_, i) => ({
  headline: `Night buses run until 2am on route ${i + 1}`,
  href: `/story-${i + 1}`,
}));

/** What a page writes to make the numbers its own: larger, or larger in a font with wide digits. */
const looks = [
  ['font-size: 3rem', 'larger'],
  ['font-size: 3rem; font-family: monospace', 'larger, wide'],
] as const;

/** Each story's number and headline, as drawn: the list's own for `items`, each teaser's when written. */
async function ranked(locale: string, written: boolean, style: string) {
  const box = await fixture<HTMLElement>(
    html`<div style="inline-size: 480px">
      <style></style>
      ${
        written
          ? html`<news-teaser-list layout="ranked" locale=${locale}>
              ${stories.map((story) => html`<news-teaser headline=${story.headline} href=${story.href!}></news-teaser>`)}
            </news-teaser-list>`
          : html`<news-teaser-list layout="ranked" locale=${locale} .items=${stories}></news-teaser-list>`
      }
    </div>`,
  );
  // (Lit binds no text inside <style>.)
  box.querySelector('style')!.textContent =
    `news-teaser-list::part(rank), news-teaser::part(rank) { ${style} }`;
  const el = box.querySelector<NewsTeaserList>('news-teaser-list')!;
  await el.updateComplete;
  const teasers = [...(written ? el : el.shadowRoot!).querySelectorAll<NewsTeaser>('news-teaser')];
  await Promise.all(teasers.map((teaser) => teaser.updateComplete));
  return teasers.map((teaser) => ({
    rank: (written ? teaser.shadowRoot! : teaser.parentElement!).querySelector('[part="rank"]')!,
    headline: teaser.shadowRoot!.querySelector('[part="headline"]')!.getBoundingClientRect(),
  }));
}

/** The drawn extent of `element`'s text, which may run past its box. */
function inked(element: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

describe('news-teaser-list layout="ranked" with numbers a page enlarges', () => {
  for (const [style, look] of looks)
    for (const locale of ['en', 'ar-EG'])
      for (const written of [false, true])
        it(`keeps ${look} numbers clear of their headlines, in one column (${locale}, ${written ? 'written' : 'items'})`, async () => {
          const rows = await ranked(locale, written, style);
          expect(rows).to.have.length(10);
          const rtl = locale !== 'en';
          const widths: number[] = [];
          const starts: number[] = [];
          for (const { rank, headline } of rows) {
            expect(getComputedStyle(rank).fontSize).to.equal('48px');
            const column = rank.getBoundingClientRect();
            const digits = inked(rank);
            const name = `rank ${rank.textContent!.trim()}`;
            expect(digits.left, `${name}: within its column`).to.be.at.least(column.left - 0.5);
            expect(digits.right, `${name}: within its column`).to.be.at.most(column.right + 0.5);
            if (rtl) expect(column.left, `${name}: clear of its headline`).to.be.at.least(headline.right);
            else expect(column.right, `${name}: clear of its headline`).to.be.at.most(headline.left);
            widths.push(column.width);
            starts.push(rtl ? headline.right : headline.left);
          }
          for (const width of widths) expect(width, 'one column width').to.be.closeTo(widths[0]!, 0.5);
          for (const start of starts) expect(start, 'headlines in line').to.be.closeTo(starts[0]!, 0.5);
        });
});
