import { isServer, type PropertyValues } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { filterSrcset } from '../text/srcset.js';
import type { NewsFigure } from './figure.js';
import type { MediaKind } from './media.js';

/** The user's own image: a slotted `<img>`, or the `<img>` of a slotted `<picture>` or link. */
export const ownImage = (figure: Element) =>
  figure.querySelector<HTMLImageElement>(':scope>img:not([slot]),:scope>:is(picture,a):not([slot])>img');
/**
 * What the figure shows instead of `src`: the user's own image or player, or a link round one. Other
 * children of the default slot (a stray `<span>`, a `<noscript>` fallback) do not hide `src`.
 */
const WRITTEN = ':scope>:not([slot]):is(img,picture,video,audio,:has(img,video,audio))';

type Report = (ok: boolean, img?: HTMLImageElement) => void;

/**
 * A figure's picture: the URLs it may load from `src` and `srcset`, and the load or error of the
 * `<img>` drawn from them (figure-view.ts) or of the user's own, handed to the figure's `report`.
 */
export class FigureImage {
  /** `src`, when it is an image URL a page may load. */
  url?: string;
  /** `srcset`, without the candidates `url` would refuse. */
  srcset = filterSrcset('');
  /** Counts the changes of `src` and `srcset`: a picture decoded after one is no longer the one asked for. */
  private asked = 0;

  constructor(
    private readonly host: NewsFigure,
    private readonly report: Report,
  ) {
    // load and error do not bubble: catch the user's own image's while capturing.
    if (!isServer) {
      host.addEventListener('load', this.onLightImage, true);
      host.addEventListener('error', this.onLightImage, true);
    }
  }

  /** The user's own `<img>` (none on the server, which sees no light DOM). */
  own() {
    return isServer ? null : ownImage(this.host);
  }

  /** Whether the figure shows the user's own image or player (never on the server, which sees no light DOM). */
  written() {
    return !isServer && !!this.host.querySelector(WRITTEN);
  }

  /** Fits the user's own image to the figure, and reports one that loaded before the upgrade. */
  fit = () => {
    const img = this.own();
    // ::slotted() cannot reach the <img> of a <picture> or link: it fills the figure unless styled inline.
    if (img && img.parentElement !== this.host && !img.style.cssText)
      img.style.cssText =
        'display:block;inline-size:100%;block-size:100%;object-fit:cover;object-position:inherit';
    this.settle(img);
  };

  /** Reports `img` if it finished before this code could hear it: it fires no more events. */
  settle(img: HTMLImageElement | null) {
    if (img?.complete && !this.host.loaded && !this.host.error) this.report(img.naturalWidth > 0, img);
  }

  private onLightImage = (event: Event) => {
    const img = event.target as HTMLImageElement;
    const top = img.parentElement === this.host ? img : img.parentElement;
    if (img.localName === 'img' && top?.parentElement === this.host && !top.slot) this.onImage(event);
  };

  /** The load or error of an `<img>`, the figure's or the user's own. */
  onImage = async (event: Event) => {
    const img = event.target as HTMLImageElement;
    const ok = event.type === 'load';
    const asked = this.asked;
    // The placeholder goes when the picture can be painted, not a beat before.
    if (ok) await img.decode().catch(() => {});
    // A new picture was asked for meanwhile: it will report for itself.
    if (asked === this.asked) this.report(ok, img);
  };

  /**
   * Reads `src` and `srcset` (a new one starts unloaded), and says when there is no picture or it
   * has no alt.
   */
  check(changed: PropertyValues<NewsFigure>, kind: MediaKind | undefined) {
    const host = this.host;
    if (changed.has('src') || changed.has('srcset')) {
      clearWarning(host, 'image');
      host.loaded = host.error = false;
      this.asked++;
    }
    this.url = safeUrl(host.src, 'image');
    this.srcset = filterSrcset(host.srcset);
    if ((text(host.src) && !this.url) || this.srcset.dropped)
      warnOnce(
        host,
        'image',
        '<news-figure> ignored an image URL that is not http(s), relative or a raster data:image.',
      );
    if (isServer || this.written()) return;
    if (!this.url && !this.srcset.value) {
      if (!host.error) this.report(false);
    } else if (typeof host.alt != 'string' && !kind) {
      warnOnce(
        host,
        'alt',
        `<news-figure> image ${quote(host.src)} has no alt: describe it, or set alt="" if it is decorative.`,
      );
    }
  }
}
