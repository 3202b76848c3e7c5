import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { focusRing, tokens } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { quote } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { nameList } from '../internal/locale.js';
import { authorsFromData, authorsFromMarkup, initials, type Author, type BylineAuthor } from './authors.js';
import { styles } from './byline.styles.js';

export type { BylineAuthor };

// Authors are reflected as JSON: a server writes them into the tag, so the browser hydrates the
// byline it drew from the same data. Whatever a CMS put there never throws: unreadable JSON is
// kept as text (and reported as not a list, and left in the attribute as written), a list that
// cannot be written is not reflected.
const json = {
  fromAttribute(value: string | null): unknown {
    try {
      return JSON.parse(value ?? '');
    } catch {
      return value;
    }
  },
  toAttribute(value: unknown): string | null {
    if (typeof value == 'string') return value;
    try {
      return Array.isArray(value) && value.length ? JSON.stringify(value) : null;
    } catch {
      return null;
    }
  },
};

/** An author as the article's JSON-LD reads it: name, profile and role, no head shot. */
const person = ({ name, url, jobTitle }: Author): BylineAuthor => ({
  name,
  ...(url && { url }),
  ...(jobTitle && { jobTitle }),
});

/**
 * Who wrote the story: "By Jane Doe, Kim Min-jun and Leila Haddad", the names joined the way the
 * byline's language joins them (`Intl.ListFormat`: "بقلم أميرة حسن ويوسف منصور" in Arabic,
 * "佐藤美咲、山本健太 記者" in Japanese), each linked to its profile page, with small round head
 * shots that keep their place while they load and show the author's initials when one is
 * missing or fails. A sole author's role is printed under the name; with several, roles go to the
 * story's JSON-LD only, as a list of names and roles reads badly on one line. Who helped report
 * the story is named on a line of its own ("Additional reporting by …").
 *
 * The authors come from `authors` (data from the CMS), or else from the markup inside the element,
 * one element per author: `<a href="/profiles/jane-doe" data-job-title="Seoul correspondent"><img
 * src="jane.jpg" alt="">Jane Doe</a>`. Written markup is what shows without JavaScript and on
 * the server, as written; the element then draws it in the house style. In a `<news-article>`'s
 * `byline` slot, the article's JSON-LD names these authors (`Person` with `url` and `jobTitle`).
 *
 * @summary Story authors, joined the language's way, with profile links and head shots.
 * @tagname news-byline
 * @slot - The authors as markup, one element each (a link to the profile page, or any element):
 *   its text the name, an `<img>` inside it the head shot, `data-job-title` the role. Shown as
 *   written until the element has drawn it, and when `authors` is set, not shown. Those marked
 *   `data-additional-reporting` are named on the "Additional reporting by" line instead.
 * @csspart byline - The line of names (with "By" in the byline's language).
 * @csspart avatar - Each head shot, or the initials in its place.
 * @csspart role - A sole author's role.
 * @csspart additional-reporting - The line naming who helped report the story.
 * @cssprop [--news-byline-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 * @cssprop [--news-byline-color=var(--news-color-text, #1a1a1a)] - Names and "By".
 * @cssprop [--news-byline-role-color=var(--news-color-text-muted, #595959)] - The role, and the initials.
 * @cssprop [--news-byline-avatar-size=2.5rem] - The head shots' diameter.
 * @cssprop [--news-byline-avatar-background=var(--news-color-surface, #f4f3ef)] - Behind a head shot while it loads, and behind initials.
 */
export class NewsByline extends LitElement {
  static override styles = [tokens, focusRing, styles];
  static override properties = {
    authors: { reflect: true, converter: json },
    additionalReporting: { reflect: true, converter: json, attribute: 'additional-reporting' },
    locale: {},
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    failedAvatars: { state: true, attribute: false },
  };

  /**
   * The authors, in order: names (`["Jane Doe"]`) or `{ name, url, jobTitle, avatar }` objects
   * (as an attribute, JSON; reflected, so that a server-drawn byline hydrates from the same
   * data). Entries without a name are left out with one warning. Empty (the default): the authors
   * written inside the element.
   */
  authors: (BylineAuthor | string)[] = [];
  /**
   * Who helped report the story, printed on a line of its own ("Additional reporting by …"), in
   * the same form as `authors` (JSON as an attribute, reflected). Empty (the default): the
   * written markup's elements marked `data-additional-reporting`, if any.
   */
  additionalReporting: (BylineAuthor | string)[] = [];
  /** Language of "By" and of the list (BCP 47); defaults to the nearest `lang`. */
  locale = '';

