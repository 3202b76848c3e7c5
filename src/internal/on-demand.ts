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
  failed = false;
  private loading?: Promise<void>;

  constructor(
    private readonly what: string,
    private readonly importer: () => Promise<T>,
  ) {
    if (isServer) void this.load();
  }

  /** Fetches the module once; resolves when it is here or has failed. */
  load(): Promise<void> {
    return (this.loading ??= this.importer().then(
      (module) => void (this.module = module),
      () => {
        this.failed = true;
        warnOnce(this, 'load', `could not load the ${this.what} code; showing a simpler version.`);
      },
    ));
  }

  /** A promise while the module is still to come; `undefined` once it has settled. */
  get pending(): Promise<void> | undefined {
    return this.module || this.failed ? undefined : this.load();
  }
}
