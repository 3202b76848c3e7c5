import { text } from '../internal/values.js';

// Full dates, or date-times with an optional zone: what Google and schema.org accept as ISO 8601.
// Hours stop at 23, as the dateline reads them (Date.parse takes 24:00 as the next midnight).
const ISO = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `value`, trimmed, as an ISO 8601 date or date-time, or `undefined`.
 * - `strict` (default): only a date or date-time of a day that exists, as schema.org takes them.
 * - `feed`: a value that starts with a YYYY-MM-DD date is taken as written, and any other that
 *   `Date.parse` reads (RSS's RFC 822, "Fri, 14 Dec 2012 09:30:00 +0000") is converted to UTC.
 */
export function isoDate(value: unknown, read: 'strict' | 'feed' = 'strict'): string | undefined {
  const trimmed = text(value);
  if (!trimmed) return undefined;
  if (read === 'feed') {
    if (/^\d{4}-\d\d-\d\d/.test(trimmed)) return trimmed;
    const time = Date.parse(trimmed);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  const [y, m, d] = trimmed.split(/[-T]/).map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d));
  const real =
    ISO.test(trimmed) &&
    day.getUTCMonth() === m! - 1 &&
    day.getUTCDate() === d &&
    !isNaN(Date.parse(trimmed));
  return real ? trimmed : undefined;
}
