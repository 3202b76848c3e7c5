/**
 * WordPress's `wpautop` (wp-includes/formatting.php, WordPress 6.1): the paragraphs and line breaks
 * of text typed into the classic editor. Pure and DOM-free, and linear in the length of its input:
 * WordPress's patterns are kept, but none may rescan the rest of the text from each position, so a
 * 1 MB post or a hostile one takes milliseconds. Where a pattern had to change for that, the
 * comment beside it says what differs (only input no editor produces).
 */

// PHP's \s is ASCII whitespace only: a no-break space is text to WordPress, and so it is here.
const W = ' \\t\\n\\v\\f\\r';
const s = `[${W}]`;
// A run of whitespace matched from its first character only. WordPress's `\s*X` tries again from
// every character of a run that X does not follow, which is quadratic in the run's length.
const run = `(?<!${s})${s}*`;
// WordPress's block elements, and the <news-figure> the converter makes of [caption].
const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|news-(?:figure|gallery))';
// A tag's rest stops at the next "<" as well as at ">" (WordPress's `[^>]*`), so that a thousand
// unclosed "<div" cannot each scan to the end of the text.
const TAG = `(</?${BLOCK}[^<>]*>)`;
const rx = (pattern: string) => new RegExp(pattern, 'gi');

// Stand-ins for newlines while paragraphs are made: inside tags and comments (WordPress's
// "<!-- wpnl -->"), and inside scripts, styles and SVG ("<WPPreserveNewline />"). Unicode
// noncharacters, reserved for uses like this one; one in the input comes out as a newline.
const TAG_NEWLINE = '\uFDD0';
const KEPT_NEWLINE = '\uFDD1';

/**
 * `html` as text and tags, in order, as WordPress splits it (`wp_html_split`): a tag runs from "<"
 * to the next ">", a comment or CDATA section to its end; unclosed, either runs to the end.
 */
export function* htmlPieces(html: string): Generator<[piece: string, tag: boolean]> {
  let from = 0;
  for (let start = html.indexOf('<'); start >= 0; start = html.indexOf('<', from)) {
    const [close, skip] = html.startsWith('<!--', start)
      ? ['-->', 2]
      : html.startsWith('<![CDATA[', start)
        ? [']]>', 9]
        : ['>', 1];
    const end = html.indexOf(close, start + skip);
    if (start > from) yield [html.slice(from, start), false];
    from = end < 0 ? html.length : end + close.length;
    yield [html.slice(start, from), true];
  }
  if (from < html.length) yield [html.slice(from), false];
}

/** Newlines inside scripts, styles and SVG stay newlines (their closers found once each). */
function keepNewlines(text: string): string {
  const opener = /<(script|style|svg)/g;
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let match; (match = opener.exec(text));) {
    const name = match[1]!;
    // No closer after an earlier opener means none after this one either.
    const close = unclosed.has(name) ? -1 : text.indexOf(`</${name}>`, opener.lastIndex);
    if (close < 0) {
      unclosed.add(name);
      continue;
    }
    const end = close + name.length + 3;
    out += text.slice(from, match.index) + text.slice(match.index, end).replaceAll('\n', KEPT_NEWLINE);
    from = opener.lastIndex = end;
  }
  return out + text.slice(from);
}

/** `<p><li…</p>` on one line loses its paragraph (WordPress's `<p>(<li.+?)</p>`), in one pass. */
function unwrapListItems(text: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  let newline = -1;
  for (let start; (start = text.indexOf('<p><li', from)) >= 0;) {
    if (newline < start) newline = text.indexOf('\n', start) >>> 0;
    if (close < start + 7) close = text.indexOf('</p>', start + 7) >>> 0;
    // `>>> 0` makes "not found" the largest index, so a search that failed is never repeated.
    if (close < newline) {
      out += text.slice(from, start) + text.slice(start + 3, close);
      from = close + 4;
    } else {
      // Every later <p><li on this line would look for the same </p> past its end.
      const end = Math.min(newline, text.length);
      out += text.slice(from, end);
      from = end;
      if (end === text.length) break;
    }
  }
  return out + text.slice(from);
}

