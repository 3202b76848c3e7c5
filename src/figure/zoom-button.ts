import { html, nothing } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import { OnDemand } from '../internal/on-demand.js';
import { safeUrl } from '../internal/safe-url.js';
import { filterSrcset } from '../text/srcset.js';
import type { NewsFigure } from './figure.js';
import { ownImage } from './image.js';
import type { ZoomController } from './zoom.js';

// The zoom's first-load half: the button, the loader of the lightbox (zoom.ts, a chunk of its own),
// and what both show of a figure's picture (the largest there is), with or without that chunk.

/** Four corners pointing out: "see it bigger". */
const icon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z" />
</svg>`;

let code: OnDemand<typeof import('./zoom.js')> | undefined;

/**
 * After a failure, the code is asked for again as the reader comes to the button (a pointer, a
 * touch, Tab), so that back online the click opens the dialog rather than a new tab.
 */
const again = () => {
  if (code?.failed) void code.retry();
};

/**
 * A real button laid over the image, so the image keeps its own alt and role, and Enter, Space and
 * a click all open the dialog.
 */
export const zoomButton = (label: string, lang: string | undefined, open: () => void) =>
  html`<button
    class="zoom"
    type="button"
    aria-haspopup="dialog"
    @click=${open}
    @pointerenter=${again}
    @focus=${again}
  >
    <span class="visually-hidden" lang=${lang || nothing}>${label}</span>${icon}
  </button>`;

/**
 * The dialog's code, one for the page. Made at the first need, so never on a server: the chunk
 * reads the page's address as it lands.
 */
export const zoomCode = () => (code ??= new OnDemand('lightbox', () => import('./zoom.js')));

/**
 * The largest picture `figure` has (the widest `srcset` candidate, else its one image), as an image
 * URL that passes `safeUrl`, and that `srcset`, filtered.
 */
export function largest(figure: NewsFigure) {
  const own = ownImage(figure);
  // A <picture>'s sources are chosen for the figure's size: its <img> shows what the browser chose.
  const candidates = filterSrcset(
    own ? own.parentElement!.localName !== 'picture' && own.srcset : figure.srcset,
  );
  return {
    src: safeUrl(candidates.largest || (own ? own.currentSrc || own.src : figure.src), 'image'),
    srcset: candidates.value,
  };
}

/** What a zoom without its dialog's code shows: the largest picture itself, in a new tab. */
function picture(host: NewsFigure) {
  const { src } = largest(host);
  if (src) open(src, '_blank', 'noopener');
}

/**
 * The full-size view before and after its code lands: `load()` fetches it and makes the
 * `ZoomController`, then re-renders the host with the dialog. Opening it before then opens it as
 * it lands, never lost. A code that failed (offline) is asked for again at each click and as the
 * reader comes to the button, once, never by a render.
 */
export class ZoomOnDemand {
  /** Settles once the figure's latest attempt at the dialog's code has brought it or failed; undefined until `load()`. */
  ready?: Promise<void>;
  private zoom?: ZoomController;

  // A failure warns once for the page (on-demand.ts), not once per figure.
  constructor(private readonly host: NewsFigure) {}

  load(): void {
    this.ready ??= this.make(zoomCode().load());
  }

  /**
   * Opens the viewer on the host's image: at once if its code is here, else as it lands. Without
   * it, the picture opens in a new tab, which a browser allows only while the click's activation
   * lasts (a few seconds, less in Safari): within the click once the code is known to have failed
   * (it is asked for again, for the next click), and after an attempt still on its way at the click
   * only if that ends in time.
   */
  open(): void {
    const failed = !this.zoom && zoomCode().failed;
    if (failed) picture(this.host);
    if (!this.zoom) this.ready = this.make(zoomCode().retry());
    if (!failed) void this.ready!.then(() => (this.zoom ? this.zoom.open() : picture(this.host)));
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
