/**
 * The space between a list's rows: rows with thumbnails get room to breathe; a `list` of headlines
 * and excerpts without any picture sits closer (the md space each side of the rule, not the lg),
 * whether its stories come from `items` or are written as markup. A page's own
 * `--news-teaser-list-gap` still decides. A written story given or losing its picture later changes
 * the look in the next frame; a list a server drew keeps the server's look until the page does so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/teaser-list/define.js';
import '../src/teaser/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';
import { frame } from './support/until.js';

const PICTURE = '/stories/assets/harbour-800x800.jpg';
const story = (n: number, image?: string): TeaserItem => ({
  headline: `Ferry timetable changes for the winter, part ${n}`,
  href: `/ferry/${n}`,
  excerpt: 'The last crossing leaves at 7.40pm from November.',
  datetime: '2024-08-04T08:05:00Z',
  image,
});
const written = (n: number, image?: string) =>
  html`<news-teaser
    headline="Ferry timetable changes for the winter, part ${n}"
    href="/ferry/${n}"
    excerpt="The last crossing leaves at 7.40pm from November."
    datetime="2024-08-04T08:05:00Z"
    image-src=${image ?? ''}
  ></news-teaser>`;

const slotted = () => Object.assign(document.createElement('img'), { slot: 'image', src: PICTURE, alt: '' });

async function settled(list: NewsTeaserList, teasers: NewsTeaser[]): Promise<void> {
  await list.updateComplete;
  await Promise.all(teasers.map((teaser) => teaser.updateComplete));
}

const rect = (teaser: NewsTeaser, name: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${name}]`)!.getBoundingClientRect();
/** The list's look as its reader sees it: the space between its first two rows. */
const look = (teasers: NewsTeaser[]) =>
  Math.round(rect(teasers[1]!, 'card').top - rect(teasers[0]!, 'card').bottom);
const bare = 16 + 1 + 16;
const withPictures = 24 + 1 + 24;

/** Pixels from the bottom of the first story's card to the top of the second's: the gap, rule and padding between them. */
async function rowDistance(content: TemplateResult, style = ''): Promise<number> {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: 720px; ${style}">${content}</div>`);
  const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
  await list.updateComplete;
  const teasers = [
    ...list.querySelectorAll<NewsTeaser>('news-teaser'),
    ...list.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser'),
  ];
  await Promise.all(teasers.map((teaser) => teaser.updateComplete));
  const [first, second] = teasers.map((teaser) =>
    teaser.shadowRoot!.querySelector('[part~=card]')!.getBoundingClientRect(),
  );
  return Math.round(second!.top - first!.bottom);
}

const fromItems = (layout: string, image?: string) =>
  html`<news-teaser-list
    layout=${layout}
    .items=${[story(1, image), story(2, image), story(3)]}
  ></news-teaser-list>`;
const asMarkup = (layout: string, image?: string) =>
  html`<news-teaser-list layout=${layout}
    >${written(1, image)}${written(2, image)}${written(3)}</news-teaser-list
  >`;

// [what, list, page style, px between rows: the space each side of a 1 px rule]
const cases: [string, TemplateResult, string, number][] = [
  ['list from items without pictures', fromItems('list'), '', 16 + 1 + 16],
  ['list written as markup without pictures', asMarkup('list'), '', 16 + 1 + 16],
  ['list from items with pictures', fromItems('list', PICTURE), '', 24 + 1 + 24],
  ['list written as markup with pictures', asMarkup('list', PICTURE), '', 24 + 1 + 24],
  ['compact list without pictures', fromItems('compact'), '', 8 + 1 + 8],
  [
    'list without pictures in a page that sets the gap',
    fromItems('list'),
    '--news-teaser-list-gap: 2rem',
    32 + 1 + 32,
  ],
  [
    'list written as markup without pictures in a page that sets the gap',
    asMarkup('list'),
    '--news-teaser-list-gap: 2rem',
    32 + 1 + 32,
  ],
  [
    'list without pictures in a theme with its own spaces',
    fromItems('list'),
    '--news-space-md: 0.75rem',
    12 + 1 + 12,
  ],
];

