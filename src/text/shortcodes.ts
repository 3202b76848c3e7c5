/**
 * WordPress content as HTML a browser can render: shortcodes converted or removed, then WordPress's
 * paragraphs (autop.ts) where the text needs them. Pure, DOM-free and linear in the length of the
 * input. The output is still untrusted HTML and MUST go through the sanitiser: converting first
 * means whatever a shortcode turns into is sanitised too.
 */
import { decodeEntities } from './excerpt.js';
import { escapeHtml } from './escape-html.js';
import { autop, hasLooseText } from './autop.js';
import { shortcodeClosers, splitShortcodes, type ShortcodeToken } from './shortcode-syntax.js';
import { playerUrl } from './video-url.js';
import { cutAt } from './cut-at.js';
import { caption, embed, gallery, media, parseShortcodeAttributes } from './shortcode-media.js';

export { parseShortcodeAttributes, type ShortcodeAttributes } from './shortcode-media.js';

export interface CmsHtml {
  /** HTML for the sanitiser. */
  html: string;
  /** Names of the shortcodes that could not be rendered and were removed (their inner text kept). */
  dropped: string[];
  /** How many characters of the source were kept, when it was longer than the bound. */
  cut?: number;
}

/** Text or markup of the source, and where it starts in it. */
interface Text {
  text: string;
  at: number;
  /** Tags, comments and code samples: copied as written. */
  markup?: boolean;
}
interface Token {
  close: boolean;
  self: boolean;
  name: string;
  attributes: string;
  raw: string;
  /** Whether the token stands alone on its line or in its paragraph. */
  block: boolean;
}
type Item = Text | Token;

// Shortcodes seen in real WordPress content whose meaning is known even without WordPress.
const KNOWN = new Set(['caption', 'wp_caption', 'embed', 'video', 'audio', 'gallery', 'playlist']);
// Code samples: SyntaxHighlighter Evolved's shortcodes (its language names, [code], [sourcecode])
// as WordPress.com and most code blogs use them. Closed, they become <pre> before paragraphs are
// made, as the plugin makes them, so that their line breaks and indentation stay as written.
const CODE = new Set(
  'code sourcecode source as3 actionscript3 arduino bash shell coldfusion cf clojure clj cpp c c-sharp csharp css delphi pas pascal diff patch erl erlang fsharp go golang groovy haskell java jfx javafx js jscript javascript tex matlab matlabkey objc obj-c perl pl php plain text ps powershell py python splus rails rb ror ruby ts typescript scala sql swift vb vbnet xml xhtml xslt html yaml yml'.split(
    ' ',
  ),
);

