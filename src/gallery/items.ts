/**
 * The pure side of `<news-gallery>`: its `items` data read without ever throwing, and the
 * carousel's arithmetic (which slide is in view, what "3 of 12" says). No DOM.
 */
import { pixels, text } from '../internal/values.js';
import { numeral } from '../text/numerals.js';

/** One picture of a gallery drawn from data. */
export interface GalleryItem {
  /** Image URL (filtered by the figure like any `src`). */
  src: string;
  /** Text alternative; `""` for a decorative picture. Missing: the figure warns. */
  alt?: string;
  /** The picture's own caption (plain text). */
  caption?: string;
  /** Photographer or agency. */
  credit?: string;
  /** Pixel size: reserves the box before the image loads. */
  width?: number;
  height?: number;
  /** Responsive candidates. */
  srcset?: string;
  /** What stays in view when the cell crops the picture (`70% 30%`, WordPress's `0.7 0.3`). */
  focalPoint?: string;
}

/**
 * The usable entries of `value`: objects with a `src`. `skip` is told once per kind of problem
 * (not a list; entries left out), never throws.
 */
export function galleryItems(value: unknown, skip: (problem: string) => void): GalleryItem[] {
  if (value == null || value === '') return [];
  if (!Array.isArray(value)) {
    skip('is not a list of pictures');
    return [];
  }
  const items: GalleryItem[] = [];
  for (const entry of value as unknown[]) {
    const record = (entry && typeof entry == 'object' ? entry : {}) as Record<string, unknown>;
    const src = text(record['src']);
    if (!src) {
      skip('has entries without a src');
      continue;
    }
    const item: GalleryItem = { src };
    if (typeof record['alt'] == 'string') item.alt = record['alt'];
    for (const key of ['caption', 'credit', 'srcset', 'focalPoint'] as const)
      if (text(record[key])) item[key] = text(record[key]);
    const [width, height] = [pixels(record['width']), pixels(record['height'])];
    if (width && height) Object.assign(item, { width, height });
    items.push(item);
  }
  return items;
}

/** The slide whose inline start is nearest the track's (`offsets`: each slide's distance from it). */
export function nearestSlide(offsets: number[], atEnd: boolean): number {
  if (atEnd) return Math.max(0, offsets.length - 1);
  let best = 0;
  offsets.forEach((offset, i) => {
    if (Math.abs(offset) < Math.abs(offsets[best]!)) best = i;
  });
  return best;
}

/** `template` ("{index} of {total}") with both numbers in `lang`'s digits ("٣ من ١٢"). */
export const position = (template: string, index: number, total: number, lang: string): string =>
  template.replace('{index}', numeral(lang, index)).replace('{total}', numeral(lang, total));

/** The step an arrow key asks for: the arrow pointing where the reading goes is "next". */
export function arrowStep(key: string, rtl: boolean): number {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return 0;
  return (key === 'ArrowRight') !== rtl ? 1 : -1;
}
