/**
 * Teasers written as markup, as the README and the story page write them (attributes only), through
 * their upgrade (the preload rules, as in preload.test.ts): before any script each teaser shows its
 * headline and excerpt, in the room its first render takes, so that neither the teasers nor what
 * follows the list move when the script draws them. Each case is a page of a set width in a frame
 * (390 px: a phone), where the real tags are defined by the module a page loads.
 */
import { expect, fixture } from '@open-wc/testing';
import { settle, sheets } from './support/preload.js';

const A = '/stories/assets';

const teaser = (attributes: string) => `<news-teaser href="/2026/03/11/story/" ${attributes}></news-teaser>`;

const ferries = teaser(
  `headline="Han River ferries return after a two-year pause" datetime="2026-03-11T07:40:00+09:00"
  excerpt="Six boats will run between Yeouido and Jamsil from April, with fares the same as the subway."
  image-src="${A}/city-800x450.jpg" kicker="Transport"`,
);
const market = teaser(
  `headline="Night markets are back in Mangwon, and so are the queues" datetime="2026-03-10T19:15:00+09:00"
  excerpt="Traders say takings doubled in the first week; neighbours say the noise did too." author="Kim Min-seo"`,
);
// Three lines on a phone beside its picture.
const gold = teaser(
  `headline="The 19-year-old from Busan who lifted the first gold of the Games"
  datetime="2026-03-08T11:20:00+09:00" image-src="${A}/weightlifter-1200x800.jpg"`,
);
const harbour = teaser(
  `headline="“We are open again”: the harbour after the storm" datetime="2026-03-07T09:00:00+09:00" image-src="${A}/harbour-800x800.jpg"`,
);
const bare = teaser(`headline="Polls close across the country" datetime="2026-03-06T22:00:00+09:00"`);
const live = teaser(
  `headline="Counting under way in Seoul" label-kind="live" kicker="Election" image-src="${A}/city-600x600.jpg"`,
);
const opinion = teaser(
  `headline="The city needs its night markets more than its quiet" label-kind="opinion" author="Kim Min-seo"
  headshot="${A}/avatar-amina.svg" excerpt="A neighbour of Mangwon on why the queues are worth it." datetime="2026-03-09T08:00:00+09:00"`,
);

interface Page {
  /** The boxes of the lists, the teasers and the paragraphs, in the page's order. */
  boxes: DOMRect[];
}

/**
 * `markup` and a paragraph on a page `width` px wide (a frame; a body margin of 16 px) under
 * `rules`: the boxes before any script, and once the teasers (and their list) are drawn.
 */
async function upgrade(rules: string, markup: string, width: number) {
  const frame = await fixture<HTMLIFrameElement>(
    `<iframe title="A page" style="inline-size: ${width}px; block-size: 1200px; border: 0"></iframe>`,
  );
  const page = frame.contentDocument!;
  page.open();
  page.write(
    `<!doctype html><html lang="en-GB"><style>${rules}</style><body style="margin: 16px"><main>${markup}<p>The story goes on.</p></main>`,
  );
  page.close();
  const main = page.querySelector('main')!;
  const measure = (): Page => ({
    boxes: [...main.querySelectorAll('news-teaser, news-teaser-list, p')].map((el) =>
      el.getBoundingClientRect(),
    ),
  });
  const before = measure();
  const headlines = [...main.querySelectorAll('news-teaser')].map(
    (el) => getComputedStyle(el, '::before').content,
  );
  const script = page.createElement('script');
  script.type = 'module';
  script.textContent = `import '/src/teaser-list/define.ts';`;
  page.body.append(script);
  await frame.contentWindow!.customElements.whenDefined('news-teaser-list');
  for (const el of main.querySelectorAll('news-teaser-list, news-teaser')) await settle(el);
  for (const el of main.querySelectorAll('news-teaser-list, news-teaser')) await settle(el);
  return { before, after: measure(), headlines, main };
}

function expectNoShift({ before, after }: { before: Page; after: Page }) {
  expect(before.boxes).to.have.length(after.boxes.length);
  for (const [i, box] of after.boxes.entries())
    for (const side of ['x', 'y', 'width', 'height'] as const)
      expect(before.boxes[i]![side], `box ${i + 1} ${side}`).to.be.closeTo(box[side], 1);
}

const list = (attributes: string, teasers: string) =>
  `<news-teaser-list heading="More from Seoul" ${attributes}>${teasers}</news-teaser-list>`;

for (const [file, load] of sheets) {
  describe(`${file}: teasers written as markup`, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    for (const width of [390, 1280])
      it(`keeps each teaser of a list, with its picture, headline, excerpt and date, ${width} px wide`, async () => {
        const steps = await upgrade(rules, list('', ferries + market + gold + bare), width);
        expectNoShift(steps);
        // A reader without script reads each headline (Chromium resolves attr() in the computed value).
        for (const content of steps.headlines) expect(content).to.match(/attr\(headline\)|[A-Z][a-z]+ /);
        if (!steps.headlines[0]!.includes('attr('))
          expect(steps.headlines[0]).to.contain('Han River ferries return');
        // The long headline takes three lines beside its picture on a phone.
        const headline = steps.main
          .querySelectorAll('news-teaser')[2]!
          .shadowRoot!.querySelector('#headline')!;
        const lines =
          headline.getBoundingClientRect().height / parseFloat(getComputedStyle(headline).lineHeight);
        if (width === 390) expect(Math.round(lines), 'its lines').to.equal(3);
        expect(steps.main.querySelector('news-teaser')!.shadowRoot!.querySelector('img')).to.exist;
      });

    it('keeps the line of a teaser’s kicker and badge, and the author’s headshot', async () => {
      for (const width of [390, 1280])
        expectNoShift(await upgrade(rules, list('', live + opinion + harbour), width));
    });

    it('keeps a list of teasers without pictures, closer together', async () => {
      expectNoShift(await upgrade(rules, list('', market + bare + market), 390));
    });

    it('keeps a compact list of headlines and dates (the story page’s)', async () => {
      for (const width of [390, 1280])
        expectNoShift(await upgrade(rules, list('layout="compact"', ferries + market + gold), width));
    });

    it('keeps teasers written in list items', async () => {
      const items = [ferries, market, bare].map((story) => `<li>${story}</li>`).join('');
      expectNoShift(await upgrade(rules, list('', items), 390));
    });

    it('leaves a grid’s teasers to their script, as before', async () => {
      const steps = await upgrade(rules, list('layout="grid"', ferries + market), 1280);
      expect(steps.headlines).to.deep.equal(['none', 'none']);
    });

    it('keeps a teaser written alone', async () => {
      for (const width of [390, 1280]) expectNoShift(await upgrade(rules, harbour + gold, width));
    });
  });
}
