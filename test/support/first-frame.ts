import type { NewsTeaser } from '../../src/teaser/teaser.js';
import type { NewsTeaserList } from '../../src/teaser-list/teaser-list.js';

/**
 * The list's stories in the first frame they appear in (checked before each frame is painted):
 * each headline, and whether its teaser was drawn (its heading is there) or was still empty.
 */
export function storiesInFirstFrame(list: NewsTeaserList): Promise<[string, boolean][]> {
  return new Promise((resolve) => {
    const check = () => {
      const teasers = [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser:not([skeleton])')];
      if (teasers.length) resolve(teasers.map((t) => [t.headline, !!t.shadowRoot?.querySelector('h3')]));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
