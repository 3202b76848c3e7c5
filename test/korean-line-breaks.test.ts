// Korean is written with spaces between words: a line may end only at a space, never inside a word
// (CSS's default breaks between any two Hangul syllables), and a word too long for its box still
// wraps rather than overflowing. Checked where the text is drawn, in each element's own box.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/figure/define.js';
import '../src/gallery/define.js';
import '../src/notice/define.js';
import '../src/teaser/define.js';

const SENTENCE = '정부는 오늘 국무회의에서 내년도 예산안을 의결해 국회에 제출하기로 했다고 밝혔다';
const IMAGE = '/stories/assets/city-800x450.jpg';
const HEADLINE = '폭우로 4만 가구 정전, 이재민 대피소로 이동';

/** The drawn text node holding `words` (in the shadow root or slotted in the light DOM). */
function textNode(host: Element, words: string): Text {
  for (const root of [host.shadowRoot!, host] as Node[]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent!.includes(words)) return node as Text;
  }
  throw new Error(`no text "${words}" in <${host.localName}>`);
}

/** Each drawn character's box, spaces left out. */
function glyphs(node: Text): { char: string; index: number; rect: DOMRect }[] {
  const range = document.createRange();
  return [...node.data].flatMap((char, index) => {
    if (/\s/.test(char)) return [];
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const rect = range.getClientRects()[0];
    return rect ? [{ char, index, rect }] : [];
  });
}

/** The lines the text is drawn on, each as written (a glyph well below the one before starts a line). */
function lines(node: Text): string[] {
  const drawn = glyphs(node);
  const found: string[] = [];
  let start = drawn[0]!.index;
  for (let i = 1; i < drawn.length; i++)
    if (drawn[i]!.rect.top > drawn[i - 1]!.rect.top + drawn[i - 1]!.rect.height / 2) {
      found.push(node.data.slice(start, drawn[i]!.index).trim());
      start = drawn[i]!.index;
    }
  found.push(node.data.slice(start).trim());
  return found;
}

/** The element in a narrow box whose ancestor says the page is Korean. */
async function narrow(content: TemplateResult, lang = 'ko'): Promise<Element> {
  const box = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 10em">${content}</div>`);
  const host = box.firstElementChild!;
  await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return host;
}

/** No character drawn past the end of `box`. */
function expectInside(node: Text, box: Element) {
  const end = box.getBoundingClientRect().right + 1;
  const past = glyphs(node).filter(({ rect }) => rect.right > end);
  expect(past.map(({ char }) => char).join(''), 'drawn past the box').to.equal('');
}

// [what, the element, the words checked]
const cases: [string, () => TemplateResult, string, string?][] = [
  [
    'a figure caption',
    () => html`<news-figure src=${IMAGE} alt="" caption=${SENTENCE}></news-figure>`,
    SENTENCE,
  ],
  ['a notice', () => html`<news-notice type="correction"><p>${SENTENCE}</p></news-notice>`, SENTENCE],
  ['a gallery caption', () => html`<news-gallery caption=${SENTENCE}></news-gallery>`, SENTENCE],
  ['a teaser headline', () => html`<news-teaser href="/storm" headline=${HEADLINE}></news-teaser>`, HEADLINE],
  [
    'a teaser excerpt',
    () => html`<news-teaser href="/budget" headline="예산" excerpt=${SENTENCE}></news-teaser>`,
    SENTENCE,
  ],
  // Korean by its own locale on an English page: the card carries the language.
  [
    'a Korean teaser headline on an English page',
    () => html`<news-teaser locale="ko" href="/storm" headline=${HEADLINE}></news-teaser>`,
    HEADLINE,
    'en',
  ],
];

describe('Korean line breaks', () => {
  for (const [what, content, words, lang] of cases)
    it(`${what}: every line ends between words, inside its box`, async () => {
      const host = await narrow(content(), lang);
      const node = textNode(host, words);
      const drawn = lines(node);
      expect(drawn.length, `${what} wraps`).to.be.greaterThan(1);
      // Each line is whole words of the text: joined with spaces, the lines are the text again.
      expect(drawn.join(' ')).to.equal(node.data.trim().replace(/\s+/g, ' '));
      const whole = new Set(words.split(' '));
      for (const line of drawn)
        for (const word of line.split(' '))
          expect(whole.has(word), `"${word}" in ${drawn.join(' / ')}`).to.be.true;
      expectInside(node, host.parentElement!);
    });

  it('still wraps a word longer than the box', async () => {
    const long = '대한민국정부수립이후처음으로국회가예산안을기한내에통과시켰다';
    for (const content of [
      html`<news-figure src=${IMAGE} alt="" caption=${long}></news-figure>`,
      html`<news-notice type="correction"><p>${long}</p></news-notice>`,
      html`<news-gallery caption=${long}></news-gallery>`,
      html`<news-teaser href="/budget" headline=${long}></news-teaser>`,
    ]) {
      const host = await narrow(content);
      const node = textNode(host, long);
      expect(lines(node).length, host.localName).to.be.greaterThan(1);
      expectInside(node, host.parentElement!);
    }
  });

  it('leaves other languages to break as they do', async () => {
    const host = await narrow(
      html`<news-figure src=${IMAGE} alt="" caption="東京都は本日、新しい防災計画を発表した"></news-figure>`,
      'ja',
    );
    expect(getComputedStyle(host).wordBreak).to.equal('normal');
  });
});
