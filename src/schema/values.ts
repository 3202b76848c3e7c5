// What every schema builder reads content with: plain text, ISO dates and URLs, each bad value left
// out with one warning.
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { text } from '../internal/values.js';
import { htmlToText } from '../text/excerpt.js';
import { isoDate } from '../text/iso-date.js';
import { absoluteUrl } from '../text/url.js';

export const clean = (value: unknown): string => htmlToText(value);
export const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;

/** An ISO 8601 date from content; a string that is not one is left out with one warning. */
export function date(data: object, name: string, value: unknown): string | undefined {
  const iso = isoDate(value);
  if (!iso && text(value))
    warnOnce(data, name, `schema: ${name} "${text(value)}" is not an ISO 8601 date; left out.`);
  return iso;
}

/** A URL from content, made absolute against the page when possible; unsafe ones are dropped. */
export function absolute(
  data: object,
  name: string,
  value: unknown,
  base: string | undefined,
  kind: 'link' | 'image',
) {
  const safe = safeUrl(value, kind);
  if (!safe) {
    if (typeof value === 'string' && value.trim())
      warnOnce(data, name, `schema: ${name} "${value}" is not an http(s) or relative URL; left out.`);
    return undefined;
  }
  // Left relative when there is no page URL: JSON-LD readers resolve it against the page.
  return absoluteUrl(safe, base);
}
