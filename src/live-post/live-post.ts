import { LitElement, html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { DateView } from '../internal/date-view.js';
import { heading, headingLevel } from '../internal/heading.js';
import { shownHeadline } from '../internal/headline.js';
import { names, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { bylineNames, foreignWording } from '../internal/translate.js';
import { copyText, pageUrl } from '../internal/copy.js';
import { styles } from './live-post.styles.js';

/**
 * One post of a live blog: its time (relative, kept current, a permalink to the post), a mark
 * when it is pinned or a key event, a headline, the body, the authors, and a "Copy link" button.
 * Written inside a `<news-live-blog>`, or drawn by it from `items` or a feed.
 *
 * @tagname news-live-post
 * @summary A live blog post: live time as a permalink, headline, body, authors, copy-link button.
 *
 * @slot - The post's body, as markup.
 *
 * @csspart post - The `<article>`.
 * @csspart meta - The line with the marks and the time.
 * @csspart flag - The "Pinned" and "Key event" marks.
 * @csspart permalink - The link to the post (`#post-<id>`) around its time.
 * @csspart time - The `<time>`.
 * @csspart headline - The heading.
 * @csspart body - The box around the body.
 * @csspart author - "By" and the authors.
 * @csspart copy-link - The "Copy link" button.
 *
 * @cssprop [--news-article-measure=var(--news-article-body-measure, var(--news-measure, 68ch))] - The
 *   post's greatest width: a story's text column, as its blog's.
 * @cssprop [--news-article-body-measure=var(--news-measure, 68ch)] - The body's line length (read as
 *   that column's width).
 * @cssprop [--news-live-post-border=var(--news-color-border, #d6d3cc)] - The rule above each post.
 * @cssprop [--news-live-post-accent=var(--news-color-accent, #b3261e)] - The marks and a key event's rule.
 * @cssprop [--news-live-post-headline-font=var(--news-font-headline, var(--news-font-body, Charter, Georgia, serif))] - Headline font.
 * @cssprop [--news-live-post-headline-size=var(--news-font-size-lg, 1.25rem)] - Headline size.
 * @cssprop [--news-live-post-meta-color=var(--news-color-text-muted, #595959)] - Time, authors and button text.
 */
export class NewsLivePost extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    postId: { attribute: 'post-id' },
    datetime: {},
    modified: {},
    headline: {},
    author: {},
    keyEvent: { type: Boolean, attribute: 'key-event', reflect: true },
    pinned: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    locale: {},
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    copied: { state: true, attribute: false },
  };

  /** The post's stable id: its permalink is `#post-<id>` (the element takes `id="post-<id>"` if it has no id). */
  postId = '';
  /** When the post was published, ISO 8601; shown as a relative time, kept current. */
  datetime = '';
  /** When it was last edited, ISO 8601 ("Updated …" after the time). */
  modified = '';
  /** The post's headline (plain text), as a real heading; many posts have none. */
  headline = '';
  /** Who wrote it: a name, or a list of names (property), joined the post's language's way. */
  author: string | string[] = '';
  /** Marks the post as a key event: labelled, and linked from the blog's key-events list. */
  keyEvent = false;
  /** Marks the post as pinned (the blog shows it on top), labelled "Pinned". */
  pinned = false;
  /** Level of the headline, 2 to 6. */
  headingLevel = 3;
  /** Language of the post's own words ("Pinned", "By"); default: the nearest `lang`. */
  locale = '';

  /** What the live region says: "Link copied" after a copy, else nothing. */
  private copied = '';
  private hydration = new HydrationController(this);
  private date = new DateView(this, this.hydration, '.permalink ');
  private language = new LocaleController(this, this.hydration);
  private copiedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // A written post is reached from the page's address (#post-<id>) through its own id.
    const id = text(this.postId);
    if (id && !this.id) this.id = `post-${id}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(): void {
    this.date.settleLocale(this.locale, this.language.inherited);
    this.date.prepare({ datetime: this.datetime, updated: this.modified, format: 'relative', pattern: '' });
  }

  /**
   * Moves focus to the post's `<article>`, which a screen reader names by its headline (else its
   * time): the element itself has no role. The blog calls it to take the reader to a post.
   */
  override focus(options?: FocusOptions): void {
    // The blog moves focus to a post it has just drawn: the post is drawn now, not after.
    if (this.isUpdatePending && this.isConnected) this.performUpdate();
    const article = this.shadowRoot?.querySelector('article');
    if (!article) return super.focus(options);
    article.tabIndex = -1;
    article.focus(options);
  }

  private async copy() {
    const ok = await copyText(`${pageUrl()}#post-${text(this.postId)}`, this.shadowRoot!);
    if (!ok) {
      warnOnce(this, 'copy', '<news-live-post> could not copy the link: the browser refused.');
      return;
    }
    const said = this.language.term('linkCopied');
    // A second copy before the message is cleared changes it a little, so that it is announced too.
    this.copied = this.copied === said ? `${said}\u00a0` : said;
    clearTimeout(this.copiedTimer);
    // Cleared after a while, so that the next copy is announced again.
    this.copiedTimer = setTimeout(() => (this.copied = ''), 4000);
  }

  private authorLine() {
    const authors = names(this.author as unknown);
    if (!authors.length) return nothing;
    const lang = this.language.lang;
    const words = foreignWording(lang, 'byline') ?? nothing;
    return html`<p class="author" part="author" lang=${words}>${bylineNames(lang, authors)}</p>`;
  }

  protected override render() {
    const id = text(this.postId);
    if (!id && !isServer) warnOnce(this, 'post-id', '<news-live-post> has no post-id: it has no permalink.');
    const title = shownHeadline(this, text(this.headline));
    const { own, dir } = this.language;
    // English words among Polish ones say so, or a screen reader voices them in Polish.
    const flag = (key: 'livePinned' | 'liveKeyEvent') =>
      html`<span class="flag" part="flag" lang=${this.language.termLanguage(key) ?? nothing}
        >${this.language.term(key)}</span
      >`;
    const when = this.date.render({
      label: this.language.term('updated'),
      labelLang: this.language.termLanguage('updated') ?? this.language.lang,
    });
    return html`<article
      part="post"
      class=${this.keyEvent ? 'key' : ''}
      aria-labelledby=${title ? 'headline' : 'meta'}
      lang=${ifDefined(own)}
      dir=${ifDefined(own ? dir : undefined)}
    >
      <p class="meta" id="meta" part="meta">
        ${this.pinned ? flag('livePinned') : nothing}${this.keyEvent ? flag('liveKeyEvent') : nothing}
        ${id ? html`<a class="permalink" part="permalink" href="#post-${id}">${when}</a>` : html`<span class="permalink">${when}</span>`}
      </p>
      ${title ? heading(headingLevel(this, this.headingLevel, 3), 'headline', title) : nothing}
      <div class="body" part="body"><slot></slot></div>
      ${this.authorLine()}
      ${
        id
          ? html`<button
              type="button"
              class="copy"
              part="copy-link"
              aria-label=${this.language.term('liveCopyLink')}
              @click=${this.copy}
            >
              ${this.language.term('copyLink')}
            </button>`
          : nothing
      }
      <span class="visually-hidden" role="status">${this.copied}</span>
    </article>`;
  }
}
