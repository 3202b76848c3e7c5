/**
 * Dates the way newsrooms print them: ISO 8601 parsing, `{token}` house patterns and the choice of
 * a relative-time unit. Pure functions over Intl; no DOM, so they run on the server too.
 */
import { cached, dateFormat } from './intl-cache.js';
import { ordinal } from './ordinals.js';
import { offsetOf, zoneOffset } from './time-zone.js';

/** A parsed ISO 8601 value. */
export interface IsoDate {
  /**
   * The instant in ms since the epoch. For a date-only value it is midnight UTC of that calendar
   * date, and every formatter shows it in UTC, so `2012-12-14` never becomes the 13th or the 15th.
   */
  t: number;
  /** True for a calendar date without a time (`2012-12-14`). */
  dateOnly: boolean;
  /** The normalised value for `<time datetime>`: `2012-12-14` or `2012-12-14T23:30:00Z`, Latin digits. */
  iso: string;
  /** A date-time written without an offset (`2012-12-14T23:30`): a wall-clock time in some zone. */
  floating?: true;
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

/** What a relative dateline shows: `value`/`unit` for Intl.RelativeTimeFormat, or no unit for the
 * absolute form; `next` is how many ms until that may change (Infinity: never). */
export interface Relative {
  value: number;
  unit?: Intl.RelativeTimeFormatUnit;
  next: number;
}

const MINUTE = 6e4;
const HOUR = 36e5;
const DAY = 864e5;

/**
 * The tag `locale`'s dates are worded in: `locale` itself, unless Intl has no data for its language
 * (`tlh`; Pashto in Chromium) and quietly writes its default (English) instead: then that one.
 */
export const writtenIn = (locale: string): string =>
  cached(`written ${locale}`, () => {
    // The formatter a long date-only value is written with: no second one is built.
    const used = dateFormat('long', locale, { dateStyle: 'long', timeZone: 'UTC' }).resolvedOptions().locale;
    return used.split('-')[0] === locale.split('-')[0] ? locale : used;
  });

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
const utc = (year: number, month: number, day: number): number =>
  new Date(0).setUTCFullYear(year, month, day);

/** The calendar day (days since 1970-01-01) that instant `t` falls on in `timeZone`. */
const dayNumber = (t: number, timeZone?: string): number => Math.floor((t + zoneOffset(t, timeZone)) / DAY);

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?(Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/i;

/**
 * Parses an ISO 8601 calendar date (`2012-12-14`) or date-time (`2012-12-14T23:30Z`,
 * `2012-12-14 23:30:00+09:00`, `2012-12-14T23:30`). A date-time without an offset is a wall-clock
 * time in `timeZone` (the reader's zone when undefined). Returns `undefined` for anything else,
 * including dates that do not exist (`2012-13-45`, `2013-02-29`).
 */
export function parseIso(value: string, timeZone?: string): IsoDate | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = 0, fraction = '', zone] = m;
  const day = utc(+y!, +mo! - 1, +d!);
  const check = new Date(day);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d!) return undefined;
  if (!h) return { t: day, dateOnly: true, iso: m[0].slice(0, 10) };
  // Milliseconds cut, not rounded: 23:59:59.9999995 is still the day it says.
  let t = day + ((+h * 60 + +mi!) * 60 + +s) * 1e3 + +fraction.slice(0, 3).padEnd(3, '0');
  if (zone) t -= offsetOf(zone);
  else {
    // A wall-clock time, read as Temporal ('compatible') and java.time do, east or west of UTC:
    // with the zone's offset from a day before where it holds (the first of an hour clocks go back
    // over), else the offset from a day after; a time the change skips (02:30 as clocks jump to
    // 03:00) takes the offset from before the jump, which moves it forward (03:30).
    const holds = (offset: number) => zoneOffset(t - offset, timeZone) === offset;
    const before = zoneOffset(t - DAY, timeZone);
    const after = zoneOffset(t + DAY, timeZone);
    t -= holds(before) || !holds(after) ? before : after;
  }
  const date: IsoDate = { t, dateOnly: false, iso: new Date(t).toISOString().replace('.000Z', 'Z') };
  if (!zone) date.floating = true;
  return date;
}

