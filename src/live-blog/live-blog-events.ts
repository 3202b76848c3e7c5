/** `news-live-blog-posts`: how many new posts came, and how many of them wait behind the button. */
export interface LiveBlogPostsDetail {
  /** How many new posts came. */
  added: number;
  /** How many of them wait behind "N new updates" (the others are shown). */
  held: number;
  /** True when any of them wait (`held` is above 0). */
  waiting: boolean;
}

const tell = (blog: HTMLElement, type: string, detail: unknown) =>
  blog.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

/**
 * What a blog tells the page, once a render has drawn it (a listener finds the blog as it says):
 * the new posts taken since the last render, in one `news-live-blog-posts`, and a change of
 * `ended`. Posts can come in more than one list before a render (a poll's answer, then `items`):
 * their counts add up, and some may be shown while others wait.
 */
export class LiveBlogEvents {
  private arrived?: LiveBlogPostsDetail | undefined;

  /** Counts `added` new posts, which wait behind the button when `held`. */
  arrive(added: number, held: boolean): void {
    const arrived = (this.arrived ??= { added: 0, held: 0, waiting: false });
    arrived.added += added;
    if (held) {
      arrived.held += added;
      arrived.waiting = true;
    }
  }

  /** Tells what the render drew; from the blog's `updated`. */
  updated(blog: HTMLElement & { ended: boolean }, changed: Map<PropertyKey, unknown>): void {
    const { arrived } = this;
    const before = changed.get('ended');
    this.arrived = undefined;
    if (arrived) tell(blog, 'news-live-blog-posts', arrived);
    // (Before the first render, `ended` was undefined: the page wrote what the blog opens as.)
    if (before !== undefined && !before !== !blog.ended)
      tell(blog, 'news-live-blog-ended', { ended: blog.ended });
  }
}
