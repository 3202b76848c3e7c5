import { html, isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { canonicalLocale, isRtlLocale, writesDates } from './locale.js';
import { dateText, quote, text } from './values.js';
import { clearWarning, warnOnce } from './warn.js';
import { oneOf } from './choice.js';
import { inCapitals } from './capitals.js';
import type { HydrationController } from './hydration.js';
import { unwatch, watch } from './clock.js';
import {
  formatDate,
  formatFull,
  formatPattern,
  formatRelative,
  formatTime,
  calendarDay,
  parseIso,
  relativeTime,
  writtenIn,
  type DateStyle,
  type IsoDate,
} from '../text/date-pattern.js';
import { ianaZone, zoneLabel } from '../text/time-zone.js';
import { twoCalendars } from '../text/calendar.js';

export type DateFormat = DateStyle | 'relative' | 'auto';

const FORMATS: readonly DateFormat[] = ['full', 'long', 'medium', 'short', 'relative', 'auto'];

/** What a date view shows: the attributes of `<news-dateline>` (a teaser sets some of them). */
export interface DateSettings {
  datetime: unknown;
  /** No `datetime` is no problem (a teaser without a date): nothing is shown, without a warning. */
  undated?: boolean;
  updated?: unknown;
  format: unknown;
  pattern: unknown;
  /** Given by the elements that take a `time-zone` (a date without an offset warns there). */
  timeZone?: unknown;
  /** A name the house gives the zone ("KST"), or how Intl names it (`shortGeneric`, `longGeneric`). */
  timeZoneLabel?: unknown;
  altCalendar?: unknown;
}

interface Shown {
  iso: string;
  text: string;
  title?: string | undefined;
  /** The date in the second calendar. */
  alt?: string | undefined;
}

interface Host extends ReactiveElement {
  renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The one way a date is shown, by `<news-dateline>` and inside each `<news-teaser>` (one shadow
 * root per teaser, not two): a real `<time>` formatted by src/text/date-pattern.ts, relative text
 * kept current on the shared clock, the server's text kept while hydrating, one warning per problem.
 * The host calls `prepare()` in `willUpdate` and places `render()` in its template.
 */
export class DateView implements ReactiveController {
  private published?: Shown | undefined;
  private lastUpdate?: Shown | undefined;
  private nextTick = Infinity;
  /** The host's `locale` when Intl can format dates in it. */
  supportedLocale?: string | undefined;
  /** The language dates are written in: the host's `locale` where Intl has it, else the page's. */
  locale = 'en';

  /** @param scope Selector prefix of the view's nodes in the host's shadow root ('' for the whole). */
  constructor(
    private readonly host: Host,
    private readonly hydration: HydrationController,
    private readonly scope = '',
  ) {
    host.addController(this);
  }

  /** A label given in the slot is the page's, in its language: the host words `labelLang` anew. */
  private relabel = () => this.host.requestUpdate();

  hostConnected(): void {
    // Time went on while detached: relative text must recompute and rejoin the clock.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  hostUpdated(): void {
    if (this.nextTick < Infinity && this.host.isConnected) watch(this.host, this.nextTick);
    else unwatch(this.host);
  }

  /** Warns once while `ok` is false; once fixed, a later breakage warns again. `key` tells two
   * problems of one attribute apart. */
  private check(name: string, value: string, ok: unknown, why: string, key = name): void {
    if (ok) clearWarning(this.host, key);
    else warnOnce(this.host, key, `<${this.host.localName} ${name}=${quote(value)}> ${why}`);
  }

  /**
   * Settles the date's `locale` from the host's (`asked`), with one warning when Intl lacks it;
   * then the dates are in `inherited`, the page's language (Pashto in Chromium).
   */
  settleLocale(asked: unknown, inherited: string): void {
    const value = text(asked);
    const explicit = canonicalLocale(value);
    this.supportedLocale = explicit && writesDates(explicit) ? explicit : undefined;
    this.check(
      'locale',
      value,
      this.supportedLocale || !value,
      "is not a supported locale; using the page's language.",
    );
    this.locale = this.supportedLocale ?? inherited;
  }

  /** Computes what is shown, in the `locale` settled by `settleLocale`. */
  prepare(settings: DateSettings): void {
    const locale = this.locale;
    const now = Date.now();
    const zone = text(settings.timeZone);
    const hasZone = 'timeZone' in settings;
    const timeZone = ianaZone(zone);
    this.check('time-zone', zone, timeZone || !zone, "is not an IANA time zone; using the reader's.");
    const zoneName = text(settings.timeZoneLabel);

    const pattern = text(settings.pattern);
    const format = oneOf(this.host, 'format', settings.format, FORMATS, 'long');
    const calendar = text(settings.altCalendar).toLowerCase();
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
    // The zone's name where the text prints one ("GMT+9" → "KST", or Intl's generic name). A
    // house name is the name of `time-zone`'s zone: given to the reader's, it would be a lie.
    const generic = zoneName === 'shortGeneric' || zoneName === 'longGeneric';
    const named = () => {
      this.check(
        'time-zone-label',
        zoneName,
        generic || zone,
        "needs a time-zone; the reader's keeps Intl's name.",
      );
      return generic || timeZone;
    };
    const label = (shown: string, date: IsoDate, language = main!) =>
      zoneName && !date.dateOnly && named() ? zoneLabel(shown, date, language, timeZone, zoneName) : shown;

    const show = (name: string, raw: unknown, required: boolean): Shown | undefined => {
      const value = dateText(raw);
      const date = parseIso(value, timeZone);
      this.check(
        name,
        value,
        date || (!value && (!required || settings.undated)),
        'is not an ISO 8601 date such as 2012-12-14 or 2012-12-14T23:30Z.',
      );
      // Without an offset or a zone, each reader (and the server) reads it on their own clock. Only
      // where the element takes a time-zone: a teaser's or a post's date comes from data.
      if (hasZone)
        this.check(
          name,
          value,
          !date?.floating || timeZone,
          'has no UTC offset: add one (+01:00) or a time-zone.',
          `${name}-offset`,
        );
      if (!date) return undefined;
      const day = calendarDay(date, timeZone).t;
      if (required) publishedDay = day;
      const relative = live ? relativeTime(date, now, timeZone, format === 'auto') : undefined;
      next = Math.min(next, relative?.next ?? Infinity);
      const absolute = (value: IsoDate, locale: string) =>
        (pattern &&
          formatPattern(value, pattern, locale, timeZone, (token, unknown) =>
            tokens[+unknown]!.add(token),
          )) ||
        formatDate(value, style, locale, timeZone);
      return relative?.unit
        ? {
            iso: date.iso,
            title: label(formatFull(date, locale, timeZone), date, locale),
            text: formatRelative(relative, locale),
          }
        : // An update on the day of publication shows its time only: the date is printed just before.
          !required && style === format && !date.dateOnly && day === publishedDay
          ? { iso: date.iso, text: formatTime(date, main!, timeZone) }
          : {
              iso: date.iso,
              text: label(absolute(date, main!), date),
              alt: second && absolute(calendarDay(date, timeZone), second),
            };
    };
    this.published = show('datetime', settings.datetime, true);
    this.lastUpdate = show('updated', settings.updated, false);
    this.nextTick = next;
    const [empty, unknown] = tokens.map((set) => `{${[...set].join('} {')}}`);
    this.check('pattern', pattern, !tokens[1]!.size, `has unknown tokens ${unknown}, shown as written.`);
    this.check('pattern', pattern, !tokens[0]!.size, `prints nothing for ${empty}, left out.`, 'empty');
  }

  /**
   * The date in a `<span lang dir>`: `place` leads, "Updated `label`" follows (one link to `href`
   * when given: the dateline's correction), the label marked `labelLang`, the language it is worded
   * in, where that is not the date's; without a date, `fallback`. While hydrating, every value is
   * the one the server wrote, read back from its DOM.
   */
  render({ place = '', label = '', labelLang = '', fallback = nothing as unknown, href = '' } = {}) {
    const { published, lastUpdate: updated, locale: lang } = this;
    const dir = isRtlLocale(lang) ? 'rtl' : 'ltr';
    // Where Intl has no dates in the element's language (`tlh`; Pashto in Chromium), it wrote them
    // in its own: a screen reader must voice those in that one, the place and label in the page's.
    const written = writtenIn(lang);
    const words = written === lang ? undefined : { lang: written, dir: isRtlLocale(written) ? 'rtl' : 'ltr' };
    const value = <T>(bound: T, selector: string, attribute?: string) => {
      if (!this.hydration.hydrating) return bound;
      const node = this.host.renderRoot.querySelector(this.scope + selector);
      return attribute ? (node?.getAttribute(attribute) ?? nothing) : node?.textContent;
    };
    // The second calendar's date is text beside the one <time>: machines read one date, people
    // (and screen readers) both; the dash between them, like the others here, is not announced.
    const time = (shown: Shown, part: string, at = `time[part=${part}]`) => {
      const altAt = `[part=${part}-alt]`;
      const alt = value(shown.alt, altAt);
      const said = (selector: string, attribute: 'lang' | 'dir') =>
        value(words?.[attribute] ?? nothing, selector, attribute);
      const other = html`<span part=${`${part}-alt`} lang=${said(altAt, 'lang')} dir=${said(altAt, 'dir')}
        >${alt}</span
      >`;
      return html`${alt ? html`${other} <span aria-hidden="true">-</span> ` : nothing}<time
          part=${part}
          lang=${said(at, 'lang')}
          dir=${said(at, 'dir')}
          datetime=${value(shown.iso, at, 'datetime')}
          title=${value(shown.title ?? nothing, at, 'title')}
          >${value(shown.text, at)}</time
        >`;
    };
    // Spaces sit outside the aria-hidden dash and dot, so screen readers still hear separate words.
    // The place is isolated: a Hebrew place would otherwise take an English date's day into its
    // right-to-left run ("14 — ירושלים December"). It is drawn in capitals and heard as written.
    const where = place && inCapitals(String(value(place, '[part=place] > .visually-hidden') ?? ''));
    const lead = where ? html`<bdi part="place">${where}</bdi> <span aria-hidden="true">—</span> ` : nothing;
    // A no-break space binds the label to the date's first word: "Updated" never ends a line
    // with "14:05" on the next. An English "Updated" among Polish dates says so, or a screen
    // reader reads it with a Polish voice.
    const foreign = labelLang.split('-')[0] !== lang.split('-')[0];
    const labelled = (shown: Shown) =>
      html`<span
          part="updated-label"
          lang=${value(labelLang && foreign ? labelLang : nothing, '[part=updated-label]', 'lang')}
          ><slot name="updated-label" @slotchange=${this.relabel}>${value(label, 'slot[name]')}</slot></span
        >&nbsp;${time(shown, 'updated-time')}`;
    const update = updated
      ? html` <span aria-hidden="true">·</span>
          ${
            href
              ? html`<a part="updated updated-link" href=${href}>${labelled(updated)}</a>`
              : html`<span part="updated">${labelled(updated)}</span>`
          }`
      : nothing;
    // lang and dir follow the locale the date is written in, so an Arabic date on an English page
    // reads right to left and screen readers pick the right voice. The fallback text is the whole
    // line, as it is before the script ("… · Updated 14:05"): no update is added to it.
    return html`<span lang=${value(lang, 'span', 'lang')} dir=${value(dir, 'span', 'dir')}
      >${lead}${published ? html`${time(published, 'time')}${update}` : fallback}</span
    >`;
  }
}
