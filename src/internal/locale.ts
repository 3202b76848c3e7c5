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
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** Right-to-left scripts, judged from the locale's script (or its likely script). */
export function isRtlLocale(locale: string): boolean {
  try {
    const { script } = new Intl.Locale(locale).maximize();
    return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(script ?? '');
  } catch {
    return false;
  }
}

const known = new Map<string, unknown>();

/**
 * Intl's answer about a tag, remembered: each costs microseconds, and a list of a thousand teasers
 * asks about the same few tags. It starts over when full, since a server meets any number of tags.
 */
export function remember<T>(key: string, compute: () => T): T {
  if (!known.has(key)) {
    if (known.size > 199) known.clear();
    known.set(key, compute());
  }
  return known.get(key) as T;
}
