import { LitElement, type PropertyValues } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { text } from '../internal/values.js';
import { markEmpty } from '../internal/empty-state.js';
import { oneOf, wholeNumber } from '../internal/choice.js';
import { headingLevel } from '../internal/heading.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { DateView } from '../internal/date-view.js';
import type { LoadStatus } from '../internal/load-task.js';
import { LAYOUTS, type TeaserLayout } from '../teaser/teaser.js';
import { ChildTeasers } from './child-teasers.js';
import type { FeedErrorKind } from './load-feed.js';
import type { TeaserItem } from './teaser-item.js';
import type { ListData } from './list-data.js';
import { holdForData, listData } from './data-on-demand.js';
import { styles } from './teaser-list.styles.js';
import { emptyForGood, listView, storyLayout } from './list-view.js';

export type { TeaserItem, FeedErrorKind };
export { listData };

/** A teaser layout, or `ranked`: a numbered most-read list of headlines. */
export type TeaserListLayout = TeaserLayout | 'ranked';
const LIST_LAYOUTS: readonly TeaserListLayout[] = [...LAYOUTS, 'ranked'];

/** Detail of `news-teaser-list-load`. */
export interface TeaserListLoadDetail {
  src: string;
  items: TeaserItem[];
}

/** Detail of `news-teaser-list-error`. */
export interface TeaserListErrorDetail {
  src: string;
  kind: FeedErrorKind;
  message: string;
}

/** Where the feed is: nothing to fetch, on its way, shown, or failed. */
export type TeaserListStatus = LoadStatus;

/**
 * A list of story teasers under a heading ("More stories"), from `<news-teaser>` children, from
 * the `items` property, or from a feed at `src` (JSON Feed, WordPress REST posts, RSS, Atom).
 *
 * @tagname news-teaser-list
 * @summary A list of story teasers from markup, data or a live feed, with loading, error and empty states.
 *
 * @slot - `<news-teaser>` elements (or `<li>`, or any element), when neither `items` nor `src` is used.
 *   Teasers take the list's layout, heading level, `format`, `pattern`, `time-zone` and `locale`
 *   unless they set their own, as an attribute or as a property a framework binds.
 * @slot empty - Shown when the list has no stories (default: "No stories to show.").
 * @slot error - Replaces the message shown when the feed fails.
 * @slot retry-label - Replaces the "Try again" button's text.
 * @slot loading-label - Replaces what screen readers hear while the feed loads ("Loading stories…").
 * @slot more-label - Replaces the "More stories" button's text.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` (an `<ol>` when `ranked`).
 * @csspart rank - The number beside each story of a `ranked` list (for `items` and feeds).
 * @csspart updated - The "Updated 14:05" line under the heading.
 * @csspart item - Each `<li>` (for `items` and feeds).
 * @csspart status - The live region with the loading and error messages.
 * @csspart retry - The "Try again" button.
 * @csspart more - The "More stories" button (a link when `more-href` is set).
 * @csspart empty - The box around the `empty` slot.
 * @csspart card - A teaser's `<article>` (for `items` and feeds; same for every part below).
 * @csspart headline - A teaser's heading.
 * @csspart link - A teaser's link.
 * @csspart excerpt - A teaser's excerpt.
 * @csspart image-box - A teaser's thumbnail box.
 * @csspart image - A teaser's thumbnail.
 * @csspart dateline - A teaser's date line (its `<time>` and place).
 * @csspart meta - A teaser's kicker and badge line.
 * @csspart kicker - A teaser's kicker.
 * @csspart label - A teaser's badge.
 * @csspart sponsored - A teaser's "Sponsored" mark.
 * @csspart media - A teaser's video, audio or gallery mark.
 * @csspart headshot - A teaser's author headshot.
 * @csspart related - A teaser's list of related stories' links.
 *
 * @cssstate empty - It shows "No stories to show." (none given, none in its feed, or every one shown
 * already by an earlier list of its `dedupe-group`) and nothing will fill it (no `refresh`, no
 * "More stories"): a front may hide it, `news-teaser-list:state(empty) { display: none }`.
 *
 * @cssprop [--news-teaser-list-gap=var(--news-space-lg, 1.5rem)] - Space between teasers (`compact` and `ranked`: `--news-space-sm`).
 * @cssprop [--news-teaser-list-divider-color=var(--news-color-border, #d6d3cc)] - Rule between teasers (`list`, `compact`).
 * @cssprop [--news-teaser-list-column-width=16rem] - Narrowest column of the `grid` layout (`hero`: 22rem).
 * @cssprop [--news-teaser-list-heading-color=var(--news-color-text, #1a1a1a)] - Heading colour.
 * @cssprop [--news-teaser-list-heading-font=var(--news-font-ui, system-ui, sans-serif)] - Heading font.
 * @cssprop [--news-teaser-list-heading-size=var(--news-font-size-md, 1.0625rem)] - Heading size.
 * @cssprop [--news-teaser-list-rule-color=var(--news-color-text, #1a1a1a)] - Rule above the heading.
 * @cssprop [--news-teaser-list-rank-color=var(--news-color-accent, #b3261e)] - The numbers of a `ranked` list.
 * @cssprop [--news-teaser-list-min-block-size=auto] - Room the page reserves for the list before its stories
 *   arrive (before the script runs, while a feed loads); a longer list still grows past it.
 *
 * @fires news-teaser-list-load - The feed at `src` loaded; `detail: { src, items }`.
 * @fires news-teaser-list-error - The feed or its next page ("More stories") failed (HTTP error, network,
 *   timeout, malformed or unrecognised); `detail: { src, kind, message }`, `src` the address that
 *   failed. The stories shown stay.
 */
