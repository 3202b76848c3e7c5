import type { Translation } from '../i18n/en.js';
import { substitute, wordedIn } from '../internal/translate.js';
import { remember } from '../text/memo.js';
import { clockText, durationSeconds, spokenDuration } from '../text/duration.js';
import { numeral } from '../text/numerals.js';
import { number, quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import type { Given, MediaKind } from './indicators.js';

/*
 * A teaser's media mark: "▶ 3:20" or "12 photos" in the language's digits, and the full wording
 * screen readers hear. A chunk of its own, fetched for a teaser with `media` (few are).
 */

type Term = (key: keyof Translation) => string;

const plurals = new Map<string, Intl.PluralRules>();

/** The mark for `kind` from the teaser's `duration` or `count`, each bad value ignored with one warning. */
export function mediaMark(
  host: Element,
  lang: string,
  term: Term,
  kind: MediaKind,
  name: string,
  given: Given,
) {
  let detail: [string, string] | undefined;
  if (kind === 'gallery') {
    const count = given.count == null || given.count === '' ? undefined : number(given.count);
    if (count !== undefined && !(Number.isInteger(count) && count > 0))
      warnOnce(
        host,
        'count',
        `<news-teaser count=${quote(given.count)}> is not a positive whole number; it is ignored.`,
      );
    else clearWarning(host, 'count');
    if (count && Number.isInteger(count) && count > 0) {
      // Chosen by the rules of the words' language: English's "21 photos" on a Croatian page whose
      // own table words the gallery but not the count (21 is "one" in Croatian).
      const worded = wordedIn(lang, 'mediaPhoto');
      const one = remember(plurals, worded, () => new Intl.PluralRules(worded)).select(count) === 'one';
      const photos = substitute(term(one ? 'mediaPhoto' : 'mediaPhotos'), { count: numeral(lang, count) });
      detail = [photos, photos];
    }
  } else {
    const written = given.duration;
    const seconds = written == null || written === '' ? undefined : durationSeconds(written);
    // (Anything given but an empty string is a duration that failed; an object is not stringified:
    // CMS JSON such as {"toString": ""} would throw.)
    const wrote = typeof written == 'string' ? !!text(written) : written != null;
    if (seconds === undefined && wrote)
      warnOnce(
        host,
        'duration',
        `<news-teaser duration=${quote(written)}> is not a duration like PT3M20S or 200 (seconds); it is ignored.`,
      );
    else clearWarning(host, 'duration');
    if (seconds) detail = [clockText(seconds, lang), spokenDuration(seconds, lang)];
  }
  // A pause, not Intl.ListFormat: its unit lists join with "and" in French and Arabic ("Vidéo et 3 minutes").
  const spoken = detail ? substitute(term('mediaSpoken'), { kind: name, detail: detail[1] }) : name;
  return { kind, shown: detail?.[0] ?? name, spoken };
}
