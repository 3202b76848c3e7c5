import { fixture, fixtureSync, html, expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import type { TeaserItem } from '../src/teaser-list/teaser-item.js';

// #18: cards in a row line up (dates, headlines), an imageless story uses its whole row, a
// badge never takes a line of its own. Measured boxes, as a reader sees them.

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const story = (fields: Partial<TeaserItem>, i: number): TeaserItem => ({
  headline: `Harbour city votes to keep its last night ferry (${i})`,
  href: `/story-${i}`,
  datetime: '2024-08-04T08:05:00Z',
  excerpt: 'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running through the winter.',
  kicker: 'Local',
  image: PIXEL,
  ...fields,
});

/** A list of `items` in a box `width` px wide, every teaser rendered. */
async function listOf(items: Partial<TeaserItem>[], layout: string, width: number, dir = 'ltr') {
  // The test tab may be in the background, where content-visibility: auto skips every story and
  // sizes it by its placeholder: measure them as drawn on screen.
  const box = fixtureSync<HTMLElement>(
    html`<div dir=${dir} style="inline-size: ${width}px">
      <style>
        news-teaser-list::part(item) {
          content-visibility: visible;
        }
      </style>
      <news-teaser-list
        layout=${layout}
        locale=${dir === 'rtl' ? 'ar' : 'en-GB'}
        .items=${items.map(story)}
      ></news-teaser-list>
    </div>`,
  );
  const list = box.querySelector<NewsTeaserList>('news-teaser-list')!;
  await list.updateComplete;
  const teasers = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
  await Promise.all(teasers.map((t) => t.updateComplete));
  return teasers;
}
const rect = (teaser: NewsTeaser, part: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${part}]`)!.getBoundingClientRect();

describe('teaser layouts', () => {
  it('grid: a row of cards, with and without a badge or an image, puts dates on one line', async () => {
    const teasers = await listOf(
      [{ label: 'Live' }, { excerpt: 'Short.' }, { image: '', kicker: 'Opinion' }],
      'grid',
      960,
    );
    const tops = teasers.map((t) => rect(t, 'card').top);
    expect(new Set(tops).size, 'one row').to.equal(1);
    const dates = teasers.map((t) => Math.round(rect(t, 'dateline').top));
    expect(dates[1]).to.equal(dates[0]);
    expect(dates[2]).to.equal(dates[0]);
  });

  it('grid: a badge does not push the kicker and headline down', async () => {
    const [badged, plain, sponsored] = await listOf(
      [{ label: 'Updated' }, {}, { sponsored: true, kicker: 'Partner content' }],
      'grid',
      960,
    );
    for (const part of ['kicker', 'headline'])
      for (const other of [badged!, sponsored!])
        expect(Math.round(rect(other, part).top), part).to.equal(Math.round(rect(plain!, part).top));
  });

  it('grid: a card without an image starts at the top, on a panel as tall as its neighbours', async () => {
    const [pictured, bare] = await listOf([{}, { image: '' }], 'grid', 640);
    const panel = bare!.shadowRoot!.querySelector('.body')!;
    expect(getComputedStyle(panel).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(Math.round(panel.getBoundingClientRect().top)).to.equal(Math.round(rect(pictured!, 'card').top));
    expect(Math.round(panel.getBoundingClientRect().bottom)).to.equal(
      Math.round(rect(pictured!, 'card').bottom),
    );
  });

  for (const dir of ['ltr', 'rtl'])
    it(`list (${dir}): a story without an image uses its whole row, among pictured ones`, async () => {
      const [pictured, bare] = await listOf([{}, { image: '' }, {}], 'list', 720, dir);
      const edge = (r: DOMRect) => Math.round(dir === 'ltr' ? r.left : r.right);
      expect(edge(rect(bare!, 'headline'))).to.equal(edge(rect(bare!, 'card')));
      expect(edge(rect(bare!, 'dateline'))).to.equal(edge(rect(bare!, 'card')));
      expect(edge(rect(pictured!, 'headline'))).not.to.equal(edge(rect(pictured!, 'card')));
    });

  for (const dir of ['ltr', 'rtl'])
    it(`list (${dir}): stories none of which has a picture keep no column for one`, async () => {
      const teasers = await listOf([{ image: '' }, { image: '' }], 'list', 390, dir);
      const edge = (r: DOMRect) => Math.round(dir === 'ltr' ? r.left : r.right);
      for (const teaser of teasers)
        expect(edge(rect(teaser, 'headline')), 'the headline at the card’s edge').to.equal(
          edge(rect(teaser, 'card')),
        );
    });

  it('list: a pictured story appended to stories without pictures moves none of them', async () => {
    const teasers = await listOf([{ image: '' }, { image: '' }], 'list', 720);
    const before = Math.round(rect(teasers[0]!, 'headline').left);
    const list = (teasers[0]!.getRootNode() as ShadowRoot).host as NewsTeaserList;
    // As "More stories" or a refresh appends it: the stories being read stay where they are.
    list.items = [...list.items!, story({ headline: 'Late, with a picture' }, 2)];
    await list.updateComplete;
    const all = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')];
    await Promise.all(all.map((t) => t.updateComplete));
    expect(all.length).to.equal(3);
    expect(Math.round(rect(all[0]!, 'headline').left)).to.equal(before);
    expect(!!all[2]!.shadowRoot!.querySelector('img'), 'the new story’s picture').to.equal(true);
  });

  it('a teaser on its own without an image starts its text at its edge', async () => {
    const el = fixtureSync<NewsTeaser>(
      html`<news-teaser headline="Ferry times" kicker="Local"></news-teaser>`,
    );
    await el.updateComplete;
    expect(Math.round(rect(el, 'headline').left)).to.equal(Math.round(el.getBoundingClientRect().left));
  });

  it('hero at 390 px: a kicker keeps its words on one line, "Sponsored" going to the next', async () => {
    const teasers = await listOf(
      [{}, { sponsored: true, kicker: 'Partner content', headline: 'Heat pumps: what installers say' }],
      'hero',
      326,
    );
    const kicker = teasers[1]!.shadowRoot!.querySelector('.kicker')!;
    // The capitals drawn (the copy for screen readers is a visually hidden box).
    const drawn = kicker.querySelector('[aria-hidden="true"]')!;
    const lines = new Set([...drawn.getClientRects()].map((box) => Math.round(box.top)));
    expect(lines.size, '“PARTNER CONTENT” on one line').to.equal(1);
    const [label, below] = [rect(teasers[1]!, 'sponsored'), kicker.getBoundingClientRect()];
    expect(label.top, 'the label under it').to.be.at.least(below.bottom - 1);
    expect(Math.round(label.left), 'at the line’s start').to.equal(Math.round(below.left));
  });

  it('leaves no word alone on a headline’s last line, in the list’s first layout', async () => {
    // Headlines from the front page story, at widths where filling each line first leaves the
    // last word alone ("…every primary / pupil").
    const headlines = [
      'Free school meals for every primary pupil',
      'Heat pumps: what installers say',
      'Harbour city votes to keep its last night ferry',
    ];
    for (const width of [240, 280, 326, 358])
      for (const teaser of await listOf(
        headlines.map((headline) => ({ headline, image: '' })),
        'hero',
        width,
      )) {
        const link = teaser.shadowRoot!.querySelector('#headline')!;
        // Each word's line, by where its box is.
        const tops: number[] = [];
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          for (const word of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            tops.push(Math.round(range.getBoundingClientRect().top));
          }
        const lines = [...new Set(tops)];
        if (lines.length > 1)
          expect(
            tops.filter((top) => top === lines.at(-1)).length,
            `${width} px: “${link.textContent!.trim()}”`,
          ).to.be.above(1);
      }
  });

  // [focal-point, object-position the thumbnail is cropped around]
  const focal: [string, string][] = [
    ['70% 40%', '70% 40%'],
    ['right top', '100% 0%'],
    ['{"x":0.7,"y":0.4}', '70% 40%'],
    ['', '50% 50%'],
  ];
  for (const [point, position] of focal)
    it(`crops the thumbnail around focal-point ${JSON.stringify(point)}`, async () => {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser headline="Harbour" image-src=${PIXEL} focal-point=${point}></news-teaser>`,
      );
      expect(getComputedStyle(el.shadowRoot!.querySelector('img')!).objectPosition).to.equal(position);
    });

  it('takes WordPress’s focal point as the object its API gives', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Harbour"
        image-src=${PIXEL}
        .focalPoint=${{ x: 0.7, y: 0.4 }}
      ></news-teaser>`,
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('img')!).objectPosition).to.equal('70% 40%');
  });

  it('takes focal points from items, and warns once about one that is not a point', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const [good, bad] = await listOf([{ focalPoint: '20% 80%' }, { focalPoint: '300px' }], 'list', 720);
      const position = (t: NewsTeaser) =>
        getComputedStyle(t.shadowRoot!.querySelector('img')!).objectPosition;
      expect(position(good!)).to.equal('20% 80%');
      expect(position(bad!)).to.equal('50% 50%');
      expect(warn).to.have.been.calledOnce;
      expect(String(warn.firstCall.args[0])).to.contain('focal-point "300px"');
    } finally {
      warn.restore();
    }
  });
});

describe('a short list as the reader scrolls to it', () => {
  // #18: the story page grew by about 20px at 390px as its related column came into view, because
  // each off-screen story was held at a guessed 7rem until drawn. A short list is drawn whole.
  it('has its final height while still off screen', async () => {
    const teasers = [1, 2, 3, 4].map(
      (i) =>
        html`<news-teaser
          headline="Harbour city votes to keep its last night ferry running through the winter (${i})"
          href="/story-${i}"
          datetime="2024-08-04T08:05:00Z"
          image-src=${PIXEL}
          excerpt="The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running, after a petition signed by more than four thousand islanders and a long night of debate."
        ></news-teaser>`,
    );
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 390px">
        <style>
          .drawn > * {
            content-visibility: visible;
          }
        </style>
        <div style="block-size: 5000px"></div>
        <news-teaser-list locale="en-GB">${teasers}</news-teaser-list>
        <news-teaser-list class="drawn" locale="en-GB">${teasers}</news-teaser-list>
      </div>`,
    );
    const [list, drawn] = box.querySelectorAll<NewsTeaserList>('news-teaser-list');
    await Promise.all(
      [list!, drawn!].flatMap((l) => [
        l.updateComplete,
        ...[...l.children].map((t) => (t as NewsTeaser).updateComplete),
      ]),
    );
    expect(list!.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(list!.getBoundingClientRect().height).to.be.closeTo(drawn!.getBoundingClientRect().height, 0.5);
  });
});
