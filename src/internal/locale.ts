import { remember } from '../text/memo.js';

/**
 * The language an element speaks: its own `locale` when valid, else the `lang` of the nearest
 * ancestor (walking out through shadow roots), else the document's, else the browser's.
 */
export function resolveLocale(element: Element, explicit?: string | null): string {
  const own = canonicalLocale(explicit);
  if (own) return own;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = canonicalLocale(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonicalLocale(navigator.language) ?? 'en';
}

/** A valid BCP 47 tag in canonical form (extensions kept), or `undefined` for anything else. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  return remember(canonical, tag, () => {
    try {
      // `en_GB` (a POSIX locale, as some CMSs write `lang`) is `en-GB`.
      return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
    } catch {
      return undefined;
    }
  });
}

/** Right-to-left scripts, judged from the locale's script (or its likely script). */
export function isRtlLocale(locale: string): boolean {
  return remember(rtl, locale, () => {
    try {
      const { script } = new Intl.Locale(locale).maximize();
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(script ?? '');
    } catch {
      return false;
    }
  });
}

/** Whether Intl writes dates in `locale` (Pashto has none in Chromium), remembered. */
export const writesDates = (locale: string): boolean =>
  remember(dateLocales, locale, () => Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0);

/** Names joined the language's way ("A, B and C"): Intl's list format for `locale`, remembered. */
export function nameList(locale: string): Intl.ListFormat {
  return remember(lists, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
}

const canonical = new Map<string, string | undefined>();
const rtl = new Map<string, boolean>();
const lists = new Map<string, Intl.ListFormat>();
const dateLocales = new Map<string, boolean>();
