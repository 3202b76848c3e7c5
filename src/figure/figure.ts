import { LitElement, isServer, type PropertyValues } from 'lit';
import { LocaleController } from '../internal/locale-controller.js';
import { pixels, quote, text } from '../internal/values.js';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { warnOnce } from '../internal/warn.js';
import { focalPoint, oneOf, writtenPoint } from '../internal/choice.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { styles } from './figure.styles.js';
import { figureView } from './figure-view.js';
import { FigureImage } from './image.js';
import { ZoomOnDemand } from './zoom-button.js';
import { holdUpdates } from '../internal/hold.js';
import { mediaCode, needPlayer } from './media-link.js';
import { frameShape } from './shape.js';
import type { FigureMedia, FigureTrack, MediaKind } from './media.js';

/** How the figure sits in the column. */
export type FigureLayout = 'inline' | 'wide' | 'full-bleed' | 'thumbnail';

const LAYOUTS: readonly FigureLayout[] = ['inline', 'wide', 'full-bleed', 'thumbnail'];
/** The user's own player: a slotted `<video>` or `<audio>`. */
const OWN_MEDIA = ':scope>:is(video,audio):not([slot])';
const TYPES = ['image', 'video', 'audio'] as const;

export { mediaCode };

/** Reflected as an attribute when a string; anything else (CMS data gone wrong) removes it. */
const reflectable = (value: unknown) => (typeof value == 'string' ? value : null);

/**
 * An image with its caption and credit, as every news story leads with: a real `<figure>` and
 * `<figcaption>`, the image's box reserved before it loads (no layout shift), a neutral placeholder
 * when the image is missing or broken, and an optional lightbox in a native `<dialog>`.
 *
 * @summary Images with captions and credits that never shift the page.
 * @tagname news-figure
 * @slot - Your own `<img>` or `<picture>` (art direction, AVIF/WebP sources), used instead of `src`;
 *   or your own `<video>` or `<audio>` (with its `<source>` and `<track>` children). Each may be inside
 *   a link; other elements there (a `<noscript>` fallback) do not replace `src`.
 *   The `<img>` inside a `<picture>` is sized to fill the figure unless it has an inline style.
 * @slot caption - Rich caption text (links, emphasis), used instead of the `caption` attribute.
 * @slot credit - Rich credit text, used instead of the `credit` attribute.
 * @slot close-label - Replaces the lightbox's "Close" button text.
 * @csspart image - The image rendered from `src`.
 * @csspart media - The `<video>` or `<audio>` player rendered from `src` (`type="video"` or `"audio"`).
 * @csspart duration - A video's or audio clip's length at the caption's start.
 * @csspart caption - The `<figcaption>`: caption text followed by the credit.
 * @csspart credit - The credit.
 * @cssprop [--news-figure-caption-color=var(--news-color-text, #1a1a1a)] - Caption text colour.
 * @cssprop [--news-figure-caption-font=var(--news-font-ui, system-ui, sans-serif)] - Caption font family.
 * @cssprop [--news-figure-caption-size=var(--news-font-size-sm, 0.875rem)] - Caption font size.
 * @cssprop [--news-figure-caption-line-height=var(--news-line-height-ui, 1.4)] - Caption line height.
 * @cssprop [--news-figure-credit-color=var(--news-color-text-muted, #595959)] - Credit colour.
 * @cssprop [--news-figure-credit-size=var(--news-font-size-xs, 0.75rem)] - Credit font size.
 * @cssprop [--news-figure-placeholder-color=var(--news-color-placeholder, #e7e5df)] - The reserved box
 *   while the image loads, and in place of a missing or broken image.
 * @cssprop [--news-figure-gap=var(--news-space-sm, 0.5rem)] - Space between image and caption.
 * @cssprop [--news-figure-radius=0] - Corner radius of the image.
 * @cssprop [--news-figure-object-position=50% 50%] - Which part of the image stays in view when
 *   `aspect-ratio` crops it, for every figure in a section; a figure's `focal-point` wins.
 * @cssprop [--news-figure-wide-size=60rem] - Width of `layout="wide"` (it breaks out of a centred column).
 * @cssprop [--news-figure-bleed-size=100vw] - Width of `layout="full-bleed"`.
 * @cssprop [--news-figure-thumbnail-size=7.5rem] - Image width of `layout="thumbnail"`.
 * @cssprop [--news-figure-audio-size=3.5rem] - Height of an audio player drawn from `src`.
 * @cssprop [--news-figure-max-height=none] - The tallest the picture may be (`70svh`): a taller one is
 *   cut to it around its `focal-point`. A carousel sets it (`--news-gallery-max-height`).
 * @fires {CustomEvent<{ src: string }>} news-figure-load - The image loaded (`detail.src`: the URL).
 * @fires {CustomEvent<{ src: string }>} news-figure-error - The image is missing, unsafe or failed to load (`detail.src`: the URL, or
 *   `''`); a placeholder takes its place.
 */