describe('news-teaser-list rhythm', () => {
  for (const [what, content, style, distance] of cases)
    it(`${what}: ${distance} px between rows`, async () => {
      expect(await rowDistance(content, style)).to.equal(distance);
    });

  it('list written as markup without pictures keeps no column for one', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 720px">${asMarkup('list')}</div>`);
    const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
    await list.updateComplete;
    for (const teaser of list.querySelectorAll<NewsTeaser>('news-teaser')) {
      await teaser.updateComplete;
      const left = (name: string) =>
        Math.round(teaser.shadowRoot!.querySelector(`[part~=${name}]`)!.getBoundingClientRect().left);
      expect(left('headline'), 'the headline at the card’s edge').to.equal(left('card'));
    }
    await expect(list).to.be.accessible();
  });

  // A page that gives a written story its picture later (or takes it away) changes the list's look
  // in the next frame, with no other reason to render. [what, pictures at first, change, pictured]
  const edits: [string, (string | undefined)[], (first: NewsTeaser) => void, boolean][] = [
    ['given image-src', [], (first) => first.setAttribute('image-src', PICTURE), true],
    ['given an image slot', [], (first) => first.append(slotted()), true],
    ['losing image-src', [PICTURE], (first) => first.removeAttribute('image-src'), false],
    ['losing image-src to an empty one', [PICTURE], (first) => first.setAttribute('image-src', ''), false],
  ];
  for (const [what, images, edit, pictured] of edits)
    it(`a list written as markup whose story is ${what} after the first render`, async () => {
      const [one, two, three] = [1, 2, 3].map((n) => written(n, images[n - 1]));
      const box = await fixture<HTMLElement>(
        html`<div style="inline-size: 720px"><news-teaser-list>${one}${two}${three}</news-teaser-list></div>`,
      );
      const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
      const teasers = [...list.querySelectorAll<NewsTeaser>('news-teaser')];
      await settled(list, teasers);
      expect(look(teasers), 'before').to.equal(pictured ? bare : withPictures);
      edit(teasers[0]!);
      await frame();
      expect(look(teasers), 'the next frame').to.equal(pictured ? withPictures : bare);
    });

  // A framework binds the property (Vue sets `imageSrc` on a custom element that has one): no
  // attribute changes, and the list still sees the picture come and go in the next frame.
  it('a list written as markup whose story is given imageSrc, the property alone, then loses it', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 720px">
        <news-teaser-list>
          <news-teaser headline="Ferry timetable changes for the winter" href="/ferry/1"></news-teaser>
          <news-teaser headline="Night buses run until 2am" href="/buses"></news-teaser>
        </news-teaser-list>
      </div>`,
    );
    const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
    const teasers = [...list.querySelectorAll<NewsTeaser>('news-teaser')];
    await settled(list, teasers);
    expect(look(teasers), 'before').to.equal(bare);
    teasers[0]!.imageSrc = PICTURE;
    await frame();
    expect(teasers[0]!.hasAttribute('image-src'), 'no attribute').to.equal(false);
    expect(look(teasers), 'given it').to.equal(withPictures);
    teasers[0]!.imageSrc = '';
    await frame();
    expect(look(teasers), 'without it').to.equal(bare);
  });

  // The server cannot see written stories, so it draws them spaced as pictured: the list it drew
  // keeps that look through hydration rather than move every headline under the reader.
  let page: Frame | undefined;
  afterEach(() => page?.remove());
  const served = (n: number, image = '') =>
    `<news-teaser headline="Ferry timetable changes, part ${n}" href="/ferry/${n}" excerpt="The last crossing leaves at 7.40pm." image-src="${image}"></news-teaser>`;
  it('a list a server drew from markup keeps its look through hydration', async () => {
    page = await serverRenderedFrame(`<news-teaser-list>${served(1)}${served(2)}</news-teaser-list>`);
    page.style.inlineSize = '720px';
    const doc = page.contentDocument!;
    const list = doc.querySelector('news-teaser-list') as NewsTeaserList;
    const teasers = [...doc.querySelectorAll('news-teaser')] as NewsTeaser[];
    const place = () =>
      teasers.map((el) => {
        const { left, top } = el.shadowRoot!.querySelector('[part~=headline]')!.getBoundingClientRect();
        return [Math.round(left), Math.round(top)];
      });
    const before = place();
    expect(await hydrateFrame(doc, [list, ...teasers])).to.deep.equal([]);
    expect(place()).to.deep.equal(before);
  });

  // ...but what the page changes after that is the page's: its reader sees the list as it now is.
  const later: [string, (first: NewsTeaser) => void][] = [
    ['takes the only picture away', (first) => first.removeAttribute('image-src')],
    ['removes the only pictured story', (first) => first.remove()],
  ];
  for (const [what, edit] of later)
    it(`a list a server drew from markup takes its new look when the page ${what}`, async () => {
      page = await serverRenderedFrame(
        `<news-teaser-list>${served(1, PICTURE)}${served(2)}${served(3)}</news-teaser-list>`,
      );
      page.style.inlineSize = '720px';
      const doc = page.contentDocument!;
      const list = doc.querySelector('news-teaser-list') as NewsTeaserList;
      const teasers = [...doc.querySelectorAll('news-teaser')] as NewsTeaser[];
      expect(await hydrateFrame(doc, [list, ...teasers])).to.deep.equal([]);
      expect(look(teasers), 'hydrated').to.equal(withPictures);
      edit(teasers[0]!);
      await new Promise((resolve) => page!.contentWindow.requestAnimationFrame(resolve));
      expect(look(teasers.slice(1)), 'the next frame').to.equal(bare);
    });
});
