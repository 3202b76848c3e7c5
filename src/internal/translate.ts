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

/**
 * The built-in string `key` in `locale`: from the exact tag's table, else its language's, else
 * English, key by key (a language that lacks a key shows the English text).
 * @internal
 */
export function translate(locale: string, key: keyof Translation): string {
  return languages[locale]?.[key] ?? languages[locale.split('-')[0]!.toLowerCase()]?.[key] ?? en[key];
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
