/**
 * A hero list's lead story without a picture: its text takes the whole width, at the hero's size,
 * with no empty room kept for a picture beside it; written as markup or given as `items`, and as a
 * server draws it, before and after the script comes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import type { TeaserItem } from '../src/teaser-list/teaser-item.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

const PICTURE = '/stories/assets/city-800x450.jpg';
const STORIES: TeaserItem[] = [
  {
    headline: 'Harbour city votes to keep its last night ferry through the winter',
    href: '/night-ferry',
    kicker: 'Local',
    datetime: '2024-08-04T08:05:00Z',
    excerpt:
      'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running, after a petition signed by 4,000 residents who work late shifts on the mainland.',
  },
  { headline: 'Night buses run until 2am from Friday', href: '/buses', image: PICTURE },
  { headline: 'Library reopens after roof repairs', href: '/library', image: PICTURE },
];

const written = (width: number) =>
  fixture<NewsTeaserList>(
    html`<news-teaser-list style="inline-size: ${width}px" layout="hero">
      ${STORIES.map(
        (story) =>
          html`<news-teaser
            headline=${story.headline}
            href=${story.href!}
            kicker=${story.kicker ?? ''}
            datetime=${story.datetime ?? ''}
            excerpt=${story.excerpt ?? ''}
            image-src=${story.image ?? ''}
          ></news-teaser>`,
      )}
    </news-teaser-list>`,
  ).then((list) => [...list.querySelectorAll<NewsTeaser>('news-teaser')]);

const fromItems = (width: number) =>
  fixture<NewsTeaserList>(
    html`<news-teaser-list
      style="inline-size: ${width}px"
      layout="hero"
      .items=${STORIES}
    ></news-teaser-list>`,
  ).then((list) => [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')]);

const box = (teaser: NewsTeaser, selector: string) =>
  teaser.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
const headlineSize = (teaser: NewsTeaser) =>
  parseFloat(getComputedStyle(teaser.shadowRoot!.querySelector('#headline')!).fontSize);

describe('news-teaser-list hero without a picture', () => {
  for (const [source, teasers] of [
    ['markup', written],
    ['items', fromItems],
  ] as const)
    for (const width of [1280, 390])
      it(`${source} at ${width} px: the lead's text spans the whole hero, at the hero's size`, async () => {
        const [hero, next] = await teasers(width);
        await Promise.all([hero!.updateComplete, next!.updateComplete]);
        expect(hero!.layout).to.equal('hero');
        const card = box(hero!, '[part~=card]');
        const text = box(hero!, '.body');
        expect(card.width).to.be.closeTo(width, 1);
        expect(text.width, 'the text column').to.be.closeTo(card.width, 1);
        expect(text.left).to.be.closeTo(card.left, 1);
        const picture = box(hero!, '[part~=image-box]');
        expect(picture.width * picture.height, 'no room for a picture').to.equal(0);
        expect(headlineSize(hero!)).to.be.above(headlineSize(next!));
        await expect(hero).to.be.accessible();
      });

  // A server cannot see that a written story leads: it draws it as a list story (a thumbnail's
  // size, or its empty room) until the script gives it the hero's layout.
  let page: Frame | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });
  for (const width of [1280, 390])
    it(`written and drawn by a server at ${width} px: no empty room beside the lead's text, before the script and after`, async () => {
      const served = (story: TeaserItem) =>
        `<news-teaser headline="${story.headline}" href="${story.href}" excerpt="${story.excerpt ?? ''}" image-src="${story.image ?? ''}"></news-teaser>`;
      page = await serverRenderedFrame(
        `<news-teaser-list layout="hero">${STORIES.map(served).join('')}</news-teaser-list>`,
      );
      page.style.inlineSize = `${width}px`;
      const doc = page.contentDocument!;
      const list = doc.querySelector('news-teaser-list') as NewsTeaserList;
      const [hero, ...rest] = [...doc.querySelectorAll('news-teaser')] as NewsTeaser[];
      const spans = () => {
        const card = box(hero!, '[part~=card]');
        const text = box(hero!, '.body');
        return Math.abs(text.width - card.width) < 1 && Math.abs(text.left - card.left) < 1;
      };
      expect(spans(), 'as the server drew it').to.equal(true);
      expect(await hydrateFrame(doc, [list, hero!, ...rest])).to.deep.equal([]);
      expect(spans(), 'hydrated').to.equal(true);
      expect(headlineSize(hero!)).to.be.above(headlineSize(rest[0]!));
    });
});
