import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { canonicalLocale, isRtlLocale, resolveLocale } from './locale.js';
import type { Translation } from '../i18n/en.js';
import type { HydrationController } from './hydration.js';
import { translate } from './translate.js';

// Canonicalising a tag and finding its script cost microseconds each (Intl), and a list may hold a
// thousand teasers that all carry the same `locale`. A server meets any number of tags over its
// life, so each memo starts over when it is full.
const canonical = new Map<string, string | undefined>();
const rtl = new Map<string, boolean>();
function remember<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (!memo.has(key)) {
    if (memo.size > 99) memo.clear();
    memo.set(key, compute(key));
  }
  return memo.get(key) as T;
}

/**
 * The language an element speaks, its direction, and its built-in strings:
 * `language = new LocaleController(this, this.hydration)`, then `this.language.term('close')`.
 *
 * The language is the element's own locale when it is a valid BCP 47 tag, else the nearest `lang`
 * (through shadow roots, then the document's, then the browser's). The server, and the first render
 * over server-rendered DOM, use only the element's own locale, else English: hydration assumes that
 * render equals the server's, so it may use only what the server knew. The render after it, which
 * the element's `HydrationController` asks for, speaks the page's language.
 *
 * Resolved once per update (willUpdate and render see the same value), not once per read.
 * @internal
 */
export class LocaleController implements ReactiveController {
  // What `resolve()` found last, for which explicit value, and whether it holds for this update.
  private asked: unknown;
  private ownTag: string | undefined;
  private current = 'en';
  private resolved = false;

  /**
   * @param hydration The element's, which says when the render must be the server's.
   * @param explicit The element's own locale (default: its `locale` property); anything but a
   * valid tag counts as none.
   */
  constructor(
    private readonly host: ReactiveElement & { locale?: unknown },
    private readonly hydration: HydrationController,
    private readonly explicit: () => unknown = () => host.locale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolved = false;
  }

  hostUpdated(): void {
    this.resolved = false;
  }

  /** The element's own locale, canonical, when it is a valid tag; else `undefined`. */
  get own(): string | undefined {
    this.resolve();
    return this.ownTag;
  }

  /** The language the element speaks, a canonical BCP 47 tag. */
  get lang(): string {
    return this.resolve();
  }

  /** The direction of the element's language. */
  get dir(): 'rtl' | 'ltr' {
    return remember(rtl, this.resolve(), isRtlLocale) ? 'rtl' : 'ltr';
  }

  /** The built-in string `key` in the element's language (English where the language lacks it). */
  term(key: keyof Translation): string {
    return translate(this.resolve(), key);
  }

  private resolve(): string {
    const asked = this.explicit();
    if (this.resolved && asked === this.asked) return this.current;
    const own = typeof asked === 'string' ? remember(canonical, asked, canonicalLocale) : undefined;
    this.asked = asked;
    this.ownTag = own;
    this.current = own ?? (isServer || this.hydration.hydrating ? 'en' : resolveLocale(this.host));
    // Kept for the rest of an update only: between updates, a page's `lang` may change unseen.
    this.resolved = this.host.isUpdatePending;
    return this.current;
  }
}
