import { LitElement, isServer } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { shownExcerpt } from '../internal/excerpt.js';
import { holdUpdates } from '../internal/hold.js';
import { shownHeadline } from '../internal/headline.js';
import { text } from '../internal/values.js';
import { focalPoint, oneOf, wholeNumber, writtenPoint } from '../internal/choice.js';
import { HydrationController } from '../internal/hydration.js';
import { SlotController } from '../internal/slots.js';
import { DateView } from '../internal/date-view.js';
import { styles } from './teaser.styles.js';
import { indicatorStyles } from './indicators.styles.js';
import { skeleton } from './teaser-skeleton.js';
import { extraStyles } from './extras.styles.js';
import { card, drawnExcerpt } from './card.js';
import { settlePictures } from './parts.js';
import { storyReady } from './story-code.js';
import type { RelatedLink } from './extras.js';
import type { LabelKind, MediaKind } from './indicators.js';

export type { LabelKind, MediaKind, RelatedLink };
export { storiesReady } from './story-code.js';

/** How a teaser is laid out; a `<news-teaser-list>` sets it for the teasers it holds. */
export type TeaserLayout = 'list' | 'grid' | 'compact' | 'hero';
export const LAYOUTS: readonly TeaserLayout[] = ['list', 'grid', 'compact', 'hero'];

/**
 * One story in a list: headline, dateline, excerpt, thumbnail. The whole card is clickable
 * through its single link, the headline.
 *
 * @tagname news-teaser
 * @summary A story teaser: one link (the headline), a cleaned excerpt, a dateline, a thumbnail.
 *
 * @slot headline - Rich headline text (used instead of `headline`); it becomes the link's text.
 * @slot excerpt - Rich excerpt (used instead of `excerpt`, not shortened).
 * @slot image - Your own `<img>` or `<picture>` (used instead of `image-src`).
 * @slot kicker - Rich kicker (used instead of `kicker`).
 * @slot sponsored-label - Replaces the "Sponsored" mark's text (shown with `sponsored`).
 * @slot related - Two to four `<a href>` to other stories on the subject (or a `<ul>` of them),
 *   listed under the excerpt as "Related stories" (read as text and address, and followed as they
 *   are edited; used when `related` is not set).
 *
 * @csspart card - The `<article>`.
 * @csspart headline - The heading.
 * @csspart link - The headline's link (stretched over the whole card).
 * @csspart excerpt - The excerpt paragraph (several from the CMS: each on a line of its own inside it).
 * @csspart image-box - The box that reserves the thumbnail's space (kept, empty, if the picture does not load).
 * @csspart image - The thumbnail `<img>`.
 * @csspart dateline - The date row: a `<time>` as `<news-dateline>` prints it.
 * @csspart meta - The line above the headline with kicker and badges.
 * @csspart kicker - The section or topic.
 * @csspart label - The badge ("Live", "Opinion").
 * @csspart media - The video, audio or gallery mark ("▶ 3:20").
 * @csspart sponsored - The "Sponsored" mark.
 * @csspart author - "By" and the story's author, under the excerpt.
 * @csspart headshot - The author's round picture beside the author line (`headshot`); an empty box of its size if it does not load.
 * @csspart related - The list of related stories' links under the excerpt.
 * @csspart rank - The large number of a teaser in a ranked list (`rank`).
 *
 * @cssprop [--news-teaser-headline-color=var(--news-color-text, #1a1a1a)] - Headline colour.
 * @cssprop [--news-teaser-headline-font=var(--news-font-headline, var(--news-font-body, Charter, Georgia, serif))] - Headline font.
 * @cssprop [--news-teaser-headline-size=var(--news-font-size-lg, 1.25rem)] - Headline size (hero: `--news-font-size-2xl`, compact: `--news-font-size-md`, a grid card without a picture: `--news-font-size-xl`).
 * @cssprop [--news-teaser-headline-weight=var(--news-font-weight-headline, 700)] - Headline weight.
 * @cssprop [--news-teaser-excerpt-color=var(--news-color-text, #1a1a1a)] - Excerpt colour.
 * @cssprop [--news-teaser-excerpt-size=var(--news-font-size-sm, 0.875rem)] - Excerpt size (hero: `--news-font-size-md`).
 * @cssprop [--news-teaser-kicker-color=var(--news-color-accent, #b3261e)] - Kicker colour.
 * @cssprop [--news-teaser-badge-background=var(--news-color-accent, #b3261e)] - Label badge background.
 * @cssprop [--news-teaser-badge-color=var(--news-color-on-accent, #ffffff)] - Label badge text.
 * @cssprop [--news-teaser-opinion-color=var(--news-color-link, #0b57a4)] - The opinion badge's text and quote mark.
 * @cssprop [--news-teaser-headshot-size=2.5rem] - The author's headshot (opinion: `4rem`).
 * @cssprop [--news-teaser-rank-color=var(--news-color-accent, #b3261e)] - The `rank` number (in a ranked list, its `--news-teaser-list-rank-color`).
 * @cssprop [--news-teaser-sponsored-background=var(--news-color-surface, #f4f3ef)] - Sponsored mark background.
 * @cssprop [--news-teaser-sponsored-color=var(--news-color-text, #1a1a1a)] - Sponsored mark text.
 * @cssprop [--news-teaser-image-ratio=3 / 2] - Thumbnail aspect ratio (hero: 16 / 9).
 * @cssprop [--news-teaser-image-width=7.5rem] - Thumbnail width in the `list` layout.
 * @cssprop [--news-teaser-image-radius=var(--news-radius-sm, 2px)] - Thumbnail corner radius.
 * @cssprop [--news-teaser-gap=var(--news-space-md, 1rem)] - Space between thumbnail and text.
 * @cssprop [--news-dateline-color=var(--news-color-text-muted, #595959)] - Date colour (as in `<news-dateline>`).
 * @cssprop [--news-dateline-font=var(--news-font-ui, system-ui, sans-serif)] - Date font family.
 * @cssprop [--news-dateline-font-size=var(--news-font-size-sm, 0.875rem)] - Date font size.
 * @cssprop [--news-teaser-placeholder=var(--news-color-placeholder, #e7e5df)] - Thumbnail box before/without the image, and skeletons.
 */