const timeOf = (date: IsoDate, timeZone?: string): string | undefined => (date.dateOnly ? 'UTC' : timeZone);

/** `full` | `long` | `medium` | `short`: the locale's own date style. */
export const formatDate = (date: IsoDate, style: DateStyle, locale: string, timeZone?: string): string =>
  dateFormat(style, locale, { dateStyle: style, timeZone: timeOf(date, timeZone) }).format(date.t);

/** The time alone, in the locale's short time style ("18:45", "6:45 PM"). */
export const formatTime = (date: IsoDate, locale: string, timeZone?: string): string =>
  dateFormat('time', locale, { timeStyle: 'short', timeZone }).format(date.t);

/** The full absolute date and time (for a `title` next to relative text). */
export const formatFull = (date: IsoDate, locale: string, timeZone?: string): string =>
  date.dateOnly
    ? formatDate(date, 'full', locale)
    : dateFormat('full time', locale, {
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone,
      }).format(date.t);

/** The tokens `formatPattern` understands; the last four are times. */
const PATTERN_TOKENS =
  'weekday weekdayShort day dayOrdinal month monthShort monthNumeric year yearName era eraShort hour minute dayPeriod timeZoneName'.split(
    ' ',
  );

/**
 * Formats `date` with a house pattern such as `{weekday} {dayOrdinal} {month}, {year}`. Names come
 * from Intl in `locale`, in its calendar (`ja-JP-u-ca-japanese`: `{era}{year}年` is 平成24年); other
 * text is kept literally. A token with nothing to show vanishes with the text before it, and with
 * the text after it unless tokens print on both sides: `{day} {month} {year}, {hour}:{minute}`
 * prints `14 December 2012` for `2012-12-14`, `{hour}:{minute} {dayPeriod} {timeZoneName}` prints
 * `08:30 GMT+9` in en-GB.
 * `report` hears of each unknown `{token}` (kept as written; `unknown` true) and of each token that
 * shows nothing where something was expected (`{era}` in the Chinese calendar, which has none);
 * the time of a date-only value and the day period of a 24-hour locale vanish without a report.
 */
export function formatPattern(
  date: IsoDate,
  pattern: string,
  locale: string,
  timeZone?: string,
  report?: (token: string, unknown: boolean) => void,
): string {
  const withDay = /\{day[O}]/.test(pattern);
  const pieces = pattern.split(/\{(\w+)\}/);
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]!;
    const index = PATTERN_TOKENS.indexOf(name);
    const time = index > 10;
    // A date-only value has no time: its time tokens vanish, silently.
    const skip = index < 0 || (date.dateOnly && time);
    // weekdayShort → part "weekday" in style "short"; dayOrdinal → "day" numeric, and so on.
    const type = name.replace(/Short|Numeric|Ordinal/, '');
    const style = /Short|^t/.test(name) ? 'short' : /Num|^[dy]/.test(name) ? 'numeric' : 'long';
    // The Chinese and Korean calendars have no numbered year: Intl names their year by the
    // Gregorian year it begins in (relatedYear, 2012) and its name in the 60-year cycle (yearName,
    // 壬辰). Their own long dates print both, "2012壬辰年": {year} is the first, {yearName} the second.
    const value = skip
      ? ''
      : (dateFormat(`${name} ${withDay}`, locale, {
          // Hours, minutes and day period as the locale writes a short time (09:05, 9:05 AM).
          ...(time && index < 14 ? { timeStyle: 'short' } : { [type === 'yearName' ? 'year' : type]: style }),
          // Month names in the form used next to a day number (genitive in Slavic languages). Not
          // the month's number: next to a day, en-GB, fr and ru pad it to their dd/MM ("03").
          ...(type === 'month' && style !== 'numeric' && withDay && { day: 'numeric' }),
          timeZone: timeOf(date, timeZone),
        })
          .formatToParts(date.t)
          .find((part) => part.type.replace('relatedY', 'y') === type)?.value ?? '');
    // A 24-hour locale has no day period: nothing to report either.
    if (index < 0 || !(value || skip || index === 13)) report?.(name, index < 0);
    pieces[i] = index < 0 ? `{${name}}` : index === 3 ? ordinal(value, writtenIn(locale)) : value;
  }
  // Text before an empty token goes with it; so does text after it, unless printed tokens stand on
  // both sides of the gap: one separator stays ("08:30 GMT+9", not "08:30GMT+9").
  let printed = false;
  return pieces
    .map((piece, i) => {
      if (i % 2) printed ||= !!piece;
      else if (pieces[i + 1] === '' || (pieces[i - 1] === '' && !(printed && pieces[i + 1]))) return '';
      return piece;
    })
    .join('')
    .trim();
}

