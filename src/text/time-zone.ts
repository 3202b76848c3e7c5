/**
 * Time zones as the dates read and print them: offsets at an instant, and the names Intl or a
 * house gives a zone. Pure functions over Intl, cached.
 */
import type { IsoDate } from './date-pattern.js';
import { cached, dateFormat } from './intl-cache.js';

const MINUTE = 6e4;

/** The formatter of zone offsets in `timeZone`; throws RangeError when it is not an IANA time zone. */
export const zoneFormat = (timeZone?: string): Intl.DateTimeFormat =>
  dateFormat('offset', 'en', { timeZone, timeZoneName: 'longOffset' });

/** `value` when it names an IANA time zone Intl knows, else undefined (the date view warns about any other). */
export function ianaZone(value: string | undefined): string | undefined {
  try {
    return value ? zoneFormat(value) && value : undefined;
  } catch {
    return undefined;
  }
}

/** `+09:00`, `-0530`, `+09` (or text containing one, like `GMT+09:00`) in ms; anything else is 0. */
export function offsetOf(text: string): number {
  const [, sign, h, m = 0] = /([+-])(\d\d):?(\d\d)?/.exec(text) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (+h! * 60 + +m) * MINUTE : 0;
}

/**
 * How far `timeZone` (the reader's when undefined) is ahead of UTC at instant `t`, in ms. Zones
 * change their offset on a quarter hour (UTC), so the answer is remembered per zone and quarter
 * hour: a page of relative datelines formats "now"'s offset once, not twice per dateline.
 */
export const zoneOffset = (t: number, timeZone?: string): number =>
  cached(`${timeZone} ${Math.floor(t / 9e5)}`, () => offsetOf(zoneFormat(timeZone).format(t)));

/** A zone name Intl writes for the zone (`shortGeneric` "ET", `longGeneric` "Eastern Time"). */
export type GenericZoneName = 'shortGeneric' | 'longGeneric';

/**
 * `shown` with the zone's short name ("GMT+9", where a pattern's `{timeZoneName}` or a full date
 * prints it) replaced by `label`: the house's own name ("KST", "Seoul time"), or the name Intl gives
 * the zone in `locale` (`shortGeneric`, `longGeneric`). Text that names no zone is returned as is.
 */
export function zoneLabel(
  shown: string,
  date: IsoDate,
  locale: string,
  timeZone: string | undefined,
  label: string | GenericZoneName,
): string {
  const name = (style: 'short' | GenericZoneName) =>
    dateFormat(`zone ${style}`, locale, { timeZoneName: style, timeZone })
      .formatToParts(date.t)
      .find((part) => part.type === 'timeZoneName')?.value;
  const short = name('short');
  return short && shown.includes(short)
    ? shown.replace(
        short,
        label === 'shortGeneric' || label === 'longGeneric' ? (name(label) ?? short) : label,
      )
    : shown;
}
