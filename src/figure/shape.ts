import { isServer } from 'lit';
import { pixels, quote, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import type { NewsFigure } from './figure.js';

const RATIO = /^\s*(\d*\.?\d+)\s*(?:[/:]\s*(\d*\.?\d+)\s*)?$/;

/**
 * The frame's shape (`16 / 9`) and whether it is a crop: the figure's `aspect-ratio`, else its
 * picture's own from `width` and `height`. One that is no ratio is ignored with one warning per
 * gallery and value, not per figure: a gallery gives its own to every figure it holds.
 */
export function frameShape(host: NewsFigure): [string | undefined, boolean] {
  const [, a, b = '1'] = RATIO.exec(text(host.aspectRatio)) ?? [];
  const cropped = +a! > 0 && +b > 0;
  if (text(host.aspectRatio) && !cropped)
    warnOnce(
      (!isServer && host.closest('news-gallery')) || host,
      `aspect-ratio ${host.aspectRatio}`,
      `<news-figure> aspect-ratio ${quote(host.aspectRatio)} is not a ratio like 16/9; ignored.`,
    );
  const [w, h] = [pixels(host.width), pixels(host.height)];
  return [cropped ? `${a} / ${b}` : w && h ? `${w} / ${h}` : undefined, cropped];
}
