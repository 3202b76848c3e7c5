/**
 * A focused story's ring is drawn whole, on all four sides, in every engine and either direction.
 * A long list lets the browser skip what is off screen (content-visibility): each block of stories
 * from data, and a grid's or a written list's stories from the 21st on. A skipped box clips what it
 * paints to its edge, which cut the first story's ring to a bar under it, every story's to its top
 * and bottom, and in WebKit (no overflow-clip-margin) its sides. Every box around the story that
 * clips (content-visibility: auto, grown by its overflow-clip-margin) must hold the ring (the
 * stretched link's box, grown by outline-width and outline-offset), and taking focus moves no
 * story. Reached by Tab, as the ring is drawn only for keyboard focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/teaser-list/define.js';
import '../src/teaser/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { until } from './support/until.js';

const stories = (count: number): TeaserItem[] =>
  Array.from({ length: count }, (_, i) => ({
    headline: `Ferry timetable changes for the winter, part ${i + 1}`,
    href: `/ferry/${i + 1}`,
    excerpt: 'The last crossing leaves at 7.40pm from November.',
    datetime: '2024-08-04T08:05:00Z',
  }));

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const grown = (box: Box, by: number): Box => ({
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
  left: box.left - by,
});

/** The element's parent in the flat tree: its slot, its parent, or its shadow root's host. */
const flatParent = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;

/** The boxes between `from` and `list` that the browser may skip, and so clip what they paint. */
function skippable(from: Element, list: Element): Element[] {
  const found: Element[] = [];
  for (let at = flatParent(from); at && at !== list; at = flatParent(at))
    if (getComputedStyle(at).getPropertyValue('content-visibility') === 'auto') found.push(at);
  return found;
}

/** Where `story`'s paint may reach: its skipped ancestors' boxes, each grown by its overflow-clip-margin. */
function paintable(story: Element, list: Element): Box {
  let clip: Box = { top: -Infinity, right: Infinity, bottom: Infinity, left: -Infinity };
  for (const box of skippable(story, list)) {
    const edge = grown(
      box.getBoundingClientRect(),
      parseFloat(getComputedStyle(box).getPropertyValue('overflow-clip-margin')) || 0,
    );
    clip = {
      top: Math.max(clip.top, edge.top),
      right: Math.min(clip.right, edge.right),
      bottom: Math.min(clip.bottom, edge.bottom),
      left: Math.max(clip.left, edge.left),
    };
  }
  return clip;
}

/**
 * Tabs from the element before `teaser`'s link to it, and checks that its ring is inside what every
 * box around it paints and that no story moved.
 */
async function expectWholeRing(teaser: NewsTeaser, list: NewsTeaserList, before: HTMLElement) {
  await teaser.updateComplete;
  const card = teaser.shadowRoot!.querySelector('.card')!;
  expect(skippable(card, list), 'the story is in a box skipped off screen').not.to.be.empty;
  // Where the story is in the list (focus may scroll the page).
  const place = () => {
    const [box, of] = [card.getBoundingClientRect(), list.getBoundingClientRect()];
    return [box.left - of.left, box.right - of.left, box.top - of.top];
  };
  const placed = place();
  before.focus();
  await sendKeys({ press: 'Tab' });
  const link = teaser.shadowRoot!.querySelector<HTMLElement>('.link')!;
  expect(teaser.shadowRoot!.activeElement, 'Tab reaches the headline').to.equal(link);

  expect(place(), 'the story stays where it was').to.deep.equal(placed);
  const box = card.getBoundingClientRect();
  // The ring is the stretched link's (::after, over the whole card).
  const ringStyle = getComputedStyle(link, '::after');
  const reach = parseFloat(ringStyle.outlineWidth) + parseFloat(ringStyle.outlineOffset);
  expect(reach, 'a ring is drawn').to.be.above(0);
  const ring = grown(box, reach);
  const clip = paintable(card, list);
  expect(clip.top, 'top').to.be.at.most(ring.top);
  expect(clip.bottom, 'bottom').to.be.at.least(ring.bottom);
  expect(clip.left, 'left').to.be.at.most(ring.left);
  expect(clip.right, 'right').to.be.at.least(ring.right);
}

for (const dir of ['ltr', 'rtl'] as const)
  for (const layout of ['list', 'compact', 'ranked'] as const) {
    it(`${layout}, ${dir}: the first story's focus ring is inside what its block paints`, async () => {
      const page = await fixture<HTMLElement>(html`
        <div dir=${dir} style="padding: 2rem">
          <button type="button">Before</button>
          <news-teaser-list layout=${layout} .items=${stories(3)}></news-teaser-list>
        </div>
      `);
      const list = page.querySelector<NewsTeaserList>('news-teaser-list')!;
      await until(() => list.shadowRoot!.querySelector('news-teaser'), 'the stories are drawn');
      const teaser = list.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
      await expectWholeRing(teaser, list, page.querySelector('button')!);
    });
  }

it("grid: the 21st story's focus ring is inside what it paints", async () => {
  const page = await fixture<HTMLElement>(html`
    <div style="padding: 2rem">
      <news-teaser-list layout="grid" .items=${stories(21)}></news-teaser-list>
    </div>
  `);
  const list = page.querySelector<NewsTeaserList>('news-teaser-list')!;
  await list.updateComplete;
  const teasers = list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser');
  expect(teasers).to.have.length(21);
  await teasers[19]!.updateComplete;
  const before = teasers[19]!.shadowRoot!.querySelector<HTMLElement>('.link')!;
  await expectWholeRing(teasers[20]!, list, before);
});

it("written stories: the 21st's focus ring is inside what it paints", async () => {
  const page = await fixture<HTMLElement>(html`
    <div style="padding: 2rem">
      <news-teaser-list>
        ${stories(21).map(
          (story) => html`<news-teaser headline=${story.headline} href=${story.href!}></news-teaser>`,
        )}
      </news-teaser-list>
    </div>
  `);
  const list = page.querySelector<NewsTeaserList>('news-teaser-list')!;
  await list.updateComplete;
  const teasers = list.querySelectorAll<NewsTeaser>('news-teaser');
  await teasers[19]!.updateComplete;
  const before = teasers[19]!.shadowRoot!.querySelector<HTMLElement>('.link')!;
  await expectWholeRing(teasers[20]!, list, before);
});
