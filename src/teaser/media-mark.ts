import type { Translation } from '../i18n/en.js';
import { substitute } from '../internal/translate.js';
import { remember } from '../text/memo.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import type { Given, MediaKind } from './indicators.js';

/*
 * A teaser's media mark: "▶ 3:20" or "12 photos" in the language's digits, and the full wording
 * screen readers hear. A chunk of its own, fetched for a teaser with `media` (few are).
 */

type Term = (key: keyof Translation) => string;

/**
 * Seconds in a duration written as ISO 8601 (`PT3M20S`, `P1DT2H`), a number of seconds (`200`,
 * `"200"`) or a clock (`3:20`, `1:02:03`, as `<itunes:duration>` has it); undefined otherwise.
 */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && Number.isFinite(value) ? value : undefined;
  const written = text(value);
  if (/^\d+(\.\d+)?$/.test(written)) return +written;
  const clock = /^(?:(\d+):)?(\d+):([0-5]\d)$/.exec(written);
  if (clock) return +(clock[1] ?? 0) * 3600 + +clock[2]! * 60 + +clock[3]!;
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i.exec(written);
  if (!iso || written.length < 3 || /T$/i.test(written)) return undefined;
  const [, d = 0, h = 0, m = 0, s = '0'] = iso;
  return +d * 86400 + +h * 3600 + +m * 60 + +s.replace(',', '.');
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();
const numeral = (lang: string, value: number, digits = 1): string =>
  remember(
    numberFormats,
    `${lang} ${digits}`,
    () => new Intl.NumberFormat(lang, { minimumIntegerDigits: digits, useGrouping: false }),
  ).format(value);

/** `3:20`, `1:02:03`: a player's clock, in the language's digits. */
export function clockText(seconds: number, lang: string): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const clock = [...(h ? [numeral(lang, h)] : []), numeral(lang, m, h ? 2 : 1), numeral(lang, s, 2)];
  return clock.join(':');
}

type DurationFormat = new (
  lang: string,
  options: { style: 'long' },
) => { format(duration: Record<string, number>): string };

/** "3 minutes, 20 seconds" in `lang`: Intl.DurationFormat where there is one, else unit by unit. */
export function spokenDuration(seconds: number, lang: string): string {
  const whole = Math.round(seconds);
  const parts = {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor(whole / 60) % 60,
    seconds: whole % 60,
  };
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;
  if (Duration) return new Duration(lang, { style: 'long' }).format(parts);
  const units = Object.entries(parts)
    .filter(([, value], i, all) => value || (i === all.length - 1 && !whole))
    .map(([unit, value]) =>
      new Intl.NumberFormat(lang, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(
        value,
      ),
    );
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(units);
}

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
    const count = given.count == null || given.count === '' ? undefined : Number(given.count);
    if (count !== undefined && !(Number.isInteger(count) && count > 0))
      warnOnce(
        host,
        'count',
        `<news-teaser count=${quote(given.count)}> is not a positive whole number; it is ignored.`,
      );
    else clearWarning(host, 'count');
    if (count && Number.isInteger(count) && count > 0) {
      const one = remember(plurals, lang, () => new Intl.PluralRules(lang)).select(count) === 'one';
      const photos = substitute(term(one ? 'mediaPhoto' : 'mediaPhotos'), { count: numeral(lang, count) });
      detail = [photos, photos];
    }
  } else {
    const written = given.duration;
    const seconds = written == null || written === '' ? undefined : durationSeconds(written);
    if (seconds === undefined && text(String(written ?? '')))
      warnOnce(
        host,
        'duration',
        `<news-teaser duration=${quote(written)}> is not a duration like PT3M20S or 200 (seconds); it is ignored.`,
      );
    else clearWarning(host, 'duration');
    if (seconds) detail = [clockText(seconds, lang), spokenDuration(seconds, lang)];
  }
  const spoken = detail
    ? new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format([name, detail[1]])
    : name;
  return { kind, shown: detail?.[0] ?? name, spoken };
}
