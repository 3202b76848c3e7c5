/**
 * A feed's stories are drawn whole in the first frame they appear in: their excerpts carry markup,
 * and a teaser drawn before the cleaning code is settled would show nothing, then grow and push the
 * stories below it down (a layout shift the real WordPress's story pages showed on a slow machine).
 * Its own page: nothing may have cleaned an excerpt before it runs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';

describe('a teaser list from a feed', () => {
  it("draws a feed's stories whole in the first frame they appear: none empty, then growing", async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list src="/test/fixtures/teaser-feeds/wp-posts.json"></news-teaser-list>`,
    );
    // Checked in each frame before it is painted, until the stories are there.
    const firstFrame = await new Promise<[string, boolean][]>((resolve) => {
      const check = () => {
        const teasers = [...el.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser:not([skeleton])')];
        if (teasers.length) resolve(teasers.map((t) => [t.headline, !!t.shadowRoot?.querySelector('h3')]));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    expect(firstFrame).to.deep.equal([
      ['Island school gets its first new boat in 30\u00a0years', true],
      ['Council’s “last ferry” vote: what happens next', true],
      ['Market traders fear rent rise after renovation', true],
    ]);
  });
});
