/**
 * Sharing's row before and after its upgrade at every container width from 280 to 800 px, in every
 * sheet a page may link: the rows the theme files reserve (src/share/share.preload.ts) are the rows
 * the element draws. The places sites choose in the README and the stories, in English and German.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { loadTranslations } from '../src/internal/translate.js';
import { NewsShare } from '../src/share/share.js';
import { sheets, withRules } from './support/preload.js';

const URL = 'url="https://news.example.com/story"';
const ALL = 'email x facebook linkedin whatsapp telegram bluesky threads reddit';
const widths = Array.from({ length: 53 }, (_, i) => 280 + i * 10);
let count = 0;

/** The widths at which the reserved height is not the drawn one, each as `width: reserved → drawn`. */
async function sweep(rules: string, lang: string, attributes: string) {
  const tag = `news-share-rows-${++count}`;
  return withRules(rules, 'news-share', tag, async () => {
    const page = await fixture(
      `<div lang="${lang}">${widths
        .map((width) => `<div style="inline-size: ${width}px"><${tag} ${attributes}></${tag}></div>`)
        .join('')}</div>`,
    );
    const rows = [...page.querySelectorAll(tag)] as LitElement[];
    const before = rows.map((el) => el.getBoundingClientRect().height);
    customElements.define(tag, class extends (NewsShare as unknown as typeof HTMLElement) {});
    await Promise.all(rows.map((el) => el.updateComplete));
    return rows
      .map((el, i) => [widths[i], before[i]!, el.getBoundingClientRect().height] as const)
      .filter(([, reserved, drawn]) => Math.abs(reserved - drawn) > 1)
      .map(([width, reserved, drawn]) => `${width}: ${reserved} → ${drawn}`);
  });
}

before(() => loadTranslations('de'));

for (const [file, load] of sheets)
  describe(file, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });
    // German from the page, and from the element's own `locale` on an English page.
    for (const [lang, locale] of [
      ['en', ''],
      ['de', ''],
      ['en', ' locale="de"'],
    ])
      for (const networks of ['', ' networks="email whatsapp x bluesky"', ` networks="${ALL}"`])
        it(`reserves sharing's rows at every width, ${lang}${locale}${networks || ' (email)'}`, async () => {
          expect(await sweep(rules, lang, `${URL}${locale}${networks}`)).to.deep.equal([]);
        });
  });
