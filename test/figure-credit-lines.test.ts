/**
 * Where a figure's credit breaks: after the caption on its line when it fits there, else on the next
 * line whole; only a credit longer than the column breaks, after a slash, inside the column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/figure/define.js';
import type { NewsFigure } from '../src/figure/figure.js';
import { extentOf, linesOf } from './support/lines.js';

const WIDE = '/stories/assets/city-800x450.jpg';
const CAPTION = 'The covered market reopened at six, with half its stalls.';

const figcaption = (el: NewsFigure) => el.shadowRoot!.querySelector('figcaption')!;

describe('news-figure credit lines', () => {
  // The gallery story's credits, which a designer saw split at their slash ("Jo Lee/" ending a line).
  for (const credit of ['Jo Lee/Harbour Herald', 'Min-ji Park/Reuters'])
    it(`keeps the credit "${credit}" on one line, beside the caption or under it, at every width it fits`, async () => {
      const el = await fixture<NewsFigure>(
        html`<news-figure
          style="inline-size: 60em"
          src=${WIDE}
          alt=""
          caption=${CAPTION}
          credit=${credit}
        ></news-figure>`,
      );
      const { width } = linesOf(figcaption(el), credit);
      const split: number[] = [];
      const where = new Set<string>();
      // Through every width where the caption's last line stops having room for the credit.
      for (let px = 120; px <= 420; px++) {
        el.style.inlineSize = `${px}px`;
        if (figcaption(el).clientWidth < width + 1) continue;
        if (linesOf(figcaption(el), credit).lines > 1) split.push(px);
        const together =
          Math.abs(linesOf(figcaption(el), credit).first - linesOf(figcaption(el), 'stalls.').last) < 8;
        where.add(together ? 'beside the caption' : 'under it');
      }
      expect(split, 'widths at which the credit was split').to.deep.equal([]);
      expect([...where].sort(), 'where the credit went').to.deep.equal(['beside the caption', 'under it']);
    });

  it('breaks a credit longer than the column after its slash, inside the column', async () => {
    const credit = 'Min-jun Park/Provincial News Agency';
    const el = await fixture<NewsFigure>(
      html`<news-figure
        style="inline-size: 11em"
        src=${WIDE}
        alt=""
        caption=${CAPTION}
        credit=${credit}
      ></news-figure>`,
    );
    const box = figcaption(el);
    expect(linesOf(box, credit).lines).to.equal(2);
    expect(linesOf(box, 'Min-jun Park/').lines, 'the name').to.equal(1);
    expect(linesOf(box, 'Provincial News Agency').lines, 'the agency').to.equal(1);
    const { left, right } = extentOf(box, credit);
    const column = box.getBoundingClientRect();
    expect(left).to.be.at.least(column.left - 0.5);
    expect(right).to.be.at.most(column.right + 0.5);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
  });
});