export class NewsTeaserList extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: {},
    lastUpdated: { attribute: 'updated' },
    limit: { type: Number },
    format: {},
    pattern: {},
    timeZone: { attribute: 'time-zone' },
    locale: {},
    src: {},
    timeout: { type: Number },
    items: { attribute: false },
    dedupeGroup: { attribute: 'dedupe-group' },
    dedupe: {},
    more: { type: Boolean },
    moreHref: { attribute: 'more-href' },
    refresh: { type: Number },
  };

  /** The list's heading ("More stories"); also the list's accessible name. */
  heading = '';

  /** Level of the list's heading, 2 to 6; the teasers' headlines are one level below. */
  headingLevel = 2;

  /**
   * `list` (default), `grid`, `compact` (headlines and dates only), `hero` (the first story large)
   * or `ranked` (a numbered list of headlines, "most read", numbers in the list's digits). In
   * `list` and under a hero, a story without a picture uses its row's whole width; stories none of
   * which has a picture (from data, or written, as they are now) sit closer.
   */
  layout: TeaserListLayout = 'list';

  /**
   * When the list was last updated (ISO 8601; attribute `updated`), shown "Updated 14:05" under
   * the heading (with the date when not today), in `time-zone`, else the reader's.
   */
  lastUpdated = '';

  /** Show at most this many stories. */
  limit: number | null = null;

  /** Every dateline's `format` (teasers with their own `format` keep it). */
  format = '';

  /** Every dateline's house `pattern` (teasers with their own `pattern` keep it). */
  pattern = '';

  /** Every dateline's IANA `time-zone` and the "Updated" line's (teasers with their own keep it). */
  timeZone = '';

  /** Language of the list's messages and of every teaser without its own `locale`. */
  locale = '';

  /** A feed to fetch: JSON Feed 1.1, WordPress REST posts (`/wp-json/wp/v2/posts?_embed`), RSS 2.0 or Atom. */
  src = '';

  /** Milliseconds to wait for the feed before giving up. */
  timeout = 10000;

  /** Stories as data: `{ headline, href, datetime, excerpt, image, imageAlt, kicker, label, sponsored }`. */
  items: TeaserItem[] = [];

  /**
   * Lists with the same `dedupe-group` (`"front"`) never show one story twice: a list skips the
   * stories of the lists before it in the page (the same link, or headline without one) and fills
   * its `limit` from the rest. For lists from `items` or a feed.
   */
  dedupeGroup = '';

  /** `off`: this list shows all its stories, and takes no part in its `dedupe-group`. */
  dedupe = '';

  /**
   * Shows a "More stories" button under the list: it shows `limit` more stories (all of the next
   * page without a `limit`), fetching the feed's next page when those fetched run out (JSON Feed
   * `next_url`, WordPress `?page=N` up to `X-WP-TotalPages`; RSS and Atom have none), and moves
   * focus to the first new story. It goes at the last page.
   */
  more = false;

  /**
   * The site's own next page of this list (`/world/page/2/`), which `more` draws as a real link:
   * without JavaScript (a server's HTML) the button is this link. With JavaScript a plain click
   * shows more in place instead.
   */
  moreHref = '';

  /**
   * Seconds between fetches of the feed at `src` again (at least 15), while the page is shown and
   * the list on screen. Stories it has not shown go at the top, announced politely ("2 new
   * stories"); the rest keep their order. While focus is in the list or the reader has scrolled
   * into its stories, the new ones wait, so nothing moves under them.
   */
  refresh: number | null = null;

  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private slots = new SlotController(this);
  private updatedDate = new DateView(this, this.hydration, '.updated ');
  private childTeasers = new ChildTeasers(this, () => this.slots.assigned(''));
  /** The stories from data, once the list has had any (`items`, `src`, or a server's). */
  private data?: ListData;
  /** Whether stories come from data; until their code is here, the list's updates wait for it. */
  private fromData = holdForData(this, this.hydration, () => this.data);

  /** Where the feed at `src` is: `idle` (no `src`), `loading`, `loaded` or `error`. */
  get status(): TeaserListStatus {
    // A feed is loading from the moment `src` is set, while the code that fetches it still arrives.
    return this.data?.status ?? (text(this.src) ? 'loading' : 'idle');
  }

  /** Fetches `src` again (what the Retry button does). */
  reload(): void {
    this.data?.reload();
  }

  /**
   * Drawn first by a server, which cannot see written stories (`unpictured` tells it): whether it drew
   * them as stories without pictures (closer together), a look kept until the page changes whether
   * any has a picture.
   */
  private served?: boolean;
  /** A server's word that none of the written stories has a picture (a story page knows). @internal */
  unpictured = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hydration.hydrating) this.served = !!this.shadowRoot?.querySelector('.items.unpictured');
    if (!this.data && this.fromData() && listData.module)
      this.data = new listData.module.ListData(this, () => this.max());
    this.data?.willUpdate(changed, this.hydration.hydrating);
  }

  private max(): number {
    return this.limit == null
      ? Infinity
      : wholeNumber(this, 'limit', this.limit, Infinity, 'showing every story');
  }

  protected override render() {
    return listView(this, {
      layout: oneOf(this, 'layout', this.layout, LIST_LAYOUTS, 'list'),
      max: this.max(),
      data: this.data,
      language: this.language,
      slots: this.slots,
      hydrating: this.hydration.hydrating,
      // The page's own later edit of its stories is the page's: the server's look gives way to it.
      served: this.childTeasers.repictured ? undefined : this.served,
      updated: this.updatedDate,
    });
  }

  protected override updated(): void {
    const layout = oneOf(this, 'layout', this.layout, LIST_LAYOUTS, 'list');
    this.childTeasers.adopt({
      layout: (i) => storyLayout(layout, i),
      headingLevel: Math.min(headingLevel(this, this.headingLevel, 2) + 1, 6),
      format: text(this.format),
      pattern: text(this.pattern),
      timeZone: text(this.timeZone),
      locale: text(this.locale),
      max: this.data?.feedItems() ? Infinity : this.max(),
      ranked: layout === 'ranked',
    });
    markEmpty(this, emptyForGood(this));
  }

  /** Resolves once every story is in the DOM, long lists included. @internal */
  protected override getUpdateComplete(): Promise<boolean> {
    const complete = () => super.getUpdateComplete();
    // The stories' code may arrive during this update: ask for it after.
    return complete().then((done) =>
      this.data ? this.data.settled(complete).then((all) => all && done) : done,
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-teaser-list-load': CustomEvent<TeaserListLoadDetail>;
    'news-teaser-list-error': CustomEvent<TeaserListErrorDetail>;
  }
}
