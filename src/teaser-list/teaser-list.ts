import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { text } from '../internal/values.js';
import { oneOf, wholeNumber } from '../internal/choice.js';
import { heading, headingLevel } from '../internal/heading.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { LoadTask, type LoadStatus } from '../internal/load-task.js';
import { ChunkController } from '../internal/chunks.js';
import { LAYOUTS, type TeaserLayout } from '../teaser/teaser.js';
import { ChildTeasers } from './child-teasers.js';
import { feedFailure, loadFeed, type FeedErrorKind } from './load-feed.js';
import { itemsFromServer, teaserTemplate, validItems, type TeaserItem } from './teaser-item.js';
import { styles } from './teaser-list.styles.js';

export type { TeaserItem, FeedErrorKind };

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
 * @slot empty - Shown when the list has no stories (default: "No stories to show.").
 * @slot error - Replaces the message shown when the feed fails.
 * @slot retry-label - Replaces the "Try again" button's text.
 * @slot loading-label - Replaces what screen readers hear while the feed loads ("Loading stories…").
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>` (for `items` and feeds).
 * @csspart status - The live region with the loading and error messages.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The box around the `empty` slot.
 * @csspart card - A teaser's `<article>` (for `items` and feeds; same for every part below).
 * @csspart headline - A teaser's heading.
 * @csspart link - A teaser's link.
 * @csspart excerpt - A teaser's excerpt.
 * @csspart image-box - A teaser's thumbnail box.
 * @csspart image - A teaser's thumbnail.
 * @csspart dateline - A teaser's `<news-dateline>`.
 * @csspart meta - A teaser's kicker and badge line.
 * @csspart kicker - A teaser's kicker.
 * @csspart label - A teaser's badge.
 * @csspart sponsored - A teaser's "Sponsored" mark.
 *
 * @cssprop [--news-teaser-list-gap=var(--news-space-lg, 1.5rem)] - Space between teasers.
 * @cssprop [--news-teaser-list-divider-color=var(--news-color-border, #d6d3cc)] - Rule between teasers (`list`, `compact`).
 * @cssprop [--news-teaser-list-column-width=16rem] - Narrowest column of the `grid` layout (`hero`: 22rem).
 * @cssprop [--news-teaser-list-heading-color=var(--news-color-text, #1a1a1a)] - Heading colour.
 * @cssprop [--news-teaser-list-heading-font=var(--news-font-ui, system-ui, sans-serif)] - Heading font.
 * @cssprop [--news-teaser-list-heading-size=var(--news-font-size-md, 1.0625rem)] - Heading size.
 * @cssprop [--news-teaser-list-rule-color=var(--news-color-text, #1a1a1a)] - Rule above the heading.
 * @cssprop [--news-teaser-list-min-block-size=auto] - Room the page reserves for the list before its stories
 *   arrive (before the script runs, while a feed loads); a longer list still grows past it.
 *
 * @fires news-teaser-list-load - The feed at `src` loaded; `detail: { src, items }`.
 * @fires news-teaser-list-error - The feed failed (HTTP error, network, timeout, malformed or unrecognised);
 *   `detail: { src, kind, message }`. The previous stories stay.
 */
export class NewsTeaserList extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: {},
    limit: { type: Number },
    format: {},
    pattern: {},
    locale: {},
    src: {},
    timeout: { type: Number },
    items: { attribute: false },
  };

  /** The list's heading ("More stories"); also the list's accessible name. */
  heading = '';

  /** Level of the list's heading, 2 to 6; the teasers' headlines are one level below. */
  headingLevel = 2;

  /** `list` (default), `grid`, `compact` (headlines and dates only) or `hero` (the first story large). */
  layout: TeaserLayout = 'list';

  /** Show at most this many stories. */
  limit: number | null = null;

  /** Every dateline's `format` (teasers with their own `format` keep it). */
  format = '';

  /** Every dateline's house `pattern` (teasers with their own `pattern` keep it). */
  pattern = '';

  /** Language of the list's messages and of every teaser without its own `locale`. */
  locale = '';

  /** A feed to fetch: JSON Feed 1.1, WordPress REST posts (`/wp-json/wp/v2/posts?_embed`), RSS 2.0 or Atom. */
  src = '';

  /** Milliseconds to wait for the feed before giving up. */
  timeout = 10000;

  /** Stories as data: `{ headline, href, datetime, excerpt, image, imageAlt, kicker, label, sponsored }`. */
  items: TeaserItem[] = [];

  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private slots = new SlotController(this);
  private chunks = new ChunkController(this);
  private childTeasers = new ChildTeasers();
  private feed = new LoadTask(this, {
    args: () => (text(this.src) ? ([text(this.src)] as const) : undefined),
    task: ([src], signal, fresh) => loadFeed(src, signal, fresh, this.timeout, this.max(), this),
    loaded: (items, [src]) => {
      clearWarning(this, 'src');
      const detail: TeaserListLoadDetail = { src, items };
      this.dispatchEvent(new CustomEvent('news-teaser-list-load', { detail, bubbles: true, composed: true }));
    },
    failed: (error, [src]) => {
      const { kind, message } = feedFailure(error);
      warnOnce(this, 'src', `<news-teaser-list> could not show the feed: ${message}`);
      const detail: TeaserListErrorDetail = { src, kind, message };
      this.dispatchEvent(
        new CustomEvent('news-teaser-list-error', { detail, bubbles: true, composed: true }),
      );
    },
  });
  /** The valid stories of `items`. */
  private itemStories: TeaserItem[] = [];
  /** The stories to show, after `limit`; the chunk controller says how many are in the DOM yet. */
  private entries: TeaserItem[] = [];
  /** What `entries` was cut from, and where: the same stories keep the same array. */
  private source?: TeaserItem[];
  private shownMax = 0;

  /** Where the feed at `src` is: `idle` (no `src`), `loading`, `loaded` or `error`. */
  get status(): TeaserListStatus {
    return isServer && text(this.src) ? 'loading' : this.feed.status;
  }

  /** Fetches `src` again (what the Retry button does). */
  reload(): void {
    this.feed.run(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const hydrating = this.hydration.hydrating;
    // Items a server rendered from travel with its HTML; the browser may have no other copy.
    if (hydrating && !this.items?.length) this.items = itemsFromServer(this.shadowRoot!) ?? this.items;
    if (changed.has('items') || hydrating) this.itemStories = validItems(this, this.items);
    const source = this.fromData() ? (this.feedItems() ?? this.itemStories) : undefined;
    const max = this.max();
    if (source !== this.source || max !== this.shownMax) {
      this.source = source;
      this.shownMax = max;
      this.entries = source?.slice(0, max) ?? [];
      // Server output and hydration render everything at once: the server's DOM must match.
      this.chunks.reset(this.entries.length, isServer || hydrating);
    }
  }

  /** The feed's stories; the task clears them only after this render, when `src` is emptied. */
  private feedItems(): TeaserItem[] | undefined {
    return text(this.src) ? this.feed.value : undefined;
  }

  private fromData(): boolean {
    return this.feedItems() !== undefined || this.itemStories.length > 0;
  }

  private max(): number {
    return this.limit == null
      ? Infinity
      : wholeNumber(this, 'limit', this.limit, Infinity, 'showing every story');
  }

  /** The layout of the story at `index`: in `hero` the first is large and the rest are a list. */
  private itemLayout(layout: TeaserLayout, index: number): TeaserLayout {
    return layout === 'hero' ? (index ? 'list' : 'hero') : layout;
  }

  protected override render() {
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');
    const max = this.max();
    const level = headingLevel(this, this.headingLevel, 2);
    const title = text(this.heading);
    // Resolved once here rather than by each of a thousand teasers and datelines; the server (and
    // the render over its DOM) hands down only the list's own locale.
    const unknown = isServer || this.hydration.hydrating;
    const locale = this.language.own ?? (unknown ? '' : this.language.lang);
    const fromData = this.fromData();
    const entries = this.entries;
    const loading = this.status === 'loading';
    const failed = this.status === 'error';
    // The server cannot see children: it assumes some (no "No stories"), but draws skeletons for a
    // feed still to come. The first render over its DOM does the same.
    const nothingShown = !entries.length && (fromData || (!unknown && !this.slots.assigned('').length));
    const skeletons = loading && (nothingShown || (unknown && !entries.length)) ? Math.min(max, 3) : 0;

    const retry = html`<slot name="retry-label">${this.language.term('retry')}</slot>`;

    // An own locale sets the language and direction of everything the list says (an Arabic list on
    // an English page): its heading and messages, as the teasers do for their own.
    const { own, dir } = this.language;
    // The <ul> says role=list although that is its own role: it holds blocks (role=none), not <li>s.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div class="root" lang=${own ?? nothing} dir=${own ? dir : nothing}>
      ${title ? heading(level, 'heading', title) : nothing}
      <div class="status${failed ? ' failed' : ''}" part="status" role="status">
        ${
          loading
            ? html`<span class="visually-hidden"
                ><slot name="loading-label">${this.language.term('loading')}</slot></span
              >`
            : nothing
        }
        ${
          failed
            ? html`<p class="error"><slot name="error">${this.language.term('loadFailed')}</slot></p>
                <button type="button" part="retry" @click=${this.reload}>${retry}</button>`
            : nothing
        }
      </div>
      <ul
        class="items ${layout}"
        part="list"
        role="list"
        aria-labelledby=${title ? 'heading' : nothing}
        aria-busy=${loading ? 'true' : 'false'}
      >
        ${this.chunks.blocks(
          [entries, layout, level, this.format, this.pattern, locale],
          // A block is one box that the browser skips while it is off screen (content-visibility),
          // sized by its count until first drawn: one box per block rather than per story keeps
          // each frame's visibility checks few however long the list grows. role=none: its
          // stories are the list's items (the <ul> says role=list, since it holds these boxes).
          (start, end) =>
            html`<div class="block" role="none" .style=${`--_teaser-list-count:${end - start}`}>
              ${entries.slice(start, end).map((entry, i) =>
                teaserTemplate(entry, {
                  layout: this.itemLayout(layout, start + i),
                  headingLevel: Math.min(level + 1, 6),
                  format: this.format,
                  pattern: this.pattern,
                  locale,
                }),
              )}
            </div>`,
        )}
        ${Array.from(
          { length: skeletons },
          (_, i) =>
            html`<li aria-hidden="true">
              <news-teaser skeleton .layout=${this.itemLayout(layout, i)}></news-teaser>
            </li>`,
        )}
        ${fromData ? nothing : html`<slot></slot>`}
      </ul>
      <template
        data-items=${isServer && this.itemStories.length ? JSON.stringify(this.itemStories) : nothing}
      ></template>
      <div class="empty" part="empty" ?hidden=${!nothingShown || loading || (failed && !fromData)}>
        <slot name="empty">${this.language.term('empty')}</slot>
      </div>
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  protected override updated(): void {
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');
    this.childTeasers.adopt(this.slots.assigned(''), {
      layout: (i) => this.itemLayout(layout, i),
      headingLevel: Math.min(headingLevel(this, this.headingLevel, 2) + 1, 6),
      format: text(this.format),
      pattern: text(this.pattern),
      locale: text(this.locale),
      max: this.feedItems() ? Infinity : this.max(),
    });
  }

  /** Resolves once every story is in the DOM, long lists included. @internal */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.chunks.settled(() => super.getUpdateComplete());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-teaser-list-load': CustomEvent<TeaserListLoadDetail>;
    'news-teaser-list-error': CustomEvent<TeaserListErrorDetail>;
  }
}
