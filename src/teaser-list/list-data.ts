import { html, isServer, nothing, type LitElement, type PropertyValues } from 'lit';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { itemsFromServer } from '../internal/server-items.js';
import { text } from '../internal/values.js';
import { LoadTask } from '../internal/load-task.js';
import { ChunkController } from '../internal/chunks.js';
import type { Translation } from '../i18n/en.js';
import type { TeaserLayout } from '../teaser/teaser.js';
import { feedFailure, loadFeed, type FeedPage } from './load-feed.js';
import { blockSize } from './block-size.js';
import { Dedupe } from './dedupe.js';
import { More } from './more.js';
import { Refresh } from './refresh.js';
import { teaserTemplate, validItems, type TeaserItem } from './teaser-item.js';
import type { NewsTeaserList, TeaserListErrorDetail, TeaserListLoadDetail } from './teaser-list.js';

/** What the list hands down to the stories it draws from data. */
export interface Drawn {
  layout: TeaserLayout | 'ranked';
  /** The number shown beside the story at `index` in a ranked list. */
  rank?: ((index: number) => string) | undefined;
  /** The number that sizes the column of ranks (`widestRank`). */
  rankWidest?: string | undefined;
  /** The layout of the story at `index` (in `hero`, the first is large and the rest a list). */
  itemLayout: (index: number) => TeaserLayout;
  headingLevel: number;
  format: string;
  pattern: string;
  timeZone: string;
  locale: string;
  term: (key: keyof Translation) => string;
}

/** The most pages "More stories" fetches at one press when each brings only stories shown already. */
const MAX_EMPTY_PAGES = 5;

/**
 * A retry button goes as it is pressed (the list or the page loads again): focus waits on the
 * live region around it, which says what happens next, instead of falling to the page's start.
 */
function holdFocus(event: Event): void {
  const button = event.currentTarget as Element;
  // (A click that gave the button no focus, as Safari's, leaves focus where it was.)
  const region = button.closest<HTMLElement>('[role=status]');
  if (!region || (button.getRootNode() as ShadowRoot).activeElement !== button) return;
  region.tabIndex = -1;
  region.focus();
}

/**
 * A list's stories from `items` or a feed at `src`: the feed's load and its loading, failure and
 * retry states, and the stories drawn in append-only blocks. A chunk of its own, which the list
 * fetches before its first render that needs it: a list written as markup never loads it.
 */
export class ListData {
  private chunks: ChunkController;
  private dedupe: Dedupe;
  private feed: LoadTask<FeedPage, readonly [string]>;
  /** The feed's later pages and the reader's asks for more. */
  more: More;
  private refresh: Refresh;
  /** How many stories `limit` holds back (up to a `limit`'s worth), which "More stories" shows first. */
  private held = 0;
  /** The valid stories of `items`. */
  private itemStories: TeaserItem[] = [];
  /** The stories to show, after `limit`; the chunk controller says how many are in the DOM yet. */
  entries: TeaserItem[] = [];
  /**
   * Whether a story shown has a picture, as of the stories first shown: a list of text alone sits
   * closer. Stories appended later do not change it, which would move the others.
   */
  pictured = true;
  /** What `entries` was cut from, and where: the same stories keep the same array. */
  private source?: TeaserItem[];
  private shownMax = 0;

