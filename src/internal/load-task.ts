import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: nothing to load, on its way, done, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface LoadTaskOptions<T, A extends readonly unknown[]> {
  /** What the load depends on, read before each render; `undefined`: nothing to load. A change starts a new run. */
  args: () => A | undefined;
  /**
   * Loads; rejects with the signal's reason once aborted. `fresh` asks past any cache (a retry).
   * It may throw at once (an unusable address): the render that follows then shows the failure.
   */
  task: (args: A, signal: AbortSignal, fresh: boolean) => Promise<T>;
  loaded(value: T, args: A): void;
  failed(error: unknown, args: A): void;
}

const same = (a?: readonly unknown[], b?: readonly unknown[]) =>
  !!a && !!b && a.length === b.length && a.every((arg, i) => arg === b[i]);

/**
 * Remote data an element shows (a feed), in the shape of @lit/task's `Task` at a fraction of its
 * size: it runs when its arguments change, gives each run an AbortSignal, and lets only the newest
 * run settle, so an older one answering late (after a new `src`, a retry or a removal) is dropped.
 * Removing the host aborts the run in flight; connecting it again runs again unless it had loaded.
 */
export class LoadTask<T, A extends readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The last value loaded; it stays while a newer run loads and after one fails. */
  value?: T;
  private args?: A;
  private current = 0;
  private abortController?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: LoadTaskOptions<T, A>,
  ) {
    host.addController(this);
  }

  /** Runs again with the same arguments, past any cache (what a Retry button does). */
  run(fresh = false): void {
    const args = this.args;
    this.abort();
    if (!args) return;
    const run = this.current;
    const controller = (this.abortController = new AbortController());
    this.status = 'loading';
    // Shows the loading state at once after a retry; within an update (hostUpdate) it adds nothing.
    this.host.requestUpdate();
    const failed = (error: unknown) => {
      if (run !== this.current) return;
      this.settle('error');
      this.options.failed(error, args);
    };
    try {
      this.options.task(args, controller.signal, fresh).then((value) => {
        if (run !== this.current) return;
        this.value = value;
        this.settle('loaded');
        this.options.loaded(value, args);
      }, failed);
    } catch (error) {
      failed(error);
    }
  }

  // Runs before render, after willUpdate: the render that follows already shows `loading`.
  hostUpdate(): void {
    // Lit updates a removed element too: it loads when it is back (hostConnected).
    if (!this.host.isConnected) return;
    const args = this.options.args();
    if (args && same(args, this.args)) return;
    this.args = args;
    if (args) this.run();
    else {
      this.abort();
      this.status = 'idle';
      this.value = undefined;
    }
  }

  hostConnected(): void {
    // Back after a removal cut a run short, or changed what to load (or after a failure): load on
    // the next update.
    if (this.status === 'loaded' && same(this.options.args(), this.args)) return;
    this.args = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
  }

  private abort(): void {
    this.current++;
    this.abortController?.abort();
    this.abortController = undefined;
    if (this.status === 'loading') this.status = 'idle';
  }

  private settle(status: LoadStatus): void {
    this.abortController = undefined;
    this.status = status;
    this.host.requestUpdate();
  }
}
