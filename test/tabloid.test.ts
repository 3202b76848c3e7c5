import { expect, fixture, html } from '@open-wc/testing';
import '../src/article/define.js';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';

// The tabloid house style sets headlines solid (line-height 1): what sits under them needs room.
const sheet = new CSSStyleSheet();
before(async () => sheet.replaceSync(await (await fetch('/src/themes/tabloid.css')).text()));
beforeEach(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]));
afterEach(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));

describe('tabloid theme', () => {
  it('leaves a light section of a tabloid page in the light house style', async () => {
    const light = new CSSStyleSheet();
    light.replaceSync(await (await fetch('/src/themes/light.css')).text());
    // light.css first: the page is tabloid, the section light.
    document.adoptedStyleSheets = [light, ...document.adoptedStyleSheets];
    try {
      const section = await fixture(html`
        <section class="news-theme-light">
          <news-article
            ><h1 slot="headline">Ferry vote</h1>
            <p slot="standfirst">The council voted.</p></news-article
          >
        </section>
      `);
      const headline = getComputedStyle(section.querySelector('h1')!);
      expect(headline.fontFamily).to.match(/^Charter/);
      const gap =
        section.querySelector('p')!.getBoundingClientRect().top -
        section.querySelector('h1')!.getBoundingClientRect().bottom;
      // The header's light spacing (0.5rem), without the tabloid's standfirst gap on top.
      expect(gap, 'no standfirst gap of the tabloid’s').to.be.closeTo(8, 1);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== light);
    }
  });

  it('leaves room between a four-line headline and the standfirst', async () => {
    const el = await fixture(html`
      <news-article style="inline-size: 390px">
        <h1 slot="headline">
          Seoul will build 40,000 homes by the river and keep its old fuel depot standing
        </h1>
        <p slot="standfirst">
          After a decade of stalled plans, the council voted 31 to 12 for a new district.
        </p>
      </news-article>
    `);
    const headline = el.querySelector('h1')!.getBoundingClientRect();
    const standfirst = el.querySelector('p')!.getBoundingClientRect();
    expect(headline.height / parseFloat(getComputedStyle(el.querySelector('h1')!).fontSize)).to.be.above(3);
    expect(standfirst.top - headline.bottom).to.be.at.least(14);
  });

  const story = {
    href: 'https://news.example.com/2026/03/11/ferries/',
    headline: 'Han River ferries return after a two-year pause',
    datetime: '2026-03-11T07:40:00+09:00',
  };
  // A teaser written in the page, and one a list draws from its items (in its own shadow root).
  const teasers: [string, () => Promise<NewsTeaser>][] = [
    [
      'written',
      () =>
        fixture<NewsTeaser>(html`
          <news-teaser
            style="inline-size: 16rem"
            layout="compact"
            href=${story.href}
            headline=${story.headline}
            datetime=${story.datetime}
            locale="en-GB"
          ></news-teaser>
        `),
    ],
    [
      'drawn by a list',
      async () => {
        const list = await fixture<NewsTeaserList>(html`
          <news-teaser-list style="inline-size: 16rem" layout="compact" locale="en-GB" .items=${[story]}>
          </news-teaser-list>
        `);
        const teaser = list.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
        await teaser.updateComplete;
        return teaser;
      },
    ],
  ];
  for (const [kind, make] of teasers)
    it(`gives a side column's two-line headlines leading, and keeps the date off them (${kind})`, async () => {
      const el = await make();
      const headline = el.shadowRoot!.querySelector('[part~="headline"]')!;
      const date = el.shadowRoot!.querySelector('[part~="dateline"]')!;
      const { lineHeight, fontSize } = getComputedStyle(headline);
      expect(parseFloat(lineHeight) / parseFloat(fontSize)).to.be.at.least(1.1);
      expect(date.getBoundingClientRect().top - headline.getBoundingClientRect().bottom).to.be.at.least(4);
    });
});
