import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

// Children that hold no content a reader sees, wherever they are slotted.
const INERT = /^(template|script|style)$/;

/**
 * Which slots have content, for elements whose layout depends on it (a figcaption only when there
 * is a caption). Re-renders the host when slotted content changes. Modelled on Shoelace's
 * HasSlotController. `''` is the default slot.
 */
export class SlotController implements ReactiveController {
  /** What `hasText` last answered, by slot: text that arrives in a slotted element fires no slotchange. */
  private texts = new Map<string, boolean>();
  private watch?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The host's children assigned to `name` (`''`: the default slot), leaving out template, script and style. */
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
    const has = this.textIn(name);
    this.texts.set(name, has);
    // (Not while detached: what a removed element watches would outlive it.)
    if (!isServer && !this.watch && this.host.isConnected) this.observe();
    return has;
  }

  private textIn(name: string): boolean {
    return this.assigned(name).some((child) => !!child.textContent!.trim());
  }

  private observe(): void {
    this.watch = new MutationObserver(() => {
      for (const [name, had] of this.texts) if (this.textIn(name) !== had) this.host.requestUpdate();
    });
    this.watch.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostConnected(): void {
    // slotchange bubbles to the shadow root from every slot.
    this.host.renderRoot?.addEventListener('slotchange', this.changed);
    if (this.texts.size && !this.watch) this.observe();
  }

  hostDisconnected(): void {
    this.host.renderRoot?.removeEventListener('slotchange', this.changed);
    this.watch?.disconnect();
    this.watch = undefined;
  }

  private changed = (): void => this.host.requestUpdate();
}
