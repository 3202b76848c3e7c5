import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { LivePostItem } from './live-item.js';
import { POST_ATTRIBUTES, itemFromMarkup } from './posts.js';

/**
 * A blog's posts written as markup (its `<news-live-post>` children): read again when they come
 * or go, when an attribute the blog reads of them changes, and when the blog is back on the page
 * (what changed while it was away went unseen), and each assigned to its slot once drawn. Not what
 * is inside a post: an embed resizing itself in a post's body is no change of the blog's.
 */
export class WrittenPosts implements ReactiveController {
  private changed = true;
  private readonly watcher = isServer
    ? undefined
    : new MutationObserver((records) => {
        const host = this.host;
        if (
          records.some(
            ({ type, target }) => target === host || (type === 'attributes' && target.parentNode === host),
          )
        )
          this.touch();
      });

  constructor(
    private readonly host: ReactiveElement,
    /** The written post the blog shows as `id` (in its `slot[data-id]`). */
    private readonly node: (id: string) => Element | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watcher?.observe(this.host, { childList: true, subtree: true, attributeFilter: POST_ATTRIBUTES });
    if (this.host.hasUpdated) this.touch();
  }

  hostDisconnected(): void {
    this.watcher?.disconnect();
  }

  hostUpdated(): void {
    // Before the blog's other controllers: focus given back to a written post finds it in its slot.
    for (const slot of this.host.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-id]')) {
      const node = this.node(slot.dataset['id']!);
      if (node && typeof slot.assign === 'function') slot.assign(node);
    }
  }

  private touch(): void {
    this.changed = true;
    this.host.requestUpdate();
  }

  /**
   * The written posts and their items when they changed since last asked, or `always` (the blog
   * turns back to them); else `undefined`.
   */
  take(always = false): { nodes: Element[]; items: LivePostItem[] } | undefined {
    if (!(this.changed || always) || isServer) return undefined;
    this.changed = false;
    const nodes = [...this.host.querySelectorAll(':scope > news-live-post')];
    return { nodes, items: nodes.map((node) => itemFromMarkup(node)) };
  }
}
