// Intl objects are slow to build and a page may carry thousands of datelines: keep one per
// setting, under a key each caller spells out (cheaper than serialising the options every time).
// A server meets any number of dates and settings: the cache starts over past 1,000.
import { remember } from './memo.js';

const cache = new Map<string, unknown>();
/** `make()`'s value, remembered under `key` (shared by every date module). */
export const cached = <T>(key: string, make: () => T): T => remember(cache, key, make, 1000) as T;

/**
 * A cached Intl.DateTimeFormat, `key` naming `options` (the same key must always mean the same
 * options). Throws RangeError for an unknown time zone, like Intl itself (and caches nothing then).
 */
export const dateFormat = (
  key: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  cached(`${key} ${locale} ${options.timeZone}`, () => new Intl.DateTimeFormat(locale, options));