// Markup copied verbatim, never searched for shortcodes: tags (brackets in attribute values),
// comments, and code samples where "[gallery]" is the text being explained. Each alternative ends
// at its closer or at the end of the text, so no position is scanned twice. A code shortcode's
// opener is found in the same scan: its body goes verbatim too, or "i<n" would read as a tag.
const VERBATIM = new RegExp(
  String.raw`<!--[\s\S]*?(?:-->|$)|<(pre|code|script|style|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[a-z!?][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?|(?<!\[)\[(${[...CODE].join('|')})(?:\s[^[\]]*)?\]`,
  'gi',
);
const LINE_START = /^(?:\s*<p\b[^>]*>)?[ \t]*$/;
const LINE_END = /^[ \t]*(?:$|\r?\n|<\/p>)/;
// A paragraph that is nothing but a video page's address becomes its player, as WordPress does.
const URL = /https?:\/\/[^\s<>"[\]]+/gi;

/**
 * Whether spans of `source` stand alone on their line or in their paragraph. Asked in order, it
 * finds each line's start once, however many tokens share a line.
 */
function standsAlone(source: string): (start: number, end: number) => boolean {
  let lineStart = 0;
  let next = source.indexOf('\n') >>> 0;
  return (start, end) => {
    if (start < lineStart) [lineStart, next] = [0, source.indexOf('\n') >>> 0];
    while (next < start) next = source.indexOf('\n', (lineStart = next + 1)) >>> 0;
    // Only whitespace and a <p …> may come before: a long way into a line, something else did.
    return (
      start - lineStart < 500 &&
      LINE_START.test(source.slice(lineStart, start)) &&
      LINE_END.test(source.slice(end, end + 8))
    );
  };
}

/**
 * Splits HTML into text, markup and shortcode tokens (markup and code samples are never tokens),
 * with the index of each opener's closer.
 */
function tokenize(source: string): [Item[], (number | undefined)[]] {
  const items: Item[] = [];
  const matches: (string | ShortcodeToken)[] = [];
  const alone = standsAlone(source);
  let cursor = 0;
  const text = (end: number) => {
    const starts: number[] = [];
    splitShortcodes(source.slice(cursor, end), starts).forEach((match, i) => {
      const at = cursor + starts[i]!;
      matches.push(match);
      items.push(
        typeof match == 'string'
          ? { text: match, at }
          : {
              close: match[1] === '/',
              self: match[4] === '/',
              name: match[2]!,
              attributes: match[3] ?? '',
              raw: match[0],
              block: alone(at, at + match[0].length),
            },
      );
    });
  };
  // Each code name's closer; false once none is left after, so that the scan stays linear.
  const closers = new Map<string, RegExp | false>();
  VERBATIM.lastIndex = 0;
  for (let markup; (markup = VERBATIM.exec(source));) {
    let at = markup.index;
    let end = at + markup[0].length;
    const name = markup[2]?.toLowerCase();
    if (name) {
      // The opener is a token; the body, up to the first closer of its name, is markup.
      const closer = closers.get(name) ?? new RegExp(String.raw`\[\/${name}\]`, 'gi');
      if (closer) closer.lastIndex = end;
      const close = closer && closer.exec(source);
      closers.set(name, !!close && closer);
      if (!close) continue;
      text((at = end));
      VERBATIM.lastIndex = end = close.index;
    } else text(at);
    matches.push(source.slice(at, end));
    items.push({ text: source.slice(at, end), at, markup: true });
    cursor = end;
  }
  text(source.length);
  return [items, shortcodeClosers(matches)];
}

/**
 * WordPress replaces only registered names; lacking its registry, a bracket counts as a shortcode
 * when it is a known one, is closed later or closes itself, has attributes, has a machine-looking
 * name (`vc_row`), or stands alone on its line in lower case (`[newsletter]`). Prose in brackets
 * ("[sic]", "[the minister]", "[Updated 3pm]") stays as written.
 */
function isShortcode(token: Token, closed: boolean): boolean {
  return (
    closed ||
    token.self ||
    KNOWN.has(token.name) ||
    token.name.includes('_') ||
    /=/.test(token.attributes) ||
    (token.block && !token.attributes.trim() && /^[a-z][a-z\d-]*$/.test(token.raw.slice(1, -1)))
  );
}

/**
 * A code sample, as SyntaxHighlighter Evolved stores it: HTML-escaped, except in posts from before
 * it did so, whose raw `<` gives them away. The language comes from `language`, `lang` or the
 * shortcode's own name.
 */
function code(token: Token, source: string): string {
  const { named } = parseShortcodeAttributes(token.attributes);
  const language = named['language'] ?? named['lang'] ?? token.name;
  const text = source.replace(/^\r?\n+/, '').trimEnd();
  const name = /^(?:code|sourcecode|source)$/.test(language)
    ? ''
    : ` class="language-${escapeHtml(language)}"`;
  return `<pre><code${name}>${text.includes('<') ? escapeHtml(text) : text}</code></pre>`;
}

function render(token: Token, inner: string, dropped: Set<string>): string {
  const { named, positional } = parseShortcodeAttributes(token.attributes);
  let out: string | undefined;
  switch (token.name) {
    case 'caption':
    case 'wp_caption':
      return caption(named, inner);
    case 'embed':
      out = embed(
        named['src'] ??
          named['url'] ??
          (decodeEntities(inner.replace(/<[^<>]*>/g, '')) || positional[0] || ''),
        named,
      );
      break;
    case 'video':
      out = media('video', named, ['mp4', 'm4v', 'webm', 'ogv']);
      break;
    case 'audio':
      out = media('audio', named, ['mp3', 'm4a', 'ogg', 'wav']);
      break;
    case 'gallery':
      out = gallery(named);
      break;
  }
  if (out !== undefined) return out;
  // Unknown, or known but impossible here (a [gallery] without ids needs WordPress's media library).
  dropped.add(token.name);
  // An [embed] of an address that is no web page's is dropped; words in one are kept, as elsewhere.
  return token.name === 'embed' && /^\s*[a-z][\w+.-]*:\S*\s*$/i.test(inner) ? '' : inner;
}

/** The item after the `i`th, past the empty text that two tokens in a row have between them. */
function itemAfter(items: Item[], i: number): Item | undefined {
  const next = items[i + 1];
  return next && 'text' in next && !next.text ? items[i + 2] : next;
}

/**
 * The items as HTML, shortcodes rendered. One pass with a stack of the shortcodes still open, so
 * that ten thousand nested ones cost no more than ten thousand in a row.
 */
function convert(
  source: string,
  items: Item[],
  closers: (number | undefined)[],
  dropped: Set<string>,
): string {
  interface Open {
    token?: Token;
    out: string;
    end: number;
  }
  const open: Open[] = [];
  let current: Open = { out: '', end: items.length };
  const alone = standsAlone(source);
  for (let i = 0; i < items.length; i++) {
    if (i === current.end) {
      const done = current;
      current = open.pop()!;
      const out = render(done.token!, done.out, dropped);
      // A page builder's columns, dropped, keep their words apart: "[col]one[/col][col]two[/col]".
      const next = itemAfter(items, i);
      current.out += next && !('text' in next) && !next.close && /[^\s>]$/.test(out) ? `${out} ` : out;
      continue;
    }
    const item = items[i]!;
    if ('text' in item) {
      current.out += item.markup
        ? item.text
        : item.text.replace(URL, (url, offset: number) =>
            playerUrl(url) && alone(item.at + offset, item.at + offset + url.length) ? embed(url, {})! : url,
          );
      continue;
    }
    if (item.close) {
      // A closer with no opener: shortcode debris, unless it is prose like "[/sic]" (never seen).
      dropped.add(item.name);
      continue;
    }
    // Inside another shortcode's content, only a closer in that content counts.
    const closer = closers[i];
    const close = closer !== undefined && closer < current.end ? closer : -1;
    if (!isShortcode(item, close >= 0)) {
      current.out += item.raw;
    } else if (close < 0) {
      current.out += render(item, '', dropped);
    } else if (CODE.has(item.name)) {
      const body = items.slice(i + 1, close).map((inner) => ('text' in inner ? inner.text : inner.raw));
      current.out += code(item, body.join(''));
      i = close;
    } else {
      open.push(current);
      current = { token: item, out: '', end: close };
    }
  }
  return current.out;
}

/** Converts WordPress shortcodes in `source`; see {@link cmsToHtml}. */
export function convertShortcodes(source: string): CmsHtml {
  const dropped = new Set<string>();
  const [items, closers] = tokenize(source);
  return { html: convert(source, items, closers, dropped), dropped: [...dropped] };
}

/**
 * CMS HTML, WordPress's above all, as HTML to sanitise: shortcodes converted (`[caption]` to
 * `<news-figure>`, `[embed]` of a video page to a player iframe, `[video]`/`[audio]` to players, code
 * samples to `<pre>`; others removed with their inner text kept), then paragraphs and line breaks
 * made as WordPress's `wpautop` makes them when there is text outside block elements (HTML that is
 * all blocks, like the block editor's, is left as written). A source longer than `max` is cut first,
 * after its last block that fits. Entities are never decoded here except in values it re-encodes:
 * the HTML parser decodes once.
 */
export function cmsToHtml(source: string, max = Infinity): CmsHtml {
  const cut = source.length > max ? cutAt(source, max) : undefined;
  const { html, dropped } = convertShortcodes(source.slice(0, cut));
  const content: CmsHtml = { html: hasLooseText(html) ? autop(html) : html, dropped };
  if (cut !== undefined) content.cut = cut;
  return content;
}
