import { en, type Translation } from '../i18n/en.js';
import { ar } from '../i18n/ar.js';
import { de } from '../i18n/de.js';
import { es } from '../i18n/es.js';
import { fr } from '../i18n/fr.js';
import { he } from '../i18n/he.js';
import { ja } from '../i18n/ja.js';
import { ko } from '../i18n/ko.js';

// Every language shipped, by tag: a language (`de`), or a tag with a region or script (`pt-BR`)
// whose table holds only what differs from its language's.
const languages: Record<string, Partial<Translation>> = { en, ar, de, es, fr, he, ja, ko };

// The table each tag reads, built once per tag, so that a term costs one lookup: a list may render
// a thousand teasers. It starts over when full (a server meets any number of tags), and must when
// a table is added.
const resolved = new Map<string, Translation>();

/**
 * The built-in string `key` in `locale`: from the exact tag's table, else its language's, else
 * English, key by key (a language that lacks a key shows the English text).
 * @internal
 */
export function translate(locale: string, key: keyof Translation): string {
  let table = resolved.get(locale);
  if (!table) {
    if (resolved.size > 99) resolved.clear();
    const language = locale.split('-')[0]!.toLowerCase();
    resolved.set(locale, (table = { ...en, ...languages[language], ...languages[locale] }));
  }
  return table[key];
}

/**
 * `template` with each `{name}` replaced by `values[name]`, taken as written (a `$` in a name stays
 * a `$`); a placeholder without a value stays as it is.
 * @internal
 */
export function substitute(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : placeholder,
  );
}
