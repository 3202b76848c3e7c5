/**
 * The part of excerpt cleaning that plain text needs: whitespace, CMS endings such as "..." and
 * "Read more", and a cheap word count. It is in the first load; the rest (tags, entities,
 * shortcodes, word segmentation: excerpt.ts) is fetched only for an excerpt that needs it.
 * Pure and DOM-free.
 */

export interface ExcerptOptions {
  /** Word limit; the text is cut after this many words with a single "…". Default 30; `Infinity` keeps all. */
  words?: number;
  /** Language of the text, for word boundaries (Japanese, Thai and Chinese have no spaces). */
  locale?: string;
}

export const ELLIPSIS = '\u2026';

/**
 * `text` trimmed, each run of whitespace one space, but a run holding a blank line (how plain text
 * and WordPress part paragraphs; stripTags writes one for a block tag) one "\n".
 */
export function collapse(text: string): string {
  // A lone no-break space is deliberate (French punctuation, "10 km"), and an ideographic space is
  // the full-width gap of Chinese and Japanese text; runs of anything else become one space.
  return text
    .replace(/\s+/g, (run) =>
      /\n\s*\n/.test(run)
        ? '\n'
        : run === '\u00a0' || run === '\u202f'
          ? run
          : /^\u3000+$/.test(run)
            ? '\u3000'
            : ' ',
    )
    .trim();
}

// Endings CMSs add to an automatic excerpt: " […]", " [&hellip;]", "...", "Read more »",
// "Continue reading “Title”". Matched only at the very end; removed repeatedly.
const MORE =
  '(?:read more|read the full (?:story|article)|continue reading|keep reading|lire la suite|weiterlesen|leer más|더\\s?보기|続きを読む)';
const ENDINGS = [
  /\s*\[\s*(?:\u2026|\.{3})\s*\]$/,
  /\s*(?:\u2026|(?<!\.)\.{3,})$/,
  new RegExp(`\\s*[[(]?${MORE}(?:\\s*[“"‘'«][^“”"]*[”"’'»])?\\s*[.\u2026»›→>]*[\\])]?$`, 'i'),
];
const SENTENCE_END = /[.!?。！？][”"’')\]»]*$/u;
// Punctuation left dangling where a cut falls: "the minister said, …" reads better as "the minister said…".
const DANGLING = /[\s,;:\-‐–—([{“‘"'«]/;
// Endings are looked for in the last TAIL characters only: a pattern anchored at the end still
// tries every start, and a long run of dots or quotes would make that quadratic.
const TAIL = 400;

/** `text` without the dangling punctuation at its end. */
export function trimDangling(text: string): string {
  let end = text.length;
  while (end && DANGLING.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function removeEndings(text: string): { text: string; cut: boolean } {
  const head = text.slice(0, -TAIL);
  let tail = text.slice(head.length);
  let cut = false;
  for (let changed = true; changed;) {
    changed = false;
    for (const ending of ENDINGS) {
      const match = ending.exec(tail);
      if (match && match[0]) {
        tail = tail.slice(0, match.index);
        cut = changed = true;
      }
    }
  }
  text = head + tail;
  // After a whole sentence, "[…]" only says the article goes on: the teaser's link says that already.
  if (!cut || !text || SENTENCE_END.test(text.slice(-TAIL))) return { text, cut: false };
  // The ellipsis follows the last word directly, even where the CMS wrote " …" or " […]".
  return { text: trimDangling(text), cut: true };
}

// Up to U+0DFF (Latin to Sinhala), in general punctuation and in Hangul, the segmenter never
// splits a run of letters, digits and marks into several words (it only joins runs, across
// "don't" or "3.5"), so counting runs gives an upper bound. Thai, Chinese, Japanese and the like
// break inside runs: they always go to the segmenter.
const SPACED = /^[\0-\u0dff\u2000-\u20cf\uac00-\ud7af]*$/;
const RUN = /[\p{L}\p{N}\p{M}]+/gu;

// Only so much text is segmented to find a cut (see cutOffset in excerpt.ts).
export const windowSize = (limit: number) => limit * 32 + 64;

/** Whether `text` surely needs no cut: short, and with at most `limit` words, found without segmenting it. */
function fewWords(text: string, limit: number): boolean {
  if (text.length > windowSize(limit) || !SPACED.test(text)) return false;
  let runs = 0;
  RUN.lastIndex = 0;
  while (RUN.exec(text)) if (++runs > limit) return false;
  return true;
}

/**
 * `text` (markup already removed) with its whitespace collapsed, its CMS ending normalised and cut
 * after `words` words with "…". Finding the cut needs `cutOffset` (word segmentation) unless a
 * cheap count shows the text short enough: without it, `undefined` means "segmentation needed".
 */
export function finishExcerpt(
  raw: string,
  words: number | undefined,
  cutOffset?: (text: string, limit: number) => number | undefined,
): string | undefined {
  // Whatever a CMS put there: only a number is compared (an object could throw converting itself).
  const limit = typeof words == 'number' && (words === Infinity || words >= 1) ? Math.floor(words) : 30;
  const { text, cut } = removeEndings(collapse(raw));
  if (limit !== Infinity && !fewWords(text, limit)) {
    if (!cutOffset) return undefined;
    const offset = cutOffset(text, limit);
    if (offset !== undefined) return trimDangling(text.slice(0, offset)) + ELLIPSIS;
  }
  return cut ? text + ELLIPSIS : text;
}

/**
 * `cleanExcerpt(input, options)` where that takes no more than this module (text with no "<", "&"
 * or "[", short enough by a count of words); `undefined` where it takes excerpt.ts.
 */
export function plainExcerpt(input: unknown, options: ExcerptOptions = {}): string | undefined {
  if (typeof input !== 'string') return '';
  return /[<&[]/.test(input) ? undefined : finishExcerpt(input, options.words);
}

/** The longest headline shown in full: past it, a "headline" is a CMS mistake (a body pasted as a title). */
export const HEADLINE_LIMIT = 300;

/**
 * A headline longer than `HEADLINE_LIMIT` characters cut after its last whole word within the
 * limit, with "…"; `undefined` for one that fits. Without a space in the limit's second half
 * (Chinese, Japanese, one giant word, a row of emoji) it is cut between the last two graphemes
 * within the limit, so that no emoji, flag or Devanagari syllable is broken.
 */
export function clipHeadline(headline: string): string | undefined {
  if (headline.length <= HEADLINE_LIMIT) return;
  const space = headline.lastIndexOf(' ', HEADLINE_LIMIT);
  return (
    trimDangling(headline.slice(0, space > HEADLINE_LIMIT / 2 ? space : graphemeEnd(headline))) + ELLIPSIS
  );
}

/** Where the last grapheme that ends within HEADLINE_LIMIT ends (counted from the start: flags pair up from there). */
function graphemeEnd(text: string): number {
  if (typeof Intl.Segmenter != 'function')
    return HEADLINE_LIMIT - +/[\ud800-\udbff]/.test(text[HEADLINE_LIMIT - 1]!);
  let end = 0;
  // A grapheme is rarely longer than a few dozen code units: the limit and a margin are segmented.
  for (const { index, segment } of new Intl.Segmenter().segment(text.slice(0, HEADLINE_LIMIT + 64))) {
    if (index + segment.length > HEADLINE_LIMIT) break;
    end = index + segment.length;
  }
  return end || HEADLINE_LIMIT;
}
