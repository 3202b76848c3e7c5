import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/en.js';
import { oneOf } from '../internal/choice.js';
import { substitute } from '../internal/translate.js';
import { quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';

/** What a story is, drawn as its badge. `sponsored` and `paid` are the "Sponsored" mark. */
export type LabelKind = 'live' | 'opinion' | 'analysis' | 'breaking' | 'sponsored' | 'paid';
export const LABEL_KINDS: readonly LabelKind[] = [
  'live',
  'opinion',
  'analysis',
  'breaking',
  'sponsored',
  'paid',
];

/** What the story mostly is besides text. */
export type MediaKind = 'video' | 'audio' | 'gallery';
export const MEDIA_KINDS: readonly MediaKind[] = ['video', 'audio', 'gallery'];

type Term = (key: keyof Translation) => string;

const BADGES = {
  live: 'liveNow',
  opinion: 'labelOpinion',
  analysis: 'labelAnalysis',
  breaking: 'labelBreaking',
} as const;
const MEDIA = { video: 'mediaVideo', audio: 'mediaAudio', gallery: 'mediaGallery' } as const;

/**
 * Seconds in a duration written as ISO 8601 (`PT3M20S`, `P1DT2H`), a number of seconds (`200`,
 * `"200"`) or a clock (`3:20`, `1:02:03`, as `<itunes:duration>` has it); undefined otherwise.
 */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 && Number.isFinite(value) ? value : undefined;
  const written = text(value);
  if (/^\d+(\.\d+)?$/.test(written)) return +written;
  const clock = /^(?:(\d+):)?(\d+):([0-5]\d)$/.exec(written);
  if (clock) return +(clock[1] ?? 0) * 3600 + +clock[2]! * 60 + +clock[3]!;
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i.exec(written);
  if (!iso || written.length < 3 || /T$/i.test(written)) return undefined;
  const [, d = 0, h = 0, m = 0, s = '0'] = iso;
  return +d * 86400 + +h * 3600 + +m * 60 + +s.replace(',', '.');
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numeral(lang: string, value: number, digits = 1): string {
  const key = `${lang} ${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumIntegerDigits: digits, useGrouping: false });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** `3:20`, `1:02:03`: a player's clock, in the language's digits. */
export function clockText(seconds: number, lang: string): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const clock = [...(h ? [numeral(lang, h)] : []), numeral(lang, m, h ? 2 : 1), numeral(lang, s, 2)];
  return clock.join(':');
}

type DurationFormat = new (
  lang: string,
  options: { style: 'long' },
) => { format(duration: Record<string, number>): string };

/** "3 minutes, 20 seconds" in `lang`: Intl.DurationFormat where there is one, else unit by unit. */
export function spokenDuration(seconds: number, lang: string): string {
  const whole = Math.round(seconds);
  const parts = {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor(whole / 60) % 60,
    seconds: whole % 60,
  };
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;
  if (Duration) return new Duration(lang, { style: 'long' }).format(parts);
  const units = Object.entries(parts)
    .filter(([, value], i, all) => value || (i === all.length - 1 && !whole))
    .map(([unit, value]) =>
      new Intl.NumberFormat(lang, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(
        value,
      ),
    );
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(units);
}

/** What the teaser says about itself beside the kicker: its badge, "Sponsored" mark and media mark. */
export interface Indicators {
  kind?: LabelKind | undefined;
  /** The badge's text ('' for none). */
  label: string;
  /** The "Sponsored" (or "Paid content") mark's text ('' for none). */
  sponsored: string;
  media?: { kind: MediaKind; shown: string; spoken: string } | undefined;
}

interface Given {
  labelKind: unknown;
  label: unknown;
  sponsored: boolean;
  media: unknown;
  duration: unknown;
  count: unknown;
}

/**
 * The teaser's indicators from its attributes, each bad value ignored with one warning. A `label`
 * is the badge's own wording; `label-kind` styles it (and words it when there is no `label`).
 */
export function indicators(host: Element, lang: string, term: Term, given: Given): Indicators {
  const kindWritten = text(given.labelKind);
  const kind = kindWritten
    ? oneOf<LabelKind | ''>(host, 'label-kind', kindWritten, LABEL_KINDS, '', 'showing no label')
    : (clearWarning(host, 'label-kind'), '');
  const paid = kind === 'paid';
  const sponsored =
    given.sponsored || kind === 'sponsored' || paid ? term(paid ? 'labelPaid' : 'sponsored') : '';
  const own = text(given.label);
  const label = kind && kind !== 'sponsored' && !paid ? own || term(BADGES[kind]) : own;
  const mediaWritten = text(given.media);
  const media = mediaWritten
    ? oneOf<MediaKind | ''>(host, 'media', mediaWritten, MEDIA_KINDS, '', 'showing no media mark')
    : (clearWarning(host, 'media'), '');
  return {
    kind: kind || undefined,
    label,
    sponsored,
    media: media ? mediaMark(host, lang, term, media, given) : undefined,
  };
}

function mediaMark(host: Element, lang: string, term: Term, kind: MediaKind, given: Given) {
  const name = term(MEDIA[kind]);
  let detail: [string, string] | undefined;
  if (kind === 'gallery') {
    const count = given.count == null || given.count === '' ? undefined : Number(given.count);
    if (count !== undefined && !(Number.isInteger(count) && count > 0))
      warnOnce(
        host,
        'count',
        `<news-teaser count=${quote(given.count)}> is not a positive whole number; it is ignored.`,
      );
    else clearWarning(host, 'count');
    if (count && Number.isInteger(count) && count > 0) {
      const one = new Intl.PluralRules(lang).select(count) === 'one';
      const photos = substitute(term(one ? 'mediaPhoto' : 'mediaPhotos'), { count: numeral(lang, count) });
      detail = [photos, photos];
    }
  } else {
    const written = given.duration;
    const seconds = written == null || written === '' ? undefined : durationSeconds(written);
    if (seconds === undefined && text(String(written ?? '')))
      warnOnce(
        host,
        'duration',
        `<news-teaser duration=${quote(written)}> is not a duration like PT3M20S or 200 (seconds); it is ignored.`,
      );
    else clearWarning(host, 'duration');
    if (seconds) detail = [clockText(seconds, lang), spokenDuration(seconds, lang)];
  }
  const spoken = detail
    ? new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format([name, detail[1]])
    : name;
  return { kind, shown: detail?.[0] ?? name, spoken };
}

/** The ids the headline's link is described by: the badge, the mark, the media mark. */
export const describedBy = ({ label, sponsored, media }: Indicators): string =>
  [label && 'label', sponsored && 'sponsored', media && 'media-mark'].filter(Boolean).join(' ');

/**
 * The line above the headline: kicker, badge, "Sponsored" mark and media mark. The media mark
 * shows "▶ 3:20" and says "Video, 3 minutes, 20 seconds".
 */
export function metaLine(kicker: string, hasKicker: boolean, shown: Indicators): TemplateResult {
  const { kind, label, sponsored, media } = shown;
  return html`<p class="meta" part="meta" ?hidden=${!hasKicker && !label && !sponsored && !media}>
    <span class="kicker" part="kicker" ?hidden=${!hasKicker}><slot name="kicker">${kicker}</slot></span
    >${
      label
        ? html`<span class="badge ${kind ? `kind-${kind}` : ''}" part="label" id="label"
            >${kind === 'live' || kind === 'opinion' ? html`<span class="sign" aria-hidden="true"></span>` : nothing}${label}</span
          >`
        : nothing
    }${
      sponsored
        ? html`<span class="sponsored" part="sponsored" id="sponsored"
            ><slot name="sponsored-label">${sponsored}</slot></span
          >`
        : nothing
    }${
      media
        ? html`<span class="media-mark ${media.kind}" part="media" id="media-mark"
            ><span class="icon" aria-hidden="true"></span><span aria-hidden="true">${media.shown}</span
            ><span class="visually-hidden">${media.spoken}</span></span
          >`
        : nothing
    }
  </p>`;
}
