import { css, html, nothing, type ReactiveElement } from 'lit';

// This module is a chunk of its own: a figure fetches it when it first renders zoomable, so the
// first load carries only the button (zoom-button.ts). Its styles come with it, adopted by the
// figure's shadow root when the controller is made.
//  .close shares the zoom button's look: white on a dark, rounded patch.
const styles = css`
  dialog {
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space-xl) var(--_space-md);
    border: 0;
    background: #000e;
  }
  dialog[open] {
    display: grid;
    place-items: center;
  }
  dialog img {
    max-inline-size: 100%;
    max-block-size: calc(100vh - 2 * var(--_space-xl));
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-sm);
    inset-inline-end: var(--_space-sm);
    padding: var(--_space-xs) var(--_space-md);
    border: 1px solid;
    border-radius: var(--_radius-md);
    background: #000a;
    color: #fff;
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    cursor: pointer;
  }
  dialog :focus-visible {
    outline-color: #fff;
  }
`;

/** What the open dialog shows. */
interface Zoom {
  src: string;
  alt: string;
}

/**
 * The full-size view: a native modal dialog (the page behind is inert, Escape closes it). Any click
 * closes it too, the close button included; the image is only requested once the dialog opens.
 */
const zoomDialog = (zoom: Zoom | undefined, label: string, close: string, closed: () => void) =>
  // Keyboard users close with Escape (native) or the close button; the click is a pointer shortcut.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  html`<dialog
    aria-label=${zoom?.alt || label}
    @click=${(event: Event) => (event.currentTarget as HTMLDialogElement).close()}
    @close=${closed}
  >
    <button class="close" type="button"><slot name="close-label">${close}</slot></button>
    ${zoom ? html`<img src=${zoom.src} alt=${zoom.alt} />` : nothing}
  </dialog>`;

/**
 * The figure's full-size view: which image it shows, opening it (focus on the close button) and
 * closing it (focus back on the button that opened it).
 */
export class ZoomController {
  private shown?: Zoom;
  private opening = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /**
   * Opens the dialog on `src` (already filtered as an image URL) in the host's next update, so the
   * host's `updateComplete` resolves with the dialog open.
   */
  open(src: string, alt: string): void {
    this.shown = { src, alt };
    this.opening = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.host.renderRoot.querySelector('dialog')!;
    dialog.showModal();
    // Focus the close button even where showModal leaves focus on the dialog itself.
    dialog.querySelector('button')!.focus();
  }

  /** The dialog, empty until opened; `close` is the close button's built-in text. */
  dialog(label: string, close: string) {
    return zoomDialog(this.shown, label, close, this.closed);
  }

  private closed = () => {
    this.shown = undefined;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector<HTMLElement>('.zoom')?.focus();
  };
}
