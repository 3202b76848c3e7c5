import { remember } from '../text/memo.js';

const rules = new Map<string, Intl.PluralRules>();

/**
 * "3 new updates": the template `one` or `other` (each with a `{count}`), as `lang`'s plural rules
 * choose for `count`, which is written in `lang`'s digits. Tables give the two forms; languages
 * with more (Arabic, Polish) word their `other` so that it reads right for every count.
 */
export function counted(count: number, lang: string, one: string, other: string): string {
  const isOne = remember(rules, lang, () => new Intl.PluralRules(lang)).select(count) === 'one';
  // Not through translate.ts's `substitute`: the list's chunk importing it from here split Lit
  // out of the single file (the bundler's choice), and one placeholder needs no more than this.
  return (isOne ? one : other).replace('{count}', count.toLocaleString(lang));
}
