import { isServer } from 'lit';
import { warnOnce } from './warn.js';

/**
 * A module of the library fetched the first time a render needs it (a chunk of the single file).
 * `module` is there once `load()` has settled; `failed` when it could not load (one warning, and
 * the element shows its fallback). A server loads it at once: rendering there cannot wait (the
 * server entries await `load()` before they render).
 */
export class OnDemand<T> {
  module?: T;
  /** The last attempt failed: the element shows its fallback until `retry()` brings the module. */
  failed = false;
  /** The attempt on its way, or the one that brought the module (none after a failure). */
  private loading?: Promise<void>;

  constructor(
    private readonly what: string,
    private readonly importer: () => Promise<T>,
  ) {
    if (isServer) void this.load();
  }

  /** Fetches the module once; resolves when it is here or has failed (a failure is kept). */
  load(): Promise<void> {
    return this.failed && !this.loading ? Promise.resolve() : this.retry();
  }

  /**
   * Asks again after a failure: for a later need (a new element, a new address), never for each
   * render, which a failed attempt itself brings. Shares the attempt on its way; never rejects.
   * The page's one warning stays one, however many attempts fail (the fallback says the rest).
   * Firefox keeps a failed module for the page's life: there every attempt fails at once.
   */
  retry(): Promise<void> {
    return (this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        this.failed = false;
      },
      () => {
        this.failed = true;
        this.loading = undefined;
        warnOnce(this, 'load', `could not load the ${this.what} code; showing a simpler version.`);
      },
    ));
  }

  /** A promise while the module is still to come (a retry included); `undefined` once it has settled. */
  get pending(): Promise<void> | undefined {
    return this.module ? undefined : this.failed ? this.loading : this.load();
  }
}
