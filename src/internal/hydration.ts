import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * Lit's hydration adopts server-rendered DOM as it stands, assuming the first render equals the
 * server's: a value that differs is not written, and stays wrong. So while `hydrating`, an element
 * renders only what the server could know (no light DOM, no page language, no reader's clock or
 * theme); the controller then asks for a second render, which changes what differs in the same
 * nodes before the next paint.
 */
export class HydrationController implements ReactiveController {
  /** True from connection until the first render over server-rendered DOM is done. */
  hydrating = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hydrating = !isServer && !this.host.hasUpdated && !!this.host.shadowRoot?.firstChild;
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    // After this update, not during it (Lit warns about updates scheduled by an update).
    queueMicrotask(() => this.host.requestUpdate());
  }
}
