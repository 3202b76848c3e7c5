import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { pickTranslation, resolveLocale } from '../internal/locale.js';
import { safeUrl } from '../internal/safe-url.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import type { FeedErrorKind, TeaserItem } from './feed.js';
import { quote, text } from '../internal/values.js';
import { heading, headingLevel } from '../internal/heading.js';
import { LAYOUTS, type NewsTeaser, type TeaserLayout } from '../teaser/teaser.js';
import { styles } from './teaser-list.styles.js';

export type { TeaserItem, FeedErrorKind };

/** Detail of `news-teaser-list-load`. */
export interface TeaserListLoadDetail {
  src: string;
  items: TeaserItem[];
}

/** Detail of `news-teaser-list-error`. */
export interface TeaserListErrorDetail {
  src: string;
  kind: FeedErrorKind;
  message: string;
}

/** Where the feed is: nothing to fetch, on its way, shown, or failed. */
export type TeaserListStatus = 'idle' | 'loading' | 'loaded' | 'error';

// loading|error|retry|empty, per language.
const TEXT: Record<string, string> = {
  en: 'Loading stories…|Couldn’t load these stories.|Try again|No stories to show.',
  ko: '기사를 불러오는 중…|기사를 불러오지 못했습니다.|다시 시도|표시할 기사가 없습니다.',
  ja: '記事を読み込んでいます…|記事を読み込めませんでした。|再試行|表示する記事はありません。',
  de: 'Artikel werden geladen …|Die Artikel konnten nicht geladen werden.|Erneut versuchen|Keine Artikel vorhanden.',
  fr: 'Chargement des articles…|Impossible de charger les articles.|Réessayer|Aucun article à afficher.',
  es: 'Cargando noticias…|No se pudieron cargar las noticias.|Reintentar|No hay noticias que mostrar.',
  ar: 'جارٍ تحميل الأخبار…|تعذّر تحميل الأخبار.|إعادة المحاولة|لا توجد أخبار لعرضها.',
};

// Long lists render in steps: a screenful first, then chunks sized to keep each task near 20 ms
// (well under the 50 ms that makes a long task), so scrolling and typing never wait.
const FIRST = 24;
const TASK_MS = 20;

const PARTS = 'card, headline, link, excerpt, image-box, image, dateline, meta, kicker, label, sponsored';
// Children that are not stories: they fill other slots, or are never drawn.
const NOT_ITEMS = /^(template|script|style)$/;

/**
 * A list of story teasers under a heading ("More stories"), from `<news-teaser>` children, from
 * the `items` property, or from a feed at `src` (JSON Feed, WordPress REST posts, RSS, Atom).
 *
 * @tagname news-teaser-list
 * @summary A list of story teasers from markup, data or a live feed, with loading, error and empty states.
 *
 * @slot - `<news-teaser>` elements (or `<li>`, or any element), when neither `items` nor `src` is used.
 * @slot empty - Shown when the list has no stories (default: "No stories to show.").
 * @slot error - Replaces the message shown when the feed fails.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>` (for `items` and feeds).
 * @csspart status - The live region with the loading and error messages.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The box around the `empty` slot.
 * @csspart card - A teaser's `<article>` (for `items` and feeds; same for every part below).
 * @csspart headline - A teaser's heading.
 * @csspart link - A teaser's link.
 * @csspart excerpt - A teaser's excerpt.
 * @csspart image-box - A teaser's thumbnail box.
 * @csspart image - A teaser's thumbnail.
 * @csspart dateline - A teaser's `<news-dateline>`.
 * @csspart meta - A teaser's kicker and badge line.
 * @csspart kicker - A teaser's kicker.
 * @csspart label - A teaser's badge.
 * @csspart sponsored - A teaser's "Sponsored" mark.
 *
 * @cssprop [--news-teaser-list-gap=var(--news-space-lg, 1.5rem)] - Space between teasers.
 * @cssprop [--news-teaser-list-divider-color=var(--news-color-border, #d6d3cc)] - Rule between teasers (`list`, `compact`).
 * @cssprop [--news-teaser-list-column-width=16rem] - Narrowest column of the `grid` layout (`hero`: 22rem).
 * @cssprop [--news-teaser-list-heading-color=var(--news-color-text, #1a1a1a)] - Heading colour.
 * @cssprop [--news-teaser-list-heading-font=var(--news-font-ui, system-ui, sans-serif)] - Heading font.
 * @cssprop [--news-teaser-list-heading-size=var(--news-font-size-md, 1.0625rem)] - Heading size.
 * @cssprop [--news-teaser-list-rule-color=var(--news-color-text, #1a1a1a)] - Rule above the heading.
 * @cssprop [--news-teaser-list-min-block-size=auto] - Room the page reserves for the list before its stories
 *   arrive (before the script runs, while a feed loads); a longer list still grows past it.
 * @cssprop [--news-color-accent=#b3261e] - Mark beside the error message.
 * @cssprop [--news-color-text-muted=#595959] - Empty message colour.
 * @cssprop [--news-color-focus-ring=#0b57a4] - Focus ring of the Retry button.
 * @cssprop [--news-space-md=1rem] - Space below the heading and around messages.
 * @cssprop [--news-font-size-sm=0.875rem] - Message and button size.
 *
 * @fires news-teaser-list-load - The feed at `src` loaded; `detail: { src, items }`.
 * @fires news-teaser-list-error - The feed failed (HTTP error, network, timeout, malformed or unrecognised);
 *   `detail: { src, kind, message }`. The previous stories stay.
 */
