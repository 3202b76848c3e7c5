import { LitElement, html, isServer, type PropertyValues } from 'lit';
import { latest } from '../internal/latest.js';
import { HydrationController } from '../internal/hydration.js';
import { LocaleController } from '../internal/locale-controller.js';
import { tokens } from '../internal/tokens.styles.js';
import { warnOnce } from '../internal/warn.js';
import { adoptLightStyles } from '../internal/adopt.js';
import { newsPolicy } from '../internal/trusted-types.js';
import { lightStyles, styles } from './article.styles.js';
import { ReadingTime } from './reading-time.js';

/** The mark of the JSON-LD script the article writes. */
const JSON_LD = 'data-news-article';

/**
 * The page-level layout of a news story: kicker, headline, standfirst, byline and dateline, the
 * lead image, the body, a partner banner and related stories. It renders one `article`, named by
 * the slotted headline; on wide screens (its own width, a container query) related stories sit in
 * a side column. Printing keeps the story, its captions and link addresses and drops the rest.
 *
 * @summary The story page: headline, lead, body, partner and related stories, as one article.
 * @tagname news-article
 * @slot kicker - Section or label above the headline ("Climate", "Exclusive").
 * @slot headline - The headline: an `<h1>` (it names the article).
 * @slot standfirst - One or two sentences under the headline.
 * @slot byline - The authors.
 * @slot dateline - When (a `<news-dateline>`), and where.
 * @slot lead - The lead image, usually a `<news-figure>`; wider than the text column (a `layout="thumbnail"`
 *   figure sits in it, its caption beside it).
 * @slot - The story: a `<news-article-body>`, with any contents (`<news-toc>`), sharing (`<news-share>`)
 *   or notices (`<news-notice>`) before or after it, each set apart by `--news-space-lg`.
 * @slot partner - A `<news-partner-banner>` disclosing a partnership, shown under the byline.
 * @slot related - Related stories (a `<news-teaser-list>`): below the story, or beside it when wide.
 * @csspart article - The `article` element.
 * @csspart header - Kicker, headline, standfirst, byline, dateline and partner.
 * @csspart meta - The byline and dateline row.
 * @csspart reading-time - "6 min read", at the end of that row.
 * @csspart lead - The lead image's box.
 * @csspart body - The story's box.
 * @csspart related - The related stories' box.
 * @cssprop [--news-article-measure=var(--news-article-body-measure, var(--news-measure, 68ch))] - Width of the
 *   text column, in the body's font: the same as the body's, so headline and text align.
 * @cssprop [--news-article-body-measure=var(--news-measure, 68ch)] - The body's line length (read to align with it).
 * @cssprop [--news-article-body-font=var(--news-font-body)] - The body's font (the text column's `ch` unit).
 * @cssprop [--news-article-body-font-size=var(--news-font-size-md)] - The body's size (the text column's `ch` unit).
 * @cssprop [--news-article-related-width=20rem] - Width of the side column on wide screens.
 * @cssprop [--news-article-gap=var(--news-space-xl, 2.5rem)] - Space between the parts of the page.
 * @cssprop [--news-article-headline-size=clamp(var(--news-font-size-2xl, 2rem), 1.4rem + 2.5cqi, var(--news-font-size-3xl, 2.625rem))] - Headline size.
 * @cssprop [--news-article-standfirst-gap=0px] - Space added between headline and standfirst (a
 *   house with solid-set headlines wants more than the header's gap).
 * @cssprop [--news-article-kicker-color=var(--news-color-accent, #b3261e)] - Kicker colour.
 */
export class NewsArticle extends LitElement {
  static override styles = [tokens, styles];
  static override properties = {
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
    publisher: {},
    publisherUrl: { attribute: 'publisher-url' },
    publisherLogo: { attribute: 'publisher-logo' },
    locale: {},
    readingTime: { attribute: 'reading-time' },
    wordsPerMinute: { type: Number, attribute: 'words-per-minute' },
    charactersPerMinute: { type: Number, attribute: 'characters-per-minute' },
  };

  /**
   * Writes schema.org NewsArticle JSON-LD (a `<script type="application/ld+json">` child) built
   * from the slotted content: headline, standfirst, dates, lead image, authors, plus `publisher`.
   * Escaped so that no content can close the script. Kept up to date while the content changes.
   */
  structuredData = false;

  /** The publisher's name, for structured data. */
  publisher = '';

  /** The publisher's home page, for structured data. */
  publisherUrl = '';

  /** The publisher's logo URL, for structured data. */
  publisherLogo = '';

  /**
   * "6 min read" after the byline and dateline, in the article's language: `reading-time` alone
   * counts the story's words (characters in Chinese, Japanese and Korean) and follows its changes;
   * `reading-time="6"` prints a count the CMS or server already has (the server cannot read the
   * body, so that is how a server-rendered page shows it at once).
   */
  readingTime?: string | null;

  /**
   * BCP 47 locale of the reading time and of the structured data's `inLanguage`; defaults to the
   * nearest `lang` (then, for the reading time, the browser's).
   */
  locale = '';

