import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { Translation } from '../i18n/en.js';
import type { HydrationController } from './hydration.js';
import { pageStrings } from './define.js';
import { holdUpdates } from './hold.js';
import { canonicalLocale, isRtlLocale, resolveLocale } from './locale.js';
import {
  foreignWording,
  translate,
  translationListeners,
  translationTags,
  translationsReady,
} from './translate.js';

// The page's own `lang` only: a page that names none may be English read in a German browser, and
// is not kept waiting for strings it may never use.
if (!isServer)
  pageStrings.wait = () => {
    const lang = canonicalLocale(document.documentElement.getAttribute('lang'));
    return lang ? translationsReady(lang) : undefined;
  };

// The controllers on the page, and one watch over the `lang` attributes of the page's light DOM: a
// single-page app switching the page's language redraws the elements that speak the page's.
const onPage = new Set<LocaleController>();
let langWatch: MutationObserver | undefined;

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
 * Strings other than English load on demand. The element's updates wait for its language's
 * strings (so no English shows first, and the element needs no code for it), through `holdUpdates`
 * (hold.ts), as elements wait for other code they load on demand. The element renders
 * again when strings it speaks change (a late table, `registerTranslations`).
 * @internal
 */
export class LocaleController implements ReactiveController {
  /**
   * @param hydration The element's, which says when the render must be the server's.
   * @param explicit The element's own locale (default: its `locale` property); anything but a
   * valid tag counts as none.
   * @param hold Whether updates wait for the strings. An element whose strings are a detail of a
   * larger render (the article's reading time) does not hold that render back: it asks `loaded`.
   */
  constructor(
    private readonly host: ReactiveElement & { locale?: unknown },
    private readonly hydration: HydrationController,
    private readonly explicit: () => unknown = () => host.locale,
    hold = true,
  ) {
    host.addController(this);
    if (hold) holdUpdates(host, () => this.ready());
  }

  /**
   * Whether the strings of the element's language are here (or will not come); if not, the host
   * renders again when they are.
   */
  get loaded(): boolean {
    const ready = this.ready();
    void ready?.then(() => this.host.requestUpdate());
    return !ready;
  }

  hostConnected(): void {
    if (isServer) return;
    translationListeners.add(this.changed);
    onPage.add(this);
    if (langWatch) return;
    langWatch = new MutationObserver(() => {
      for (const controller of onPage)
        if (
          !controller.own &&
          controller.spoken !== undefined &&
          resolveLocale(controller.host) !== controller.spoken
        )
          controller.host.requestUpdate();
    });
    langWatch.observe(document, { subtree: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    translationListeners.delete(this.changed);
    onPage.delete(this);
    if (onPage.size) return;
    langWatch?.disconnect();
    langWatch = undefined;
  }

  private changed = (tag: string): void => {
    if (translationTags(this.lang).includes(tag)) this.host.requestUpdate();
  };

  /**
   * What the next update waits for: the element's language's strings, unless they are loaded or
   * the render must be the server's (which had only what was loaded then).
   */
  private ready(): Promise<unknown> | undefined {
    if (isServer || this.hydration.hydrating) return;
    // The host's `locale` too: an element may settle its own locale only in willUpdate.
    const ready = [this.lang, canonicalLocale(this.host.locale)].map((tag) => tag && translationsReady(tag));
    return ready.some(Boolean) ? Promise.all(ready) : undefined;
  }

  /** The element's own locale, canonical, when it is a valid tag; else `undefined`. */
  get own(): string | undefined {
    return canonicalLocale(this.explicit());
  }

  /** The language the element speaks, a canonical BCP 47 tag. */
  get lang(): string {
    return this.own ?? this.inherited;
  }

  /** The page's language the element last asked for: a `lang` changed around it redraws it if it differs. */
  private spoken?: string;

  /** The language of the page around the element (English on the server and while hydrating). */
  get inherited(): string {
    return isServer || this.hydration.hydrating ? 'en' : (this.spoken = resolveLocale(this.host));
  }

  /** The direction of the element's language. */
  get dir(): 'rtl' | 'ltr' {
    return isRtlLocale(this.lang) ? 'rtl' : 'ltr';
  }

  /** The built-in string `key` in the element's language (English where the language lacks it). */
  term(key: keyof Translation): string {
    return translate(this.lang, key);
  }

  /** The language `term(key)` is worded in when it is not the element's (`foreignWording`). */
  termLanguage(key: keyof Translation): string | undefined {
    return foreignWording(this.lang, key);
  }
}
