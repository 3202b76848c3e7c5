import { html, isServer, nothing, type ReactiveElement } from 'lit';
import { written } from '../internal/choice.js';
import type { HydrationController } from '../internal/hydration.js';
import type { LocaleController } from '../internal/locale-controller.js';
import { substitute } from '../internal/translate.js';
import { quote, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { countReading, readingMinutes, readingRates, type ReadingCount } from '../text/reading-time.js';

/** What the article's reading time reads of it: its settings, and its story in the default slot. */
type Host = ReactiveElement & {
  readingTime?: string | null;
  wordsPerMinute?: number;
  charactersPerMinute?: number;
};

/**
 * The article's "6 min read": the count the page gave, or its story's words (characters in
 * Chinese, Japanese and Korean) counted once and again only when the story changes, in the
 * article's language.
 */
export class ReadingTime {
  private count?: ReadingCount;

  constructor(
    private readonly host: Host,
    private readonly hydration: HydrationController,
    private readonly language: LocaleController,
  ) {}

  /** Whether the article shows a reading time (`reading-time` is set). */
  get shown(): boolean {
    return this.host.readingTime !== undefined && this.host.readingTime !== null;
  }

  /** The story changed: count it again at the next render, if the reading time is counted. */
  storyChanged = (): void => {
    this.count = undefined;
    if (this.shown) this.host.requestUpdate();
  };

  render() {
    if (!this.shown) return nothing;
    const { host, language } = this;
    const lang = language.lang;
    const measured = readingRates(lang);
    const rates = {
      words: this.rate('words-per-minute', host.wordsPerMinute, measured.words),
      characters: this.rate('characters-per-minute', host.charactersPerMinute, measured.characters),
    };
    // The server cannot read the story (the light DOM), so the render over its HTML counts nothing either.
    if (!this.hydration.hydrating && !isServer) this.count ??= countReading(this.storyText());
    const minutes = this.givenMinutes() ?? (this.count ? readingMinutes(this.count, rates) : 0);
    if (!minutes || !language.loaded) return nothing;
    // Translations say "{min} Lesezeit" (the short unit, "6 Min."), "{minutes}" (the long one,
    // "6 Minuten") or "{count} min read" (the number alone: papers print "2 min read", where en-GB's
    // short unit says "2 mins"). English words on a page in a language not shipped: "6 min read",
    // in English as a whole.
    const worded = language.termLanguage('readingTime');
    const format = (options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(worded ?? lang, options).format(minutes);
    const unit = (unitDisplay: 'short' | 'long') => format({ style: 'unit', unit: 'minute', unitDisplay });
    const template = language.term('readingTime');
    return html`<span part="reading-time" lang=${worded ?? (language.own || nothing)}
      >${substitute(template, {
        min: template.includes('{min}') ? unit('short') : '',
        minutes: template.includes('{minutes}') ? unit('long') : '',
        count: template.includes('{count}') ? format() : '',
      })}</span
    >`;
  }

  /** A count the page gave, or `undefined` to count the story (one warning for a count that is none). */
  private givenMinutes(): number | undefined {
    const given = text(this.host.readingTime);
    if (!given || given === 'auto') return undefined;
    const minutes = Number(given);
    if (Number.isInteger(minutes) && minutes > 0) return minutes;
    warnOnce(
      this.host,
      'reading-time',
      `<news-article reading-time=${quote(this.host.readingTime)}> is not a whole number of minutes; counting the story's words.`,
    );
    return undefined;
  }

  /** A reading speed the page set, or the measured one (one warning for a speed that is none). */
  private rate(attribute: string, value: unknown, measured: number): number {
    if (value === undefined || value === null) return measured;
    if (typeof value === 'number' && value > 0 && value < Infinity) return value;
    warnOnce(
      this.host,
      attribute,
      `<news-article ${attribute}=${quote(written(this.host, attribute, value))}> is not a positive number; using ${measured}.`,
    );
    return measured;
  }

  /** The story's text: what the default slot shows, without scripts, styles or templates. */
  private storyText(): string {
    const slot = this.host.renderRoot.querySelector<HTMLSlotElement>('slot:not([name])');
    const parts: string[] = [];
    const skip = (node: Node) =>
      node instanceof Element && /^(script|style|template)$/.test(node.localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    for (const root of slot?.assignedNodes() ?? []) {
      if (skip(root) === NodeFilter.FILTER_REJECT) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: skip,
      });
      for (let node: Node | null = root; node; node = walker.nextNode())
        if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    }
    return parts.join(' ');
  }
}
