import { LitElement, html, isServer, type PropertyValues } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../internal/tokens.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { dateText, quote, text } from '../internal/values.js';
import { safeUrl } from '../internal/safe-url.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { HydrationController } from '../internal/hydration.js';
import { DateView, type DateFormat } from '../internal/date-view.js';
import { ordinals } from '../text/ordinals.js';
import { styles } from './dateline.styles.js';

export type DatelineFormat = DateFormat;

const changedDate = (value: unknown, old: unknown) => dateText(value) !== dateText(old);

/**
 * When a story was published (and updated), printed the way the newsroom prints it, in the
 * reader's language and zone, and kept current when relative.
 *
 * @tagname news-dateline
 * @summary A dateline: a real `<time>`, localised, house patterns, live relative time.
 *
 * @slot - Fallback text, shown before the script loads and whenever `datetime` is missing or not a
 *   date: the whole line the dateline prints after its place, "Updated …" included
 *   (`Thursday 12th March, 2026 · Updated&nbsp;14:05`), or the line grows when the script runs. While
 *   the date renders, this text stays in the DOM but is neither drawn nor announced.
 * @slot updated-label - Replaces the "Updated" (or "Corrected") label.
 *
 * @fires {CustomEvent<{ datetime: string; updated: string }>} news-dateline-change - `datetime` or
 *   `updated` was given or changed (a single-page app swapping the story in); `detail`: both as
 *   text (a Date as its ISO instant). The article's age notice and structured data follow it.
 *
 * @csspart place - The location lead-in ("Seoul", drawn "SEOUL"; write it as it is spoken).
 * @csspart time - The publication `<time>`.
 * @csspart time-alt - The publication date in the `alt-calendar`.
 * @csspart updated - The label and `<time>` of the update (the link, with `correction`).
 * @csspart updated-link - With `correction`: the link to the correction notice.
 * @csspart updated-label - The "Updated" (or "Corrected") label.
 * @csspart updated-time - The update's `<time>`.
 * @csspart updated-time-alt - The update's date in the `alt-calendar`.
 *
 * @cssprop [--news-dateline-color=var(--news-color-text-muted, #595959)] - Text colour.
 * @cssprop [--news-dateline-font=var(--news-font-ui, system-ui, sans-serif)] - Font family.
 * @cssprop [--news-dateline-font-size=var(--news-font-size-sm, 0.875rem)] - Font size.
 * @cssprop [--news-dateline-place-color=var(--news-color-text, #1a1a1a)] - Colour of the place.
 * @cssprop [--news-dateline-place-font-weight=700] - Weight of the place.
 * @cssprop [--news-dateline-place-transform=uppercase] - Case of the place (`none` keeps it as written).
 */
export class NewsDateline extends LitElement {
  static override styles = [tokens, focusRing, visuallyHidden, ...styles];
  static override properties = {
    // A Date given anew for the same moment (a framework's every render) is no change: it would
    // fire `news-dateline-change` each time, and an app answering it would render again.
    datetime: { hasChanged: changedDate },
    format: {},
    pattern: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    timeZoneLabel: { attribute: 'time-zone-label' },
    altCalendar: { attribute: 'alt-calendar' },
    updatedAt: { attribute: 'updated', hasChanged: changedDate },
    updatedLabel: { attribute: 'updated-label' },
    correction: {},
    place: {},
  };

  /** When the story was published: ISO 8601 date (`2012-12-14`) or date-time (`2012-12-14T23:30Z`,
   * `+09:00`). A date-time without an offset is the wall clock of `time-zone`; with no `time-zone`
   * either, of each reader's own zone, with one warning. */
  datetime = '';

  /** `full`, `long`, `medium`, `short` (the locale's date styles), `relative` ("3 minutes ago", kept
   * current) or `auto` (relative within the last 24 hours, `long` beyond). */
  format: DatelineFormat = 'long';

  /** A house style that overrides `format`, e.g. `{weekday} {dayOrdinal} {month}, {year}`. Tokens:
   * weekday weekdayShort day dayOrdinal month monthShort monthNumeric year yearName era eraShort
   * hour minute dayPeriod timeZoneName; other text is kept as written. Names and numbers follow the
   * locale's calendar: `{era}{year}年` in `ja-JP-u-ca-japanese` prints 平成24年. In the Chinese and
   * Korean calendars `{year}` is the Gregorian year the year begins in and `{yearName}` its cyclic
   * name (`{year}{yearName}年` prints 2012壬辰年). `{dayOrdinal}` is 14th in English, 1er in French,
   * 1º in Italian and Portuguese, the plain day elsewhere (see `ordinals`). A token that prints
   * nothing (`{era}` in the Chinese calendar) warns once. */
  pattern = '';

  /** BCP 47 locale (`en-GB`, `ko-u-nu-hanidec`); defaults to the nearest `lang`, then the browser's. */
  locale = '';

