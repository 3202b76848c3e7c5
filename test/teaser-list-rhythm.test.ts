/**
 * The space between a list's rows: rows with thumbnails get room to breathe; a `list` of headlines
 * and excerpts without any picture sits closer (the md space each side of the rule, not the lg),
 * whether its stories come from `items` or are written as markup. A page's own
 * `--news-teaser-list-gap` still decides.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/teaser-list/define.js';
import '../src/teaser/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

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

  // The server cannot see written stories, so it draws them with a picture's room: the list it drew
  // keeps that look through hydration rather than move every headline under the reader.
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());
  it('a list a server drew from markup keeps its look through hydration', async () => {
    const teaser = (n: number) =>
      `<news-teaser headline="Ferry timetable changes, part ${n}" href="/ferry/${n}" excerpt="The last crossing leaves at 7.40pm."></news-teaser>`;
    frame = await serverRenderedFrame(`<news-teaser-list>${teaser(1)}${teaser(2)}</news-teaser-list>`);
    frame.style.inlineSize = '720px';
    const doc = frame.contentDocument!;
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
});
