import { html, nothing } from 'lit';
import type { Translation } from '../i18n/en.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { isoDate } from '../text/iso-date.js';
import type { DateStyle } from '../text/date-pattern.js';
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
 * "Updated 14:05" (with the date when it is not today; the date alone for a date alone) over a
 * `<time>`, or nothing with one warning when `written` is no ISO 8601 date of a day that exists.
 * The date is written as the list's teasers write theirs (its `format`, else `long`: "5 December
 * 2026", never Intl's numeric `medium` of Arabic or German). The server does not know the reader's
 * time zone: it writes UTC, which the first render over its HTML repeats and the next one turns
 * into the reader's time.
 */
export function updatedLine(
  host: Element,
  written: unknown,
  format: unknown,
  lang: string,
  term: (key: keyof Translation) => string,
  server: boolean,
) {
  const value = text(written);
  const iso = isoDate(value);
  if (value && !iso)
    warnOnce(
      host,
      'updated',
      `<${host.localName} updated=${quote(value)}> is not an ISO 8601 date; no "Updated" line is shown.`,
    );
  else clearWarning(host, 'updated');
  if (!iso) return nothing;
  const date = new Date(iso);
  // A date alone is a day, the same everywhere (read as UTC midnight): no time of its own.
  const day = iso.length === 10;
  const timeZone = server || day ? 'UTC' : undefined;
  // (A relative or unknown `format` is the teasers' `long` too.)
  const dateStyle = (['full', 'medium', 'short'].includes(format as string) ? format : 'long') as DateStyle;
  const shown = new Intl.DateTimeFormat(
    lang || 'en',
    day
      ? { dateStyle, timeZone }
      : {
          ...(sameDay(date, new Date(), timeZone) ? {} : { dateStyle }),
          timeStyle: 'short',
          timeZone,
        },
  ).format(date);
  return html`<p class="updated" part="updated">
    ${term('updated')} <time datetime=${day ? iso : date.toISOString()}>${shown}</time>
  </p>`;
}
