/**
 * The preload rules (as in preload.test.ts) for a byline written as markup, one element per author:
 * before its script, each name goes to the next line whole, in the names' weight, as the drawn
 * byline's do, so that the upgrade leaves the byline as tall at every width, in every sheet a page
 * may link.
 */
import { expect, fixture } from '@open-wc/testing';
import { NewsByline } from '../src/byline/byline.js';
import { sheets, withRules } from './support/preload.js';
import { linesOf } from './support/lines.js';

const WRITTEN = `By <a href="/profiles/amina-yusuf">Amina Yusuf</a>, <a href="/profiles/tomas-herrera"
  >Tomás Herrera</a> and <a href="/profiles/joanna-mwangi">Joanna Mwangi</a>`;

let count = 0;
for (const [file, load] of sheets)
  it(`keeps a written byline's height through its upgrade at every width: ${file}`, async () => {
    const rules = await load();
    const tag = `news-byline-lines-${++count}`;
    const widths = Array.from({ length: 321 }, (_, i) => 100 + i);
    const heights = (el: HTMLElement) =>
      widths.map((px) => {
        el.style.inlineSize = `${px}px`;
        return Math.round(el.getBoundingClientRect().height);
      });
    await withRules(rules, 'news-byline', tag, async () => {
      const el = await fixture<HTMLElement>(`<${tag} locale="en-GB">${WRITTEN}</${tag}>`);
      const before = heights(el);
      // No rule can keep the comma after a written name with it: where the name fits a line's end
      // and its comma does not, the comma starts the next line until the byline is drawn.
      const commaAlone = widths.filter((px) => {
        el.style.inlineSize = `${px}px`;
        return linesOf(el, 'Amina Yusuf,').lines > 1;
      });
      customElements.define(tag, class extends NewsByline {});
      await (el as NewsByline).updateComplete;
      const after = heights(el);
      const moved = widths.filter((px, i) => before[i] !== after[i] && !commaAlone.includes(px));
      expect(moved, 'widths at which the upgrade changed the height').to.deep.equal([]);
      expect(commaAlone.length, 'widths with the comma alone').to.be.below(5);
      expect(new Set(after).size, 'heights seen').to.be.above(2);
    });
  });
