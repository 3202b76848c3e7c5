/**
 * A feed's stories are drawn whole in the first frame they appear in: their excerpts carry markup,
 * and a teaser drawn before the cleaning code is settled would show nothing, then grow and push the
 * stories below it down (a layout shift the real WordPress's story pages showed on a slow machine).
 * Its own page: nothing may have cleaned an excerpt before it runs (first-frame-items too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import { storiesInFirstFrame } from './support/first-frame.js';

describe('a teaser list from a feed', () => {
  it("draws the feed's stories whole in the first frame they appear: none empty, then growing", async () => {
    const el = await fixture<NewsTeaserList>(
      html`<news-teaser-list src="/test/fixtures/teaser-feeds/wp-posts.json"></news-teaser-list>`,
    );
    expect(await storiesInFirstFrame(el)).to.deep.equal([
      ['Island school gets its first new boat in 30\u00a0years', true],
      ['Council’s “last ferry” vote: what happens next', true],
      ['Market traders fear rent rise after renovation', true],
    ]);
  });
});
