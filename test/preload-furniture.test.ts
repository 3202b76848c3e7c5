/**
 * The preload rules (as in preload.test.ts) where the story's furniture takes its box from its
 * words: sharing's row on a phone, which wraps to two rows or more (further in German), a partner
 * named without a logo, and a notice alone on a wide page. Each is measured before and after its
 * upgrade, in every sheet a page may link.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { NewsPartnerBanner } from '../src/classes.js';
import { loadTranslations, shipped } from '../src/internal/translate.js';
import { preloadFile } from '../src/preload.js';
import { NewsNotice } from '../src/notice/notice.js';
import { lightStyles as noticeLightStyles } from '../src/notice/notice.styles.js';
import { NewsShare } from '../src/share/share.js';
import { expectSameBox, measure, sheets, withRules } from './support/preload.js';
import { give, restoreNavigator } from './support/share.js';

type Subject = [name: string, element: typeof LitElement];
const share: Subject = ['news-share', NewsShare];
const banner: Subject = ['news-partner-banner', NewsPartnerBanner];
const notice: Subject = ['news-notice', NewsNotice];

let count = 0;
/**
 * `<name attributes>content</name>` in a column `width` px wide in `lang` under `rules`, measured
 * before and after it is defined (under a fresh tag) as `element`.
 */
async function upgrade(
  rules: string,
  [name, element]: Subject,
  attributes: string,
  { width = 600, lang = 'en', content = '' } = {},
) {
  const tag = `${name}-furniture-${++count}`;
  return withRules(rules, name, tag, async () => {
    const column = await fixture(
      `<div lang="${lang}" style="inline-size: ${width}px"><${tag} ${attributes}>${content}</${tag}><p>The story goes on.</p></div>`,
    );
    const el = column.firstElementChild as LitElement;
    const before = measure(el);
    customElements.define(tag, class extends (element as typeof HTMLElement) {});
    await el.updateComplete;
    return { before, after: measure(el), el };
  });
}

const URL = 'url="https://news.example.com/story"';
const ALL = 'email x facebook linkedin whatsapp telegram bluesky threads reddit';
const LONG = 'Fundação Calouste Gulbenkian para a Ciência e Tecnologia';

before(() => loadTranslations('de'));
afterEach(() => restoreNavigator());

it('reserves sharing’s button and email link in every language the library ships', () => {
  const sheet = preloadFile();
  for (const tag of Object.keys(shipped))
    expect(sheet, tag).to.match(new RegExp(`news-share:is\\([^)]*:lang\\(${tag.replace('-Hans', '')}\\)`));
});

for (const [file, load] of sheets) {
  describe(file, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    // The places sites choose in the README and the stories; the rows a phone shows, counted.
    for (const width of [320, 390])
      for (const lang of ['en', 'de'])
        it(`reserves sharing's rows on a phone ${width} px wide, in ${lang}`, async () => {
          const rows: number[] = [];
          for (const networks of ['', ' networks="email whatsapp x bluesky"', ` networks="${ALL}"`]) {
            const result = await upgrade(rules, share, `${URL}${networks}`, { width, lang });
            expectSameBox(result);
            const pills = [...result.el.shadowRoot!.querySelectorAll('a, button')];
            rows.push(new Set(pills.map((pill) => Math.round(pill.getBoundingClientRect().top))).size);
          }
          expect(rows[0], 'email and the button').to.equal(1);
          expect(rows[2], 'every place').to.be.at.least(3);
        });

    // The button keeps the room of "Copy link" when it says "Share": the sheet cannot tell which.
    it('reserves the same rows where the browser has a share sheet and its button says "Share"', async () => {
      give('share', () => Promise.resolve());
      give('canShare', () => true);
      for (const width of [320, 390]) {
        const result = await upgrade(rules, share, `${URL} networks="${ALL}"`, { width });
        expect(result.el.shadowRoot!.querySelector('button')!.innerText.trim()).to.equal('Share');
        expectSameBox(result);
      }
    });

    for (const width of [320, 390, 600])
      it(`draws the name of a partner without a logo, ${width} px wide`, async () => {
        for (const attributes of [
          'name="Urban Institute"',
          'name="Urban Institute" variant="paid"',
          'name="Harbour Bank" href="https://harbourbank.example/" variant="sponsored"',
          `name="${LONG}"`,
        ])
          expectSameBox(await upgrade(rules, banner, attributes, { width }));
      });

    it('keeps the room of "About this content" after a partner’s name', async () => {
      const { before, after } = await upgrade(rules, banner, 'name="Urban Institute" about-href="/about"');
      expectSameBox({ before, after });
      expect(before.height, 'one row').to.be.below(50);
    });

    it('keeps a notice alone on a wide page to the text column’s measure', async () => {
      const { before, after } = await upgrade(
        `${rules}\n${noticeLightStyles.cssText}`,
        notice,
        'type="correction" datetime="2012-12-15"',
        { width: 1280, content: '<p>An earlier version misstated the number of homes planned.</p>' },
      );
      expectSameBox({ before, after });
      expect(after.width).to.be.below(800);
    });
  });
}
