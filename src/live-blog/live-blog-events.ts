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
 * `ended`; and what its status region says of those posts to the reader, in that render. Posts can
 * come in more than one list before a render (a poll's answer, then `items`): their counts add up,
 * and some may be shown while others wait.
 */
export class LiveBlogEvents {
  private arrived?: LiveBlogPostsDetail | undefined;
  /** What the blog's status region says. */
  announcement = '';

  /** Counts `added` new posts, which wait behind the button when `held`. */
  arrive(added: number, held: boolean): void {
    const arrived = (this.arrived ??= { added: 0, held: 0, waiting: false });
    arrived.added += added;
    if (held) {
      arrived.held += added;
      arrived.waiting = true;
    }
  }

  /**
   * Words the posts taken since the last render for the status region, once for them all (a
   * message for each list would leave the reader only the last): those shown, and those waiting
   * as the button counts them (with any that waited before). From the blog's `willUpdate`, once
   * its lists are taken; `waiting`, how many wait now.
   */
  announce(waiting: number, words: (count: number) => string): void {
    const { arrived } = this;
    const count = arrived ? arrived.added - arrived.held + (arrived.waiting ? waiting : 0) : 0;
    if (count <= 0) return;
    const message = words(count);
    // A repeated message is changed a little, so that it is announced again.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** Forgets the posts taken since the last render: the blog let them go (another feed). */
  forget(): void {
    this.arrived = undefined;
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