/**
 * The calendar date `date` falls on in `timeZone` (the reader's when undefined), as a date-only
 * value: what a second calendar's date is printed from.
 */
export function calendarDay(date: IsoDate, timeZone?: string): IsoDate {
  // `iso` stays the instant's: only `t` is formatted.
  return date.dateOnly ? date : { ...date, t: dayNumber(date.t, timeZone) * DAY, dateOnly: true };
}

/**
 * Chooses what a relative dateline says at `now`. Under a day: "now" (under a minute), minutes or
 * hours, counted from the instant. Beyond, or for a date-only value: calendar days in `timeZone`
 * ("yesterday" is the previous date on the reader's calendar, not 24-48 hours ago), then weeks,
 * months and years. With `auto`, only the last 24 hours are relative; anything else has no unit
 * (the caller shows the absolute form). `next` says when to look again, so a shared clock can
 * sleep until the text would actually change.
 */
export function relativeTime(date: IsoDate, now: number, timeZone?: string, auto = false): Relative {
  const diff = date.t - now;
  const abs = Math.abs(diff);
  if (auto) {
    if (date.dateOnly || diff <= -DAY) return { value: 0, next: Infinity };
    if (diff >= MINUTE) return { value: 0, next: diff - MINUTE + 1 };
  }
  // A time a few minutes ahead is a clock ahead of the reader's (a server's, a CMS's): "now".
  if (!date.dateOnly && diff > 0 && diff < AHEAD) return { value: 0, unit: 'second', next: diff + 1 };
  if (!date.dateOnly && abs < DAY) {
    const size = abs < HOUR ? MINUTE : HOUR;
    const value = Math.trunc(diff / size);
    return {
      value: abs < MINUTE ? 0 : value,
      unit: abs < MINUTE ? 'second' : abs < HOUR ? 'minute' : 'hour',
      next: diff < 0 ? size - (abs % size) : (abs % size) + 1,
    };
  }
  const today = dayNumber(now, timeZone);
  const then = date.dateOnly ? date.t / DAY : dayNumber(date.t, timeZone);
  // Over a DST night 24 hours can stay within one date: still at least a day for an instant.
  const days = then - today || (date.dateOnly ? 0 : Math.sign(diff));
  const sign = Math.sign(days);
  const untilMidnight = DAY - ((now + zoneOffset(now, timeZone)) % DAY);
  const next = Math.min(untilMidnight, diff > DAY && !date.dateOnly ? diff - DAY + 1 : Infinity);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    Math.abs(days) < 7
      ? [days, 'day']
      : Math.abs(days) < 31
        ? [Math.trunc(days / 7), 'week']
        : Math.abs(days) < 365 && Math.abs(Math.round(days / 30.44)) < 12
          ? [Math.round(days / 30.44), 'month']
          : [Math.trunc(days / 365.25) || sign, 'year'];
  return { value, unit, next };
}

/** How far ahead of the reader's clock a time still reads "now". */
const AHEAD = 5 * MINUTE;

/**
 * Relative text in `locale`: "3 minutes ago", "yesterday", "in 2 days", "now". Words for the
 * calendar ("last week", "last month") only for days: weeks, months and years are counted in days
 * (45 days back is "1 month ago", where "last month" would be the wrong month).
 */
export const formatRelative = (relative: Relative, locale: string): string => {
  const numeric = relative.unit === 'day' || relative.unit === 'second' ? 'auto' : 'always';
  return cached(
    `relative ${numeric} ${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric }),
  ).format(relative.value, relative.unit!);
};
