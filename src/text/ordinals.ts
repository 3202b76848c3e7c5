/**
 * Ordinal day numbers the way each language's newspapers print them. Pure, no DOM.
 */
import { remember } from './memo.js';

/**
 * Suffixes for `{dayOrdinal}`, per language tag: the exact tag first (`pt-PT`), then its language
 * (`pt`; so `pt-PT-u-nu-latn` takes the Brazilian form). A key is an `Intl.PluralRules` ordinal category of the language (`one`, `two`, `few`,
 * `many`, `other`: CLDR's rules, so `21st` and `11th` come from the platform) or `=N` for day N
 * alone. A day that matches no key, and every language not listed, prints the plain day.
 *
 * Add a language before the datelines render, e.g. Catalan (1r, 2n, 3r, 4t, 5è):
 * `NewsDateline.ordinals.ca = { one: 'r', two: 'n', few: 't', other: 'è' }`.
 */
export const ordinals: Record<string, Record<string, string>> = {
  en: { one: 'st', two: 'nd', few: 'rd', other: 'th' },
  // Only the first of the month is an ordinal: "1er décembre", then "2 décembre".
  fr: { '=1': 'er' },
  // "1º dicembre" (the ordinal indicator, which papers often set as a degree sign).
  it: { '=1': 'º' },
  // Brazil writes "1º de dezembro"; Portugal's spelling puts a full stop before the indicator.
  pt: { '=1': 'º' },
  'pt-PT': { '=1': '.º' },
  // Spanish has no entry: Spanish newspapers print "1 de diciembre" (El País's style book writes
  // days as plain numbers); a site that prints "1.º" adds `es: { '=1': '.º' }`.
};

const rules = new Map<string, Intl.PluralRules>();

/** `14` → `14th` in English, `1` → `1er` in French; the plain day where the language has no entry
 * or for digits other than Latin ones (`١٤`). */
export function ordinal(day: string, locale: string): string {
  const suffixes = ordinals[locale] ?? ordinals[locale.split('-')[0]!];
  const n = +day;
  return suffixes && n
    ? day +
        (suffixes[`=${n}`] ??
          suffixes[
            remember(rules, locale, () => new Intl.PluralRules(locale, { type: 'ordinal' })).select(n)
          ] ??
          '')
    : day;
}
