import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

// Children that hold no content a reader sees, wherever they are slotted (a <noscript> fallback is
// not drawn where scripts run).
const INERT = /^(template|script|style|noscript)$/;

/**
 * Which slots have content, for elements whose layout depends on it (a figcaption only when there
 * is a caption). Re-renders the host when slotted content changes. Modelled on Shoelace's
 * HasSlotController. `''` is the default slot.
 */
export class SlotController implements ReactiveController {
  /** What `hasText` and `followed` last saw, by slot: edits inside slotted elements fire no slotchange. */
  private seen = new Map<string, { read: () => string | boolean; last: string | boolean }>();
  private watch?: MutationObserver;
  /** Whether the host held content (elements or text) when it was taken off the page. */
  private hadContent = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The host's children assigned to `name` (`''`: the default slot), leaving out template, script, style and noscript. */
  assigned(name: string): Element[] {
    // A server sees no light DOM: elements render what any content would need there.
    if (isServer) return [];
    return [...this.host.children].filter((child) => child.slot === name && !INERT.test(child.localName));
  }

  /** Whether an element is assigned to `name`. */
  has(name: string): boolean {
    return this.assigned(name).length > 0;
  }

  /**
   * Whether `name` holds text (a caption of empty elements is no caption). Watched from then on:
   * a framework that fills an empty `<span slot="caption">` later changes the answer.
   */
  hasText(name: string): boolean {
    return this.watched(`text ${name}`, () => this.textIn(name)) as boolean;
  }

  /**
   * The elements assigned to `name`, watched from then on as `hasText` is: an edit to their text
   * or to a link's address inside them (a teaser's related links) re-renders the host.
   */
  followed(name: string): Element[] {
    const children = this.assigned(name);
    // (Once watched, always read again: links taken away are a change to see.)
    if (children.length || this.seen.has(`links ${name}`))
      this.watched(`links ${name}`, () =>
        this.assigned(name)
          .flatMap((child) => [child, ...child.querySelectorAll('[href]')])
          .map((node) => `${node.getAttribute('href')} ${node.textContent}`)
          .join('\n'),
      );
    return children;
  }

  private watched(key: string, read: () => string | boolean) {
    const last = read();
    this.seen.set(key, { read, last });
    // (Not while detached: what a removed element watches would outlive it.)
    if (!isServer && !this.watch && this.host.isConnected) this.observe();
    return last;
  }

  private textIn(name: string): boolean {
    return this.assigned(name).some((child) => !!child.textContent!.trim());
  }

  private observe(): void {
    this.watch = new MutationObserver(() => {
      for (const { read, last } of this.seen.values()) if (read() !== last) this.host.requestUpdate();
    });
    this.watch.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href'],
    });
  }

  hostConnected(): void {
    // slotchange bubbles to the shadow root from every slot.
    this.host.renderRoot?.addEventListener('slotchange', this.changed);
    if (this.seen.size && !this.watch) this.observe();
    // What changed inside while it was away (a page filling it in before putting it back) went
    // unheard; an element with no content, then or now (a list's teaser from a feed), has none.
    if (this.host.hasUpdated && (this.hadContent || this.host.hasChildNodes())) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.host.renderRoot?.removeEventListener('slotchange', this.changed);
    this.watch?.disconnect();
    this.watch = undefined;
    this.hadContent = this.host.hasChildNodes();
  }

  private changed = (): void => this.host.requestUpdate();
}
