import type { ReactiveController } from 'lit';
import { wholeNumber } from '../internal/choice.js';
import { counted } from '../internal/plural.js';
import { text } from '../internal/values.js';
import { VisibleTimer } from '../internal/visible-timer.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { feedFailure, loadFeed } from './load-feed.js';
import type { TeaserItem } from './teaser-item.js';
import type { NewsTeaserList } from './teaser-list.js';

/** The shortest refresh: a slip ("refresh=1") must not turn a front page into a load test of its feed. */
export const MIN_REFRESH = 15;

/**
 * A list's `refresh`: the first page of its feed fetched again every `refresh` seconds while the
 * reader could see the list (the page shown, the list on screen), the stories above those fetched
 * put at the top and announced politely (see More.refreshed for the rest). Nothing moves under the reader: while focus is in the list, or they
 * have scrolled into its stories, the new ones wait, for focus to leave or the stories' top to be
 * back on screen at a later refresh. Stories already shown keep their order and take their new
 * text (an edited headline, a "Live" label gone); a ranked list takes the new ranking whole.
 */
export class Refresh implements ReactiveController {
  /** How many stories the last refresh added, and how many refreshes added any. */
  private added = 0;
  private times = 0;
  private readonly timer: VisibleTimer;
  private waiting: TeaserItem[] = [];
  private controller?: AbortController | undefined;
  private running = false;
  private readonly focusOut = (event: FocusEvent) => {
    if (!this.list.contains(event.relatedTarget as Node | null)) queueMicrotask(() => this.show());
  };

  constructor(
    private readonly list: NewsTeaserList,
    /** Puts stories at the top of those fetched; answers how many new ones the list shows. */
    private readonly add: (stories: TeaserItem[]) => number,
    /** The most stories the list shows: a feed's stories beyond 500 are dropped with a warning only if it would show them. */
    private readonly limit: () => number,
  ) {
    list.addController(this);
    this.timer = new VisibleTimer(list, () => void this.fetch());
  }

  /** Seconds between refreshes, or 0 for none (no `refresh`, no `src`). */
  private seconds(): number {
    const list = this.list;
    const given = list.refresh as unknown;
    if (given == null || given === 0 || !text(list.src)) return 0;
    const seconds = wholeNumber(list, 'refresh', given, 0, 'the list does not refresh');
    if (seconds && seconds < MIN_REFRESH)
      warnOnce(list, 'refresh', `<news-teaser-list refresh=${seconds}> is raised to ${MIN_REFRESH} seconds.`);
    return seconds && Math.max(seconds, MIN_REFRESH);
  }

  /** Counts down to the next refresh (after a load, a refresh, or `refresh` set). */
  start(): void {
    const seconds = this.seconds();
    this.running = !!seconds;
    if (seconds) this.timer.start(seconds * 1000);
    else this.timer.stop();
  }

  hostConnected(): void {
    this.list.addEventListener('focusout', this.focusOut);
    // Back on the page after a removal: refreshing goes on.
    if (this.running) this.start();
  }

  hostDisconnected(): void {
    this.list.removeEventListener('focusout', this.focusOut);
    this.controller?.abort();
    this.controller = undefined;
  }

  /**
   * Forgets the feed refreshed so far (`src` changed): its request on the way, the stories
   * waiting, what was announced, and the count down, which starts again once the new feed loads.
   */
  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.waiting = [];
    this.added = 0;
    this.running = false;
    this.timer.stop();
  }

  private async fetch(): Promise<void> {
    const list = this.list;
    const controller = (this.controller = new AbortController());
    const src = text(list.src);
    try {
      const { items } = await loadFeed(src, controller.signal, true, list.timeout, this.limit(), list);
      if (controller !== this.controller || src !== text(list.src)) return;
      clearWarning(list, 'refresh failed');
      this.waiting = items;
      this.show();
    } catch (error) {
      if (controller !== this.controller) return;
      warnOnce(list, 'refresh failed', `<news-teaser-list> could not refresh: ${feedFailure(error).message}`);
    } finally {
      if (controller === this.controller) {
        this.controller = undefined;
        this.start();
      }
    }
  }

  /** Adds the waiting stories, unless the reader is in the list's stories. */
  private show(): void {
    const stories = this.list.shadowRoot?.querySelector('[part=list]');
    // Focus anywhere in the list, its shadow tree included (and the list inside an app's own).
    const reading = this.list.matches(':focus-within') || (stories?.getBoundingClientRect().top ?? 0) < 0;
    if (!this.waiting.length || reading) return;
    const added = this.add(this.waiting);
    this.waiting = [];
    if (!added) return;
    this.added = added;
    this.times++;
    this.list.requestUpdate();
  }

  /** What the list's live region says: "2 new stories", after a refresh that added any. */
  announcement(lang: string): string {
    if (!this.added) return '';
    const message = counted(this.added, lang, 'listNewStory', 'listNewStories');
    // The same words again are changed a little, so that screen readers announce them again.
    return this.times % 2 ? message : `${message}\u00a0`;
  }
}
