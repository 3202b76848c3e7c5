import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';

// A screenful first; then steps sized so that each task's own script runs near STEP_MS: under the
// 50 ms that make a long task, with room for a garbage collection, and long enough that a long
// list is drawn in few frames (each frame's style work grows with the page). Style and layout are
// left out of the measure: they run after the task, and grow with the page, not with the step.
// A step may grow to four times the last one: a block measured on cold code runs slow.
const FIRST = 24;
const STEP_MS = 32;
// When the entries are replaced, this many (or a step's worth, if more) are drawn again at once,
// so a short list changes in place instead of shrinking to its first screenful for a frame.
const REDRAW = 100;

/**
 * A long list rendered in append-only blocks: the first screenful, then one block per task, each
 * sized by how long the last one's script took. `blocks()` renders a block once and answers
 * `noChange` for it afterwards, so finished blocks cost nothing however long the list grows.
 * A host that is disconnected stops stepping (no task, no frame left waiting) and resumes when
 * connected again.
 */
export class ChunkController implements ReactiveController {
  /** Entries rendered so far. */
  count = 0;
  private total = 0;
  /** Where each block ends (it starts where the one before ends). */
  private ends: number[] = [];
  /** What each block was last rendered with (its bounds and the host's dependencies). */
  private drawn: unknown[][] = [];
  private size = FIRST;
  /** The message port of the step to come, if one is scheduled. */
  private port?: MessagePort | undefined;
  private frame = 0;
  private started = 0;
  private painted = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    host.addController(this);
  }

  /** A new list of `total` entries; `all` renders them at once (server output, hydration). */
  reset(total: number, all: boolean): void {
    this.total = total;
    this.count = all
      ? total
      : Math.min(total, Math.max(FIRST, Math.min(this.count, Math.max(REDRAW, this.size))));
    this.ends = this.count ? [this.count] : [];
    this.drawn = [];
    this.started = 0;
  }

  /**
   * The entries grew at their end to `total` (a page appended): the blocks drawn stay as they are,
   * and the new entries follow, at once when they are few.
   */
  grow(total: number): void {
    this.total = total;
    if (this.count === (this.ends.at(-1) ?? 0) && total - this.count <= REDRAW) {
      this.count = total;
      this.ends.push(total);
    }
  }

  /**
   * The blocks rendered so far, in order: `render(start, end)` for a block that is new or whose
   * `deps` (compared by identity) changed, and `noChange` for one already in the DOM as it is.
   */
  blocks<T>(deps: unknown[], render: (start: number, end: number) => T): (T | typeof noChange)[] {
    return this.ends.map((end, b) => {
      const key = [this.ends[b - 1] ?? 0, end, ...deps];
      if (this.drawn[b]?.every((value, i) => value === key[i])) return noChange;
      this.drawn[b] = key;
      return render(key[0] as number, end);
    });
  }

  /**
   * For the host's `getUpdateComplete`: waits for its updates (`complete`) until every entry is
   * rendered, so that `await el.updateComplete` means the whole list.
   */
  async settled(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.count < this.total && this.port) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      done = (await complete()) && done;
    }
    return done;
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    if (this.count >= this.total || this.port || !this.host.isConnected) return;
    // A message is a task that does not wait: a chain of timers waits 4 ms more at each step
    // once nested five deep (the HTML timer clamp), which adds up over hundreds of steps.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => this.port === port1 && this.step();
    port2.postMessage(0);
    this.port = port1;
  }

  hostDisconnected(): void {
    this.port?.close();
    this.port = undefined;
    cancelAnimationFrame(this.frame);
    this.started = 0;
    this.release();
  }

  private step(): void {
    this.port!.close();
    this.port = undefined;
    const now = performance.now();
    const added = this.count - (this.ends.at(-2) ?? 0);
    if (this.started) {
      // A frame drawn since the last step began ended that step's script: its style, layout and
      // paint are left out. With no frame between (a background tab), the step ran until now.
      const took = (this.painted > this.started ? this.painted : now) - this.started;
      this.size = Math.min(Math.max((STEP_MS * added) / took || 8, 8), this.size * 4) | 0;
    }
    this.started = now;
    this.frame = requestAnimationFrame(() => (this.painted = performance.now()));
    this.count = Math.min(this.count + this.size, this.total);
    this.ends.push(this.count);
    this.host.requestUpdate();
    this.release();
  }

  private release(): void {
    this.waiters.splice(0).forEach((resolve) => resolve());
  }
}
