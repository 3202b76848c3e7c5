import { LitElement, html, isServer, nothing } from 'lit';
import { tokens } from '../internal/tokens.styles.js';
import { canonicalLocale } from '../internal/locale.js';
import { remember } from '../text/memo.js';
import { LocaleController } from '../internal/locale-controller.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { oneOf } from '../internal/choice.js';
import { HydrationController } from '../internal/hydration.js';
import {
  formatDate,
  formatFull,
  formatPattern,
  formatRelative,
  formatTime,
  calendarDay,
  parseIso,
  relativeTime,
  zoneFormat,
  type DateStyle,
} from '../text/date-pattern.js';
import { twoCalendars } from '../text/calendar.js';
import { ordinals } from '../text/ordinals.js';
import { unwatch, watch } from './clock.js';
import { styles } from './dateline.styles.js';

export type DatelineFormat = DateStyle | 'relative' | 'auto';

/** Whether Intl formats dates in a tag, by tag. */
const dateLocales = new Map<string, number>();

const FORMATS: readonly DatelineFormat[] = ['full', 'long', 'medium', 'short', 'relative', 'auto'];

interface Shown {
  iso: string;
  text: string;
  title?: string | undefined;
  /** The date in the second calendar. */
  alt?: string | undefined;
}

/**
 * When a story was published (and updated), printed the way the newsroom prints it, in the
 * reader's language and zone, and kept current when relative.
 *
 * @tagname news-dateline
 * @summary A dateline: a real `<time>`, localised, house patterns, live relative time.
 *
 * @slot - Fallback text, shown before the script loads and whenever `datetime` is missing or not a
 *   date. While the date renders, this text stays in the DOM but is neither drawn nor announced.
 * @slot updated-label - Replaces the "Updated" label.
 *
 * @csspart place - The location lead-in ("SEOUL").
 * @csspart time - The publication `<time>`.
 * @csspart time-alt - The publication date in the `alt-calendar`.
 * @csspart updated - The label and `<time>` of the update.
 * @csspart updated-label - The "Updated" label.
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
  static override styles = [tokens, styles];
  static override properties = {
    datetime: {},
    format: {},
    pattern: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    altCalendar: { attribute: 'alt-calendar' },
    updatedAt: { attribute: 'updated' },
    updatedLabel: { attribute: 'updated-label' },
    place: {},
  };

  /** When the story was published: ISO 8601 date (`2012-12-14`) or date-time, with or without offset. */
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

  /** Location lead-in of a classic dateline ("Seoul" prints as "SEOUL —"). */
  place = '';

  /** `{dayOrdinal}` suffixes per language, shared by every dateline: add one before datelines
   * render, e.g. `NewsDateline.ordinals.ca = { one: 'r', two: 'n', few: 't', other: 'è' }`. Keys
   * are Intl.PluralRules ordinal categories, or `=1` for the first day alone (French `{ '=1': 'er' }`).
   * Languages without an entry print the plain day. */
  static ordinals = ordinals;

  private published?: Shown | undefined;
  private lastUpdate?: Shown | undefined;
  /** `locale` when Intl can format dates in it. */
  private supportedLocale?: string;
  // The server knew neither the reader's clock nor zone nor language: the hydrating pass binds
  // exactly what the server wrote (read back from its DOM); the next pass changes only what
  // differs, in the same nodes, before the next paint. Identical text is never touched: no flash.
  private hydration = new HydrationController(this);
  private language = new LocaleController(this, this.hydration, () => this.supportedLocale);
  private nextTick = Infinity;

  override connectedCallback(): void {
    super.connectedCallback();
    // Time went on while detached: a relative dateline must recompute and rejoin the clock.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** Warns once while `ok` is false; once fixed, a later breakage warns again. `key` tells two
   * problems of one attribute apart. */
  private check(name: string, value: string, ok: unknown, why: string, key = name): void {
    if (ok) clearWarning(this, key);
    else warnOnce(this, key, `<news-dateline ${name}=${quote(value)}> ${why}`);
  }

  override willUpdate(): void {
    const now = Date.now();
    const zone = text(this.timeZone);
    let timeZone: string | undefined = zone || undefined;
    try {
      zoneFormat(timeZone);
    } catch {
      timeZone = undefined;
    }
    this.check('time-zone', zone, timeZone || !zone, "is not an IANA time zone; using the reader's.");

    const asked = text(this.locale);
    const explicit = canonicalLocale(asked);
    const supported = (this.supportedLocale =
      explicit &&
      remember(dateLocales, explicit, () => Intl.DateTimeFormat.supportedLocalesOf(explicit).length)
        ? explicit
        : undefined);
    this.check('locale', asked, supported || !asked, "is not a supported locale; using the page's language.");
    const locale = this.language.lang;

    const pattern = text(this.pattern);
    const format = oneOf(this, 'format', this.format, FORMATS, 'long');
    const calendar = text(this.altCalendar).toLowerCase();
    const [main, second] = (calendar && twoCalendars(locale, calendar)) || [locale];
    this.check(
      'alt-calendar',
      calendar,
      second || !calendar,
      'is not a calendar Intl knows; showing one date.',
    );
    const tokens = [new Set<string>(), new Set<string>()];
    // On the server the reader's clock is unknown: relative formats render `long`, then go live.
    const style = format === 'relative' || format === 'auto' ? 'long' : format;
    const live = !isServer && !pattern && style !== format;
    let next = Infinity;
    let publishedDay: number | undefined;

    const show = (name: string, raw: unknown, required: boolean): Shown | undefined => {
      const value = text(raw);
      const date = parseIso(value, timeZone);
      this.check(
        name,
        value,
        date || (!required && !value),
        'is not an ISO 8601 date such as 2012-12-14 or 2012-12-14T23:30Z.',
      );
      if (!date) return undefined;
      const day = calendarDay(date, timeZone).t;
      if (required) publishedDay = day;
      const relative = live ? relativeTime(date, now, timeZone, format === 'auto') : undefined;
      next = Math.min(next, relative?.next ?? Infinity);
      const absolute = (value: typeof date, locale: string) =>
        (pattern &&
          formatPattern(value, pattern, locale, timeZone, (token, unknown) =>
            tokens[+unknown]!.add(token),
          )) ||
        formatDate(value, style, locale, timeZone);
      return relative?.unit
        ? { iso: date.iso, title: formatFull(date, locale, timeZone), text: formatRelative(relative, locale) }
        : // An update on the day of publication shows its time only: the date is printed just before.
          !required && style === format && !date.dateOnly && day === publishedDay
          ? { iso: date.iso, text: formatTime(date, main!, timeZone) }
          : {
              iso: date.iso,
              text: absolute(date, main!),
              alt: second && absolute(calendarDay(date, timeZone), second),
            };
    };
    this.published = show('datetime', this.datetime, true);
    this.lastUpdate = show('updated', this.updatedAt, false);
    this.nextTick = next;
    const [empty, unknown] = tokens.map((set) => `{${[...set].join('} {')}}`);
    this.check('pattern', pattern, !tokens[1]!.size, `has unknown tokens ${unknown}, shown as written.`);
    this.check('pattern', pattern, !tokens[0]!.size, `prints nothing for ${empty}, left out.`, 'empty');
  }

  override updated(): void {
    if (this.nextTick < Infinity && this.isConnected) watch(this, this.nextTick);
    else unwatch(this);
  }

  override render() {
    const { published, lastUpdate: updated } = this;
    const { lang: locale, dir } = this.language;
    const value = <T>(bound: T, selector: string, attribute?: string) => {
      if (!this.hydration.hydrating) return bound;
      const node = this.renderRoot.querySelector(selector);
      return attribute ? (node?.getAttribute(attribute) ?? nothing) : node?.textContent;
    };
    const place = text(this.place);
    // The second calendar's date is text beside the one <time>: machines read one date, people
    // (and screen readers) both; the dash between them, like the others here, is not announced.
    const time = (shown: Shown, part: string, at = `time[part=${part}]`) => {
      const alt = value(shown.alt, `[part=${part}-alt]`);
      return html`${
          alt ? html`<span part=${`${part}-alt`}>${alt}</span> <span aria-hidden="true">-</span> ` : nothing
        }<time
          part=${part}
          datetime=${value(shown.iso, at, 'datetime')}
          title=${value(shown.title ?? nothing, at, 'title')}
          >${value(shown.text, at)}</time
        >`;
    };
    const label = text(this.updatedLabel) || this.language.term('updated');
    // Spaces sit outside the aria-hidden dash and dot, so screen readers still hear separate words.
    const lead = place
      ? html`<span part="place">${value(place, '[part=place]')}</span> <span aria-hidden="true">—</span> `
      : nothing;
    const update = updated
      ? html` <span aria-hidden="true">·</span>
          <span part="updated"
            ><span part="updated-label"><slot name="updated-label">${value(label, 'slot[name]')}</slot></span>
            ${time(updated, 'updated-time')}</span
          >`
      : nothing;
    // lang and dir follow the locale the date is written in, so an Arabic dateline on an English
    // page reads right to left and screen readers pick the right voice.
    return html`<span lang=${value(locale, 'span', 'lang')} dir=${value(dir, 'span', 'dir')}
      >${lead}${published ? time(published, 'time') : html`<slot></slot>`}${update}</span
    >`;
  }
}
