/**
 * Turns the messy text a CMS hands out as an excerpt into clean reading text, one line for each
 * paragraph.
 * (The plain-text part, which the first load carries, is in excerpt-plain.ts.)
 * Pure and DOM-free, so it runs in the browser, in Node for server rendering and in tests alike.
 */
import { shortcodeClosers, splitShortcodes } from './shortcode-syntax.js';
import { collapse, finishExcerpt, windowSize, type ExcerptOptions } from './excerpt-plain.js';

export type { ExcerptOptions };
export { HEADLINE_LIMIT, clipHeadline } from './excerpt-plain.js';

// Shortcodes whose content is markup for media (an image and its caption, a player URL), not prose.
const DROP_WITH_CONTENT = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'video',
  'audio',
  'playlist',
]);

// Tags that start a new line: each ends a paragraph, or two paragraphs would read as one sentence
// ("…showed thinly disguised contempt Donald Trump has promised…", the Guardian's standfirst and
// first paragraph, each a <p>).
const BLOCK_TAG =
  /^\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|tr|td|th|table|section|article|header|footer|hr|dd|dt)$/i;

// A tag ends at its ">", where the next "<" begins (`<a <b>` is two tags, as good as one) or at
// the end (a browser drops a tag the text never closes), so a text of `<a ` repeated never
// rescans to its end: each "<" costs a scan to the next one.
// A quote that never closes is a character like any other: the tag's end can then always be found
// (no retrying of every split between its name and its attributes).
const TAG =
  /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-z][^\s/<>]*)(?:"[^"<]*"|'[^'<]*'|[^<>])*(?:>|(?=<)|$)/gi;

/**
 * Removes HTML tags (and the content of scripts, styles and comments), keeping the text. A block
 * tag (`<p>`, `<br>`, `<li>`, a heading…) leaves a blank line: a paragraph break, as text writes it.
 */
export function stripTags(html: string): string {
  return html.replace(TAG, (_match, rawText: string | undefined, name: string | undefined) =>
    rawText ? ' ' : name && BLOCK_TAG.test(name) ? '\n\n' : '',
  );
}

// Named entities seen in real feeds: HTML's basics, typography from WordPress's wptexturize,
// arrows ("Continue reading &rarr;" in WordPress's older default themes) and signs, Latin-1 (code
// points 160-255, in order) and Greek for names written as entities by older editors.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  hellip: 0x2026,
  mdash: 0x2014,
  ndash: 0x2013,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  bull: 0x2022,
  prime: 0x2032,
  Prime: 0x2033,
  trade: 0x2122,
  euro: 0x20ac,
  dagger: 0x2020,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  hairsp: 0x200a,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  minus: 0x2212,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  harr: 0x2194,
  lArr: 0x21d0,
  rArr: 0x21d2,
  Dagger: 0x2021,
  permil: 0x2030,
  frasl: 0x2044,
  le: 0x2264,
  ge: 0x2265,
  ne: 0x2260,
  asymp: 0x2248,
  infin: 0x221e,
  hearts: 0x2665,
};
LATIN1.split(' ').forEach((name, i) => (NAMED[name] = 160 + i));
// Greek letters (science and maths stories), in code point order: Α 913 to Ω 937 and α 945 to ω
// 969, with one gap in each (930 is unassigned, 962 is the final sigma).
'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'
  .split(' ')
  .forEach((name, i) => {
    NAMED[name] = 945 + i;
    if (name !== 'sigmaf') NAMED[name[0]!.toUpperCase() + name.slice(1)] = 913 + i;
  });

// HTML maps numeric references 128-159 to Windows-1252, which is what old CMS content means by them.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const ENTITY = /&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z][a-z\d]{1,31}));/gi;

/**
 * Decodes HTML character references once (`&amp;hellip;` becomes the text `&hellip;`, not "…").
 * Numeric references and the common named ones are decoded; unknown names stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) {
        // Own names only: `&constructor;` is no entity.
        const code = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
        return code === undefined ? match : String.fromCodePoint(code);
      }
      let code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
      if (code >= 0x80 && code <= 0x9f) code = CP1252[code - 0x80]!;
      const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
      return String.fromCodePoint(invalid ? 0xfffd : code);
    },
  );
}

/**
 * HTML (a feed's title, say) as one line of plain text: tags removed, entities decoded once,
 * whitespace collapsed.
 */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return '';
  return collapse(decodeEntities(stripTags(html))).replace(/\n/g, ' ');
}

