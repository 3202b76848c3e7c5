import { html, nothing } from 'lit';
import type { Translation } from '../i18n/en.js';
import type { DateView } from '../internal/date-view.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { isoDate } from '../text/iso-date.js';
import { parseIso, type DateStyle } from '../text/date-pattern.js';
import { ianaZone } from '../text/time-zone.js';
import { numeral } from '../text/numerals.js';

/** The numbers of a ranked list in `lang`'s digits ("١", "٢" in Arabic). */
export const rankNumbers =
  (lang: string): ((index: number) => string) =>
  (index) =>
    numeral(lang, index + 1);

/**
 * The number a ranked list's column is as wide as, in `lang`'s digits: two eights, as wide as any
 * two digits (figures are mostly of one width), so that ranks up to 99 stand in one column in the
 * font and size a page gives them (`::part(rank)`). A written teaser's rank does the same.
 */
export const widestRank = (lang: string): string => numeral(lang, 88);

const sameDay = (a: Date, b: Date, zone?: string) => {
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeZone: zone });
  return day.format(a) === day.format(b);
};

/** The list's date settings, as it hands them to its teasers. */
interface DateSettings {
  format: unknown;
  pattern: unknown;
  timeZone: unknown;
}

/**
 * "Updated 14:05" (with the date when it is not today; the date alone for a date alone) over a
 * `<time>`, or nothing with one warning when `written` is no ISO 8601 date of a day that exists.
 * The date is written as the list's teasers write theirs (its `format`, else `long`: "5 December
 * 2026", never Intl's numeric `medium` of Arabic or German), in the list's `time-zone`. Without
 * one the server does not know the reader's zone: it writes UTC, which the first render over its
 * HTML repeats and the next one turns into the reader's time. With a house `pattern` or a relative
 * `format` ("Updated 5 minutes ago", kept current) the teasers' own date view, `date`, writes it as
 * it writes theirs.
 */
export function updatedLine(
  host: Element,
  written: unknown,
  { format, pattern, timeZone }: DateSettings,
  date: DateView,
  lang: string,
  term: (key: keyof Translation) => string,
  server: boolean,
) {
  const value = text(written);
  const iso = isoDate(value);
  // (Not under the key `updated`: the date view clears that one, its own, at each render.)
  if (value && !iso)
    warnOnce(
      host,
      'updated line',
      `<${host.localName} updated=${quote(value)}> is not an ISO 8601 date; no "Updated" line is shown.`,
    );
  else clearWarning(host, 'updated line');
  // (A relative line is the browser's: a server, and the render over its HTML, write the time.)
  const viewed = !!text(pattern) || (!server && ['relative', 'auto'].includes(text(format)));
  // Prepared whatever it shows, so that a relative line which no longer is stops ticking.
  date.settleLocale('', lang || 'en');
  date.prepare({
    datetime: viewed ? iso : '',
    undated: true,
    format: (viewed && text(format)) || 'long',
    pattern,
    // (Only when set, as a teaser does: the key alone makes an `updated` without an offset warn.)
    ...(text(timeZone) ? { timeZone } : {}),
  });
  if (!iso) return nothing;
  return html`<p class="updated" part="updated">
    ${term('updated')}
    ${viewed ? date.render() : clockTime(iso, format, lang, server, ianaZone(text(timeZone)))}
  </p>`;
}

/** The time of `iso` today in `zone`, else its date (`format`'s style, else `long`) and time; a date alone. */
function clockTime(iso: string, format: unknown, lang: string, server: boolean, zone?: string) {
  // A time without an offset is the wall clock of `zone` (of the reader's without one).
  const at = new Date(parseIso(iso, zone)?.t ?? iso);
  // A date alone is a day, the same everywhere (read as UTC midnight): no time of its own.
  const day = iso.length === 10;
  const timeZone = day ? 'UTC' : (zone ?? (server ? 'UTC' : undefined));
  // (An unknown `format` is the teasers' `long` too.)
  const dateStyle = (['full', 'medium', 'short'].includes(format as string) ? format : 'long') as DateStyle;
  const shown = new Intl.DateTimeFormat(
    lang || 'en',
    day
      ? { dateStyle, timeZone }
      : {
          // The server cannot know the reader's today (nor a cached page's): it writes the date.
          ...(!server && sameDay(at, new Date(), timeZone) ? {} : { dateStyle }),
          timeStyle: 'short',
          timeZone,
        },
  ).format(at);
  return html`<time datetime=${day ? iso : at.toISOString()}>${shown}</time>`;
}
