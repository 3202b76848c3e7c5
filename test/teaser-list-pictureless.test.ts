/**
 * A story without a picture, in a list whose other stories have pictures, uses the whole width of
 * its row: its headline starts at the row's inline start, with no empty column kept for a picture
 * (a third of a phone's width, which read as a missing image). In the `list` layout and under a
 * hero, from `items` or written as markup, left to right and right to left, on a phone and wide;
 * and before the script comes (the preload rules), in the same place as once drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import type { TeaserItem } from '../src/teaser-list/teaser-item.js';
import { settle, sheets } from './support/preload.js';

const PICTURE = '/stories/assets/harbour-800x800.jpg';
const STORIES: TeaserItem[] = [
  { headline: 'Harbour city keeps its last night ferry through the winter', href: '/ferry', image: PICTURE },
  { headline: 'Night buses run until 2am from Friday', href: '/buses', image: PICTURE },
  {
    headline: 'Opinion: the ferry is the town’s front door',
    href: '/opinion',
    excerpt: 'Shift workers have no other way home, and the council knows it.',
    datetime: '2024-08-04T08:05:00Z',
  },
  { headline: 'Library reopens after roof repairs', href: '/library', image: PICTURE },
  { headline: 'Parking charges frozen for a year', href: '/parking', datetime: '2024-08-03T08:05:00Z' },
];
const pictured = (teaser: NewsTeaser) => !!teaser.imageSrc;

const written = (story: TeaserItem) =>
  html`<news-teaser
    headline=${story.headline}
    href=${story.href!}
    excerpt=${story.excerpt ?? ''}
    datetime=${story.datetime ?? ''}
    image-src=${story.image ?? ''}
  ></news-teaser>`;

async function teasers(source: string, layout: string, dir: string, width: number) {
  const box = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en-GB'} style="inline-size: ${width}px">
      ${
        source === 'items'
          ? html`<news-teaser-list layout=${layout} .items=${STORIES}></news-teaser-list>`
          : html`<news-teaser-list layout=${layout}>${STORIES.map(written)}</news-teaser-list>`
      }
    </div>`,
  );
  const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
  await list.updateComplete;
  const all = [
    ...list.querySelectorAll<NewsTeaser>('news-teaser'),
    ...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser'),
  ];
  await Promise.all(all.map((teaser) => teaser.updateComplete));
  return { list, all };
}

/** Where a box starts in the reading direction. */
const start = (box: DOMRect, dir: string) => (dir === 'rtl' ? box.right : box.left);
const part = (teaser: NewsTeaser, name: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${name}]`)!.getBoundingClientRect();

describe('news-teaser-list: a story without a picture among pictured ones', () => {
  for (const source of ['items', 'markup'])
    for (const layout of ['list', 'hero'])
      for (const dir of ['ltr', 'rtl'])
        for (const width of [390, 1280])
          it(`${source}, ${layout}, ${dir}, ${width} px: its headline starts at its row's start`, async () => {
            const { list, all } = await teasers(source, layout, dir, width);
            // The lead of a hero is the hero's own case (teaser-hero.test.ts).
            const rows = layout === 'hero' ? all.slice(1) : all;
            for (const teaser of rows) {
              const row = start(teaser.getBoundingClientRect(), dir);
              const headline = start(part(teaser, 'headline'), dir);
              if (pictured(teaser)) {
                // The row's start is where a picture stands, the text beside it.
                expect(start(part(teaser, 'image-box'), dir), 'picture').to.be.closeTo(row, 1);
                expect(Math.abs(headline - row), 'headline beside the picture').to.be.above(50);
              } else {
                expect(headline, `“${teaser.headline}” at its row's start`).to.be.closeTo(row, 1);
                expect(part(teaser, 'headline').width, 'the whole row').to.be.closeTo(
                  teaser.getBoundingClientRect().width,
                  1,
                );
              }
            }
            if (width === 390 && dir === 'ltr') await expect(list).to.be.accessible();
          });
});

/** The teasers' boxes and where each one's text starts, in a frame under the preload `rules`. */
async function upgrade(rules: string, dir: string, width: number) {
  const frame = await fixture<HTMLIFrameElement>(
    `<iframe title="A page" style="inline-size: ${width}px; block-size: 1200px; border: 0"></iframe>`,
  );
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(
    `<!doctype html><html lang="${dir === 'rtl' ? 'ar' : 'en-GB'}" dir="${dir}"><style>${rules}</style><body style="margin: 16px">
    <news-teaser-list heading="Harbour">${STORIES.map(
      (story) =>
        `<news-teaser headline="${story.headline}" href="${story.href}" excerpt="${story.excerpt ?? ''}"
          datetime="${story.datetime ?? ''}" image-src="${story.image ?? ''}"></news-teaser>`,
    ).join('')}</news-teaser-list><p>The page goes on.</p>`,
  );
  doc.close();
  const els = [...doc.querySelectorAll('news-teaser')];
  // Before the script, the text starts at the teaser's padding (beside a picture's room, or none).
  const before = els.map((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const text =
      dir === 'rtl' ? box.right - parseFloat(style.paddingRight) : box.left + parseFloat(style.paddingLeft);
    return { box, text };
  });
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `import '/src/teaser-list/define.ts';`;
  doc.body.append(script);
  await frame.contentWindow!.customElements.whenDefined('news-teaser-list');
  const list = doc.querySelector('news-teaser-list')!;
  await settle(list);
  await settle(list);
  const after = els.map((el) => ({
    box: el.getBoundingClientRect(),
    text: start(part(el as NewsTeaser, 'headline'), dir),
  }));
  return { before, after };
}

for (const [file, load] of sheets)
  describe(`${file}: a written story without a picture, before the script`, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    for (const dir of ['ltr', 'rtl'])
      for (const width of [390, 1280])
        it(`${dir}, ${width} px: its text starts where it will once drawn, and nothing moves`, async () => {
          const { before, after } = await upgrade(rules, dir, width);
          for (const [i, { box, text }] of after.entries()) {
            expect(before[i]!.text, `teaser ${i + 1}: its text's start`).to.be.closeTo(text, 1);
            for (const side of ['x', 'y', 'width', 'height'] as const)
              expect(before[i]!.box[side], `teaser ${i + 1} ${side}`).to.be.closeTo(box[side], 1);
          }
          // The stories without a picture start at the row's edge.
          for (const i of [2, 4]) expect(after[i]!.text).to.be.closeTo(start(after[i]!.box, dir), 1);
        });
  });
