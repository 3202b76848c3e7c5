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
    givePlaceToEmptyText(this.host.renderRoot);
    // After this update, not during it (Lit warns about updates scheduled by an update).
    queueMicrotask(() => this.host.requestUpdate());
  }
}

/**
 * An empty text the server rendered (`<!--lit-part--><!--/lit-part-->`) is no node in the page, and
 * Lit, which writes a text's next value into the node after the part's start, would write it into
 * the end's comment: a carousel's "1 of 12", drawn once the browser counts, never showed. Each gets
 * the empty text node a render in the browser would have made.
 */
function givePlaceToEmptyText(root: HTMLElement | DocumentFragment): void {
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const empty: Comment[] = [];
  while (comments.nextNode()) {
    const start = comments.currentNode as Comment;
    const next = start.nextSibling;
    if (start.data === 'lit-part' && next instanceof Comment && next.data === '/lit-part') empty.push(start);
  }
  for (const start of empty) start.after(document.createTextNode(''));
}
