/**
 * Datelines in two calendars ("۲۴ آذر ۱۳۹۱ - ۱۴ دسامبر ۲۰۱۲"), from Intl alone. Pure, no DOM.
 */

/**
 * The locales to print a date in two calendars: `[main, second]`, or `undefined` when Intl knows
 * no calendar `calendar` (`persian`, `islamic-umalqura`, `hebrew`, `japanese`, `buddhist`...).
 * The second is `locale` in `calendar`. The main is `locale` as it stands, except where its own
 * calendar is `calendar` (Persian and Pashto count in the Solar Hijri calendar): then it is the
 * Gregorian date, as BBC Persian and BBC Pashto print it next to the Solar Hijri one.
 */
export function twoCalendars(locale: string, calendar: string): [string, string] | undefined {
  // Safari before 15.4 cannot list calendars: one date there.
  if (!Intl.supportedValuesOf?.('calendar').includes(calendar)) return undefined;
  // From the locale Intl settles on: where it has no data for `locale` (Pashto in Chromium), a
  // calendar asked for in the tag would be dropped together with the language.
  const { calendar: own, locale: base } = new Intl.DateTimeFormat(locale).resolvedOptions();
  const inCalendar = (name: string) => new Intl.Locale(base, { calendar: name }).toString();
  return [own === calendar ? inCalendar('gregory') : locale, inCalendar(calendar)];
}
