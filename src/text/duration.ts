import { text } from '../internal/values.js';
import { numeral } from './numerals.js';

// Durations as media show them: a teaser's media mark and a video or audio figure. Pure, so both
// chunks (and the server) share one copy.

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

/** Whole hours, minutes and seconds in `seconds`, rounded to the second. */
const split = (seconds: number) => {
  const whole = Math.round(seconds);
  return { hours: Math.floor(whole / 3600), minutes: Math.floor(whole / 60) % 60, seconds: whole % 60 };
};

/** `3:20`, `1:02:03`: a player's clock, in the language's digits. */
export function clockText(seconds: number, lang: string): string {
  const { hours: h, minutes: m, seconds: s } = split(seconds);
  const clock = [...(h ? [numeral(lang, h)] : []), numeral(lang, m, h ? 2 : 1), numeral(lang, s, 2)];
  return clock.join(':');
}

/** `PT3M20S`: the ISO 8601 duration schema.org and `<time datetime>` take. */
export function isoDuration(seconds: number): string {
  const { hours, minutes, seconds: s } = split(seconds);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${s || !(hours || minutes) ? `${s}S` : ''}`;
}

type DurationFormat = new (
  lang: string,
  options: { style: 'long' },
) => { format(duration: Record<string, number>): string };

/** "3 minutes, 20 seconds" in `lang`: Intl.DurationFormat where there is one, else unit by unit. */
export function spokenDuration(seconds: number, lang: string): string {
  const parts = split(seconds);
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;
  if (Duration) return new Duration(lang, { style: 'long' }).format(parts);
  const units = Object.entries(parts)
    .filter(([, value], i, all) => value || (i === all.length - 1 && !Math.round(seconds)))
    .map(([unit, value]) =>
      new Intl.NumberFormat(lang, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(
        value,
      ),
    );
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(units);
}
