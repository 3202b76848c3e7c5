import type { ReactiveController, ReactiveControllerHost } from 'lit';

// A screenful first, then chunks sized to keep each task near 20 ms (well under the 50 ms that
// makes a long task), so scrolling and typing never wait for a long list.
const FIRST = 24;
const TASK_MS = 20;

/**
 * How many of a long list's entries are in the DOM so far: the rest follow in timed steps, each
 * sized by how long the last one took (teasers and their datelines included).
 */
export class ChunkController implements ReactiveController {
  /** Entries rendered so far. */
  count = 0;
  private total = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private size = FIRST;
  private started = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    host.addController(this);
  }

  /** A new list of `total` entries; `all` renders them at once (server output, hydration). */
  reset(total: number, all: boolean): void {
    this.total = total;
    this.count = all || total <= FIRST ? total : Math.min(total, Math.max(this.count, FIRST));
    this.size = FIRST;
    this.started = 0;
  }

  /**
   * For the host's `getUpdateComplete`: waits for its updates (`complete`) until every entry is
   * rendered, so that `await el.updateComplete` means the whole list.
   */
  async settled(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.count < this.total && this.timer !== undefined) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      done = (await complete()) && done;
    }
    return done;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.release();
  }

  private schedule(): void {
    if (this.count >= this.total || this.timer !== undefined || !this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // The last step's task ran until this timer fired.
      const now = performance.now();
      const perEntry = this.started ? Math.max(now - this.started, 1) / this.size : TASK_MS / this.size;
      this.size = Math.min(Math.max(Math.floor(TASK_MS / perEntry), 8), 200);
      this.started = now;
      this.count = Math.min(this.count + this.size, this.total);
      this.host.requestUpdate();
      this.release();
    });
  }

  private release(): void {
    this.waiters.splice(0).forEach((resolve) => resolve());
  }
}
