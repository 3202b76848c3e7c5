/**
 * Where a byline breaks: between names, never inside one that fits on a line, nor between a name
 * and the punctuation or word that no space parts from it; a name longer than the line wraps inside
 * the column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/byline/define.js';
import type { NewsByline } from '../src/byline/byline.js';
import { extentOf, linesOf } from './support/lines.js';

const HEAD_SHOT = '/stories/assets/avatar-amina.svg';

const line = (el: NewsByline) => el.shadowRoot!.querySelector('[part="byline"]')!;

describe('news-byline lines', () => {
  // [locale, names, each name as it must stay together]: the comma after a name, the Arabic "and"
  // before one, the Japanese comma after one.
  const cases: [string, string[], string[]][] = [
    [
      'en-GB',
      ['Amina Yusuf', 'Tomás Herrera', 'Joanna Mwangi'],
      ['Amina Yusuf,', 'Tomás Herrera', 'Joanna Mwangi'],
    ],
    ['ar', ['أميرة حسن', 'يوسف منصور', 'سارا رضایی'], ['أميرة حسن', 'ويوسف منصور', 'وسارا رضایی']],
    ['ja', ['佐藤美咲', '山本健太', '田中一郎'], ['佐藤美咲、', '山本健太、', '田中一郎']],
  ];
  for (const [locale, names, together] of cases)
    it(`keeps each name on one line at every width it fits: ${locale}`, async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline style="inline-size: 60em" .authors=${names} locale=${locale}></news-byline>`,
      );
      const widths = together.map((phrase) => linesOf(line(el), phrase).width);
      const split: string[] = [];
      let wrapped = 0;
      for (let px = 100; px <= 420; px++) {
        el.style.inlineSize = `${px}px`;
        together.forEach((phrase, i) => {
          if (el.clientWidth < widths[i]! + 1) return;
          if (linesOf(line(el), phrase).lines > 1) split.push(`${phrase} at ${px}px`);
        });
        if (line(el).getClientRects().length > 1) wrapped++;
      }
      expect(split).to.deep.equal([]);
      expect(wrapped, 'widths at which the byline took more than one line').to.be.above(0);
    });

  // Beside the head shots, on the narrowest phone: one name with spaces to wrap at, one without.
  for (const name of ['Oluwaseun Adebayo-Okonkwo Fitzgerald Hay', 'Anna Wolfeschlegelsteinhausenbergerdorff'])
    it(`wraps the 40-character name "${name}" inside the column at 320 px`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <news-byline
            .authors=${[
              { name, avatar: HEAD_SHOT },
              { name: 'Amina Yusuf', avatar: HEAD_SHOT },
            ]}
            locale="en-GB"
          ></news-byline>
        </div>`,
      );
      const el = wrapper.querySelector<NewsByline>('news-byline')!;
      await el.updateComplete;
      const column = el.shadowRoot!.querySelector('.text')!.getBoundingClientRect();
      const { left, right } = extentOf(line(el), name);
      expect(linesOf(line(el), name).lines, 'lines').to.be.above(1);
      expect(left).to.be.at.least(column.left - 0.5);
      expect(right).to.be.at.most(column.right + 0.5);
      expect(el.scrollWidth, 'no overflow').to.be.at.most(el.clientWidth);
      expect(linesOf(line(el), 'Amina Yusuf').lines, 'the other name').to.equal(1);
    });
});
