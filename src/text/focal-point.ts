// Keywords as CSS reads them in a position: which axis they set (x, y, or either) and where.
// Numbers are axis '#': they go where they are written.
const KEYWORDS: Record<string, [axis: string, percent: number]> = {
  left: ['x', 0],
  right: ['x', 100],
  top: ['y', 0],
  bottom: ['y', 100],
  center: ['', 50],
};
const NUMBER = /^(\d*\.?\d+)(%?)$/;
// What WordPress stores for a cover's or media-and-text's focal point: {"x":0.7,"y":0.4} (older
// posts quote the numbers).
const WORDPRESS = /^\{\s*"x"\s*:\s*"?([\d.]+)"?\s*,\s*"y"\s*:\s*"?([\d.]+)"?\s*\}$/;

/**
 * The point of an image that must stay in view when it is cropped, as a CSS `object-position`
 * (`"70% 40%"`), or `undefined` when `value` is not one. Reads what a newsroom writes: percentages
 * (`70% 40%`; one value is the horizontal, as in CSS), keywords (`right top`), WordPress's
 * `data-object-position` (`70% 40%`) and its focal point as fractions (`0.7 0.4`, `{"x":0.7,"y":0.4}`).
 * Points outside the image (over 100%), lengths and unitless numbers over 1 are not focal points.
 */
export function parseFocalPoint(value: string): string | undefined {
  if (typeof value != 'string') return;
  const trimmed = value.trim().toLowerCase();
  const parts = WORDPRESS.exec(trimmed)?.slice(1) ?? trimmed.split(/\s+/);
  if (!parts[0] || parts.length > 2) return;
  // Unitless numbers are WordPress's fractions of the image, never pixels.
  const fractions = parts.every((part) => Object.hasOwn(KEYWORDS, part) || /^[\d.]+$/.test(part));
  const points: [string, number][] = [];
  for (const part of parts) {
    const [, digits, percent] = NUMBER.exec(part) ?? [];
    const point: [string, number] | undefined = Object.hasOwn(KEYWORDS, part)
      ? KEYWORDS[part]
      : digits && !percent === fractions
        ? ['#', +digits * (fractions ? 100 : 1)]
        : undefined;
    if (!point || point[1] > 100) return;
    points.push(point);
  }
  let [x, y = KEYWORDS.center!] = points as [[string, number], [string, number]?];
  // "top", "top left", "bottom center": keywords alone may name the vertical first, as in CSS.
  if ((x[0] === 'y' || y[0] === 'x') && x[0] !== '#' && y[0] !== '#') [x, y] = [y, x];
  if (x[0] === 'y' || y[0] === 'x') return;
  return `${+x[1].toFixed(2)}% ${+y[1].toFixed(2)}%`;
}
