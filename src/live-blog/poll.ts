import type { ReactiveController, ReactiveElement } from 'lit';
import { LoadTask } from '../internal/load-task.js';
import { VisibleTimer } from '../internal/visible-timer.js';

/** The longest wait between two polls after errors. */
export const MAX_BACKOFF = 10 * 60_000;

interface PollOptions<T> {
  /** The address to poll; '' for none. */
  src: () => string;
  /** Seconds between polls. */
  seconds: () => number;
  /** No more polls (the blog has ended). */
  stopped: () => boolean;
  /** The reader of a response's JSON, asked for with each request (its code may come on demand). */
  reader: () => Promise<(json: unknown) => T>;
  loaded: (value: T) => void;
  failed: (error: unknown) => void;
}

/**
 * Polls a JSON address every `seconds`, only while the page is visible and the host on screen
 * (a poll that falls due otherwise waits for both), doubling the wait after each error (up to
 * `MAX_BACKOFF`), and asking with the last ETag and Last-Modified (from the page's own origin), so
 * an unchanged feed costs a 304 and no parsing. Runs go through `LoadTask`: only the newest settles, removal aborts.
 */
export class Poll<T> implements ReactiveController {
  readonly task: LoadTask<T | undefined, [string]>;
  /** Errors in a row. */
  failures = 0;
  private readonly timer: VisibleTimer;
  private etag = '';
  private lastModified = '';

  constructor(
    host: ReactiveElement,
    private readonly options: PollOptions<T>,
  ) {
    host.addController(this);
    this.timer = new VisibleTimer(host, () => !options.stopped() && this.task.run());
    this.task = new LoadTask(host, {
      args: () => {
        const src = options.src();
        return src ? [src] : undefined;
      },
      task: ([src], signal) => this.fetch(src, signal),
      loaded: (value) => {
        this.failures = 0;
        if (value !== undefined) options.loaded(value);
        this.schedule();
      },
      failed: (error) => {
        this.failures++;
        options.failed(error);
        this.schedule();
      },
    });
  }

  /** Whether a poll may run now: the page is shown and the host is on screen. */
  get active(): boolean {
    return this.timer.active;
  }

  hostConnected(): void {
    // Back on the page after a removal: polling goes on (LoadTask reloads what had not loaded).
    if (this.task.status === 'loaded') this.schedule();
  }

  /** Polls again from now on, after `stopped()` turned false (a blog that was ended goes on). */
  resume(): void {
    if (this.task.status !== 'idle') this.schedule();
  }

  /** Another address: its answers owe nothing to the last one's (validators, errors in a row). */
  reset(): void {
    this.etag = this.lastModified = '';
    this.failures = 0;
  }

  private async fetch(src: string, signal: AbortSignal): Promise<T | undefined> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    // Validators of our own only for the page's own origin: from another (a CDN), these headers
    // would ask for a preflight that a feed's host rarely answers. There the browser's cache
    // revalidates (`no-cache`): a 304 it turns into the stored answer, parsed again.
    const own = new URL(src, document.baseURI).origin === location.origin;
    if (own && this.etag) headers['If-None-Match'] = this.etag;
    if (own && this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    // The reader's code is fetched with the first request rather than after its answer.
    const [response, read] = await Promise.all([
      fetch(src, { signal, headers, cache: own ? 'default' : 'no-cache' }),
      this.options.reader(),
    ]);
    if (response.status === 304) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const value = read(await response.json());
    this.etag = response.headers.get('ETag') ?? '';
    this.lastModified = response.headers.get('Last-Modified') ?? '';
    return value;
  }

  /** The wait before the next poll: `seconds`, doubled for each error in a row. */
  get delay(): number {
    return Math.min(this.options.seconds() * 1000 * 2 ** this.failures, MAX_BACKOFF);
  }

  private schedule(): void {
    if (!this.options.src() || this.options.stopped()) this.timer.stop();
    else this.timer.start(this.delay);
  }
}
