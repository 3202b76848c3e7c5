import { pixels, text } from '../internal/values.js';
import type { NewsFigure } from './figure.js';
import { ownImage } from './image.js';
import { largest } from './zoom-button.js';

// Part of the lightbox's chunk (zoom.ts): what it reads from the figures it steps through. It reads
// their public properties, light DOM and `image` part only, so any figure on the page can be shown
// by the viewer another figure opened.

/** A figure as the viewer shows it. */
export interface Shown {
  /** The largest image there is: the widest `srcset` candidate, else what the browser chose. */
  src?: string;
  /** The figure's `srcset` (filtered), for the viewer's width. */
  srcset?: string;
  /**
   * The picture's width and height in pixels, known before the viewer's copy has loaded: its
   * picture on the page once that has loaded, else its `width` and `height`.
   */
  size?: [number, number];
  alt: string;
  /** Copies of the slotted caption, else the `caption` attribute's text. */
  caption: Node[] | string;
  credit: Node[] | string;
  /** The figure's own `credit-label`, if it has one. */
  creditLabel: string;
}

/**
 * The zoomable pictures under `root`, in document order (the article body's are in its light DOM):
 * a figure whose image failed, or that plays video or audio, has no zoom (a gallery may mark every
 * child zoomable).
 */
export const zoomables = (root: ParentNode = document): NewsFigure[] =>
  [...root.querySelectorAll<NewsFigure>('news-figure[zoomable]:not([error])')].filter(
    (figure) => !plays(figure),
  );

/** Whether `figure` plays video or audio: by its `type` (a framework sets the property), or its own player. */
const plays = (figure: NewsFigure) =>
  /^(video|audio)$/.test(String(figure.type ?? figure.getAttribute('type'))) ||
  !!figure.querySelector(':scope > :is(video, audio)');

/** What the viewer steps through from `figure`: its gallery's pictures, else its document's (or shadow root's). */
export function setOf(figure: NewsFigure): NewsFigure[] {
  const set = zoomables(figure.closest('news-gallery') ?? (figure.getRootNode() as ParentNode));
  return set.includes(figure) ? set : [figure];
}

/**
 * Copies of the rich text slotted as `name`. The copies drop the ids (they would be duplicates) and
 * `slot`; a script is never copied (one already run would not run again, but has no place here).
 */
const slotted = (figure: NewsFigure, name: 'caption' | 'credit'): Node[] | string => {
  const copies = [...figure.querySelectorAll(`:scope > [slot=${name}]:not(script, style, template)`)]
    .filter((element) => element.textContent!.trim())
    .map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.removeAttribute('slot');
      for (const each of [copy, ...copy.querySelectorAll('[id]')]) each.removeAttribute('id');
      copy.querySelectorAll('script').forEach((script) => script.remove());
      return copy;
    });
  return copies.length ? copies : text(figure[name]);
};

/** What the viewer shows of `figure`; only URLs that pass `safeUrl` as images. */
export function describe(figure: NewsFigure): Shown {
  const own = ownImage(figure);
  // Its picture as the page shows it: its own, or the one it draws from `src`.
  const drawn = own ?? figure.shadowRoot?.querySelector<HTMLImageElement>('[part=image]');
  const [width, height] = drawn?.naturalWidth
    ? [drawn.naturalWidth, drawn.naturalHeight]
    : own
      ? [pixels(own.getAttribute('width')), pixels(own.getAttribute('height'))]
      : [pixels(figure.width), pixels(figure.height)];
  return {
    ...largest(figure),
    size: width && height ? [width, height] : undefined,
    alt: own ? own.alt : text(figure.alt),
    caption: slotted(figure, 'caption'),
    credit: slotted(figure, 'credit'),
    creditLabel: text(figure.creditLabel),
  };
}