  /** Head shots that failed to load: initials take their place. */
  private failedAvatars: string[] = [];
  private shown: Author[] = [];
  private reporting: Author[] = [];
  /** The first render over server-rendered DOM repeats the server's, which saw no markup. */
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private slots = new SlotController(this);
  // Authors written as markup are read again when a page edits them in place (a name's text, a
  // link's address), which fires no slotchange.
  private edits = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    const attributeFilter = ['href', 'src', 'data-job-title', 'data-additional-reporting'];
    this.edits?.observe(this, { subtree: true, childList: true, characterData: true, attributeFilter });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.edits?.disconnect();
  }

  /**
   * The authors as the byline shows them (from `authors` or the markup; names trimmed, unsafe
   * URLs dropped): what the article's JSON-LD reads.
   * @readonly
   */
  get shownAuthors(): BylineAuthor[] {
    return this.shown.map(person);
  }

  /**
   * Who helped report the story, as the byline shows them on its second line: what the article's
   * JSON-LD names as `contributor`.
   * @readonly
   */
  get shownReporting(): BylineAuthor[] {
    return this.reporting.map(person);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // One warning per property and problem, naming the attribute.
    const skipped = (attribute: string) => (what: string) =>
      warnOnce(this, `${attribute} ${what}`, `<news-byline> ${attribute} ${what}: left out.`);
    const data = authorsFromData(this.authors, skipped('authors'));
    const helped = authorsFromData(this.additionalReporting, skipped('additional-reporting'));
    // The server sees no markup; the first render over its DOM must repeat what it drew.
    const written = isServer || this.hydration.hydrating ? [] : this.slots.assigned('');
    const marked = (child: Element) => child.hasAttribute('data-additional-reporting');
    const markup = (children: Element[]) =>
      authorsFromMarkup(children, () =>
        warnOnce(this, 'unnamed', '<news-byline> has an author written without a name (its text): left out.'),
      );
    this.shown = data.length ? data : markup(written.filter((child) => !marked(child)));
    this.reporting = helped.length ? helped : markup(written.filter(marked));
    if (changed.has('authors')) this.failedAvatars = [];
  }

  override render() {
    const authors = this.shown;
    // Nothing to draw (yet): the markup as written.
    if (!authors.length) return html`<slot></slot>`;
    const { own, dir } = this.language;
    const sole = authors.length === 1 ? authors[0]! : undefined;
    return html`<div class="byline" lang=${own || nothing} dir=${own ? dir : nothing}>
        ${
          authors.some((author) => author.avatar)
            ? html`<span class="avatars">${authors.map((author) => this.avatar(author))}</span>`
            : nothing
        }
        <span class="text">
          <span part="byline" lang=${this.language.termLanguage('byline') ?? nothing}
            >${this.sentence('byline', authors)}</span
          >
          ${sole?.jobTitle ? html`<span class="role" part="role">${sole.jobTitle}</span>` : nothing}
          ${
            this.reporting.length
              ? html`<span
                  class="role"
                  part="additional-reporting"
                  lang=${this.language.termLanguage('additionalReporting') ?? nothing}
                  >${this.sentence('additionalReporting', this.reporting)}</span
                >`
              : nothing
          }
        </span>
      </div>
      <span hidden><slot></slot></span>`;
  }

  /**
   * The translated `key` around `people`'s names, joined the language's way, each linked. Each name
   * is one box with what no space parts from it ("Herrera," "ويوسف", "佐藤美咲、"; the words before
   * the first name when no space follows them): it goes to the next line whole, and no line starts
   * with its comma or ends with the Arabic "and".
   */
  private sentence(key: 'byline' | 'additionalReporting', people: Author[]) {
    // The names joined the way the words around them are ("By A and B", not "By A i B").
    const worded = this.language.termLanguage(key);
    // A \0 for each name, in the order given; joined with the names themselves, which may change
    // the words between them (Spanish "Juan e Ignacio").
    const names = nameList(worded ?? this.language.lang)
      .formatToParts(people.map((person) => person.name))
      .map((part) => (part.type === 'element' ? '\0' : part.value))
      .join('');
    const [before = '', after = ''] = this.language.term(key).split('{names}');
    let next = 0;
    return (before + names + after).split(/([^ \0]*\0[^ \0]*)/).map((piece, i) => {
      if (!(i % 2)) return piece;
      const [lead, trail] = piece.split('\0');
      return html`<span class="name"
        >${lead}${this.name(people[next++]!, key === 'byline', worded)}${trail}</span
      >`;
    });
  }

  /**
   * A name, linked to its profile page if it has one (`rel="author"` for the authors), isolated:
   * two Arabic names in an English byline keep their order around the comma between them.
   */
  private name({ name, url }: Author, author: boolean, worded: string | undefined) {
    // Among English words on a Polish page, a Polish name is still read as Polish.
    return html`<bdi lang=${worded ? this.language.lang : nothing}
      >${url ? html`<a href=${url} rel=${author ? 'author' : nothing}>${name}</a>` : name}</bdi
    >`;
  }

  /** A head shot, decorative (the name is next to it), or the initials in its place. */
  private avatar({ name, avatar }: Author) {
    const src = avatar && !this.failedAvatars.includes(avatar) ? avatar : undefined;
    return html`<span class=${src ? 'avatar' : 'avatar initials'} part="avatar" aria-hidden="true"
      >${
        src
          ? html`<img
              src=${src}
              alt=""
              width="80"
              height="80"
              loading="lazy"
              decoding="async"
              @error=${() => this.avatarFailed(src)}
            />`
          : initials(name)
      }</span
    >`;
  }

  private avatarFailed(src: string) {
    warnOnce(this, `avatar ${src}`, `<news-byline> could not load ${quote(src)}; showing initials.`);
    this.failedAvatars = [...this.failedAvatars, src];
  }
}