const trimNewlines = (text: string) => {
  let start = 0;
  let end = text.length;
  while (text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.slice(start, end);
};

/**
 * WordPress's `wpautop`: text separated by a blank line becomes paragraphs, a single line break
 * `<br />`, except inside and around block elements; `<pre>` is left exactly as written, and the
 * newlines in scripts, styles, SVG and inside tags stay newlines. CR LF line ends count as LF
 * (and stay as written in `<pre>`).
 * Differs from WordPress only in tags written in capitals (blocks all the same here) and where
 * WordPress is quadratic (see the patterns).
 */
export function autop(html: string): string {
  if (/^[ \t\n\r\v\0]*$/.test(html)) return '';
  let text = `${html}\n`;

  // Code samples are set aside whole and put back at the end.
  const pres: string[] = [];
  const parts = /<pre/i.test(text) ? text.split(/<\/pre>/i) : [text];
  text = parts
    .map((part, i) => {
      const start = i < parts.length - 1 ? part.search(/<pre(?=[\s/>])/i) : -1;
      if (start < 0) return part;
      return `${part.slice(0, start)}<pre wp-pre-tag-${pres.push(`${part.slice(start)}</pre>`) - 1}></pre>`;
    })
    .join('')
    .replace(/\r\n?/g, '\n');

  text = text
    .replace(rx(`<br${s}*/?>${s}*<br${s}*/?>`), '\n\n')
    .replace(rx(`(<${BLOCK}[${W}/>])`), '\n\n$1')
    .replace(rx(`(</${BLOCK}>)`), '$1\n\n')
    .replace(rx(`(<hr${s}*?/?>)`), '$1\n\n');
  let marked = '';
  for (const [piece, tag] of htmlPieces(text)) marked += tag ? piece.replaceAll('\n', TAG_NEWLINE) : piece;
  text = marked;

  // Lists of options, objects' parameters, media sources and figure captions stay on one line.
  if (text.includes('<option'))
    text = text.replace(rx(`${run}<option`), '<option').replace(rx(`</option>${s}*`), '</option>');
  if (text.includes('</object>'))
    text = text
      .replace(rx(`(<object[^<>]*>)${s}*`), '$1')
      .replace(rx(`${run}</object>`), '</object>')
      .replace(rx(`${run}(</?(?:param|embed)[^<>]*>)${s}*`), '$1');
  if (text.includes('<source') || text.includes('<track'))
    text = text
      .replace(rx(`([<[](?:audio|video)[^<>[\\]]*[>\\]])${s}*`), '$1')
      .replace(rx(`${run}([<[]/(?:audio|video)[>\\]])`), '$1')
      .replace(rx(`${run}(<(?:source|track)[^<>]*>)${s}*`), '$1');
  if (text.includes('<figcaption'))
    text = text
      .replace(rx(`${run}(<figcaption[^<>]*>)`), '$1')
      .replace(rx(`</figcaption>${s}*`), '</figcaption>');

  text = text
    .replace(/\n\n+/g, '\n\n')
    .split(new RegExp(`\n${s}*\n`))
    .filter(Boolean)
    .map((paragraph) => `<p>${trimNewlines(paragraph)}</p>\n`)
    .join('')
    .replace(rx(`<p>${s}*</p>`), '')
    .replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>')
    .replace(rx(`<p>${s}*${TAG}${s}*</p>`), '$1');
  text = unwrapListItems(text)
    .replace(/<p><blockquote([^<>]*)>/gi, '<blockquote$1><p>')
    .replaceAll('</blockquote></p>', '</p></blockquote>')
    .replace(rx(`<p>${s}*${TAG}`), '$1')
    .replace(rx(`${TAG}${s}*</p>`), '$1');

  text = keepNewlines(text)
    .replace(/<br>|<br\/>/g, '<br />')
    // A break after a break is not doubled, unless spaces come between them (as in WordPress).
    .replace(rx(`${run}\n`), (space: string, at: number, all: string) =>
      !all.endsWith('<br />', at) ? '<br />\n' : space.length > 1 ? `${space[0]}<br />\n` : space,
    )
    .replaceAll(KEPT_NEWLINE, '\n')
    .replace(rx(`${TAG}${s}*<br />`), '$1')
    .replace(rx(`<br />(${s}*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^<>]*>)`), '$1')
    // PHP's `$` also matches before a final newline.
    .replace(/\n<\/p>(?=\n?$)/, '</p>');

  return text
    .replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (tag, i: string) => pres[Number(i)] ?? tag)
    .replaceAll(TAG_NEWLINE, '\n');
}

const BLOCK_NAME = new RegExp(`^${BLOCK}$`, 'i');

/**
 * Whether `html` has text outside every block element: text typed into WordPress's classic editor,
 * which needs {@link autop}. HTML whose text all sits in blocks (the block editor's rendered
 * content, a feed's `content:encoded`, a post already through `wpautop`) is laid out already: its
 * line breaks are source formatting, and WordPress does not run `wpautop` on it either.
 */
export function hasLooseText(html: string): boolean {
  let depth = 0;
  // A script's or style's content is never shown (a custom-HTML block's inline script, say).
  let hidden = '';
  for (const [piece, tag] of htmlPieces(html)) {
    if (hidden) {
      if (tag && piece.slice(0, hidden.length + 2).toLowerCase() === `</${hidden}`) hidden = '';
      continue;
    }
    if (!tag) {
      if (!depth && /[^ \t\n\v\f\r]/.test(piece)) return true;
      continue;
    }
    const [, close, name = ''] = /^<(\/?)([a-z][\w-]*)/i.exec(piece) ?? [];
    if (!close && /^(?:script|style)$/i.test(name) && !piece.endsWith('/>')) {
      hidden = name.toLowerCase();
      continue;
    }
    if (BLOCK_NAME.test(name) && !/^(?:hr|col|area)$/i.test(name) && !piece.endsWith('/>'))
      depth = Math.max(0, depth + (close ? -1 : 1));
  }
  return false;
}
