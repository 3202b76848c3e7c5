import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { inCapitals } from '../internal/capitals.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { wholeNumber } from '../internal/choice.js';
import { markEmpty } from '../internal/empty-state.js';
import { text } from '../internal/values.js';
import { HEADINGS, giveHeadingIds, idScope } from '../internal/heading-ids.js';
import { ReadingPosition } from './reading.js';
import { StoryBody } from './story-body.js';
import { fragment, label, nest, type Section } from './sections.js';
import { styles } from './toc.styles.js';

/** Screens with room for the list beside the story (`<news-article>` opens its side column at 64rem too). */
const WIDE = '(min-width: 64rem)';
/**
 * The story's own sections: not headings in a quote, a figure, an aside or a teaser of the body (a
 * story shown in a <dialog> or <details> of the page still has its sections: `:scope` is the body).
 */
const SECTIONS = `:is(${HEADINGS}):not(:scope :is(aside, blockquote, figure, details, dialog, news-teaser-list, news-teaser) *)`;

/**
 * "Jump to" contents for a long story: a link to each section (h2) of the story's body, with its
 * parts (h3) nested under it, in a `<nav>` named "Contents" in the page's language. On phones it is
 * a closed `<details>` ("Jump to") that costs one line; on wide screens (at least 64rem, a media
 * query: a phone is a matter of the screen, and a side column is narrow on a wide one) an open list,
 * which stays in view while the story scrolls when it has room to: it sticks within the element's
 * own box, so make `<news-toc>` as tall as the side column it sits in (a grid item is, by default);
 * in the story's own column it scrolls away with the text instead of covering it. The section being
 * read is marked (`aria-current="true"`, a bar and bold type), and following a link moves focus to
 * the heading.
 *
 * The body is the element whose id `for` names (any element holding the story's headings), else the
 * nearest `<news-article-body>`: the one the contents sit in, or the first in the closest
 * surrounding element that has one (the same `<news-article>`). Its h2 and h3 are listed, except
 * those in quotes, figures, asides and `<details>`; the list follows their changes. Headings
 * without an id get one made from their text (see `<news-article-body>`, which gives them when it
 * renders, so pages without contents can link to sections too). With fewer than `min-headings`
 * headings nothing is drawn (and a custom state `:state(empty)` says so); the server draws nothing
 * either, since it cannot read the body: the contents appear when the element runs.
 *
 * @summary "Jump to" contents from the story's subheadings, marking the section being read.
 * @tagname news-toc
 * @csspart nav - The `<nav>` landmark.
 * @csspart summary - "Jump to", which opens the list on narrow screens.
 * @csspart title - "Contents", over the open list on wide screens.
 * @csspart list - Each list of links (the parts' lists nest in the sections').
 * @csspart link - Each link; the current one has `aria-current="true"`.
 * @cssstate empty - Fewer headings than `min-headings` (or none yet): nothing is drawn, and the element takes no room.
 * @cssprop [--news-toc-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 * @cssprop [--news-toc-color=var(--news-color-text, #1a1a1a)] - The links' text.
 * @cssprop [--news-toc-accent=var(--news-color-accent, #b3261e)] - The title, and the bar beside the current section.
 * @cssprop [--news-toc-sticky-top=0px] - How far below the top of the screen the list stays: the height of a sticky site header.
 */