  constructor(
    private readonly list: NewsTeaserList,
    private readonly max: () => number,
  ) {
    this.chunks = new ChunkController(list);
    this.dedupe = new Dedupe(list);
    this.more = new More(list);
    const most = () => this.more.max(this.max());
    this.refresh = new Refresh(
      list,
      (stories) => {
        const added = new Set(this.more.refreshed(stories, list.layout === 'ranked'));
        list.requestUpdate();
        // Announced: the new stories this list shows, not those its limit holds back, nor those
        // new to the feed but shown by a list before this one in its group.
        const shown = this.dedupe.unshown(this.feedItems() ?? []).slice(0, most());
        return shown.filter((story) => added.has(story)).length;
      },
      most,
    );
    this.feed = new LoadTask(list, {
      args: () => (text(list.src) ? ([text(list.src)] as const) : undefined),
      task: ([src], signal, fresh) =>
        // Every story up to 500 is kept (a list in a dedupe-group fills its limit from those the
        // lists before it leave); the limit says whether dropping the rest is worth a warning.
        loadFeed(src, signal, fresh, list.timeout, most(), list),
      loaded: ({ items }, [src]) => {
        clearWarning(list, 'src');
        this.refresh.start();
        const detail: TeaserListLoadDetail = { src, items };
        list.dispatchEvent(
          new CustomEvent('news-teaser-list-load', { detail, bubbles: true, composed: true }),
        );
      },
      failed: (error, [src]) => {
        const { kind, message } = feedFailure(error);
        warnOnce(list, 'src', `<news-teaser-list> could not show the feed: ${message}`);
        const detail: TeaserListErrorDetail = { src, kind, message };
        list.dispatchEvent(
          new CustomEvent('news-teaser-list-error', { detail, bubbles: true, composed: true }),
        );
      },
    });
  }

  get status() {
    return isServer ? this.serverStatus : this.feed.status;
  }

  /**
   * The server never fetches a feed: it draws one loading, unless the page gave it the feed's
   * stories already. The first render over its DOM draws the same, whatever the browser is doing.
   */
  get serverStatus() {
    return text(this.list.src) && !this.entries.length ? 'loading' : 'idle';
  }

  reload(): void {
    this.feed.run(true);
  }

  private retry = (event: Event) => {
    holdFocus(event);
    this.reload();
  };

  willUpdate(changed: PropertyValues<NewsTeaserList>, hydrating: boolean): void {
    const list = this.list;
    // Items a server rendered from travel with its HTML; the browser may have no other copy.
    if (hydrating && !list.items?.length)
      list.items = (itemsFromServer(list.shadowRoot!) as TeaserItem[] | undefined) ?? list.items;
    // Another feed: the old one's refresh and its failure's warning are forgotten.
    const before = text(changed.get('src'));
    if (before && before !== text(list.src)) {
      this.refresh.stop();
      clearWarning(list, 'src');
    }
    if (changed.has('refresh') && this.feed.status === 'loaded') this.refresh.start();
    if (changed.has('items') || hydrating) this.itemStories = validItems(list, list.items);
    if (changed.has('items') && !text(list.src)) this.more.restart();
    // A server leaves out what the lists before this one in its group drew in the same page.
    if (isServer) this.itemStories = this.dedupe.serverSkip(this.itemStories);
    const source = this.fromData() ? (this.feedItems() ?? this.itemStories) : undefined;
    const max = this.more.max(this.max());
    const fresh = source !== this.source || max !== this.shownMax;
    // In a dedupe-group, the lists before this one may have changed what it can show.
    if (!this.dedupe.pending() && !fresh) return;
    // The render over a server's DOM draws what the server drew; the next one de-duplicates.
    // A limit's worth more than shown: what "More stories" can show without fetching.
    const more = max + this.max();
    const taken = source ? (hydrating ? source.slice(0, more) : this.dedupe.take(source, more)) : [];
    const entries = taken.slice(0, max);
    this.held = taken.length - entries.length;
    const old = this.entries;
    if (fresh || entries.length !== old.length || entries.some((e, i) => e !== old[i])) {
      this.source = source;
      this.shownMax = max;
      this.entries = entries;
      // More stories appended keep those drawn where they are; server output and hydration
      // render everything at once: the server's DOM must match.
      const grows =
        old.length && entries.length > old.length && old.every((e, i) => e === entries[i]) && !hydrating;
      if (grows) this.chunks.grow(entries.length);
      else this.chunks.reset(entries.length, isServer || hydrating);
      // Decided when the list starts over: not when stories are appended, nor when a refresh or a
      // list before it in a dedupe-group changes some.
      if (!grows && (!old.length || hydrating || changed.has('src') || changed.has('items')))
        this.pictured = !entries.length || entries.some((entry) => text(entry.image));
    }
    this.dedupe.show(this.entries);
  }

  /** The feed's stories; the task clears them only after this render, when `src` is emptied. */
  feedItems(): TeaserItem[] | undefined {
    return text(this.list.src) ? this.more.stories(this.feed.value) : undefined;
  }

