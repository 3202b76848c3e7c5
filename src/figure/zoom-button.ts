import { html, nothing, type ReactiveElement } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import { OnDemand } from '../internal/on-demand.js';
import { safeUrl } from '../internal/safe-url.js';
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

let code: OnDemand<typeof import('./zoom.js')> | undefined;

/**
 * The dialog's code, one for the page. Made at the first need, so never on a server: the chunk
 * reads the page's address as it lands.
 */
export const zoomCode = () => (code ??= new OnDemand('lightbox', () => import('./zoom.js')));

/** What a zoom without its dialog's code shows: the picture itself, in a new tab. */
function picture(host: ReactiveElement) {
  const img = host.renderRoot.querySelector<HTMLImageElement>('[part=image]') ?? host.querySelector('img');
  const src = safeUrl(img?.currentSrc, 'image');
  if (src) open(src, '_blank', 'noopener');
}

/**
 * The full-size view before and after its code lands: `load()` fetches it and makes the
 * `ZoomController`, then re-renders the host with the dialog. Opening it before then opens it as
 * it lands, never lost. A code that failed (offline) is asked for again at each click, once,
 * never by a render.
 */
export class ZoomOnDemand {
  /** Settles once the figure's latest attempt at the dialog's code has brought it or failed; undefined until `load()`. */
  ready?: Promise<void>;
  private zoom?: ZoomController;

  // A failure warns once for the page (on-demand.ts), not once per figure.
  constructor(private readonly host: ReactiveElement) {}

  load(): void {
    this.ready ??= this.make(zoomCode().load());
  }

  /**
   * Opens the viewer on the host's image: at once if its code is here, else as it lands, and if it
   * cannot, shows the picture in a new tab (which the click's activation still allows, a few
   * seconds in most browsers).
   */
  open(): void {
    if (!this.zoom) this.ready = this.make(zoomCode().retry());
    void this.ready!.then(() => (this.zoom ? this.zoom.open() : picture(this.host)));
  }

  private make(attempt: Promise<void>) {
    return attempt.then(() => {
      const module = zoomCode().module;
      if (!module || this.zoom) return;
      this.zoom = new module.ZoomController(this.host);
      this.host.requestUpdate();
    });
  }

  /** The dialog once its code is here, else nothing; it speaks the host's `language`. */
  dialog(label: string, language: LocaleController) {
    return this.zoom ? this.zoom.dialog(label, language) : nothing;
  }
}
