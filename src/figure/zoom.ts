import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';

/** What the open dialog shows. */
interface Zoom {
  src: string;
  alt: string;
}

/** Four corners pointing out: "see it bigger". */
const icon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z" />
</svg>`;

/**
 * A real button laid over the image, so the image keeps its own alt and role, and Enter, Space and
 * a click all open the dialog.
 */
export const zoomButton = (label: string, open: () => void) =>
  html`<button class="zoom" type="button" aria-haspopup="dialog" @click=${open}>
    <span class="visually-hidden">${label}</span>${icon}
  </button>`;

/**
 * The full-size view: a native modal dialog (the page behind is inert, Escape closes it). Any click
 * closes it too, the close button included; the image is only requested once the dialog opens.
 */
const zoomDialog = (zoom: Zoom | undefined, label: string, close: TemplateResult, closed: () => void) =>
  // Keyboard users close with Escape (native) or the close button; the click is a pointer shortcut.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  html`<dialog
    aria-label=${zoom?.alt || label}
    @click=${(event: Event) => (event.currentTarget as HTMLDialogElement).close()}
    @close=${closed}
  >
    <button class="close" type="button">${close}</button>
    ${zoom ? html`<img src=${zoom.src} alt=${zoom.alt} />` : nothing}
  </dialog>`;

/**
 * The figure's full-size view: which image it shows, opening it (focus on the close button) and
 * closing it (focus back on the button that opened it).
 */
export class ZoomController {
  private shown?: Zoom;

  constructor(private readonly host: ReactiveElement) {}

  /** Opens the dialog on `src` (already filtered as an image URL). */
  async open(src: string, alt: string): Promise<void> {
    this.shown = { src, alt };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector('dialog')!;
    dialog.showModal();
    // Focus the close button even where showModal leaves focus on the dialog itself.
    dialog.querySelector('button')!.focus();
  }

  /** The dialog, empty until opened. */
  dialog(label: string, close: TemplateResult) {
    return zoomDialog(this.shown, label, close, this.closed);
  }

  private closed = () => {
    this.shown = undefined;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector<HTMLElement>('.zoom')?.focus();
  };
}