export class NewsToc extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles];
  static override properties = {
    htmlFor: { attribute: 'for' },
    minHeadings: { type: Number, attribute: 'min-headings' },
    locale: {},
    // Internal state; `attribute: false` because the manifest analyzer does not read `state`.
    wide: { state: true, attribute: false },
  };

  /** The id of the element holding the story's headings. Empty (the default): the nearest `<news-article-body>`. */
  htmlFor = '';
  /**
   * The fewest headings for which the contents are drawn (default 3: with two, the list repeats
   * what the reader meets within a scroll or two and costs more room than it saves).
   */
  minHeadings = 3;
  /** Language of "Jump to" and "Contents" (BCP 47); defaults to the nearest `lang`. */
  locale = '';

  private wide = false;
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration);
  private story = new StoryBody(this, () => this.requestUpdate());
  /** Until the page is parsed, the story may not be there to find. */
  private parsing = false;
  private media?: MediaQueryList;
  /** The listed headings in document order, their links in the same order. */
  private headings: HTMLElement[] = [];
  private links: HTMLAnchorElement[] = [];
  private sections: Section[] = [];
  private current = -1;
  private position = new ReadingPosition((i) => this.mark(i));

  constructor() {
    super();
    if (isServer) return;
    // One listener for every link (a story may have hundreds); clicks from the shadow tree reach it.
    this.addEventListener('click', this.follow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.media = matchMedia(WIDE);
    this.media.addEventListener('change', this.resized);
    this.wide = this.media.matches;
    // The body is looked for at the first update, after the page's own settings (`for` set just
    // after the element is added), and not before the story is parsed: a page that registers the
    // element in its <head> meets the contents first.
    this.parsing = document.readyState === 'loading';
    if (this.parsing)
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          this.parsing = false;
          this.requestUpdate();
        },
        { once: true },
      );
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.resized);
    this.story.stop();
    this.position.stop();
    this.headings = [];
  }

  protected override willUpdate(): void {
    // Found at the first update once the page is parsed, and again when `for` names another story
    // or the page holds another.
    if (!isServer && !this.parsing && this.isConnected) this.story.follow(text(this.htmlFor));
    const headings = this.hydration.hydrating || isServer ? [] : this.collect();
    const min = wholeNumber(this, 'min-headings', this.minHeadings, 3);
    const shown = headings.length >= min ? headings : [];
    if (shown.length !== this.headings.length || shown.some((heading, i) => heading !== this.headings[i])) {
      this.headings = shown;
      this.position.watch(shown);
    }
    this.sections = nest(shown);
    markEmpty(this, !shown.length);
  }

  override render() {
    if (!this.sections.length) return nothing;
    const contents = this.language.term('contents');
    const list = this.list(this.sections);
    // Its own words in its own language (`locale`); the links in the story's.
    const { own, dir } = this.language;
    // English words on a page in a language not shipped are marked as English.
    const lang = this.language.termLanguage('contents') ?? (own || nothing);
    const jumpTo = this.language.term('jumpTo');
    const jumpLang = this.language.termLanguage('jumpTo') ?? (own || nothing);
    const direction = own ? dir : nothing;
    // Named by a hidden copy, there at every width (the title is drawn on wide screens only).
    const name = html`<span id="name" hidden lang=${lang}>${contents}</span>`;
    return this.wide
      ? html`<nav part="nav" class="open" aria-labelledby="name">
          ${name}
          <p part="title" lang=${lang} dir=${direction}>${inCapitals(contents)}</p>
          ${list}
        </nav>`
      : html`<nav part="nav" aria-labelledby="name">
          ${name}
          <details>
            <summary part="summary" lang=${jumpLang} dir=${direction}>${jumpTo}</summary>
            ${list}
          </details>
        </nav>`;
  }

  protected override updated(): void {
    const links = [...this.renderRoot.querySelectorAll('a')];
    if (links.length !== this.links.length || links.some((link, i) => link !== this.links[i])) {
      this.links = links;
      const current = this.current;
      this.current = -1;
      this.mark(current);
    }
  }

  // Safari reads a list styled without markers as no list, except in a <nav>: this one is.
  private list(sections: Section[]): TemplateResult {
    return html`<ol part="list">
      ${sections.map(
        ({ heading, label, parts }) =>
          html`<li>
            <a part="link" href=${fragment(heading.id)}>${label}</a
            >${parts.length ? this.list(parts) : nothing}
          </li>`,
      )}
    </ol>`;
  }

  /** The body's headings with their text, each given an id if it has none. */
  private collect(): HTMLElement[] {
    const body = this.story.element;
    if (!body) return [];
    const headings = [...body.querySelectorAll<HTMLElement>(SECTIONS)].filter(label);
    const scope = idScope(body);
    if (scope) giveHeadingIds(headings, [scope]);
    this.story.settle();
    return headings;
  }

  /** Marks the link of the section being read (none: -1), without drawing the list again. */
  private mark(i: number): void {
    if (i === this.current) return;
    this.links[this.current]?.removeAttribute('aria-current');
    this.current = i;
    const link = this.links[i];
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // A list longer than the screen scrolls by itself to keep the mark in view (never the page).
    const box = link.closest('nav')!;
    if (box.scrollHeight > box.clientHeight) {
      const top = link.offsetTop;
      if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight)
        box.scrollTop = top - box.clientHeight / 3;
    }
  }

  /** Following a link: the browser scrolls to the heading, which takes the focus. */
  private follow = (event: MouseEvent): void => {
    const link = (event.composedPath()[0] as Element).closest?.('a');
    const i = link ? this.links.indexOf(link) : -1;
    const heading = this.headings[i];
    if (!link || !heading || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    // The document finds headings by id only in its own tree, and the first of a duplicated id; a
    // page's <base> would send "#id" to another page.
    const page = (url: string) => url.split('#')[0];
    const document = heading.ownerDocument;
    if (document.getElementById(heading.id) !== heading || page(link.href) !== page(document.URL)) {
      event.preventDefault();
      heading.scrollIntoView();
    }
    if (!heading.hasAttribute('tabindex')) {
      heading.setAttribute('tabindex', '-1');
      heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
    }
    heading.focus({ preventScroll: true });
    this.mark(i);
  };

  private resized = (event: MediaQueryListEvent) => {
    this.wide = event.matches;
  };
}
