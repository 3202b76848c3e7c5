import { html, nothing } from 'lit';

/** What the open dialog shows. */
export interface Zoom {
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
export const zoomDialog = (zoom: Zoom | undefined, label: string, close: string, closed: () => void) =>
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
