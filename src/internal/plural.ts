import type { Translation } from '../i18n/en.js';
import { remember } from '../text/memo.js';
import { translate, wordedIn } from './translate.js';

const rules = new Map<string, Intl.PluralRules>();

/**
 * "3 new updates" in `lang`: the string `one` or `other` (each with a `{count}`), as the plural
 * rules of the language those strings are written in choose for `count` (English's where `lang`
 * has none), with `count` in `lang`'s digits. Tables give the two forms; languages with more
 * (Arabic, Polish) word their `other` so that it reads right for every count.
 */
export function counted(
  count: number,
  lang: string,
  one: keyof Translation,
  other: keyof Translation,
): string {
  const worded = wordedIn(lang, one);
  const isOne = remember(rules, worded, () => new Intl.PluralRules(worded)).select(count) === 'one';
  // Not through translate.ts's `substitute`: the list's chunk importing that from here split Lit
  // out of the single file (the bundler's choice), and one placeholder needs no more than this.
  return translate(lang, isOne ? one : other).replace('{count}', count.toLocaleString(lang));
}
