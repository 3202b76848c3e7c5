import type { ReactiveController, ReactiveElement } from 'lit';
import { pageHref, pageLink, type Pages } from './pages.js';
import type { Post } from './posts.js';
import { scrollerOf } from './scroller.js';

/**
 * The id an address's fragment names, as the browser finds an element by it: the fragment
 * percent-decoded, or as written when it is no valid escape (`#50%`, which would throw).
 */
function fragmentId(hash: string): string {
  const written = hash.slice(1);
  try {
    return decodeURIComponent(written);
  } catch {
    return written;
  }
}

interface NavigationOptions {
  /** The pages of posts shown, which the blog also widens as posts arrive. */
  pages: Pages;
  /** The posts in reading order, the pinned one apart. */
  view: () => { pinned?: Post; list: Post[] };
  /** The blog has posts, so an address naming one can be looked at. */
  ready: () => boolean;
  /** A timeline (`order="oldest-first"`): the next page holds newer posts, not older ones. */
  oldestFirst: () => boolean;
  term: (key: 'liveOlderPosts' | 'liveNewerPosts') => string;
}

/**
 * How the reader moves among a blog's posts: the links to the pages around those shown and to the
 * key posts, an address naming a post (`#post-<id>`, when the posts arrive and on `hashchange`), and
 * focus on the post arrived at, since a link inside a shadow root cannot take the reader there.
 */
