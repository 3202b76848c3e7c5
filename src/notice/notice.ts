import { LitElement, html, isServer, nothing } from 'lit';
import { focusRing, tokens } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { HydrationController } from '../internal/hydration.js';
import { DateView } from '../internal/date-view.js';
import { adoptLightStyles } from '../internal/adopt.js';
import { markEmpty } from '../internal/empty-state.js';
import { oneOf } from '../internal/choice.js';
import { substitute } from '../internal/translate.js';
import { dateText, quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { parseIso } from '../text/date-pattern.js';
import { ianaZone } from '../text/time-zone.js';
import { monthsSince, parseMinAge, shownAge, type Age } from './age.js';
import { lightStyles, styles } from './notice.styles.js';

/** The kinds of notice, as `type` takes them. */
export type NoticeType = 'correction' | 'clarification' | 'update' | 'editors-note' | 'age';

const TYPES: readonly NoticeType[] = ['correction', 'clarification', 'update', 'editors-note', 'age'];
const LABELS = {
  correction: 'noticeCorrection',
  clarification: 'noticeClarification',
  update: 'noticeUpdate',
  'editors-note': 'noticeEditorsNote',
} as const;

/**
 * A dated note the newsroom adds to a story: a correction, a clarification, an update or an
 * editor's note, labelled in the reader's language ("Correction", "Rectificatif", "訂正") with its
 * date in a real `<time>`; or, with `type="age"`, the Guardian's warning that a story is old ("This
 * article is more than 13 years old"), worked out by the element.
 *
 * The notice's own text is written inside the element, so it is what readers without JavaScript
 * and crawlers get. Inside `<news-article structured-data>`, corrections and clarifications
 * become the story's JSON-LD `correction` (a `CorrectionComment` with `text` and `datePublished`).
 *
 * **Linked from the dateline.** Give the notice an `id` and the dateline its address:
 * `<news-dateline updated="…" correction="#correction">` reads "Corrected 15 December 2012", a link
 * to the notice. The id is written in the page, not made up by the element, so the link works on a
 * server-rendered page before (and without) any script.
 *
 * **The age notice** counts from the notice's `datetime`, else from the `datetime` of the
 * `<news-dateline>` in the same `<news-article>`, to the reader's clock when it renders, and shows
 * nothing at all (no box, nothing announced) while the story is younger than `min-age` (a year by
 * default). To have none, leave the element out, or set `min-age="none"` (a template that always
 * writes it can turn it off per story). A server cannot know the reader's date: the notice appears
 * once the script runs.
 *
 * Notices are notes (`role="note"`), not live regions: a screen reader reads them in the story's
 * flow, label and date first, and never interrupts to announce one.
 *
 * @summary A dated correction, clarification, update or editor's note; or "This article is more than N years old".
 * @tagname news-notice
 * @slot - The notice's text (`<p>`s, links), as it reads without JavaScript. Ignored by `type="age"`, which writes its own.
 * @csspart notice - The notice's box.
 * @csspart label - "Correction", "Clarification", "Update" or "Editor's note".
 * @csspart time - The notice's `<time>`.
 * @csspart text - The box around the notice's text, or the age notice's sentence.
 * @cssprop [--news-article-measure=var(--news-article-body-measure, var(--news-measure, 68ch))] - The
 *   notice's greatest width, in its own type: a story's text column's measure. In `<news-article>`
 *   the notice is as wide as the column; a page's own `max-inline-size` wins.
 * @cssprop [--news-article-body-measure=var(--news-measure, 68ch)] - The body's line length (read as
 *   that measure).
 * @cssprop [--news-notice-background=var(--news-color-surface, #f4f3ef)] - Behind the notice.
 * @cssprop [--news-notice-accent=var(--news-color-accent, #b3261e)] - The rule at the notice's start edge.
 * @cssprop [--news-notice-color=var(--news-color-text, #1a1a1a)] - The notice's text and label.
 * @cssprop [--news-notice-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 */
export class NewsNotice extends LitElement {
  static override styles = [tokens, focusRing, styles];
  static override properties = {
    type: {},
    datetime: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    minAge: { attribute: 'min-age' },
  };

  /**
   * `correction`, `clarification`, `update`, `editors-note` (the default) or `age`. Anything else
   * is an editor's note, with one warning.
   */
  type: NoticeType = 'editors-note';

  /**
   * When the notice was written (ISO 8601: `2012-12-15` or `2012-12-15T10:00:00Z`), printed after
   * the label; a value that is not a date is left out, with one warning. For `type="age"`: when
   * the story was published, if not its dateline's.
   */
  datetime = '';

  /** Language of the label, the date and the age notice (BCP 47); defaults to the nearest `lang`. */
  locale = '';

  /**
   * IANA time zone the date is printed in, and the story's age counted in (`Asia/Seoul`); defaults
   * to the reader's.
   */
  timeZone = '';

  /**
   * For `type="age"`: how old the story must be before the notice shows, an ISO 8601 duration in
   * whole years and months (`P1Y`, the default; `P6M`; `P2Y6M`; at least a month), or `none` for
   * no notice. From a year on the notice counts years ("more than 13 years old"), before it
   * months ("more than 6 months old").
   */
  minAge = 'P1Y';

  private hydration = new HydrationController(this);
  private date = new DateView(this, this.hydration);
  private language = new LocaleController(this, this.hydration, () => this.date.supportedLocale);
  private kind: NoticeType = 'editors-note';
  private age?: Age | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) adoptLightStyles(this, lightStyles);
    // An age notice parsed before its article's dateline looks again once the page is parsed.
    if (!isServer && document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    // A single-page app may give the article another story's date.
    this.article = isServer ? null : this.closest('news-article');
    this.article?.addEventListener('news-dateline-change', this.datelineChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.article?.removeEventListener('news-dateline-change', this.datelineChanged);
  }

  private article: Element | null = null;
  private datelineChanged = () => {
    if (this.kind === 'age') this.requestUpdate();
  };

  protected override willUpdate(): void {
    this.kind = oneOf(this, 'type', this.type, TYPES, 'editors-note');
    this.date.settleLocale(this.locale, this.language.inherited);
    this.date.prepare({
      datetime: this.datetime,
      undated: true,
      format: 'long',
      pattern: '',
      timeZone: this.timeZone,
    });
    // The server knows neither the story's dateline nor the reader's clock.
    this.age = this.kind === 'age' && !isServer && !this.hydration.hydrating ? this.storyAge() : undefined;
    // An age notice with nothing to say takes no room.
    markEmpty(this, this.kind === 'age' && !this.age);
  }

  override render() {
    const { own, dir, lang } = this.language;
    const box = (content: unknown) =>
      html`<div class="notice" part="notice" role="note" lang=${own || nothing} dir=${own ? dir : nothing}>
        ${content}
      </div>`;
    if (this.kind === 'age') {
      const age = this.age;
      if (!age) return nothing;
      const worded = this.language.termLanguage('noticeAge');
      const count = new Intl.NumberFormat(worded ?? lang, {
        style: 'unit',
        unit: age.unit,
        unitDisplay: 'long',
      });
      const sentence = substitute(this.language.term('noticeAge'), { age: count.format(age.value) });
      return box(html`<p part="text" lang=${worded ?? nothing}>${sentence}</p>`);
    }
    const label = LABELS[this.kind];
    const worded = this.language.termLanguage(label) ?? nothing;
    return box(
      html`<p class="heading">
          <span part="label" lang=${worded}>${this.language.term(label)}</span> ${this.date.render()}
        </p>
        <div part="text"><slot></slot></div>`,
    );
  }

  /** The age the notice states, or `undefined` while the story is younger (or has no date). */
  private storyAge(): Age | undefined {
    const minimum = parseMinAge(text(this.minAge));
    const settled = minimum ?? 12;
    if (minimum === undefined)
      warnOnce(
        this,
        'min-age',
        `<news-notice min-age=${quote(this.minAge)}> is not a duration like P1Y or P6M, nor none; using P1Y.`,
      );
    else clearWarning(this, 'min-age');
    if (settled === Infinity) return undefined;
    const zone = ianaZone(text(this.timeZone)); // (the date view warns about any other)
    const published = parseIso(this.publishedDate(), zone);
    if (!published) {
      // A bad date of its own has had its warning (the date view's). The article may still be
      // arriving: once the page is parsed, a missing date is a mistake.
      if (!dateText(this.datetime) && document.readyState !== 'loading')
        warnOnce(
          this,
          'age',
          '<news-notice type="age"> has no publication date (its datetime, or the datetime of the <news-dateline> in its <news-article>); not shown.',
        );
      return undefined;
    }
    clearWarning(this, 'age');
    return shownAge(monthsSince(published, Date.now(), zone), settled);
  }

  /** The notice's own date, else its article's dateline's (the property, which a script may have set). */
  private publishedDate(): string {
    const own = dateText(this.datetime);
    if (own) return own;
    const article = this.closest('news-article');
    const dateline = [...(article?.querySelectorAll('news-dateline') ?? [])].find(
      (candidate) => candidate.closest('news-article') === article,
    ) as (Element & { datetime?: unknown }) | undefined;
    return dateText(dateline?.datetime) || text(dateline?.getAttribute('datetime'));
  }
}
