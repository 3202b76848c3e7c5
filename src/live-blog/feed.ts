import type { ReactiveElement } from 'lit';
import { wholeNumber } from '../internal/choice.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import type { LivePostItem } from './live-item.js';
import { Poll } from './poll.js';

/** What the feed reads of its blog. */
interface FeedHost extends ReactiveElement {
  src: string;
  refresh: number;
  ended: boolean;
}

/** An answer's posts, and (WordPress) the time from which it lists every one (see `merge`). */
export interface FeedAnswer {
  items: LivePostItem[];
  since?: number | undefined;
}

/**
 * A blog's feed at `src`: polled every `refresh` seconds (at least 5) until the blog has `ended`,
 * and again once it is taken back; each answer read by the live feed parser, a chunk of its own
 * fetched with the first request, as is the code that draws posts' HTML (`bodies`: a feed's posts
 * bring HTML, as a rule); one warning while it fails. Another `src` starts afresh.
 */
export class LiveFeed extends Poll<FeedAnswer> {
  constructor(
    private readonly blog: FeedHost,
    loaded: (answer: FeedAnswer) => void,
    bodies: () => void,
  ) {
    super(blog, {
      src: () => text(blog.src),
      seconds: () => Math.max(5, wholeNumber(blog, 'refresh', blog.refresh, 30)),
      stopped: () => blog.ended,
      reader: () => {
        const reader = import('./live-data.js').then((code) => (json: unknown) => {
          const items = code.parseLivePosts(json, blog);
          return { items, since: code.wordPressWindow(json, items) };
        });
        bodies();
        return reader;
      },
      loaded: (answer) => {
        clearWarning(blog, 'src');
        loaded(answer);
      },
      failed: (error) =>
        warnOnce(
          blog,
          'src',
          `<news-live-blog> could not load ${quote(blog.src)} (${error}); trying again later.`,
        ),
    });
  }

  /**
   * Takes the blog's changed properties, in `willUpdate`. True when `src` names another feed (not
   * the first): the last one's posts must go; its validators and warning go here (and its late
   * answers are dropped).
   */
  changed(changed: Map<PropertyKey, unknown>): boolean {
    if (changed.get('ended') === true && !this.blog.ended) this.resume();
    const before = text(changed.get('src'));
    if (!before || before === text(this.blog.src)) return false;
    this.reset();
    clearWarning(this.blog, 'src');
    return true;
  }
}
