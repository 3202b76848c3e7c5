import { LitElement, html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { inCapitals } from '../internal/capitals.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { itemsFromServer } from '../internal/server-items.js';
import { headingLevel } from '../internal/heading.js';
import { oneOf, wholeNumber } from '../internal/choice.js';
import { text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { keyEvents } from './key-events.js';
import { counted } from '../internal/plural.js';
import { postView } from './post-view.js';
import { BodyCode } from './body-code.js';
import { WrittenPosts } from './written-posts.js';
import { Arrivals } from './arrivals.js';
import { inPlace } from './posts.js';
import { LiveFeed } from './feed.js';
import { PAGE, Pages, addressPage } from './pages.js';
import { PostNavigation } from './navigation.js';
import { LiveBlogEvents, type LiveBlogPostsDetail } from './live-blog-events.js';
import type { LivePostItem } from './live-item.js';
import { styles } from './live-blog.styles.js';

export type { LivePostItem, LiveBlogPostsDetail };
export type LiveBlogOrder = 'newest-first' | 'oldest-first';
const ORDERS: readonly LiveBlogOrder[] = ['newest-first', 'oldest-first'];
export { PAGE };

/**
 * A live blog: the posts of a running story, newest first, the pinned post on top, a list of
 * links to the key events, a "Live" badge (or "Ended"), pages of 20 posts linked by real links
 * (`?page=2`), so that a server-rendered blog pages without JavaScript. With `src`, it polls
 * the feed while the reader can see it; new posts never push what the reader is looking at: once
 * the posts' top is in the upper third of the screen (under a sticky header the page declares as
 * `scroll-padding-top`), or of the scroller the blog is in (a sidebar), or above it, new posts wait
 * behind an "N new updates" button. Edits show in place, deletions disappear, and arrivals are
 * announced once.
 *
 * @tagname news-live-blog
 * @summary A live blog: polled posts, pinned post, key events, "N new updates", pages of 20.
 *
 * @slot - `<news-live-post>` elements, when neither `items` nor `src` is used.
 *
 * @fires {CustomEvent<LiveBlogPostsDetail>} news-live-blog-posts - New posts came (from `items`,
 *   a poll of `src` or written posts), once per render that draws them, as the blog announces
 *   them (lists taken before one render are told together): `detail.added`, how many;
 *   `detail.held`, how many of them wait behind the "N new updates" button (the others are shown);
 *   `detail.waiting`, true when any of them wait. Not for the posts the blog opens with, edits,
 *   deletions, or an older post a feed brings in.
 * @fires {CustomEvent<{ ended: boolean }>} news-live-blog-ended - `ended` changed after the first
 *   render: the badge now says "Ended" (`detail.ended` true) or "Live" again (false).
 *
 * @csspart status - The "Live" or "Ended" badge.
 * @csspart key-events - The key-events list: a `<details>` on narrow screens, a row of cards on wide ones
 *   (both are drawn; the screen's width shows one). The theme files keep its room before the
 *   script runs: a page that changes its padding, margins or fonts moves the posts as it draws.
 * @csspart key-events-narrow - The `<details>` alone.
 * @csspart key-events-wide - The row of cards alone.
 * @csspart new-updates - The "N new updates" button.
 * @csspart pinned - The box around the pinned post.
 * @csspart posts - The list of posts.
 * @csspart next-page - The link below the posts to the next page ("Older posts"; "Newer posts" oldest first).
 * @csspart previous-page - The link above the posts to the previous page, on a page after the first.
 *
 * @cssprop [--news-article-measure=var(--news-article-body-measure, var(--news-measure, 68ch))] - The
 *   blog's greatest width: a story's text column, which the blog lines up with on a page of its own.
 * @cssprop [--news-article-body-measure=var(--news-measure, 68ch)] - The body's line length (read as
 *   that column's width).
 * @cssprop [--news-live-accent=var(--news-color-accent, #b3261e)] - The badge and its dot.
 * @cssprop [--news-live-on-accent=var(--news-color-on-accent, #ffffff)] - Text on the badge and the button.
 * @cssprop [--news-live-ended=var(--news-color-text-muted, #595959)] - The "Ended" badge.
 * @cssprop [--news-live-surface=var(--news-color-surface, #f4f3ef)] - Behind the key events and the pinned post.
 */
export class NewsLiveBlog extends LitElement {
  /**
   * Lit's options with manual slot assignment: the blog assigns each written post to its place.
   * @internal
   */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' as const };
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    items: { attribute: false },
    src: {},
    refresh: { type: Number },
    order: {},
    ended: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    locale: {},
    // Reflected for a server's markup, which the browser opens on; CMS data gone wrong is not.
    page: {
      reflect: true,
      converter: {
        fromAttribute: Number,
        toAttribute: (value: unknown) => (Number.isFinite(value) ? String(value) : null),
      },
    },
  };

  /** The posts as data (the whole list: a post missing from a new list is removed). */
  items?: LivePostItem[] | undefined;
  /** A feed to poll (JSON Feed, WordPress REST posts, or the live JSON shape; see the README). */
  src = '';
  /** Seconds between polls of `src` (at least 5); doubled after each error, up to 10 minutes. */
  refresh = 30;
  /** `newest-first` (the default) or `oldest-first` (a timeline). */
  order: LiveBlogOrder = 'newest-first';
  /** The story is over: "Ended" instead of "Live", and no more polling. */
  ended = false;
  /** Level of the posts' headlines, 2 to 6 ("Key events" is one level above). */
  headingLevel = 3;
  /** Language of the blog's words; default: the nearest `lang`. */
  locale = '';
  /**
   * The page of 20 posts the blog opens on, 1 (the newest; the oldest in `oldest-first`) or later.
   * A server drawing the address `?page=3` passes 3; in the browser it is by default the address's
   * `?page=`. The links to the pages around it work without JavaScript.
   */
  page?: number | undefined;

  private events = new LiveBlogEvents();
  private pages = new Pages();
  private arrivals = new Arrivals({
    pages: this.pages,
    newestFirst: () => this.order !== 'oldest-first',
    // A reader with the posts up the screen (or up their scroller) keeps their place: new posts
    // wait behind the button.
    list: () => this.renderRoot.querySelector('.posts'),
    problem: (why) => warnOnce(this, `item ${why}`, `<news-live-blog> a post ${why}.`),
  });
  // Made before the navigation, which gives focus back to written posts once they are in their slots.
  private written = new WrittenPosts(this, (id) => this.arrivals.posts.get(id)?.node);
  private bodies = new BodyCode(this, (error) =>
    warnOnce(this, 'bodies', `<news-live-blog> could not load the code for posts' HTML (${error}).`),
  );
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private navigation = new PostNavigation(this, {
    pages: this.pages,
    view: () => this.arrivals.view,
    ready: () =>
      this.arrivals.posts.size > 0 &&
      this.bodies.drawable(this.arrivals.posts.values(), this.hydration.hydrating),
    oldestFirst: () => this.order === 'oldest-first',
    term: (key) => this.language.term(key),
  });
  private feed = new LiveFeed(
    this,
    ({ items, since }) => this.apply(items, false, undefined, since),
    () => this.bodies.load(),
  );
  /**
   * Where the feed at `src` is: `idle` (no `src`), `loading`, `loaded` or `error` (the last posts
   * stay shown, and polling goes on, slower).
   * @readonly
   */
  get status() {
    return this.feed.task.status;
  }

  /** The page to open: `page`, else the address's (but the server's page 1 while its markup is adopted). */
  private openedPage(): number {
    if (this.page != null) return wholeNumber(this, 'page', this.page, 1);
    return isServer || this.hydration.hydrating ? 1 : addressPage();
  }

  private fromData(): boolean {
    return this.items != null || !!text(this.src);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another feed (not the first): the last one's posts go.
    if (this.feed.changed(changed)) this.letPostsGo();
    // A server's posts travel with its HTML: the first render draws the same, then polling goes on.
    const served = this.hydration.hydrating && this.items == null && itemsFromServer(this.renderRoot);
    // (Set during the update, `items` joins `changed`, and is taken below.)
    if (served) this.items = served as LivePostItem[];
    if (changed.has('items') && this.items != null) {
      if (Array.isArray(this.items)) this.apply(this.items, true);
      else warnOnce(this, 'items', '<news-live-blog> items must be a list of posts; it is ignored.');
    }
    // Read only when they are what the blog shows: without `items` or `src`, and again when those
    // go, as the blog's first posts (no news to announce).
    if (!this.fromData()) {
      const back = changed.has('items') || changed.has('src');
      if (back) this.letPostsGo();
      const written = this.written.take(back);
      if (written) this.apply(written.items, true, written.nodes);
    }
    this.pages.open(this.openedPage());
    const oldestFirst = oneOf(this, 'order', this.order, ORDERS, 'newest-first') === 'oldest-first';
    this.arrivals.sort(oldestFirst, changed.has('order'));
    this.pages.fit(this.arrivals.view.list.length);
    this.events.announce(this.arrivals.held.size, (count) => this.countText(count));
  }

  /** Lets every post go, with those not yet told of: none is announced or counted in an event. */
  private letPostsGo(): void {
    this.arrivals.clear();
    this.events.forget();
  }

  /** Takes a list of posts (see `Arrivals`), counting the new ones for the render to tell. */
  private apply(values: unknown[], snapshot: boolean, nodes?: Element[], since?: number): void {
    const { added, held } = this.arrivals.take(values, snapshot, nodes, since);
    if (added) this.events.arrive(added, held);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    this.events.updated(this, changed);
  }

  private countText(count: number): string {
    return counted(count, this.language.lang, 'liveNewUpdate', 'liveNewUpdates');
  }

  /** Shows the held posts and takes the reader to the newest. */
  private async showHeld() {
    this.arrivals.release();
    this.requestUpdate();
    await this.updateComplete;
    const { list } = this.arrivals.view;
    const newest = list[this.order === 'oldest-first' ? list.length - 1 : 0];
    if (newest) this.navigation.focus(newest.item.id);
  }

  /**
   * Shows the post `post-<id>` (opening pages as needed) and moves focus to it; false when the blog
   * has no such post (one waiting behind "N new updates" included).
   */
  reveal(hash: string): Promise<boolean> {
    return this.navigation.reveal(hash);
  }

  protected override render() {
    const level = headingLevel(this, this.headingLevel, 3);
    const { pinned, list } = this.arrivals.view;
    const { own, dir } = this.language;
    const page = list.slice(this.pages.start, this.pages.end);
    // What the server draws: pages and key posts as addresses (a shadow root's link cannot open
    // a page by script), posts' HTML as text (it has no DOM for the sanitiser).
    const plain = isServer || this.hydration.hydrating;
    const rich = this.bodies.ready && !plain;
    if (!rich && (pinned?.item.html || page.some((post) => post.item.html))) this.bodies.load();
    const drawable = this.bodies.drawable(this.arrivals.posts.values(), this.hydration.hydrating);
    if (drawable) this.bodies.drew(page.length + (pinned ? 1 : 0));
    // Another post pinned is another element: focus on the last one (as a key event's link leaves
    // it) would otherwise stay on the element and silently move to the new post; gone with its
    // element, it follows the post to its place in the list.
    const pinnedView = pinned && keyed(pinned.item.id, postView(pinned, level, own, rich));
    return html`<div class="blog" lang=${ifDefined(own)} dir=${ifDefined(own ? dir : undefined)}>
      <p class="status ${this.ended ? 'ended' : 'live'}" part="status">
        <span class="dot" aria-hidden="true"></span
        >${inCapitals(this.language.term(this.ended ? 'liveEnded' : 'liveNow'))}
      </p>
      ${keyEvents(
        pinned ? inPlace(list, pinned, this.order === 'oldest-first') : list,
        { title: this.language.term('liveKeyEvents'), lang: this.language.lang, level, plain },
        this.navigation.keyHref(list, plain),
        (id) => void this.reveal(id),
      )}
      <div class="new">
        ${
          this.arrivals.held.size
            ? html`<button type="button" part="new-updates" @click=${this.showHeld}>
                ${this.countText(this.arrivals.held.size)}
              </button>`
            : nothing
        }
      </div>
      <div class="visually-hidden" role="status">${this.events.announcement}</div>
      ${pinned && drawable ? html`<div class="pinned" part="pinned">${pinnedView}</div>` : nothing}
      ${drawable ? this.navigation.pageLink(-1, list.length, plain) : nothing}
      <div class="posts" part="posts">
        ${repeat(
          drawable ? page : [],
          (post) => post.item.id,
          (post) => postView(post, level, own, rich),
        )}
      </div>
      ${drawable ? this.navigation.pageLink(1, list.length, plain) : nothing}
      <template
        data-items=${isServer && this.arrivals.posts.size ? JSON.stringify([...this.arrivals.posts.values()].map((post) => post.item)) : nothing}
      ></template>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-live-blog-posts': CustomEvent<LiveBlogPostsDetail>;
    'news-live-blog-ended': CustomEvent<{ ended: boolean }>;
  }
}