export class NewsFigure extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    src: {},
    srcset: {},
    sizes: {},
    alt: {},
    width: { type: Number },
    height: { type: Number },
    loading: {},
    fetchPriority: { attribute: 'fetchpriority' },
    caption: {},
    credit: {},
    creditLabel: { attribute: 'credit-label' },
    zoomLabel: { attribute: 'zoom-label' },
    layout: { reflect: true, converter: { toAttribute: reflectable } },
    aspectRatio: { attribute: 'aspect-ratio' },
    focalPoint: { attribute: 'focal-point' },
    type: {},
    poster: {},
    duration: {},
    tracks: { type: Array },
    crossOrigin: { attribute: 'crossorigin' },
    zoomable: { type: Boolean, reflect: true },
    locale: {},
    loaded: { type: Boolean, reflect: true },
    error: { type: Boolean, reflect: true },
  };

  /** Image URL: http(s), protocol-relative, relative or a raster `data:image/`; anything else is ignored. */
  src = '';
  /** Responsive candidates (`img.srcset`); each URL is filtered like `src`. */
  srcset = '';
  /** `img.sizes` for `srcset` (lazy images default to `auto, 100vw`). */
  sizes = '';
  /** Text alternative. Missing is a content error (one warning); `alt=""` marks a decorative image. */
  alt?: string | null;
  /** The image's width in pixels: with `height` it reserves the image's box before it loads. */
  width?: number;
  /** The image's height in pixels. */
  height?: number;
  /** `lazy` (default) or `eager` (a lead image in the first screen). */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `high` for the lead image, `low` or `auto`. */
  fetchPriority?: 'high' | 'low' | 'auto';
  /** Caption text (plain); the `caption` slot takes rich text. */
  caption = '';
  /** Credit (photographer, agency); the `credit` slot takes rich text. */
  credit = '';
  /** The credit's label for screen readers; defaults to "Photograph:" in the figure's language. */
  creditLabel = '';
  /** The zoom button's name for screen readers; defaults to "View larger image" in the figure's language. */
  zoomLabel = '';
  /** `inline` (default), `wide`, `full-bleed`, or `thumbnail` (a small image beside the caption). */
  layout: FigureLayout = 'inline';
  /** Crops the image to this ratio (`16/9`, `4:3`, `1.5`); `focal-point` says what stays in view. */
  aspectRatio = '';
  /**
   * The point of the image that stays in view when it is cropped: `70% 40%` (from the left, from
   * the top), keywords (`right top`), or WordPress's focal point (`0.7 0.4`, `{"x":0.7,"y":0.4}`).
   * Without it, an own `<img>`'s `data-object-position` (WordPress's cover block) is used. Anything
   * else keeps the centre, with one warning.
   */
  focalPoint = '';
  /**
   * `video` or `audio`: `src` is then a media file, played with the browser's own controls
   * (`preload="metadata"`), and the credit reads "Video:" or "Audio:". A slotted `<video>` or
   * `<audio>` says so by itself (set `type` too when the server renders the figure). Such a figure
   * is never zoomable.
   */
  type: 'image' | MediaKind | '' = '';
  /** A video's poster image; with `width` and `height` (or `aspect-ratio`) its box is reserved before anything loads. */
  poster = '';
  /**
   * How long the video or audio runs, shown at the caption's start ("3:20", and "3 minutes, 20
   * seconds" for screen readers): seconds (`200`), ISO 8601 (`PT3M20S`) or a clock (`3:20`).
   * Without it, the media's own once its metadata has loaded.
   */
  duration: string | number = '';
  /**
   * Subtitles and captions for the player drawn from `src`: `{ src, srclang, label, kind, default }`
   * each (the attribute takes JSON). A slotted `<video>` keeps its own `<track>` children.
   */
  tracks: FigureTrack[] = [];
  /**
   * The player's `crossorigin` (`anonymous` or `use-credentials`), for subtitles from another
   * origin: the browser loads a `<track>` from elsewhere only in CORS mode, so the media's host must
   * then send CORS headers for the video (or audio) as well as for its tracks. Without it, a track
   * from another origin is not shown in most browsers, and the figure warns once.
   */
  crossOrigin = '';
  /**
   * Activating the image opens it in a lightbox (a modal dialog, loaded on demand: `updateComplete`
   * waits) with its caption and credit, stepping through the zoomable figures of its `<news-gallery>`,
   * else of the page; `#image-<n>` in the address opens the page's nth zoomable figure.
   */
  zoomable = false;
  /** Language of the built-in labels (BCP 47); defaults to the nearest `lang`. */
  locale = '';
  /** Read-only state: the image has loaded.
   * @readonly */
  loaded = false;
  /** Read-only state: the image is missing, unsafe or failed to load; a placeholder is shown.
   * @readonly */
  error = false;

  private zoom = new ZoomOnDemand(this);
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private ratio?: string;
  /** `ratio` is the `aspect-ratio` attribute's: a crop the figure was given, not its own shape. */
  private cropped = false;
  private objectPosition?: string;
  private slots = new SlotController(this);
  private media?: FigureMedia;
  private kind?: MediaKind | undefined;

  constructor() {
    super();
    // Hydration must redraw the server's player, so it waits for the player's code; otherwise the box
    // is drawn at once and the player when its code lands.
    holdUpdates(this, () => (this.hydration.hydrating && this.mediaKind() ? mediaCode.pending : undefined));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.image.fit();
  }

  private warn(key: string, message: string) {
    warnOnce(this, key, `<news-figure> ${message}`);
  }

  /** `video` or `audio` when the figure shows one: its `type`, else its own slotted player. */
  private mediaKind(): MediaKind | undefined {
    const type = oneOf(this, 'type', text(this.type) || 'image', TYPES, 'image');
    const own = isServer ? undefined : this.querySelector(OWN_MEDIA)?.localName;
    return type !== 'image' ? type : (own as MediaKind | undefined);
  }

  // An arrow, so that the picture and the player are handed it as it is, with no wrapper.
  private report = (ok: boolean, img?: HTMLImageElement | HTMLMediaElement) => {
    const src = img ? img.currentSrc || img.getAttribute('src') || '' : '';
    this.loaded = ok;
    this.error = !ok;
    if (!ok)
      this.warn(
        'image',
        src
          ? `could not load ${quote(src)}; showing a placeholder.`
          : this.kind
            ? `has no ${this.kind} (set src, or put a <${this.kind}> inside).`
            : 'has no image (set src, or put an <img> inside).',
      );
    const init = { bubbles: true, composed: true, detail: { src } };
    this.dispatchEvent(
      ok ? new CustomEvent('news-figure-load', init) : new CustomEvent('news-figure-error', init),
    );
  };

  private image = new FigureImage(this, this.report);

  protected override willUpdate(changed: PropertyValues<this>) {
    [this.ratio, this.cropped] = frameShape(this);
    const written = writtenPoint(this.focalPoint) || this.image.own()?.dataset.objectPosition || '';
    this.objectPosition = focalPoint(this, written);
    // Unknown layouts are drawn as inline by the styles; this only says so.
    oneOf(this, 'layout', this.layout, LAYOUTS, 'inline');
    this.kind = this.mediaKind();
    if (this.kind) {
      needPlayer(this, changed, this.hydration.hydrating);
      const code = mediaCode.module;
      this.media ??= code && new code.FigureMedia(this, this.report);
      // The box of the user's own <video> by its width and height, before the player's code lands.
      const own = isServer ? null : this.querySelector(':scope>video:not([slot])');
      const [ow, oh] = [pixels(own?.getAttribute('width')), pixels(own?.getAttribute('height'))];
      this.ratio ??= ow && oh ? `${ow} / ${oh}` : this.kind === 'video' ? '16 / 9' : undefined;
      void mediaCode.pending?.then(() => this.requestUpdate());
    }
    this.image.check(changed, this.kind);
    // Over the server's DOM, the picture or player may have loaded or failed before this code ran,
    // and fires no event again. Read once this render, which must match the server's, is done (no
    // event can come between).
    if (this.hydration.hydrating)
      queueMicrotask(() => {
        this.image.settle(this.renderRoot.querySelector('[part=image]'));
        this.media?.settle(this.renderRoot.querySelector('[part=media]'));
      });
  }

  protected override updated() {
    // Through the CSSOM, which a strict style-src allows, not an inline style attribute, which it blocks.
    // On the server the <img>'s width and height reserve the box.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame')!;
    frame.style.setProperty(this.cropped ? '--_figure-aspect' : '--_figure-ratio', this.ratio ?? null);
    frame.style.removeProperty(this.cropped ? '--_figure-ratio' : '--_figure-aspect');
    frame.style.setProperty('--_figure-focus', this.objectPosition ?? null);
    // Fetched as the button first shows, so it is here by the time a reader clicks.
    if (this.zoomable && !this.error && !this.kind) this.zoom.load();
  }

  /**
   * Also waits, on a zoomable figure, for the dialog's code to land and render; on a video or audio
   * one, for the player's.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.ready;
    if (this.kind) await mediaCode.pending;
    return (await super.getUpdateComplete()) && done;
  }

  override render() {
    const server = isServer || this.hydration.hydrating;
    return figureView(this, this.language, this.slots, server, this.kind, this.image, this.media, this.zoom);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-figure-load': CustomEvent<{ src: string }>;
    'news-figure-error': CustomEvent<{ src: string }>;
  }
}
