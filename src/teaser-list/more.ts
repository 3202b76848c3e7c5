import { html, nothing, type ReactiveController } from 'lit';
import { warnOnce, clearWarning } from '../internal/warn.js';
import { text } from '../internal/values.js';
import type { Translation } from '../i18n/en.js';
import { feedFailure, loadFeed, type FeedPage } from './load-feed.js';
import { storyKey, unseen } from './dedupe.js';
import type { TeaserItem } from './teaser-item.js';
import type { NewsTeaserList, TeaserListErrorDetail } from './teaser-list.js';

/**
 * A list's "More stories": the feed's later pages appended to its first (JSON Feed `next_url`,
 * WordPress `?page=N` up to `X-WP-TotalPages`), and how many times the reader asked for more (each
 * shows `limit` more). Pages are fetched only when the stories already fetched run out.
 */
export class More implements ReactiveController {
  /** Where the next page is: fetching, failed, or neither. */
  status: 'idle' | 'loading' | 'error' = 'idle';
  /** How many times the reader asked for more. */
  asked = 0;
  /** The feed's first page, which the pages follow: a new one (a new `src`, a retry) starts again. */
  private first?: FeedPage | undefined;
  private next?: string | undefined;
  /** The pages fetched (their addresses), so that a feed whose next page is one of them ends there. */
  private visited = new Set<string>();
  private all?: TeaserItem[] | undefined;
  private controller?: AbortController | undefined;

  constructor(private readonly list: NewsTeaserList) {
    list.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    if (this.status === 'loading') this.status = 'idle';
  }

  /** The feed's stories with its later pages appended: the same array until a page arrives. */
  stories(first: FeedPage | undefined): TeaserItem[] | undefined {
    if (first !== this.first) {
      this.restart();
      this.first = first;
      if (first) this.visited.add(new URL(text(this.list.src), document.baseURI).href);
      this.next = this.unvisited(first?.next);
      this.all = first?.items;
    }
    return this.all;
  }

  /** A page's next page, unless it was fetched already (a `next_url` naming its own page). */
  private unvisited(next: string | undefined): string | undefined {
    return next && !this.visited.has(next) ? next : undefined;
  }

  /** New stories (another feed, new `items`) are shown from their first `limit`, not from as many as before. */
  restart(): void {
    this.stop();
    this.first = this.next = this.all = undefined;
    this.visited.clear();
    this.asked = 0;
    this.status = 'idle';
  }

  /**
   * A refresh's first page: the stories it lists above those fetched go on top (new), those
   * fetched take their new version in place; `ranked`, the page replaces the stories it ranks (its
   * order is the news). Answers with the stories that are new.
   */
  refreshed(stories: TeaserItem[], ranked: boolean): TeaserItem[] {
    const all = this.all;
    if (!all) return [];
    if (ranked) {
      const added = unseen(stories, all);
      this.all = [...stories, ...unseen(all, stories)];
      return added;
    }
    const fresh = new Map(stories.map((story) => [storyKey(story), story]));
    const known = new Set(all.map(storyKey));
    // Below every story fetched, a story not fetched yet is an older one that a deletion brought
    // onto the first page (WordPress's page of 10): it goes after them, and is not news. Above or
    // among them (under a sticky story, say) it is news.
    const bottom = stories.findLastIndex((story) => known.has(storyKey(story)));
    const below = bottom < 0 ? stories.length : bottom + 1;
    const added = unseen(stories.slice(0, below), all);
    const older = unseen(stories.slice(below), all);
    // A story missing from the page while one after it is still there was taken down.
    const last = all.findLastIndex((story) => fresh.has(storyKey(story)));
    // A story keeps its object unless its fields changed: the list redraws only what did.
    const kept = all.flatMap((story, i) => {
      const now = fresh.get(storyKey(story));
      if (!now) return i < last ? [] : [story];
      return [JSON.stringify(now) !== JSON.stringify(story) ? now : story];
    });
    if (
      added.length ||
      older.length ||
      kept.length !== all.length ||
      kept.some((story, i) => story !== all[i])
    )
      this.all = [...added, ...kept, ...older];
    return added;
  }

  /** Whether the feed has a page after those fetched. */
  get hasNext(): boolean {
    return !!this.next && !!this.list.more;
  }

  /** The most stories to show, given the list's `limit`. */
  max(limit: number): number {
    return this.list.more && limit !== Infinity ? limit * (1 + this.asked) : limit;
  }

  /**
   * Shows `step` (the `limit`) more: the `held` stories fetched but held back by it, and the next
   * page when they are fewer (`counted` false: the same ask goes on to a further page). Resolves
   * with whether more are to be shown.
   */
  async ask(held: number, step: number, fresh = false, counted = true): Promise<boolean> {
    if (this.status === 'loading') return false;
    if (held < step && this.hasNext) {
      // A page that failed still leaves the stories held back to show (its retry asks for it
      // again); one called off (another feed, the list removed) shows nothing.
      // After a failure the button is the retry: the page is asked of the server, not its cache.
      const again = fresh || this.status === 'error';
      if (!(await this.fetch(again)) && (!held || this.status !== 'error')) return false;
    } else if (!held) return false;
    if (counted) this.asked++;
    this.list.requestUpdate();
    return true;
  }

  private fetch(fresh: boolean): Promise<boolean> {
    const list = this.list;
    const controller = (this.controller = new AbortController());
    const src = this.next!;
    this.status = 'loading';
    list.requestUpdate();
    const failed = (error: unknown) => {
      if (controller !== this.controller) return false;
      this.controller = undefined;
      this.status = 'error';
      list.requestUpdate();
      const { kind, message } = feedFailure(error);
      warnOnce(list, 'more', `<news-teaser-list> could not show the next page: ${message}`);
      const detail: TeaserListErrorDetail = { src, kind, message };
      list.dispatchEvent(
        new CustomEvent('news-teaser-list-error', { detail, bubbles: true, composed: true }),
      );
      return false;
    };
    try {
      return loadFeed(src, controller.signal, fresh, list.timeout, Infinity, list).then((page) => {
        if (controller !== this.controller) return false;
        this.controller = undefined;
        this.status = 'idle';
        clearWarning(list, 'more');
        // A story published meanwhile pushes the rest down a page: its last story comes again.
        this.all = [...this.all!, ...unseen(page.items, this.all!)];
        this.visited.add(src);
        this.next = this.unvisited(page.next);
        return true;
      }, failed);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
  }

  /**
   * What screen readers hear by the button while a page loads, and a failed page's line, worded for
   * the next page: the stories shown stay, and the button itself tries again.
   */
  statusContent(term: (key: keyof Translation) => string) {
    if (this.status === 'loading')
      return html`<span class="visually-hidden"><slot name="loading-label">${term('loading')}</slot></span>`;
    return this.status === 'error' ? html`<p class="error">${term('moreFailed')}</p>` : nothing;
  }
}