  /** IANA time zone to show the date in (`Asia/Seoul`); defaults to the reader's. */
  timeZone = '';

  /** How the zone is named where the date prints one (a `{timeZoneName}` in `pattern`, the full
   * date and time a relative date shows on hover), instead of Intl's short name ("GMT+9"): the
   * house's own name (`KST`, `Seoul time`), or `shortGeneric` / `longGeneric` for the name Intl
   * gives the zone in the dateline's language ("ET" / "Eastern Time", "South Korea Time"). */
  timeZoneLabel = '';

  /** A second calendar (`persian`, `islamic-umalqura`, `islamic`, `hebrew`, `japanese`, `buddhist`,
   * `chinese`...): the date in it comes first, then ` - ` and the date in the locale's calendar (in
   * the Gregorian one where the locale's is this calendar, as BBC Persian prints
   * `۲۴ آذر ۱۳۹۱ - ۱۴ دسامبر ۲۰۱۲` for `locale="fa" alt-calendar="persian"`). Both follow `format`
   * or `pattern` (the second without time tokens); `<time datetime>` stays the ISO Gregorian value.
   * Relative text stands alone, as a count of hours or days is the same in any calendar. */
  altCalendar = '';

  /** When the story was last updated (ISO 8601), shown as "Updated …" in the same format; on the
   * day of publication (in `time-zone`) as the time alone ("Updated 18:45"), unless relative.
   * Attribute `updated`; the property has another name because `updated()` is Lit's lifecycle. */
  updatedAt = '';

  /** Replaces the localised "Updated" label. */
  updatedLabel = '';

  /**
   * The address of the story's correction (`#correction`: the `id` of a `<news-notice
   * type="correction">` on the page, or a corrections page): the update then reads "Corrected"
   * (still replaced by `updated-label`), and its label and time are one link there. The date is
   * `updated`'s, so a crawler reads it as the story's `dateModified` too. An id and a plain link are
   * all it takes, so the link works on a server-rendered page before any script, and the notice
   * keeps its own text and date (one place for each).
   */
  correction = '';

  /** Location lead-in of a classic dateline ("Seoul" prints as "SEOUL —"). */
  place = '';

  /** `{dayOrdinal}` suffixes per language, shared by every dateline: add one before datelines
   * render, e.g. `NewsDateline.ordinals.ca = { one: 'r', two: 'n', few: 't', other: 'è' }`. Keys
   * are Intl.PluralRules ordinal categories, or `=1` for the first day alone (French `{ '=1': 'er' }`).
   * Languages without an entry print the plain day. */
  static ordinals = ordinals;

  // The server knew neither the reader's clock nor zone nor language: the hydrating pass binds
  // exactly what the server wrote (read back from its DOM); the next pass changes only what
  // differs, in the same nodes, before the next paint. Identical text is never touched: no flash.
  private hydration = new HydrationController(this);
  private date = new DateView(this, this.hydration);
  private language = new LocaleController(this, this.hydration, () => this.date.supportedLocale);

  override willUpdate(): void {
    this.date.settleLocale(this.locale, this.language.inherited);
    this.date.prepare({
      datetime: this.datetime,
      updated: this.updatedAt,
      format: this.format,
      pattern: this.pattern,
      timeZone: this.timeZone,
      timeZoneLabel: this.timeZoneLabel,
      altCalendar: this.altCalendar,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('datetime') && !changed.has('updatedAt')) return;
    const detail = { datetime: dateText(this.datetime), updated: dateText(this.updatedAt) };
    this.dispatchEvent(new CustomEvent('news-dateline-change', { bubbles: true, composed: true, detail }));
  }

  override render() {
    const correction = text(this.correction);
    const key = correction ? 'corrected' : 'updated';
    const own = text(this.updatedLabel);
    return this.date.render({
      place: text(this.place),
      label: own || this.language.term(key),
      // The page words its own label in its language; ours may be English among Polish dates.
      labelLang:
        own || (!isServer && this.querySelector(':scope > [slot=updated-label]'))
          ? this.language.inherited
          : (this.language.termLanguage(key) ?? this.language.lang),
      fallback: html`<slot></slot>`,
      href: this.correctionLink(correction),
    });
  }

  /** The correction's address when it can be linked; else '' with one warning saying why. */
  private correctionLink(correction: string): string {
    const href = safeUrl(correction) ?? '';
    const why = !correction
      ? ''
      : !href
        ? 'is not an http(s) or relative address; not linked.'
        : !dateText(this.updatedAt)
          ? 'needs updated, the date of the correction; not shown.'
          : '';
    if (why) warnOnce(this, 'correction', `<news-dateline correction=${quote(correction)}> ${why}`);
    else clearWarning(this, 'correction');
    return href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-dateline-change': CustomEvent<{ datetime: string; updated: string }>;
  }
}
