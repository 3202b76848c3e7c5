import { LitElement, html, isServer, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { focusRing, tokens } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { oneOf } from '../internal/choice.js';
import { text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { arrowStep, galleryItems, nearestSlide, position, type GalleryItem } from './items.js';
import { drawnFigure } from './drawn-figure.js';
import { styles } from './gallery.styles.js';

export type { GalleryItem };
/** How the pictures are laid out. */
export type GalleryLayout = 'grid' | 'carousel';

const LAYOUTS: readonly GalleryLayout[] = ['grid', 'carousel'];
const chevron = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z" />
</svg>`;

/**
 * Pictures that belong together: a grid of `<news-figure>`s (the default), or a carousel that
 * shows one at a time with previous and next buttons and where the reader is ("3 of 12", in the
 * language's digits). Each picture keeps its own caption and credit; the gallery has one caption
 * of its own. Every cell has the same shape (`aspect-ratio`, 4/3 by default), so that portrait and
 * landscape pictures line up, each cropped around its figure's `focal-point`, and every box is
 * reserved before any image loads. Every figure is made `zoomable`: it opens the page's viewer.
 *
 * Write the figures inside the element (they stay in the light DOM: read without JavaScript, by
 * crawlers, and drawn by a server), or give `items` (the figures are then added inside the element,
 * after any written ones). The carousel is a list with buttons, not a widget: Tab moves through
 * the buttons and the pictures and on out, the arrow keys on a button step (mirrored right to
 * left), Home and End go to the first and the last, and it scrolls without animation when the
 * reader asks for reduced motion.
 *
 * @summary A grid or carousel of captioned pictures, with a caption of its own.
 * @tagname news-gallery
 * @slot - The pictures: `<news-figure>` elements (each made zoomable, and a list item).
 * @slot caption - Rich caption for the whole gallery, used instead of the `caption` attribute.
 * @csspart items - The list of pictures.
 * @csspart controls - The carousel's buttons and position.
 * @csspart button - The previous and next buttons.
 * @csspart position - "3 of 12".
 * @csspart caption - The gallery's caption.
 * @cssprop [--news-gallery-gap=var(--news-space-md, 1rem)] - Space between pictures.
 * @cssprop [--news-gallery-min-size=12rem] - The narrowest a grid column may be: it sets how many fit.
 * @cssprop [--news-gallery-max-height=70svh] - The tallest a carousel's picture may be: a wide carousel's
 *   slides are cut to it around each focal point, so that the buttons, the picture and its caption fit
 *   on a laptop's screen together.
 * @cssprop [--news-gallery-color=var(--news-color-text, #1a1a1a)] - Caption, position and buttons.
 * @cssprop [--news-gallery-button-background=var(--news-color-surface, #f4f3ef)] - Behind the buttons.
 * @cssprop [--news-gallery-rule-color=var(--news-color-border, #d6d3cc)] - The rule above the gallery's caption.
 */
export class NewsGallery extends LitElement {
  static override styles = [tokens, focusRing, styles];
  static override properties = {
    // Reflected for the styles; anything but a string (CMS data gone wrong) removes the attribute.
    layout: { reflect: true, converter: { toAttribute: (v: unknown) => (typeof v == 'string' ? v : null) } },
    items: { attribute: false },
    caption: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    locale: {},
    index: { state: true, attribute: false },
  };

  /** `grid` (default) or `carousel`. */
  layout: GalleryLayout = 'grid';
  /**
   * Pictures as data, `{ src, alt, caption, credit, width, height, srcset, focalPoint }` each,
   * drawn as `<news-figure>`s inside the element after the written ones. Entries without a `src`
   * are left out with one warning.
   */
  items: GalleryItem[] = [];
  /** The gallery's own caption (plain text); the `caption` slot takes rich text. */
  caption = '';
  /** The shape of every cell (`4/3`, `1`, `16/9`), given to each figure that has none of its own; `auto`: each keeps its own. */
  aspectRatio = '4/3';
  /** Language of the buttons and the position (BCP 47); defaults to the nearest `lang`. */
  locale = '';

  /** The carousel's slide in view. */
  private index = 0;
  private drawn: Element[] = [];
  /** Where a button's scroll is going: scroll events on the way do not move the position. */
  private target?: number | undefined;
  /** The figures given the gallery's `aspect-ratio`, with the value given: to change or take back with it. */
  private shaped = new WeakMap<Element, string>();
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private slots = new SlotController(this);

  private get slides(): HTMLElement[] {
    return this.slots.assigned('') as HTMLElement[];
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector('.items');
  }

  /** The pictures' direction: the gallery's `locale` may run the other way from the page. */
  private get rtl(): boolean {
    const track = this.track;
    return !!track && getComputedStyle(track).direction === 'rtl';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    oneOf(this, 'layout', this.layout, LAYOUTS, 'grid');
    if (changed.has('items') && !isServer) this.drawItems();
    // A carousel drawn again (from a grid, at a breakpoint) starts at its first picture.
    if (changed.has('layout') && this.hasUpdated) this.index = 0;
    this.index = Math.min(this.index, Math.max(0, this.slides.length - 1));
  }

  override connectedCallback() {
    super.connectedCallback();
    // Off the page the track lost its scroll: the reader's picture is brought back into view.
    if (this.hasUpdated && this.layout === 'carousel') {
      const kept = this.index;
      void this.updateComplete.then(() => {
        this.index = kept;
        this.scrollToSlide(kept, false);
      });
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('layout') && changed.get('layout') !== undefined) this.track?.scrollTo({ left: 0 });
    // The position is a live region once it has its first count, so that a reader hears where each
    // step goes but not "1 of 12" as the gallery wakes (a server cannot count its pictures).
    const position = this.renderRoot.querySelector('.position');
    if (position?.textContent) position.setAttribute('role', 'status');
    // Each picture is a list item, cropped to the gallery's shape and zoomable. Written only when
    // they differ: an article watching its story would read every step of the carousel as an edit.
    const ratio = text(this.aspectRatio);
    for (const slide of this.slides) {
      give(slide, 'role', 'listitem');
      if (slide.localName !== 'news-figure') continue;
      give(slide, 'zoomable', '');
      // The figure's own: one it came with, or one the page gave it since (then no longer ours).
      const given = slide.getAttribute('aspect-ratio');
      if (given !== null && given !== this.shaped.get(slide)) {
        this.shaped.delete(slide);
        continue;
      }
      if (ratio && ratio !== 'auto') {
        give(slide, 'aspect-ratio', ratio);
        this.shaped.set(slide, ratio);
      } else if (this.shaped.delete(slide)) slide.removeAttribute('aspect-ratio');
    }
  }

  /** Replaces the figures drawn from the previous `items` with this one's. */
  private drawItems() {
    const skip = (problem: string) =>
      warnOnce(this, `items ${problem}`, `<news-gallery> items ${problem}: left out.`);
    // The reader on a picture keeps their place: focus goes to the one drawn in its place.
    const focused = this.drawn.findIndex((figure) => figure.matches(':focus-within'));
    for (const old of this.drawn) old.remove();
    this.drawn = galleryItems(this.items, skip).map(drawnFigure);
    this.append(...this.drawn);
    if (focused >= 0) void this.updateComplete.then(() => this.refocus(focused));
  }

  /**
   * Gives the focus lost with the picture at `place` among the drawn to the one now in its place;
   * with none drawn, to the last picture left, else to the list itself (announced empty), never to
   * the page's start.
   */
  private async refocus(place: number) {
    const heir = (this.drawn[Math.min(place, this.drawn.length - 1)] ?? this.slides.at(-1)) as
      ReactiveElement | undefined;
    await heir?.updateComplete;
    const target = heir?.localName === 'news-figure' ? heir.shadowRoot?.querySelector('button.zoom') : heir;
    if (target instanceof HTMLElement && target.tabIndex >= 0) target.focus();
    else this.track?.focus();
  }

  /** Shows slide `to` (clamped), scrolled to the track's inline start. */
  private show(to: number) {
    const next = Math.max(0, Math.min(to, this.slides.length - 1));
    if (!this.slides[next] || next === this.index) return;
    this.index = next;
    this.scrollToSlide(next, !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  /** Scrolls slide `index` to the track's inline start; scroll events on the way do not move the position. */
  private scrollToSlide(index: number, smooth: boolean) {
    const slide = this.slides[index]?.getBoundingClientRect();
    const track = this.track;
    this.target = undefined;
    if (!track || !slide) return;
    const rtl = this.rtl;
    const box = track.getBoundingClientRect();
    const max = track.scrollWidth - track.clientWidth;
    // Right to left, scrollLeft runs from 0 down to -max.
    const [low, high] = rtl ? [-max, 0] : [0, max];
    const delta = rtl ? slide.right - box.right : slide.left - box.left;
    const target = Math.max(low, Math.min(high, track.scrollLeft + delta));
    if (Math.abs(target - track.scrollLeft) < 1) return;
    this.target = target;
    track.scrollTo({ left: target, behavior: smooth ? 'smooth' : 'auto' });
  }

  private onScroll = () => {
    const track = this.track!;
    if (this.target !== undefined && Math.abs(track.scrollLeft - this.target) > 2) return;
    this.target = undefined;
    const rtl = this.rtl;
    const box = track.getBoundingClientRect();
    const offsets = this.slides.map((slide) => {
      const rect = slide.getBoundingClientRect();
      return rtl ? rect.right - box.right : rect.left - box.left;
    });
    const end = Math.abs(track.scrollLeft) >= track.scrollWidth - track.clientWidth - 2;
    this.index = nearestSlide(offsets, end && track.scrollWidth > track.clientWidth);
  };

  /** The reader took over a button's scroll (a swipe, the wheel), or it ended short of its target. */
  private letGo = {
    handleEvent: () => (this.target = undefined),
    passive: true,
  };

  private onScrollEnd = () => {
    this.target = undefined;
    this.onScroll();
  };

  private onKey = (event: KeyboardEvent) => {
    // With a modifier, the key is the browser's or the system's (Alt+ArrowLeft: Back).
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.rtl;
    const last = this.slides.length - 1;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? last : this.index + arrowStep(event.key, rtl);
    if (to === this.index && !arrowStep(event.key, rtl)) return;
    event.preventDefault();
    this.show(to);
  };

  override render() {
    const { own, dir } = this.language;
    const carousel = this.layout === 'carousel';
    const caption = text(this.caption);
    const server = isServer || this.hydration.hydrating;
    const hasCaption = server || this.slots.hasText('caption') || !!caption;
    const total = server ? 0 : this.slides.length;
    const button = (key: 'galleryPrevious' | 'galleryNext', step: number, disabled: boolean) =>
      html`<button
        type="button"
        part="button"
        class=${key}
        aria-label=${this.language.term(key)}
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => this.show(this.index + step)}
      >
        ${chevron}
      </button>`;
    return html`<figure class="gallery" lang=${own || nothing} dir=${own ? dir : nothing}>
      ${
        carousel
          ? html`<div class="controls" part="controls" @keydown=${this.onKey}>
              <span class="position" part="position"
                >${total ? position(this.language.term('galleryPosition'), this.index + 1, total, this.language.lang) : ''}</span
              >
              ${button('galleryPrevious', -1, this.index <= 0)}
              ${button('galleryNext', 1, this.index >= total - 1)}
            </div>`
          : nothing
      }
      <div
        class="items ${server ? 'served' : ''}"
        part="items"
        role="list"
        tabindex="-1"
        @scroll=${carousel ? this.onScroll : nothing}
        @scrollend=${carousel ? this.onScrollEnd : nothing}
        @pointerdown=${carousel ? this.letGo : nothing}
        @wheel=${carousel ? this.letGo : nothing}
        @touchstart=${carousel ? this.letGo : nothing}
      >
        <slot></slot>
      </div>
      ${
        hasCaption
          ? html`<figcaption part="caption" class=${server && !caption ? 'unseen' : ''}>
              <slot name="caption">${caption}</slot>
            </figcaption>`
          : html`<div hidden><slot name="caption"></slot></div>`
      }
    </figure>`;
  }
}

/** Sets `name` to `value` unless it already is: setting the same value is still a mutation. */
function give(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
