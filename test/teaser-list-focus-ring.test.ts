/**
 * A focused story's ring is drawn whole in a list from data: each block of stories there is
 * skipped while off screen (content-visibility), which clips what it paints to its edge, and cut
 * the first story's ring to a bar under it, every story's to its top and bottom. The block's clip
 * (its box, grown by its overflow-clip-margin) must hold the ring (the stretched link's box, grown
 * by outline-width and outline-offset), in every layout that skips blocks. Reached by Tab, as the
 * ring is drawn only for keyboard focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/teaser-list/define.js';
import '../src/teaser/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { until } from './support/until.js';

const stories: TeaserItem[] = [1, 2, 3].map((n) => ({
  headline: `Ferry timetable changes for the winter, part ${n}`,
  href: `/ferry/${n}`,
  excerpt: 'The last crossing leaves at 7.40pm from November.',
  datetime: '2024-08-04T08:05:00Z',
}));

const grown = (box: DOMRect, by: number) => ({
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
  left: box.left - by,
});

for (const layout of ['list', 'compact', 'ranked'] as const) {
  it(`${layout}: the first story's focus ring is inside what its block paints`, async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="padding: 2rem">
        <button type="button">Before</button>
        <news-teaser-list layout=${layout} .items=${stories}></news-teaser-list>
      </div>
    `);
    const list = page.querySelector<NewsTeaserList>('news-teaser-list')!;
    await until(() => list.shadowRoot!.querySelector('news-teaser'), 'the stories are drawn');
    const teaser = list.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
    await teaser.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = teaser.shadowRoot!.querySelector<HTMLElement>('.link')!;
    expect(teaser.shadowRoot!.activeElement, 'Tab reaches the first headline').to.equal(link);

    const block = teaser.closest<HTMLElement>('.block')!;
    const blockStyle = getComputedStyle(block);
    expect(blockStyle.getPropertyValue('content-visibility'), 'the block is skipped off screen').to.equal(
      'auto',
    );
    const clip = grown(
      block.getBoundingClientRect(),
      parseFloat(blockStyle.getPropertyValue('overflow-clip-margin')) || 0,
    );
    // The ring is the stretched link's (::after, over the whole card).
    const ringStyle = getComputedStyle(link, '::after');
    const reach = parseFloat(ringStyle.outlineWidth) + parseFloat(ringStyle.outlineOffset);
    expect(reach, 'a ring is drawn').to.be.above(0);
    const ring = grown(link.closest('.card')!.getBoundingClientRect(), reach);
    expect(clip.top, 'top').to.be.at.most(ring.top);
    expect(clip.bottom, 'bottom').to.be.at.least(ring.bottom);
    // WebKit has no overflow-clip-margin: the ring's sides stay cut there (see the styles).
    if (!CSS.supports('overflow-clip-margin', '0px')) return;
    expect(clip.left, 'start').to.be.at.most(ring.left);
    expect(clip.right, 'end').to.be.at.least(ring.right);
  });
}