  /** Whether "More stories" can show more here: stories held back, or the feed's next page. */
  canMore(): boolean {
    return this.held > 0 || this.more.hasNext;
  }

  /**
   * Shows more stories, then moves focus to the first new one's link. A page that brings only
   * stories shown already (here, or by a list before this one in its group) is passed over for
   * the next; with none left, focus goes to the last story, as "More stories" goes away.
   */
  async showMore(fresh = false): Promise<void> {
    const before = this.entries.length;
    for (let pages = 0; pages < MAX_EMPTY_PAGES; pages++) {
      // One press shows one `limit` more, however many pages it passes over.
      if (!(await this.more.ask(this.held, this.max(), fresh, !pages))) {
        if (pages) break;
        return;
      }
      await this.list.updateComplete;
      if (this.entries.length > before || !this.canMore()) break;
    }
    const teasers = this.list.shadowRoot?.querySelectorAll<LitElement>('li[part=item] > news-teaser');
    const teaser = teasers?.[before] ?? (this.canMore() ? undefined : teasers?.[teasers.length - 1]);
    if (!teaser) return;
    await teaser.updateComplete;
    const link = teaser.shadowRoot?.querySelector<HTMLElement>('a[part~=link]');
    // A story without a link takes focus itself, so the reader still starts at the new stories.
    if (!link) teaser.tabIndex = -1;
    (link ?? teaser).focus();
  }

  fromData(): boolean {
    return this.feedItems() !== undefined || this.itemStories.length > 0;
  }

  /**
   * The live region's content: what screen readers hear while the feed loads, the failure and its
   * retry, and the stories a refresh added.
   */
  statusContent(term: Drawn['term'], lang: string, status = this.status) {
    const retry = html`<slot name="retry-label">${term('retry')}</slot>`;
    return [
      status === 'loading'
        ? html`<span class="visually-hidden"><slot name="loading-label">${term('loading')}</slot></span>`
        : nothing,
      status === 'error'
        ? html`<p class="error"><slot name="error">${term('loadFailed')}</slot></p>
            <button type="button" part="retry" @click=${this.retry}>${retry}</button>`
        : html`<span class="visually-hidden">${this.refresh.announcement(lang)}</span>`,
    ];
  }

  /** The stories drawn so far, in blocks, then `skeletons` placeholders (a feed on its way). */
  stories(drawn: Drawn, skeletons: number) {
    const entries = this.entries;
    return [
      this.chunks.blocks(
        [
          entries,
          drawn.layout,
          drawn.headingLevel,
          drawn.format,
          drawn.pattern,
          drawn.timeZone,
          drawn.locale,
        ],
        // A block is one box that the browser skips while it is off screen (content-visibility),
        // sized by its count until first drawn: one box per block rather than per story keeps
        // each frame's visibility checks few however long the list grows. role=none: its
        // stories are the list's items (the <ul> says role=list, since it holds these boxes).
        // The server writes no size (a style attribute, which a strict style-src blocks): its
        // blocks are all drawn.
        (start, end) =>
          html`<div class="block" role="none" ${blockSize(end - start)}>
            ${entries.slice(start, end).map((entry, i) =>
              teaserTemplate(entry, {
                layout: drawn.itemLayout(start + i),
                rank: drawn.rank?.(start + i),
                rankWidest: drawn.rankWidest,
                headingLevel: drawn.headingLevel,
                format: drawn.format,
                pattern: drawn.pattern,
                timeZone: drawn.timeZone,
                locale: drawn.locale,
              }),
            )}
          </div>`,
      ),
      Array.from(
        { length: skeletons },
        (_, i) =>
          html`<li aria-hidden="true">
            <news-teaser skeleton .layout=${drawn.itemLayout(i)}></news-teaser>
          </li>`,
      ),
    ];
  }

  /** The items a server rendered from, carried in its HTML for hydration. */
  get serverItems(): string | undefined {
    return isServer && this.itemStories.length ? JSON.stringify(this.itemStories) : undefined;
  }

  /** For the list's `getUpdateComplete`: waits until every story is in the DOM. */
  settled(complete: () => Promise<boolean>): Promise<boolean> {
    return this.chunks.settled(complete);
  }
}
