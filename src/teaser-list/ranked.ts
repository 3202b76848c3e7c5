import { html, nothing } from 'lit';
import type { Translation } from '../i18n/en.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { numeral } from '../text/numerals.js';

/** The numbers of a ranked list in `lang`'s digits ("١", "٢" in Arabic). */
export const rankNumbers =
  (lang: string): ((index: number) => string) =>
  (index) =>
    numeral(lang, index + 1);

const sameDay = (a: Date, b: Date, zone?: string) => {
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeZone: zone });
  return day.format(a) === day.format(b);
};

/**
 * "Updated 14:05" (with the date when it is not today) over a `<time>`, or nothing with one
 * warning when `written` is not a date. The server does not know the reader's time zone: it writes
 * UTC, which the first render over its HTML repeats and the next one turns into the reader's time.
 */
export function updatedLine(
  host: Element,
  written: unknown,
  lang: string,
  term: (key: keyof Translation) => string,
  server: boolean,
) {
  const value = text(written);
  const date = new Date(value);
  const valid = !!value && /^\d{4}-\d\d-\d\d/.test(value) && !Number.isNaN(date.getTime());
  if (value && !valid)
    warnOnce(
      host,
      'updated',
      `<${host.localName} updated=${quote(value)}> is not an ISO 8601 date; no "Updated" line is shown.`,
    );
  else clearWarning(host, 'updated');
  if (!valid) return nothing;
  const timeZone = server ? 'UTC' : undefined;
  const shown = new Intl.DateTimeFormat(lang || 'en', {
    ...(sameDay(date, new Date(), timeZone) ? {} : { dateStyle: 'medium' }),
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return html`<p class="updated" part="updated">
    ${term('updated')} <time datetime=${date.toISOString()}>${shown}</time>
  </p>`;
}
