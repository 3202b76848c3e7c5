import { ReactiveElement, isServer, type PropertyValues } from 'lit';
import { latest } from '../internal/latest.js';
import { warnOnce } from '../internal/warn.js';
import { adoptLightStyles } from '../internal/adopt.js';
import { HEADINGS, giveHeadingIds, idScope } from '../internal/heading-ids.js';
import { BLOCKS, MAX_HTML } from '../text/html-structure.js';
import { styles } from './article-body.styles.js';
import { converterCode, sanitizerCode } from '../internal/html-code.js';

// Content the converter reads: shortcodes, line breaks (which may be WordPress's paragraphs and
// breaks: the converter tells), no HTML structure, or more than it renders (it cuts).
const WORDPRESS = /\[\/?[a-z]|\n/i;
// The sanitiser's prefix for the ids content brings (sanitize.ts), which the ids made here share.
const ID_PREFIX = 'user-content-';
/** Settles when the last html render to start has given its headings ids (or ended without). */
let idTurn: Promise<void> = Promise.resolve();

/**
 * The body of a news story, set for long-form reading. Write the story as markup inside the element
 * (it stays in the light DOM: readable without JavaScript, by crawlers and reader modes), or hand
 * it the CMS's HTML in `html`: WordPress shortcodes are converted, and the HTML is sanitised before
 * it is rendered as DOM. The sanitiser is fetched only when `html` is used.
 *
 * The element has no shadow root: its typography is a shared stylesheet of zero specificity, added
 * to the page (or the enclosing shadow root) once, that reaches every nested element.
 *
 * `html` longer than 2,000,000 characters (several times the longest real stories; see `MAX_HTML`
 * in src/text/html-structure.ts) is cut after the last block that ends before that bound, with one
 * console warning, so that a runaway feed cannot freeze the page. Images captioned in WordPress keep the width the editor gave them, and WordPress's
 * `alignleft`, `alignright` and `aligncenter` are honoured on screens at least 36em wide (full
 * width below that). A captioned image the editor linked stays a link, unless the link is to a copy
 * of the image its `srcset` lists: that figure opens its lightbox instead.
 *
 * Every h2 and h3 without an id gets one made from its text ("Why the buses stop at 4am" is
 * `why-the-buses-stop-at-4am`; Korean, Arabic or Japanese headings keep their letters), unique on
 * the page (a number is added: `background-2`), the same on every render and load: sections can be
 * linked to, and `<news-toc>` lists them. The written markup's headings get theirs when the element
 * first renders; those of `html` begin with `user-content-`, as every id the CMS's HTML brings
 * does, so that content never names a global of the page's scripts (DOM clobbering).
 *
 * @summary Long-form story body, from markup or straight from the CMS, with sanitised HTML.
 * @tagname news-article-body
 * @slot - The story as markup: paragraphs, h2-h4, quotes, lists, figures, tables. Never replaced.
 * @cssprop [--news-article-body-measure=var(--news-measure, 68ch)] - Line length of the text.
 * @cssprop [--news-article-body-font=var(--news-font-body, Charter, Georgia, serif)] - Body text font.
 * @cssprop [--news-article-body-font-size=var(--news-font-size-md, 1.0625rem)] - Body text size.
 * @cssprop [--news-article-body-line-height=var(--news-line-height-body, 1.6)] - Body line height.
 * @cssprop [--news-article-body-spacing=1.25em] - Space between paragraphs and other blocks.
 * @cssprop [--news-article-body-heading-font=var(--news-font-headline)] - Subheadings, pull quotes, drop cap (the body's font unless a theme names a headline font).
 * @cssprop [--news-article-body-accent=var(--news-color-accent, #b3261e)] - Quote rules, list markers, drop cap.
 * @cssprop [--news-article-body-link-color=var(--news-color-link, #0b57a4)] - Links.
 * @cssprop [--news-article-body-drop-cap-lines=3] - Lines the drop cap spans.
 * @cssprop [--news-article-body-scroll-margin=0px] - Room kept above a heading that a link scrolls to, on top of the usual gap: the height of a sticky site header.
 * @fires news-article-body-rendered - The `html` content has been sanitised and rendered (or cleared).
 */
export class NewsArticleBody extends ReactiveElement {
  static override properties = {
    html: {},
    allowEmbeds: { attribute: 'allow-embeds' },
    consent: {},
    dropCap: { type: Boolean, reflect: true, attribute: 'drop-cap' },
    media: { attribute: false },
  };
  /**
   * The CMS's HTML (untrusted). Converted (WordPress shortcodes, blank-line paragraphs) and
   * sanitised, then rendered after any markup written inside the element; a new value replaces
   * the previous one's content. Not reflected.
   */
  html = '';

  /**
   * Hosts whose iframes may be shown (`"www.youtube.com player.vimeo.com"`; a host also allows its
   * subdomains), each first as a placeholder that asks the reader before anything is requested from
   * the host (unless `grantEmbeds` granted it). Other embeds are shown as a link to their content.
   * Empty (default): no iframes.
   */
  allowEmbeds = '';

  /**
   * `"remember"`: an embed's placeholder also offers "Always load", which loads that provider's
   * embeds from then on, here and on later pages (kept in localStorage; `revokeEmbeds()` clears it).
   * Empty (default): each embed asks before it loads, unless the site's consent manager granted its
   * provider (`grantEmbeds`).
   */
  consent: '' | 'remember' = '';

  /** Opens the first paragraph with a large initial letter (not in Arabic script, where letters join). */
  dropCap = false;

  /**
   * The images a WordPress `[gallery ids="12,13"]` names, by attachment id:
   * `{ "12": { src, alt, caption, credit, width, height, srcset } }` (captions plain text); the
   * REST API's media objects (`/wp/v2/media?include=12,13`: `source_url`, `alt_text`,
   * `media_details.width` and `height`) are read too. Without it, the element's
   * `data-gallery-media` JSON. Ids not found are left out with one warning; a gallery with none is
   * removed, with one warning.
   */
  media?: Record<string, unknown> | Map<string, unknown>;

  /** Nodes the html path rendered last time, removed when it renders again. */
  private htmlNodes: ChildNode[] = [];
  /** Counts html renders: a render that finishes after a newer one has started is thrown away. */
  private renders = 0;
  private pending: Promise<void> = Promise.resolve();
  /** Aborted on disconnect: what the embeds chunk listens for consent with (embeds.ts). */
  private connection?: AbortController;
  private whileConnected?: (signal: AbortSignal) => void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, styles);
    this.connection = new AbortController();
    this.whileConnected?.(this.connection.signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.abort();
  }

  protected override firstUpdated(): void {
    giveHeadingIds(this.querySelectorAll(HEADINGS), [idScope(this) ?? this.ownerDocument]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      !isServer &&
      (changed.has('html') || changed.has('allowEmbeds') || changed.has('consent') || changed.has('media'))
    )
      this.pending = this.renderHtml();
  }

  /** Also waits for the html path: after `await el.updateComplete` the sanitised content is in place. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await latest(() => this.pending);
    return result;
  }

  private async renderHtml(): Promise<void> {
    const run = ++this.renders;
    const value = this.html as unknown;
    if (typeof value !== 'string' && value != null) {
      warnOnce(this, 'html', '<news-article-body> html must be a string of HTML; it was ignored.');
    }
    const source = typeof value === 'string' ? value : '';
    if (!source.trim() && !this.htmlNodes.length) {
      // An html cleared before its first render ended: nothing to wait for any more.
      this.removeAttribute('aria-busy');
      return;
    }
    // Renders give ids in the order they started (the page's order on load), not in the order their
    // sanitising ends: two stories on one page get the same ids on every load.
    const previous = idTurn;
    let done!: () => void;
    idTurn = new Promise<void>((resolve) => (done = resolve));
    try {
      await this.renderInTurn(run, source, previous);
    } finally {
      done();
    }
  }

  private async renderInTurn(run: number, source: string, previous: Promise<void>): Promise<void> {
    let fragment: DocumentFragment | undefined;
    if (source.trim()) {
      this.setAttribute('aria-busy', 'true');
      try {
        // The sanitiser, and the WordPress converter only for content that needs it, in parallel.
        const wordpress = source.length > MAX_HTML || WORDPRESS.test(source) || !BLOCKS.test(source);
        const [{ sanitizeCmsHtml }, converter] = await Promise.all([
          sanitizerCode(),
          wordpress ? converterCode() : undefined,
        ]);
        const content = converter ? converter.cmsToHtml(source, MAX_HTML) : { html: source, dropped: [] };
        if (content.cut)
          warnOnce(
            this,
            'html-size',
            `<news-article-body> html has ${source.length} characters; only the first ${content.cut} are shown.`,
          );
        if (run !== this.renders) return;
        fragment = await sanitizeCmsHtml(
          this,
          content,
          typeof this.allowEmbeds == 'string' ? this.allowEmbeds : '',
        );
        if (run !== this.renders) return;
        // The width an editor gave a figure (WordPress writes it in a style attribute, which is not
        // let through): a private property the stylesheet reads, set through the CSSOM.
        for (const figure of fragment.querySelectorAll<HTMLElement>('news-figure,figure,.wp-caption')) {
          // A gallery's cells are sized by its grid.
          if (figure.parentElement?.localName === 'news-gallery') continue;
          const written =
            figure.getAttribute('width') ??
            figure.querySelector(':scope>img,:scope>a>img')?.getAttribute('width');
          // Pixels only, as HTML's width is: an old editor's "100%" is no 100 px.
          const width = /^\s*\d+(\.\d+)?\s*(px)?\s*$/.test(written ?? '') ? parseFloat(written!) : 0;
          if (width > 0) figure.style.setProperty('--_article-body-figure-size', `${width}px`);
        }
      } catch (error) {
        if (run !== this.renders) return;
        this.removeAttribute('aria-busy');
        warnOnce(
          this,
          'sanitizer',
          `<news-article-body> could not render its html (${error}); it is not shown.`,
        );
        return;
      }
    }
    await previous;
    if (run !== this.renders) return;
    for (const node of this.htmlNodes) node.remove();
    // After the previous render's headings left, so that the same story gets the same ids again.
    if (fragment) {
      const scope = idScope(this);
      giveHeadingIds(fragment.querySelectorAll(HEADINGS), scope ? [fragment, scope] : [fragment], ID_PREFIX);
    }
    this.htmlNodes = fragment ? [...fragment.childNodes] : [];
    if (fragment) this.append(fragment);
    this.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('news-article-body-rendered', { bubbles: true, composed: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-body-rendered': CustomEvent<null>;
  }
}
