import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

// Children that hold no content a reader sees, wherever they are slotted.
const INERT = /^(template|script|style)$/;

/**
 * Which slots have content, for elements whose layout depends on it (a figcaption only when there
 * is a caption). Re-renders the host when slotted content changes. Modelled on Shoelace's
 * HasSlotController. `''` is the default slot.
 */
export class SlotController implements ReactiveController {
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

  /** Whether `name` holds text (a caption of empty elements is no caption). */
  hasText(name: string): boolean {
    return this.assigned(name).some((child) => !!child.textContent!.trim());
  }

  hostConnected(): void {
    // slotchange bubbles to the shadow root from every slot.
    this.host.renderRoot?.addEventListener('slotchange', this.changed);
  }

  hostDisconnected(): void {
    this.host.renderRoot?.removeEventListener('slotchange', this.changed);
  }

  private changed = (): void => this.host.requestUpdate();
}