// Text in brackets that is only a bracket in prose ("[sic]", "[1]", "[Updated 3pm]") is kept.
// WordPress itself only replaces registered names; lacking its registry, a token counts as a
// shortcode when it is a known media one, has attributes (`key=value`, quoted), closes itself or is
// closed later.
/** Removes WordPress shortcodes: media ones with their content, all others keeping their inner text. */
export function removeShortcodes(text: string): string {
  const items = splitShortcodes(text);
  const closers = shortcodeClosers(items);
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (typeof item == 'string') {
      out += item;
      continue;
    }
    const [raw, close, name, attributes = '', self] = item;
    const closer = closers[i];
    const dropContent = DROP_WITH_CONTENT.has(name!);
    out += close || self || closer !== undefined || dropContent || /[="']/.test(attributes) ? ' ' : raw;
    if (closer !== undefined && dropContent) i = closer;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const segmenters = new Map<string, Intl.Segmenter | undefined>();

function wordSegmenter(locale: string | undefined): Intl.Segmenter | undefined {
  const key = locale ?? '';
  if (!segmenters.has(key)) {
    let segmenter: Intl.Segmenter | undefined;
    try {
      segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'word' });
    } catch {
      // An invalid locale tag: the default locale's word rules still never split a grapheme.
      segmenter =
        typeof Intl.Segmenter === 'function'
          ? new Intl.Segmenter(undefined, { granularity: 'word' })
          : undefined;
    }
    segmenters.set(key, segmenter);
  }
  return segmenters.get(key);
}

/**
 * The offset just past the `limit`th word, or `undefined` when the text has no more words than that.
 * Segmenting costs grow with the string's length, so only a window big enough for `limit` words
 * is segmented; a text whose words are too long to fit is cut after the last word that does.
 */
function cutOffset(text: string, limit: number, locale: string | undefined): number | undefined {
  const window = text.slice(0, windowSize(limit));
  const segmenter = wordSegmenter(locale);
  let words = 0;
  let end = 0;
  let previousEnd = 0;
  // Without Intl.Segmenter, whitespace is the only safe boundary.
  const segments = segmenter
    ? segmenter.segment(window)
    : [...window.matchAll(/\S+/g)].map((m) => ({ segment: m[0], index: m.index, isWordLike: true }));
  for (const { segment, index, isWordLike } of segments) {
    // WebKit reports numbers ("23", "4.9", "w0") as not word-like; letters or digits make a word anywhere.
    if (!isWordLike && !LETTER_OR_DIGIT.test(segment)) continue;
    if (words === limit) return end;
    words++;
    previousEnd = end;
    end = index + segment.length;
  }
  if (window.length === text.length) return undefined;
  // The window may end inside its last word; cut before that word. One giant "word" (a pasted
  // URL) is cut at the window, never between the two halves of a surrogate pair.
  if (end && end < window.length) return end;
  if (previousEnd) return previousEnd;
  return /[\ud800-\udbff]$/.test(window) ? window.length - 1 : window.length;
}

/**
 * Cleans a CMS excerpt for display: strips HTML tags, removes WordPress shortcodes (captions,
 * galleries, embeds, video and audio with their content; others keep their inner text), decodes
 * entities once, normalises "[…]", "[&hellip;]", "..." and "Read more" endings, collapses
 * whitespace, and cuts the text after `words` words (counted across paragraphs) with a single "…".
 * Word boundaries come from Intl.Segmenter, so Korean, Japanese, Thai and emoji sequences are never
 * cut inside a character.
 *
 * Returns plain text, its paragraphs separated by one "\n" (no other line breaks): a paragraph ends
 * at a block tag (`<p>`, `<br>`, `<li>`, a heading…) or a blank line, as WordPress reads text. Show
 * each as its own line or block (CSS `white-space: pre-line` does it); in HTML as it stands, "\n" is
 * a space.
 *
 * @example cleanExcerpt('[caption id=""]Lifter / Still[/caption] The first gold medal was won by ...')
 *   // "The first gold medal was won by…"
 * @example cleanExcerpt('<p>A standfirst</p><p>The story begins.</p>') // "A standfirst\nThe story begins."
 */
export function cleanExcerpt(input: unknown, options: ExcerptOptions = {}): string {
  if (typeof input !== 'string') return '';
  // Text with no "<", "&" or "[" has no tags, entities or shortcodes to look for.
  const text = /[<&[]/.test(input) ? decodeEntities(removeShortcodes(stripTags(input))) : input;
  return finishExcerpt(text, options.words, (text, limit) => cutOffset(text, limit, options.locale))!;
}