export class NewsTeaserList extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: {},
    limit: { type: Number },
    format: {},
    pattern: {},
    locale: {},
    src: {},
    timeout: { type: Number },
    items: { attribute: false },
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    feedStatus: { state: true, attribute: false },
    feedItems: { state: true, attribute: false },
    rendered: { state: true, attribute: false },
  };

  /** The list's heading ("More stories"); also the list's accessible name. */
  heading = '';

  /** Level of the list's heading, 2 to 6; the teasers' headlines are one level below. */
  headingLevel = 2;

  /** `list` (default), `grid`, `compact` (headlines and dates only) or `hero` (the first story large). */
  layout: TeaserLayout = 'list';

  /** Show at most this many stories. */
  limit: number | null = null;

  /** Every dateline's `format` (teasers with their own `format` keep it). */
  format = '';

  /** Every dateline's house `pattern` (teasers with their own `pattern` keep it). */
  pattern = '';

  /** Language of the list's messages and of every teaser without its own `locale`. */
  locale = '';

  /** A feed to fetch: JSON Feed 1.1, WordPress REST posts (`/wp-json/wp/v2/posts?_embed`), RSS 2.0 or Atom. */
  src = '';

  /** Milliseconds to wait for the feed before giving up. */
  timeout = 10000;

  /** Stories as data: `{ headline, href, datetime, excerpt, image, imageAlt, kicker, label, sponsored }`. */
  items: TeaserItem[] = [];

  private feedStatus: TeaserListStatus = 'idle';
  private feedItems: TeaserItem[] | undefined;

  private shown: TeaserItem[] = [];
  /** The stories to show, after `limit`; `rendered` of them are in the DOM so far. */
  private entries: TeaserItem[] = [];
  private rendered = 0;
  private chunkTimer?: ReturnType<typeof setTimeout>;
  private chunk = { size: 24, started: 0 };
  private chunkWaiters: (() => void)[] = [];
  private hydrating = false;
  private childItems: Element[] = [];
  private listItems = new Set<Element>();
  private hiddenByLimit = new Set<Element>();
  private controller?: AbortController;
  private request = 0;
  private loadedSrc = '';

  /** Where the feed at `src` is: `idle` (no `src`), `loading`, `loaded` or `error`. */
  get status(): TeaserListStatus {
    return this.feedStatus;
  }

  /** Fetches `src` again (what the Retry button does). */
  reload(): void {
    this.load(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.rendered < this.entries.length) this.scheduleChunk();
    // Re-attached after a removal cut the fetch short.
    const src = text(this.src);
    if (this.hasUpdated && src && (this.feedStatus !== 'loaded' || this.loadedSrc !== src)) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.chunkTimer);
    this.chunkTimer = undefined;
    this.chunkWaiters.splice(0).forEach((resolve) => resolve());
    this.request++;
    this.controller?.abort();
    if (this.feedStatus === 'loading') this.feedStatus = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render over server-rendered DOM must repeat what the server knew, or hydration fails.
    this.hydrating = !this.hasUpdated && !!this.shadowRoot?.firstChild;
    if (changed.has('src')) {
      if (isServer) this.feedStatus = text(this.src) ? 'loading' : 'idle';
      else if (this.isConnected) this.load();
    }
    if (this.hydrating && !this.items?.length) {
      // Items a server rendered from travel with its HTML; the browser may have no other copy.
      const json = this.shadowRoot!.querySelector<HTMLElement>('template[data-items]')?.dataset['items'];
      try {
        if (json) this.items = JSON.parse(json) as TeaserItem[];
      } catch {
        // Tampered markup: render what the page gives, as without a server.
      }
    }
    if (changed.has('items') || this.hydrating) this.shown = this.validItems();
    const data = this.feedItems ?? this.shown;
    const entries = this.feedItems !== undefined || this.shown.length > 0 ? data.slice(0, this.max()) : [];
    if (entries.length !== this.entries.length || entries.some((entry, i) => entry !== this.entries[i])) {
      // Server output and hydration render everything at once: the server's DOM must match.
      const all = isServer || this.hydrating || entries.length <= FIRST;
      this.rendered = all ? entries.length : Math.min(entries.length, Math.max(this.rendered, FIRST));
      this.chunk = { size: FIRST, started: 0 };
    }
    this.entries = entries;
    if (!isServer) {
      this.childItems = [...this.children].filter((child) => !child.slot && !NOT_ITEMS.test(child.localName));
    }
  }

  private validItems(): TeaserItem[] {
    const items: unknown = this.items;
    if (items == null) return [];
    if (!Array.isArray(items)) {
      warnOnce(
        this,
        'items',
        '<news-teaser-list> items must be an array of { headline, href, … }; it is ignored.',
      );
      return [];
    }
    const valid = items.filter(
      (item): item is TeaserItem => !!item && typeof item === 'object' && !!text(item.headline),
    );
    if (valid.length < items.length) {
      warnOnce(
        this,
        'items',
        `<news-teaser-list> ${items.length - valid.length} of the items have no headline and are not shown.`,
      );
    }
    return valid;
  }

  private load(fresh = false): void {
    this.controller?.abort();
    const request = ++this.request;
    const src = text(this.src);
    if (!src) {
      this.feedStatus = 'idle';
      this.feedItems = undefined;
      return;
    }
    const url = safeUrl(src, 'link');
    if (!url) {
      this.fail(request, src, {
        kind: 'url',
        message: `src ${quote(src)} is not an http(s) or relative URL.`,
      });
      return;
    }
    const controller = (this.controller = new AbortController());
    const ms = this.timeout > 0 ? this.timeout : 10000;
    const timer = setTimeout(
      () => controller.abort({ kind: 'timeout', message: `${src} did not answer within ${ms / 1000} s.` }),
      ms,
    );
    this.feedStatus = 'loading';
    // Feed parsing loads only for lists that use `src`: markup and `items` never pay for it.
    import('./feed.js')
      .then(({ fetchFeed }) => fetchFeed(url, controller.signal, fresh))
      .then(
        (items) => {
          // A newer request (another src, a retry, a removal) owns the list now.
          if (request !== this.request) return;
          this.feedItems = items;
          this.feedStatus = 'loaded';
          this.loadedSrc = src;
          clearWarning(this, 'src');
          this.dispatchEvent(
            new CustomEvent<TeaserListLoadDetail>('news-teaser-list-load', {
              detail: { src, items },
              bubbles: true,
              composed: true,
            }),
          );
        },
        (error: unknown) => this.fail(request, src, error),
      )
      .finally(() => clearTimeout(timer));
  }

  private fail(request: number, src: string, error: unknown): void {
    if (request !== this.request) return;
    const { kind, message } =
      error && typeof error === 'object' && 'kind' in error
        ? (error as TeaserListErrorDetail)
        : { kind: 'network' as const, message: String(error) };
    this.feedStatus = 'error';
    warnOnce(this, 'src', `<news-teaser-list> could not show the feed: ${message}`);
    this.dispatchEvent(
      new CustomEvent<TeaserListErrorDetail>('news-teaser-list-error', {
        detail: { src, kind, message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private layoutName(): TeaserLayout {
    if (LAYOUTS.includes(this.layout)) return this.layout;
    warnOnce(
      this,
      'layout',
      `<news-teaser-list> layout ${quote(this.layout)} is not one of ${LAYOUTS.join(', ')}; using list.`,
    );
    return 'list';
  }

  private max(): number {
    const limit = this.limit;
    if (limit == null) return Infinity;
    if (Number.isInteger(limit) && limit > 0) return limit;
    warnOnce(
      this,
      'limit',
      `<news-teaser-list> limit ${quote(limit)} is not a positive whole number; showing every story.`,
    );
    return Infinity;
  }

  /** The layout of the story at `index`: in `hero` the first is large and the rest are a list. */
  private itemLayout(layout: TeaserLayout, index: number): TeaserLayout {
    return layout === 'hero' ? (index ? 'list' : 'hero') : layout;
  }

  private onSlotChange() {
    this.requestUpdate();
  }

  protected override render() {
    const layout = this.layoutName();
    const max = this.max();
    const level = headingLevel(this, 'news-teaser-list', this.headingLevel, 2);
    const title = text(this.heading);
    // Resolved once here rather than by each of a thousand teasers and datelines.
    const locale = isServer ? text(this.locale) : resolveLocale(this, this.locale);
    const [loadingText, errorText, retryText, emptyText] = pickTranslation(TEXT, locale || 'en').split('|');
    const fromData = this.feedItems !== undefined || this.shown.length > 0;
    const entries = this.entries;
    const loading = this.feedStatus === 'loading';
    const failed = this.feedStatus === 'error';
    // The server cannot see children: it assumes some (no "No stories"), but draws skeletons for a
    // feed still to come. The first render over its DOM does the same.
    const unknown = isServer || this.hydrating;
    const nothingShown = !entries.length && (fromData || (!unknown && !this.childItems.length));
    const skeletons = loading && (nothingShown || (unknown && !entries.length)) ? Math.min(max, 3) : 0;

    return html`${title ? heading(level, 'heading', title) : nothing}
      <div class="status${failed ? ' failed' : ''}" part="status" role="status">
        ${loading ? html`<span class="visually-hidden">${loadingText}</span>` : nothing}
        ${
          failed
            ? html`<p class="error"><slot name="error">${errorText}</slot></p>
                <button type="button" part="retry" @click=${this.reload}>${retryText}</button>`
            : nothing
        }
      </div>
      <ul
        class="items ${layout}"
        part="list"
        aria-labelledby=${title ? 'heading' : nothing}
        aria-busy=${loading ? 'true' : 'false'}
      >
        ${entries.slice(0, this.rendered).map(
          (item, i) =>
            html`<li part="item">
              <news-teaser
                exportparts=${PARTS}
                .headline=${item.headline}
                .href=${item.href ?? ''}
                .datetime=${item.datetime ?? ''}
                .excerpt=${item.excerpt ?? ''}
                .imageSrc=${item.image ?? ''}
                .imageAlt=${item.imageAlt ?? ''}
                .kicker=${item.kicker ?? ''}
                .label=${item.label ?? ''}
                .sponsored=${!!item.sponsored}
                .layout=${this.itemLayout(layout, i)}
                .headingLevel=${Math.min(level + 1, 6)}
                .format=${this.format}
                .pattern=${this.pattern}
                .locale=${locale}
              ></news-teaser>
            </li>`,
        )}
        ${Array.from(
          { length: skeletons },
          (_, i) =>
            html`<li aria-hidden="true">
              <news-teaser skeleton .layout=${this.itemLayout(layout, i)}></news-teaser>
            </li>`,
        )}
        ${fromData ? nothing : html`<slot @slotchange=${this.onSlotChange}></slot>`}
      </ul>
      <template data-items=${isServer && this.shown.length ? JSON.stringify(this.shown) : nothing}></template>
      <div class="empty" part="empty" ?hidden=${!nothingShown || loading || (failed && !fromData)}>
        <slot name="empty">${emptyText}</slot>
      </div>`;
  }

  protected override updated(): void {
    this.adoptChildren();
    // Hydration kept the server's guesses about children; now that they can be seen, render again.
    if (this.hydrating) queueMicrotask(() => this.requestUpdate());
    if (this.rendered < this.entries.length) this.scheduleChunk();
  }

  private scheduleChunk(): void {
    if (this.chunkTimer !== undefined || !this.isConnected) return;
    this.chunkTimer = setTimeout(() => {
      this.chunkTimer = undefined;
      // The last chunk's task (teasers and datelines included) ran until this timer fired.
      const now = performance.now();
      const { size, started } = this.chunk;
      const perItem = started ? Math.max(now - started, 1) / size : TASK_MS / size;
      this.chunk = { size: Math.min(Math.max(Math.floor(TASK_MS / perItem), 8), 200), started: now };
      this.rendered = Math.min(this.rendered + this.chunk.size, this.entries.length);
      this.chunkWaiters.splice(0).forEach((resolve) => resolve());
    });
  }

  /** Resolves once every story is in the DOM, long lists included. @internal */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.rendered < this.entries.length && this.chunkTimer !== undefined) {
      await new Promise<void>((resolve) => this.chunkWaiters.push(resolve));
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /**
   * Child teasers are list items (through the slot in the `<ul>`): each gets the list's layout,
   * dateline settings and heading level unless it sets its own, and those past `limit` are hidden.
   */
  private adoptChildren(): void {
    const layout = this.layoutName();
    const max = this.max();
    const level = Math.min(headingLevel(this, 'news-teaser-list', this.headingLevel, 2) + 1, 6);
    const current = new Set(this.childItems);
    for (const child of this.listItems) {
      if (current.has(child)) continue;
      if (child.getAttribute('role') === 'listitem') child.removeAttribute('role');
      if (this.hiddenByLimit.delete(child)) (child as HTMLElement).hidden = false;
    }
    this.listItems = current;
    this.childItems.forEach((child, i) => {
      if (child.localName !== 'li' && !child.hasAttribute('role')) child.setAttribute('role', 'listitem');
      const over = i >= max && !this.feedItems;
      if (over && !(child as HTMLElement).hidden) {
        (child as HTMLElement).hidden = true;
        this.hiddenByLimit.add(child);
      } else if (!over && this.hiddenByLimit.delete(child)) {
        (child as HTMLElement).hidden = false;
      }
      if (child.localName !== 'news-teaser') return;
      const teaser = child as NewsTeaser;
      const inherit = <K extends 'layout' | 'format' | 'pattern' | 'locale' | 'headingLevel'>(
        key: K,
        attribute: string,
        value: NewsTeaser[K],
      ) => {
        if (value && !teaser.hasAttribute(attribute) && teaser[key] !== value) teaser[key] = value;
      };
      inherit('layout', 'layout', this.itemLayout(layout, i));
      inherit('headingLevel', 'heading-level', level);
      inherit('format', 'format', text(this.format));
      inherit('pattern', 'pattern', text(this.pattern));
      inherit('locale', 'locale', text(this.locale));
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-teaser-list-load': CustomEvent<TeaserListLoadDetail>;
    'news-teaser-list-error': CustomEvent<TeaserListErrorDetail>;
  }
}
