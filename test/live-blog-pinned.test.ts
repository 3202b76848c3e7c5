/**
 * The pinned post's box: its surface separates the post, so the rule each post opens with is not
 * drawn inside the box's top (it would show as a stray line inset from the box's sides), written
 * as markup or drawn from items, a key event's rule too; the posts in the list keep theirs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/live-blog/define.js';
import type { NewsLiveBlog } from '../src/live-blog/live-blog.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** The rule above a post: its colour and width as drawn. */
function rule(post: Element) {
  const style = getComputedStyle((post as NewsLivePost).shadowRoot!.querySelector('article')!);
  return { color: style.borderBlockStartColor, width: style.borderBlockStartWidth };
}

const written = (keyEvent: boolean) =>
  html`<news-live-blog locale="en">
    <news-live-post post-id="a" datetime=${minutesAgo(3)} headline="Polls close" pinned ?key-event=${keyEvent}
      ><p>Counting begins at 22:00.</p></news-live-post
    >
    <news-live-post post-id="b" datetime=${minutesAgo(9)} headline="Turnout is high"
      ><p>One</p></news-live-post
    >
  </news-live-blog>`;

const fromItems = (keyEvent: boolean) =>
  html`<news-live-blog
    locale="en"
    .items=${[
      { id: 'a', datetime: minutesAgo(3), headline: 'Polls close', pinned: true, keyEvent, html: '' },
      { id: 'b', datetime: minutesAgo(9), headline: 'Turnout is high', html: '' },
    ]}
  ></news-live-blog>`;

describe('news-live-blog: the pinned post’s box', () => {
  for (const [path, make] of [
    ['written as markup', written],
    ['drawn from items', fromItems],
  ] as const)
    for (const keyEvent of [false, true])
      it(`draws no rule inside the box’s top (${path}${keyEvent ? ', a key event' : ''})`, async () => {
        const el = await fixture<NewsLiveBlog>(make(keyEvent));
        await el.updateComplete;
        const box = el.shadowRoot!.querySelector('[part="pinned"]')!;
        const slot = box.querySelector('slot');
        const pinned = slot ? slot.assignedElements()[0]! : box.querySelector('news-live-post')!;
        expect((pinned as NewsLivePost).postId).to.equal('a');
        // Its room stays (the preload rules reserve it): only the line is gone.
        expect(rule(pinned)).to.deep.equal({ color: TRANSPARENT, width: keyEvent ? '3px' : '1px' });
        const listed = slot ? el.querySelector('[post-id="b"]')! : el.shadowRoot!.querySelector('#post-b')!;
        expect(rule(listed).color, 'a post in the list keeps its rule').not.to.equal(TRANSPARENT);
        await expect(el).to.be.accessible();
      });
});
