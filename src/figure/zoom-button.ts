import { html, nothing, type ReactiveElement } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import type { ZoomController } from './zoom.js';

// The zoom's first-load half: the button, and the loader of the lightbox (zoom.ts, a chunk of its own).

/** Four corners pointing out: "see it bigger". */
const icon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z" />
</svg>`;

/**
 * A real button laid over the image, so the image keeps its own alt and role, and Enter, Space and
 * a click all open the dialog.
 */
export const zoomButton = (label: string, lang: string | undefined, open: () => void) =>
  html`<button class="zoom" type="button" aria-haspopup="dialog" @click=${open}>
    <span class="visually-hidden" lang=${lang || nothing}>${label}</span>${icon}
  </button>`;

/** The dialog's code, fetched once per page. */
let code: Promise<typeof import('./zoom.js')> | undefined;

/**
 * The full-size view before and after its code lands: `load()` fetches it and makes the
 * `ZoomController`, then re-renders the host with the dialog. Opening it before then opens it as
 * it lands, never lost.
 */
export class ZoomOnDemand {
  /** Settles once the dialog's code has landed (or failed to); undefined until `load()`. */
  ready?: Promise<void>;
  private zoom?: ZoomController;

  constructor(
    private readonly host: ReactiveElement,
    private readonly failed: () => void,
  ) {}

  load(): void {
    this.ready ??= (code ??= import('./zoom.js')).then(({ ZoomController }) => {
      this.zoom = new ZoomController(this.host);
      this.host.requestUpdate();
    }, this.failed);
  }

  /** Opens the viewer on the host's image, at once if its code is here. */
  open(): void {
    this.load();
    void this.ready!.then(() => this.zoom?.open());
  }

  /** The dialog once its code is here, else nothing; it speaks the host's `language`. */
  dialog(label: string, language: LocaleController) {
    return this.zoom ? this.zoom.dialog(label, language) : nothing;
  }
}
