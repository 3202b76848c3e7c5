/**
 * A list never widens the page it is in. A list from data keeps the height of a block of stories
 * not drawn yet (off screen, skipped by the browser), but not a width: a front page's grid column,
 * or a flex row, sized to its content would otherwise grow to that width, past a phone's screen
 * (an 816 px page on a 390 px phone, headlines cut off). Each page is a frame 390 px wide.
 */
import { expect, fixture } from '@open-wc/testing';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';

const stories = (section: string) =>
  JSON.stringify(
    [1, 2, 3, 4, 5].map((n) => ({
      headline: `${section}: council keeps the night ferry running through the winter, part ${n}`,
      href: `/${section}/${n}`,
      excerpt: 'The last crossing leaves at 7.40pm from November.',
      datetime: '2024-08-04T08:05:00Z',
      image: n % 2 ? '/stories/assets/harbour-800x800.jpg' : undefined,
    })),
  );

// A front: a main column and an aside in a grid (one column on a phone), each list below a
// screen's height of other news so that its stories are off screen; then a list in a flex row.
const front = `<style>
  body { margin: 0; padding: 1rem; }
  .front { display: grid; gap: 2rem; }
  @media (min-width: 60rem) { .front { grid-template-columns: 2fr 1fr; } }
  .filler { block-size: 150vh; }
  .row { display: flex; gap: 1rem; }
</style>
<div class="front">
  <main><div class="filler"></div><news-teaser-list id="top"></news-teaser-list></main>
  <aside>
    <news-teaser-list id="latest"></news-teaser-list>
    <news-teaser-list id="most" layout="ranked"></news-teaser-list>
  </aside>
</div>
<div class="row"><news-teaser-list id="brief" layout="compact"></news-teaser-list><p>Weather</p></div>`;

async function page(width: number) {
  const frame = await fixture<HTMLIFrameElement>(
    `<iframe title="A front page" style="inline-size: ${width}px; block-size: 800px; border: 0"></iframe>`,
  );
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en-GB"><body>${front}</body></html>`);
  doc.close();
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `import '/src/teaser-list/define.ts';
    for (const list of document.querySelectorAll('news-teaser-list')) list.items = ${stories('News')};`;
  doc.body.append(script);
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('news-teaser-list');
  const lists = [...doc.querySelectorAll<NewsTeaserList>('news-teaser-list')];
  for (let i = 0; i < 1000 && lists.some((list) => !list.shadowRoot?.querySelector('news-teaser')); i++)
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  for (const list of lists) {
    await list.updateComplete;
    for (const teaser of list.shadowRoot!.querySelectorAll('news-teaser'))
      await (teaser as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return { doc, lists };
}

describe('news-teaser-list in a page 390 px wide', () => {
  it('keeps the page, and each list, within the screen while its stories are off screen', async () => {
    const { doc, lists } = await page(390);
    // The blocks below the screen are the ones the browser skips (where it can).
    const blocks = lists.flatMap((list) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[style]')]);
    expect(blocks.length, 'blocks sized until drawn').to.be.at.least(lists.length);
    if (CSS.supports('content-visibility', 'auto'))
      expect(getComputedStyle(blocks[0]!).getPropertyValue('content-visibility')).to.equal('auto');
    expect(doc.documentElement.scrollWidth, 'the page').to.be.at.most(390);
    for (const list of lists) {
      const column = list.parentElement!;
      const room = column.clientWidth;
      expect(list.getBoundingClientRect().width, `#${list.id} in its column`).to.be.at.most(room);
    }
    // Still as tall as its stories: the height is what the skipped block keeps.
    for (const block of blocks) expect(block.getBoundingClientRect().height).to.be.above(100);
  });
});
