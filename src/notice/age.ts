/**
 * How old a story is, for `<news-notice type="age">`: whole months between its publication and
 * now, counted on the reader's calendar (or a given zone's). Pure functions over Intl; no DOM.
 */
import type { IsoDate } from '../text/date-pattern.js';
import { zoneFormat } from '../text/time-zone.js';

/** An age the notice states: "more than `value` `unit`s old". */
export interface Age {
  value: number;
  unit: 'year' | 'month';
}

/** `timeZone`'s offset from UTC at instant `t`, in ms (Intl writes "GMT+05:30", or "GMT" for UTC). */
function offset(t: number, timeZone?: string): number {
  const [, sign, h = 0, m = 0] = /([+-])(\d\d):?(\d\d)?/.exec(zoneFormat(timeZone).format(t)) ?? [];
  return (sign === '-' ? -1 : 1) * (+h * 60 + +m) * 6e4;
}

/** The wall clock at instant `t` in `timeZone`, as a Date read with its UTC getters. */
const wallClock = (t: number, timeZone?: string) => new Date(t + offset(t, timeZone));

/** Ms since the start of the wall clock's month: its day, then its time of day. */
const intoMonth = (d: Date) =>
  d.getTime() - new Date(0).setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), 1);

/**
 * Whole months from `published` to `now` on the calendar of `timeZone` (the reader's when
 * undefined): a month has passed when the wall clock reaches the same day and time of day in the
 * next month. A date-only value (`2012-12-14`) is midnight on the reader's calendar, so it turns
 * one year old at midnight on 14 December 2013 wherever the reader is; a date-time is an instant,
 * whose anniversary is the same instant in every zone (but across a change of summer time). A day
 * the month lacks is reached at the month's end: a story of 31 January is a month old on 1 March,
 * one of 29 February a year old on 1 March. Negative for a date in the future.
 */
export function monthsSince(published: IsoDate, now: number, timeZone?: string): number {
  // A date-only value is already its calendar date at midnight UTC: read it as written.
  const from = published.dateOnly ? new Date(published.t) : wallClock(published.t, timeZone);
  const to = wallClock(now, timeZone);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return months - (intoMonth(to) < intoMonth(from) ? 1 : 0);
}

/**
 * The least age a notice waits for, in months, from `min-age`: an ISO 8601 duration of years and
 * months (`P1Y`, `P6M`, `P2Y6M`; at least a month), or `none` (Infinity: never shown). Anything
 * else is `undefined`.
 */
export function parseMinAge(value: string): number | undefined {
  if (/^none$/i.test(value)) return Infinity;
  const [match, years = '0', months = '0'] = /^P(?:(\d+)Y)?(?:(\d+)M)?$/i.exec(value) ?? [];
  const total = +years * 12 + +months;
  return match && match.length > 1 ? Math.max(total, 1) : undefined;
}

/**
 * What the notice says at `months` old, or `undefined` while the story is younger than
 * `minimum` months: whole years from a year on ("more than 13 years"), months before.
 */
export function shownAge(months: number, minimum: number): Age | undefined {
  if (months < Math.max(minimum, 1)) return undefined;
  return months >= 12 ? { value: Math.floor(months / 12), unit: 'year' } : { value: months, unit: 'month' };
}
