import { parseFocalPoint } from '../text/focal-point.js';
import { quote, text } from './values.js';
import { clearWarning, warnOnce } from './warn.js';

/**
 * `value` when it is one of `allowed`, else `fallback` with one warning naming the attribute
 * (`<news-figure layout="huge"> is not one of inline, wide, full-bleed, thumbnail; using inline.`).
 * A corrected value clears the warning, so breaking it again warns again.
 */
export function oneOf<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  instead = `using ${fallback}`,
): T {
  if (allowed.includes(value as T)) {
    clearWarning(element, attribute);
    return value as T;
  }
  warnOnce(
    element,
    attribute,
    `<${element.localName} ${attribute}=${quote(value)}> is not one of ${allowed.join(', ')}; ${instead}.`,
  );
  return fallback;
}

/** What a warning quotes for a number property: a number attribute that is not one reads as NaN,
 * so the text the page wrote. */
export const written = (element: Element, attribute: string, value: unknown): unknown =>
  Number.isNaN(value) ? (element.getAttribute(attribute) ?? value) : value;

/**
 * `value` when it is a positive whole number, else `fallback` with one warning that says what
 * happens instead (`<news-teaser excerpt-words="-2"> is not a positive whole number; using 30.`).
 */
export function wholeNumber(
  element: Element,
  attribute: string,
  value: unknown,
  fallback: number,
  instead = `using ${fallback}`,
): number {
  if (Number.isInteger(value) && (value as number) > 0) return value as number;
  warnOnce(
    element,
    attribute,
    `<${element.localName} ${attribute}=${quote(written(element, attribute, value))}> is not a positive whole number; ${instead}.`,
  );
  return fallback;
}

/** The focal point a page gave: text, or WordPress's object (`{ x: 0.7, y: 0.4 }`) as its JSON. */
export const writtenPoint = (given: unknown): string =>
  given && typeof given == 'object' ? JSON.stringify(given) : text(given);

/**
 * `written` as a CSS `object-position` (see `parseFocalPoint`), or `undefined` (the centre) with one
 * warning when it is not a point (`<news-figure> focal-point "boat" is not a point like "70% 40%"`).
 */
export function focalPoint(element: Element, written: string): string | undefined {
  const position = parseFocalPoint(written);
  if (written && !position)
    warnOnce(
      element,
      'focal-point',
      `<${element.localName}> focal-point ${quote(written)} is not a point like "70% 40%"; using the centre.`,
    );
  else clearWarning(element, 'focal-point');
  return position;
}