  /** Reading speed for scripts written with spaces, in words a minute (default 238). */
  wordsPerMinute?: number;

  /** Reading speed for Chinese, Japanese and Korean, in characters a minute (default 357; 255 in Chinese). */
  charactersPerMinute?: number;

  private hydration = new HydrationController(this);
  // The article holds the whole story: its render never waits for strings, only the reading time does.
  private language = new LocaleController(this, this.hydration, () => this.locale, false);
  private reading = new ReadingTime(this, this.hydration, this.language);
  private jsonLd?: HTMLScriptElement;
  private observer?: MutationObserver;
  private queued = false;
  private writing: Promise<void> = Promise.resolve();

  override render() {
    return html`
      <div class="layout">
        <article part="article" aria-labelledby="headline">
          <header class="column" part="header">
            <slot name="kicker"></slot>
            <div id="headline"><slot name="headline" @slotchange=${this.checkHeadline}></slot></div>
            <slot name="standfirst"></slot>
            <div class="meta" part="meta">
              <slot name="byline"></slot><slot name="dateline"></slot>${this.reading.render()}
            </div>
            <slot name="partner"></slot>
          </header>
          <div class="lead" part="lead"><slot name="lead"></slot></div>
          <div class="column" part="body"><slot @slotchange=${this.reading.storyChanged}></slot></div>
        </article>
        <div class="related" part="related"><slot name="related"></slot></div>
      </div>
    `;
  }

  constructor() {
    super();
    // A dateline's date set as a property (a single-page app's swap) changes no attribute to observe.
    this.addEventListener('news-dateline-change', () => {
      if (this.structuredData && this.hasUpdated) this.queueStructuredData();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, lightStyles);
    if (!this.hasUpdated) return;
    this.watch();
    // What changed while it was away (a single-page app swapping the story in) went unseen.
    this.reading.storyChanged();
    if (this.structuredData) this.queueStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('readingTime')) this.watch();
    if (
      !(['structuredData', 'publisher', 'publisherUrl', 'publisherLogo', 'locale'] as const).some((key) =>
        changed.has(key),
      )
    )
      return;
    this.watch();
    this.queueStructuredData();
  }

  protected override firstUpdated(): void {
    this.checkHeadline();
  }

  /** The headline names the article and is its heading: a missing one, or one that is not a heading, is said once. */
  private checkHeadline(): void {
    const headline = this.querySelector(':scope > [slot="headline"]');
    if (!headline)
      warnOnce(this, 'headline-missing', '<news-article> has no headline (<h1 slot="headline">) to name it.');
    else if (!/^h[1-6]$/.test(headline.localName) && headline.getAttribute('role') !== 'heading') {
      warnOnce(this, 'headline', '<news-article> headline should be a heading (<h1 slot="headline">).');
    }
  }

  /** Structured data and the reading time follow the content: any change of text, dates or images. */
  private watch(): void {
    const counting = this.reading.shown;
    if (isServer || (!this.structuredData && !counting) || this.observer) return;
    // Our own script changing is not a change of content.
    const ours = (node: Node) => this.jsonLd?.contains(node) ?? false;
    this.observer = new MutationObserver((records) => {
      const changed = records.some(
        (record) =>
          !ours(record.target) &&
          !(record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(ours)),
      );
      if (!changed) return;
      if (this.structuredData) this.queueStructuredData();
      this.reading.storyChanged();
    });
    this.observer.observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
  }

  private queueStructuredData(): void {
    if (isServer || this.queued) return;
    this.queued = true;
    this.writing = Promise.resolve()
      .then(() => {
        this.queued = false;
        return this.writeStructuredData();
      })
      // A chunk that did not come, a Trusted Types policy that refused: the story stands without
      // its JSON-LD, and `updateComplete` still settles.
      .catch((error: unknown) =>
        warnOnce(
          this,
          'structured-data',
          `<news-article> could not write its structured data: ${String(error)}`,
        ),
      );
  }

  /** Also waits for structured data: after `await el.updateComplete` the JSON-LD is up to date. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await latest(() => this.writing);
    return result;
  }

  private async writeStructuredData(): Promise<void> {
    if (this.structuredData && this.isConnected) {
      const { articleJsonLd } = await import('./structured-data.js');
      // Turned off while the module loaded: the update that did it removes the script next.
      if (!this.structuredData) return;
      const json = await articleJsonLd(this);
      if (json && this.structuredData) return this.writeScript(json);
    }
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  private writeScript(json: string): void {
    if (this.jsonLd?.parentNode === this && this.jsonLd.text === json) return;
    // The script a page saved with the article (prerendered, restored, cloned) is ours to rewrite.
    const script = (this.jsonLd ??=
      this.querySelector<HTMLScriptElement>(`:scope > script[${JSON_LD}]`) ??
      document.createElement('script'));
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD, '');
    // A data block never runs, but a page enforcing Trusted Types still checks script text.
    const policy = newsPolicy();
    (script as { text: unknown }).text = policy ? policy.createScript(json) : json;
    if (script.parentNode !== this) this.append(script);
  }
}
