// Fields that JSON Feed and the WordPress REST API write the same way whatever the element that
// reads them: the teaser list's feeds and the live blog's both read them through here.
import { text } from '../internal/values.js';
import { htmlToText } from './excerpt.js';
import { isoDate } from './iso-date.js';

/**
 * Parsed JSON, read with `?.`: any field may be missing or of any type, and reading a field of a
 * JSON value never throws (strings and numbers simply have no such field).
 */
export type Json = { readonly [key: string]: Json } | null | undefined;

/** A string field's trimmed text, unset rather than empty so that `str(a) ?? str(b)` falls through. */
export const str = (value: unknown): string | undefined => text(value) || undefined;

/** The names of a feed's author objects (`[{ name }]`, or one `{ name }`), or undefined for none. */
export function authorNames(authors: Json | readonly Json[]): string[] | undefined {
  const list = (Array.isArray(authors) ? authors : [authors]) as Json[];
  const found = list.map((author) => htmlToText(author?.['name'])).filter((name): name is string => !!name);
  return found.length ? found : undefined;
}

/** RSS's <author> is an e-mail address, with the name in brackets if any: the name, never the address. */
export function personName(value: string | undefined): string | undefined {
  // No "(" inside the brackets: a run of them is read once, not once from each.
  const named = /\(([^()]+)\)\s*$/.exec(value ?? '')?.[1];
  return named ?? (value?.includes('@') ? undefined : value);
}

/**
 * A WordPress post's `*_gmt` date (`date_gmt`, `modified_gmt`), which is UTC written without an
 * offset, as ISO 8601 in UTC; else its local `fallback` (`date`, zone unknown) as a feed writes it.
 */
export function wordPressDate(gmt: unknown, fallback: unknown): string | undefined {
  const value = str(gmt);
  if (!value) return isoDate(fallback, 'feed');
  return /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
}