export class PostNavigation implements ReactiveController {
  /** The page's address has been looked at for a post to show (#post-<id>). */
  private revealed = false;
  /** The post that held focus as an update began, and its place among those drawn. */
  private focused?: { id: string; index: number } | undefined;
  /**
   * The slot of the written post focus is in: the page may take the post away between the blog's
   * updates, which leaves focus on the page's body before an update can see where it was.
   */
  private slot?: HTMLSlotElement | null | undefined;
  private readonly onHash = () => void this.reveal(fragmentId(location.hash));
  /** Focus given back after an update, which must not move the page (see `focus`). */
  private still = false;
  private frame = 0;
  // (Focus in a drawn post comes from the shadow root, as the blog itself: no written post.)
  private readonly onFocusIn = ({ target }: FocusEvent) =>
    (this.slot = (target as Element).closest('news-live-post')?.assignedSlot);
  // The browser scrolls a focused element into view after the focus events: looked at a frame
  // later, whatever has focus then (focus given back after an update, which leaves the page where
  // it is, looks at nothing, nor forgets a look the reader's own move asked for).
  private readonly onFocusInside = () => {
    if (this.still) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.uncover());
  };
  // Gone elsewhere, not with its post (Chrome also reports a removal: then the slot is empty).
  private readonly onFocusOut = () =>
    queueMicrotask(() => {
      const post = this.slot?.assignedElements()[0];
      if (post && !post.contains(document.activeElement)) this.slot = undefined;
    });

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: NavigationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHash);
    // On the host itself, so never taken off (added again, a listener is not added twice).
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    // On the shadow root: focus moving between two posts in it never reaches the host.
    this.host.renderRoot.addEventListener('focusin', this.onFocusInside);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHash);
    cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    const drawn = this.drawn();
    const root = this.host.renderRoot as ShadowRoot;
    const inner =
      root.activeElement ?? (this.host.contains(document.activeElement) ? document.activeElement : null);
    const slot = this.slot;
    // In the list or pinned above it; else a written post the page took away with focus in it
    // (focus is on the body, its slot empty: drawn until this update).
    const post = (
      inner
        ? (inner.closest('[data-id]') ?? inner.closest('news-live-post')?.assignedSlot)
        : document.activeElement === document.body && slot?.isConnected && !slot.assignedElements()[0]
          ? slot
          : null
    ) as HTMLElement | null | undefined;
    this.focused = post ? { id: post.dataset['id']!, index: drawn.indexOf(post) } : undefined;
  }

  /** The posts drawn, in order: each a `<news-live-post>`, or the slot of a written one. */
  private drawn(): Element[] {
    return [...this.host.renderRoot.querySelectorAll('.posts > [data-id]')];
  }

  hostUpdated(): void {
    // Focus gone with its post: to the same post where it is now (pinned, or back in the list),
    // else, the post deleted, to the post now in its place; never to the page's start.
    const focused = this.focused;
    this.focused = undefined;
    const root = this.host.renderRoot as ShadowRoot;
    if (focused && !root.activeElement && !this.host.contains(document.activeElement)) {
      const drawn = this.drawn() as HTMLElement[];
      const next = root.querySelector(`[data-id="${CSS.escape(focused.id)}"]`)
        ? focused.id
        : drawn[Math.min(Math.max(focused.index, 0), drawn.length - 1)]?.dataset['id'];
      if (next) this.focus(next, true);
    }
    // An address naming a post (#post-<id>) opens its page once the posts are here; after this
    // update, so as not to start another within it.
    if (!this.revealed && this.options.ready()) {
      this.revealed = true;
      if (location.hash) queueMicrotask(this.onHash);
    }
  }

  /** Shows the post `post-<id>` (opening pages as needed) and moves focus to it. */
  async reveal(hash: string): Promise<boolean> {
    const id = hash.replace(/^post-/, '');
    if (!hash.startsWith('post-') || !id) return false;
    const { pinned, list } = this.options.view();
    const index = list.findIndex((post) => post.item.id === id);
    if (index < 0 && pinned?.item.id !== id) return false;
    if (index >= 0) this.options.pages.reveal(index);
    this.host.requestUpdate();
    await this.host.updateComplete;
    return this.focus(id);
  }

  /** Shows the next page (`1`) or the previous one (`-1`) with the shown ones, focusing its first post. */
  async turn(step: 1 | -1) {
    const first = this.options.view().list[this.options.pages.turn(step)];
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (first) this.focus(first.item.id);
  }

  /**
   * Moves focus to the post `id`, drawn or written; false when it is not shown. `preventScroll`:
   * focus given back after an update, which must not pull the page to a reader who scrolled on.
   */
  focus(id: string, preventScroll = false): boolean {
    const post = this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    const target = post?.localName === 'slot' ? (post as HTMLSlotElement).assignedElements()[0] : post;
    if (!(target instanceof HTMLElement)) return false;
    // A post takes focus on its named <article> (NewsLivePost.focus), not on itself.
    this.still = preventScroll;
    target.focus({ preventScroll });
    this.still = false;
    return true;
  }

  /**
   * The "N new updates" button floats over the posts, and the browser scrolls a focused element
   * only as far as the screen's edge, where the button is: Shift+Tab up through the posts would
   * stop on links it hides (WCAG 2.4.11). Such an element goes just below it, at once, as the
   * browser's own focus scrolling (the `scroll-behavior` of what scrolls applies). What scrolls is
   * the box the button sticks to: the page, or a scroller the blog is in (a sidebar).
   */
  private uncover(): void {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    // In the blog: in its shadow tree or in a written post, through the shadow roots between.
    let node: Node | null = focused;
    while (node && node !== this.host) node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    const button = this.host.renderRoot.querySelector('[part="new-updates"]');
    if (!button || !node || !focused || button === focused) return;
    const over = button.getBoundingClientRect();
    const under = focused.getBoundingClientRect();
    const covered =
      under.top < over.bottom &&
      under.bottom > over.top &&
      under.left < over.right &&
      under.right > over.left;
    // As far below the button as it is below the screen's top: room for the focus ring.
    const gap = parseFloat(getComputedStyle(button).marginBlockStart) || 0;
    if (covered) (scrollerOf(button) ?? window).scrollBy(0, under.top - over.bottom - gap);
  }

  /**
   * The link to the page before the posts shown (`-1`) or after them (`1`), in a list of `length`
   * posts; `plain`, as the server draws it.
   */
  pageLink(step: 1 | -1, length: number, plain: boolean) {
    const link = this.options.pages.links(length)[step < 0 ? 0 : 1];
    // Newest first, the next page holds older posts; in a timeline, newer ones.
    const newer = this.options.oldestFirst() === step > 0;
    return pageLink(link, {
      label: this.options.term(newer ? 'liveNewerPosts' : 'liveOlderPosts'),
      part: step < 0 ? 'previous-page' : 'next-page',
      plain,
      open: () => void this.turn(step),
    });
  }

  /**
   * Where each key post's link goes without script: `#post-<id>`, after its page's address when
   * that page is not shown. `plain`: the pages as the server draws them, from each post's place in
   * `list`.
   */
  keyHref(list: Post[], plain: boolean): (post: Post) => string {
    const { pages } = this.options;
    const at = plain ? new Map(list.map((post, i) => [post, i])) : undefined;
    return (post) => {
      const elsewhere = pages.elsewhere(at?.get(post) ?? pages.start);
      return `${elsewhere ? pageHref(elsewhere, true) : ''}#post-${post.item.id}`;
    };
  }
}
