import { remember } from './memo.js';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in the language's own digits ("١٢" in Arabic, "۱۲" in Persian), at least `digits`
 * long and without grouping: the counts, ranks, positions and clocks the elements write as text, since
 * a CSS counter draws the digits of a counter style, not of the language. `lang` is a canonical tag
 * (LocaleController's), or empty for English.
 */
export const numeral = (lang: string, value: number, digits = 1): string =>
  remember(
    formats,
    `${lang} ${digits}`,
    () => new Intl.NumberFormat(lang || 'en', { minimumIntegerDigits: digits, useGrouping: false }),
  ).format(value);