export class NewsTeaser extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, styles, indicatorStyles, extraStyles];
  static override properties = {
    href: {},
    headline: {},
    datetime: {},
    excerpt: {},
    imageSrc: { attribute: 'image-src' },
    imageAlt: { attribute: 'image-alt' },
    focalPoint: { attribute: 'focal-point' },
    kicker: {},
    author: {},
    label: {},
    sponsored: { type: Boolean },
    labelKind: { attribute: 'label-kind' },
    media: {},
    duration: {},
    count: {},
    headshot: {},
    related: { attribute: false },
    rank: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    excerptWords: { type: Number, attribute: 'excerpt-words' },
    format: {},
    pattern: {},
    timeZone: { attribute: 'time-zone' },
    locale: {},
    layout: {},
    skeleton: { type: Boolean },
  };

  /** Link to the story. Only http(s), protocol-relative and relative URLs are linked. */
  href = '';

  /**
   * The headline (plain text); the `headline` slot takes rich text instead. One longer than 300
   * characters is a CMS mistake, not a headline: it is cut after its last whole word, with "…" and
   * one warning (the link still leads to the story; the cut text is what is shown and announced).
   */
  headline = '';

  /** Publication date, ISO 8601, shown as `<news-dateline>` shows it (live when `format` is relative). */
  datetime = '';

  /**
   * The excerpt. CMS HTML, shortcodes and "[…]" endings are cleaned; it is cut after `excerpt-words`
   * words. Its paragraphs (`<p>`s, or text parted by a blank line) each start a new line.
   */
  excerpt = '';

  /** Thumbnail URL (http(s), relative or `data:image/`). */
  imageSrc = '';

  /** Thumbnail description. Without it the thumbnail is decorative: the headline says what the story is. */
  imageAlt = '';

  /** What stays in view when the thumbnail is cropped: `70% 40%`, keywords (`right top`) or
   * WordPress's focal point (`0.7 0.4`, `{"x":0.7,"y":0.4}`); default the centre. Also applies to a
   * slotted image. */
  focalPoint = '';

  /** Section or topic above the headline ("World", "Opinion"). */
  kicker = '';

  /**
   * Who wrote the story: a name as it should be printed, or a list of names, joined the teaser's
   * language's way; printed "By …" in that language under the excerpt (not in the `compact`
   * layout, which is the headline and date). Teaser lists fill it from
   * feeds (JSON Feed `authors`, WordPress `_embedded.author`, RSS `dc:creator`, Atom `author`).
   */
  author: string | string[] = '';

  /** A short badge: "Live", "Updated", "Analysis" (with `label-kind`, the house's wording of that kind). */
  label = '';

  /** Marks a paid or partner item, visibly and for screen readers, and adds `rel="sponsored"` to the link. */
  sponsored = false;

  /**
   * What the story is: `live` (a pulsing dot, still under reduced motion), `opinion`, `analysis`,
   * `breaking`, each a badge worded in the teaser's language (or by `label`); `sponsored` is the
   * `sponsored` attribute, `paid` the same mark saying "Paid content".
   */
  labelKind: LabelKind | '' = '';

  /** `video`, `audio` or `gallery`: a mark with the `duration` or the `count`, spoken in full. */
  media: MediaKind | '' = '';

  /** The video's or audio's length: ISO 8601 (`PT3M20S`) or seconds; shown "3:20" in local digits. */
  duration: string | number = '';

  /** The gallery's number of pictures, shown "12 photos". */
  count: number | string = '';

  /** The author's picture (http(s) or relative URL), round beside the author line, its alt empty (the
   * name beside it says who it is); larger, at the card's side, with `label-kind="opinion"`. */
  headshot = '';

  /** Two to four sub-links under the excerpt, `[{ headline, href }]` (in markup: the `related`
   * slot's `<a href>` children); past four, the first four and one warning. */
  related: RelatedLink[] | null = null;

  /** The teaser's place in a ranked list, drawn large in its language's digits; a ranked `<news-teaser-list>` sets it on the teasers written inside it. */
  rank: number | null = null;

  /** Level of the headline's heading, 2 to 6. */
  headingLevel = 3;

  /** Word limit of the excerpt. */
  excerptWords = 30;

  /** The dateline's `format` (see `<news-dateline>`). */
  format = '';

  /** The dateline's house `pattern` (see `<news-dateline>`). */
  pattern = '';

  /** IANA time zone the date is shown in (`Asia/Seoul`), as `<news-dateline time-zone>`; defaults to the reader's. */
  timeZone = '';

  /** Language of the teaser (dateline, excerpt word breaks, "Sponsored"); default: the nearest `lang`. */
  locale = '';

  /** `list` (thumbnail beside the text), `grid` (thumbnail above), `compact` (headline and date only), `hero` (large). */
  layout: TeaserLayout = 'list';

  /** Draws a placeholder of the teaser's final size instead of content (a loading list uses it). */
  skeleton = false;

  /** `focal-point` as an object-position. */
  private imagePosition?: string | undefined;

  /** The headline as shown (cut when too long). */
  private shownHeadline = '';
  private cleanedExcerpt = '';
  /** The language the excerpt was cleaned for (word breaks differ by language). */
  private excerptLanguage = '';
  private hydration = new HydrationController(this);
  // The date is drawn in this shadow root, not by a nested <news-dateline>: half the shadow roots.
  private date = new DateView(this, this.hydration, '.dateline ');
  private language = new LocaleController(this, this.hydration);
  private slots = new SlotController(this);

  /** The story (headline and link) last drawn. */
  private drawn?: string;
  /** Given another story whose code is on its way: a skeleton meanwhile. */
  private waiting = false;

  constructor() {
    super();
    // An excerpt with markup (or long) waits for its cleaning code, so raw markup never shows; a
    // media mark, related links or a rank for theirs (the server's are drawn with it: hydration
    // waits for it too). A teaser given another story meanwhile (a list draws by position) must
    // not keep showing the one it had, which a neighbour may show now: it is a skeleton until then.
    holdUpdates(this, () => {
      const wait = storyReady(this, this.slots.has('related'), this.hydration.hydrating);
      this.waiting = !!wait && this.drawn !== undefined && this.drawn !== this.story();
      if (!this.waiting) return wait;
      void wait!.then(() => this.requestUpdate());
      return undefined;
    });
  }

  private story(): string {
    return `${text(this.headline)}\n${text(this.href)}`;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.hydration.hydrating) queueMicrotask(() => settlePictures(this));
    if (changed.has('focalPoint')) this.imagePosition = focalPoint(this, writtenPoint(this.focalPoint));
    if (changed.has('headline')) this.shownHeadline = shownHeadline(this, text(this.headline));
    // The teaser speaks its own locale even where Intl cannot write dates in it (Pashto in
    // Chromium: still right to left, its own "Sponsored"); only the date then takes the page's
    // language, as a dateline does.
    this.date.settleLocale(this.locale, this.language.inherited);
    this.date.prepare({
      datetime: this.datetime,
      undated: true,
      format: text(this.format) || 'long',
      pattern: this.pattern,
      // Only when set: without one, a date from data with no offset stays quietly on the reader's clock.
      ...(text(this.timeZone) ? { timeZone: this.timeZone } : {}),
    });
    const locale = this.language.lang;
    if (changed.has('excerpt') || changed.has('excerptWords') || locale !== this.excerptLanguage) {
      const cleaned = shownExcerpt(this.excerpt, {
        words: wholeNumber(this, 'excerpt-words', this.excerptWords, 30),
        locale,
      });
      // Undefined only over server-rendered DOM, before the cleaning code is here: the server's
      // paragraphs meanwhile; the next render waits for the code.
      this.cleanedExcerpt = cleaned ?? drawnExcerpt(this.renderRoot);
      this.excerptLanguage = cleaned === undefined ? '' : locale;
    }
  }

  protected override updated(): void {
    if (!this.waiting) this.drawn = this.story();
    // Through the CSSOM, not a style attribute, which a strict style-src would block.
    this.renderRoot
      .querySelector<HTMLElement>('.media')
      ?.style.setProperty('--_teaser-focus', this.imagePosition ?? null);
  }

  protected override render() {
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');
    if (this.skeleton || this.waiting) return skeleton(layout);
    return card(this, {
      layout,
      headline: this.shownHeadline,
      excerpt: this.cleanedExcerpt,
      server: isServer || this.hydration.hydrating,
      language: this.language,
      slots: this.slots,
      date: this.date,
    });
  }
}
