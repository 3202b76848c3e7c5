/**
 * How long a story takes to read, per script: Chinese, Japanese and Korean text by its characters
 * (it has no spaces to count words by, or in Korean, words of very different lengths), everything
 * else by its words.
 *
 * The default rates are measured silent reading speeds: 238 words a minute for non-fiction in
 * English (Brysbaert 2019, a meta-analysis of 190 studies), 357 characters a minute in Japanese
 * and 255 in Chinese (Trauzettel-Klosinski et al. 2012, the IReST texts). No comparable figure
 * for Korean was found: its syllable blocks count at the Japanese rate. A newsroom sets its own.
 */

/** Letters of Han, kana and Hangul (with the kana length mark ー; not 、。「」): read one by one. */
const CHARACTERS = /(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/gu;
/** A word: letters, their marks (Devanagari vowel signs) and digits, with inner apostrophes or hyphens. */
const WORDS = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** How much there is to read. */
export interface ReadingCount {
  /** Words, in scripts written with spaces. */
  words: number;
  /** Characters of Chinese, Japanese and Korean. */
  characters: number;
}

/** Reading speeds, per minute. */
export type ReadingRates = ReadingCount;

/** The words and CJK characters in `text`. */
export function countReading(text: string): ReadingCount {
  const characters = text.match(CHARACTERS)?.length ?? 0;
  const words = text.replace(CHARACTERS, ' ').match(WORDS)?.length ?? 0;
  return { words, characters };
}

/** The measured rates for a language (a BCP 47 tag): Chinese reads fewer characters a minute. */
export function readingRates(lang: string): ReadingRates {
  return { words: 238, characters: /^zh\b/i.test(lang) ? 255 : 357 };
}

/** Whole minutes to read `count` at `rates`, rounded up: at least 1 for any text, 0 for none. */
export function readingMinutes(count: ReadingCount, rates: ReadingRates): number {
  return Math.ceil(count.words / rates.words + count.characters / rates.characters);
}
