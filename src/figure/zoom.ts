import type { ReactiveElement } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import type { NewsFigure } from './figure.js';
import { describe, setOf, zoomables, type Shown } from './viewer-figures.js';
import { styles, viewer } from './viewer-view.js';

// This module is a chunk of its own: a figure fetches it when it first renders zoomable, so the
// first load carries only the button (zoom-button.ts). Its styles come with it, adopted by the
// figure's shadow root when the controller is made. The viewer is drawn in the shadow root of the
// figure that opened it, and shows the other figures of its set from their properties and light DOM
// (viewer-figures.ts).

/** Each zoomable figure's controller, for the `#image-<n>` link. */
const controllers = new WeakMap<Element, ZoomController>();
/** The one open viewer: opening another closes it. */
let active: ZoomController | undefined;

/** How far, in CSS pixels, a pointer must travel sideways to count as a swipe. */
const SWIPE = 40;
const IMAGE_HASH = /^#image-(\d+)$/;

/**
 * The figure's lightbox: opening it (focus on the close button, the page's address showing
 * `#image-<n>`), stepping through its set, and closing it (focus back on the zoom button that opened
 * it, the address and the page's scroll as they were).
 */
export class ZoomController {
  private set: NewsFigure[] = [];
  private index = 0;
  private shown?: Shown;
  private opening = false;
  /** Where a pointer went down, for a swipe; whether the last one was a swipe (its click is not a close). */
  private start?: [number, number];
  private swiped = false;
  /** The page's scroll and address before the viewer opened. */
  private scroll: [number, number] = [0, 0];
  private address = '';
  /** The address the viewer last wrote: still there on close, the viewer gives the page's back. */
  private written = '';
  private language?: LocaleController;
  /** The width the caption was last given (none: centred). */
  private placed: string | null = null;
  /**
   * The stage's size follows the window and the caption's lines (a web font that comes late wraps
   * them anew, which WebKit does not report to `document.fonts`): the caption is placed again, in
   * the same frame. Placing it may resize the stage in turn: the stage is watched again from the
   * next frame (a size changed by an observer's own callback is reported as a loop error).
   */
  private observer = new ResizeObserver(() => {
    const stage = this.stage;
    if (!stage || !this.fit()) return;
    this.observer.unobserve(stage);
    requestAnimationFrame(() => this.watch());
  });

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    controllers.set(host, this);
    const root = host.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /**
   * Opens the viewer on the host's image, or on `figure` of the host's set, in the host's next
   * update, so the host's `updateComplete` resolves with the dialog open.
   */
  open(figure = this.host as NewsFigure): void {
    if (active && active !== this) {
      // The page as it was before the first viewer opened is what closing this one restores.
      this.scroll = active.scroll;
      this.address = active.address;
      active.close();
    } else if (!active) {
      this.scroll = [scrollX, scrollY];
      this.address = IMAGE_HASH.test(location.hash) ? location.pathname + location.search : location.href;
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one open viewer, page-wide
    active = this;
    this.set = setOf(this.host as NewsFigure);
    this.index = Math.max(0, this.set.indexOf(figure));
    this.opening = true;
    this.show();
  }

  /** Whether `figure` is in the open viewer's set. */
  has(figure: NewsFigure): boolean {
    return this.set.includes(figure);
  }

  hostUpdated(): void {
    const [dialog, opening] = [this.element, this.opening];
    this.opening = false;
    if (opening && !dialog!.open) {
      dialog!.showModal();
      this.watch();
    }
    // Each picture shown has its caption in place before it is painted.
    if (dialog?.open) this.fit();
    // Focus the close button even where showModal leaves focus on the dialog itself.
    if (opening) dialog!.querySelector('button')!.focus();
  }

  private get stage() {
    return this.host.renderRoot.querySelector('dialog[open] .stage');
  }

  private watch() {
    const stage = this.stage;
    if (stage) this.observer.observe(stage);
  }

  hostDisconnected(): void {
    // Removed while open (a page that swaps its story): the viewer closes, the address comes back
    // unless the app has gone elsewhere meanwhile (a router's new address is its own).
    if (this.element?.open) {
      this.element.close();
      this.finish(location.href === this.written);
    }
    if (active === this) active = undefined;
  }

  /** The dialog, empty until opened; it speaks the host's `language`, `label` names it without alt. */
  dialog(label: string, language: LocaleController) {
    this.language = language;
    const view = this.shown && { shown: this.shown, index: this.index, total: this.set.length };
    return viewer(view, label, language, this);
  }

  private get element() {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Shows the set's figure at `index`, and puts its number on the page in the address. */
  private show() {
    const figure = this.set[this.index]!;
    this.shown = describe(figure);
    this.host.requestUpdate();
    const n = zoomables().indexOf(figure) + 1;
    // replaceState: no scroll to an anchor, no history entry for each image seen.
    if (n) replaceHash(`#image-${n}`);
    this.written = location.href;
  }

  /** Shows the next (1) or previous (-1) figure, round the set. */
  step = (by: number): void => {
    const total = this.set.length;
    if (total < 2) return;
    this.index = (this.index + by + total) % total;
    this.show();
  };

  /** Which way "next" is on screen: the reading direction's end. */
  private forward(right: boolean) {
    return right === (this.language?.dir !== 'rtl') ? 1 : -1;
  }

  keydown = (event: KeyboardEvent): void => {
    // With a modifier, an arrow is the browser's or the system's (Alt+ArrowLeft: Back).
    if (!/^Arrow(Left|Right)$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.step(this.forward(event.key === 'ArrowRight'));
  };

  pointerdown = (event: PointerEvent): void => {
    this.start = [event.clientX, event.clientY];
    this.swiped = false;
  };

  pointerup = (event: PointerEvent): void => {
    if (!this.start) return;
    const [x, y] = [event.clientX - this.start[0], event.clientY - this.start[1]];
    this.start = undefined;
    if (Math.abs(x) < SWIPE || Math.abs(x) < Math.abs(y)) return;
    this.swiped = true;
    // A swipe drags the picture away: to the left shows what is to its right.
    this.step(this.forward(x < 0));
  };

  close = (): void => this.element?.close();

  /**
   * Gives the styles the picture's width, which places the caption (viewer-view.ts): as each
   * picture shows, before it has loaded when its size is known (else none: the caption waits,
   * centred, rather than stand under the last picture's width), as it loads, and as the stage
   * changes. The caption's height moves the picture (a line more or less beneath it): measured
   * again until the two agree, a few times at most. Says whether the caption moved.
   */
  fit = (): boolean => {
    const [dialog, before] = [this.element, this.placed];
    for (let i = 0; dialog && i < 4; i++) {
      const width = this.width(dialog.querySelector('img'));
      if (width === this.placed) break;
      dialog.style.setProperty('--_figure-viewer-width', (this.placed = width));
    }
    return this.placed !== before;
  };

  /** How wide the picture is on screen, or will be once loaded if its size is known; else null. */
  private width(img: HTMLImageElement | null): string | null {
    const size = this.shown?.size;
    if (img?.naturalWidth) return `${img.getBoundingClientRect().width}px`;
    if (!img || !size) return null;
    // As the styles fit it: within the stage, its shape kept, never past its own width (with a
    // srcset, sizes="100vw" makes that the window's).
    const stage = img.parentElement!.getBoundingClientRect();
    const own = this.shown!.srcset ? Infinity : size[0];
    return `${Math.min(stage.width, (stage.height * size[0]) / size[1], own)}px`;
  }

  /** A click on the dark around the image closes the viewer; one ending a swipe does not. */
  click = (event: Event): void => {
    const target = event.target as Element;
    if (!this.swiped && (target.localName === 'dialog' || target.classList.contains('stage'))) this.close();
    this.swiped = false;
  };

  closed = (): void => this.finish(true);

  /** The viewer closed: the page's address, focus and scroll as they were, if `restore`. */
  private finish(restore: boolean): void {
    this.observer.disconnect();
    this.set = [];
    this.shown = undefined;
    this.host.requestUpdate();
    if (active !== this) return;
    active = undefined;
    if (!restore) return;
    // The viewer's #image-n goes, and the fragment the page had comes back; what else the page
    // changed in its address meanwhile (its own parameters) stays.
    if (IMAGE_HASH.test(location.hash)) replaceHash(new URL(this.address, location.href).hash);
    this.host.renderRoot.querySelector<HTMLElement>('.zoom')?.focus({ preventScroll: true });
    scrollTo(...this.scroll);
  }
}

/**
 * The page's address with `hash` for its fragment. Whole: a relative one would resolve against the
 * page's `<base href>` (Angular's "/"), not its address. A document whose address cannot change (a
 * CMS's preview in a `srcdoc` frame: Firefox throws a SecurityError) keeps its own; the viewer works
 * without it.
 */
const replaceHash = (hash: string) => {
  try {
    history.replaceState(history.state, '', location.href.replace(/#.*/, '') + hash);
  } catch {
    // (See above.)
  }
};

/** Opens the viewer on the page's nth zoomable figure when the address ends in `#image-<n>`. */
async function fromAddress() {
  const hash = location.hash;
  const n = +(IMAGE_HASH.exec(hash)?.[1] ?? 0);
  let figure = zoomables()[n - 1];
  // A gallery's pictures are zoomable (drawn, from `items`) only once its code, fetched on sight, has
  // come: one still waiting before the nth picture (or with it) changes the count. One after it does
  // not.
  const gallery = n && document.querySelector('news-gallery:not(:defined)');
  if (gallery && !(figure && figure.compareDocumentPosition(gallery) & Node.DOCUMENT_POSITION_FOLLOWING)) {
    // Not for ever: a gallery whose code never comes (offline) must not keep the picture shut.
    await Promise.race([customElements.whenDefined('news-gallery'), new Promise((r) => setTimeout(r, 3000))]);
    for (const each of document.querySelectorAll<ReactiveElement>('news-gallery')) await each.updateComplete;
    if (location.hash !== hash) return;
    figure = zoomables()[n - 1];
  }
  if (!figure) return;
  await customElements.whenDefined('news-figure');
  await figure.updateComplete;
  if (active?.has(figure)) active.open(figure);
  else controllers.get(figure)?.open();
}

addEventListener('hashchange', fromAddress);
// The chunk lands as the first zoomable figure renders: the rest of the page may still be parsing.
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fromAddress, { once: true });
else void fromAddress();
