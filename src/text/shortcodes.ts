/**
 * WordPress content as HTML a browser can render: shortcodes converted or removed, blank lines made
 * into paragraphs (`wpautop`). Pure and DOM-free. The output is still untrusted HTML and MUST go
 * through the sanitiser: converting first means whatever a shortcode turns into is sanitised too.
 */
import { decodeEntities } from './excerpt.js';
import { escapeHtml } from './escape-html.js';
import { STRUCTURED } from './html-structure.js';
import { shortcodeClosers, splitShortcodes, type ShortcodeToken } from './shortcode-syntax.js';

export interface ShortcodeAttributes {
  /** `key="value"` pairs, keys lower-cased, values decoded once. */
  named: Record<string, string>;
  /** Values given without a key (`[embed https://…]`). */
  positional: string[];
}

export interface CmsHtml {
  /** HTML for the sanitiser. */
  html: string;
  /** Names of the shortcodes that could not be rendered and were removed (their inner text kept). */
  dropped: string[];
}

type Item = string | Token;
interface Token {
  close: boolean;
  self: boolean;
  name: string;
  attributes: string;
  raw: string;
  /** Whether the token stands alone on its line or in its paragraph. */
  block: boolean;
}

// Shortcodes seen in real WordPress content whose meaning is known even without WordPress.
const KNOWN = new Set(['caption', 'wp_caption', 'embed', 'video', 'audio', 'gallery', 'playlist']);

// Markup copied verbatim, never searched for shortcodes: tags (brackets in attribute values),
// comments, and code samples where "[gallery]" is the text being explained.
const VERBATIM =
  /<!--[\s\S]*?(?:-->|$)|<(pre|code|script|style|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[a-z!?][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g;
const LINE_START = /^(?:\s*<p\b[^>]*>)?[ \t]*$/;
const LINE_END = /^[ \t]*(?:$|\r?\n|<\/p>)/;

/** Parses the attribute text of a shortcode (`id="x" align=center https://…`). */
export function parseShortcodeAttributes(text: string): ShortcodeAttributes {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    const [, key, ...values] = match;
    const value = decodeEntities(values.find((v) => v !== undefined) ?? '');
    if (key) named[key.toLowerCase()] = value;
    else positional.push(value);
  }
  return { named, positional };
}

/** The source in order as [text, offset] pairs, with markup and code samples as `undefined` text. */
function* segments(source: string): Generator<[string | undefined, string, number]> {
  let cursor = 0;
  for (const match of source.matchAll(VERBATIM)) {
    yield [source.slice(cursor, match.index), '', cursor];
    yield [undefined, match[0], match.index];
    cursor = match.index + match[0].length;
  }
  yield [source.slice(cursor), '', cursor];
}

/** Whether the span [start, end) of `source` stands alone on its line or in its paragraph. */
function standsAlone(source: string, start: number, end: number): boolean {
  const line = source.slice(source.lastIndexOf('\n', start - 1) + 1, start);
  return LINE_START.test(line) && LINE_END.test(source.slice(end, end + 8));
}

/**
 * Splits HTML into text and shortcode tokens (markup and code samples are text, never tokens),
 * with the index of each opener's closer.
 */
function tokenize(source: string): [Item[], (number | undefined)[]] {
  const items: Item[] = [];
  const matches: (string | ShortcodeToken)[] = [];
  for (const [text, markup, at] of segments(source)) {
    for (const match of text === undefined ? [markup] : splitShortcodes(text)) {
      matches.push(match);
      items.push(
        typeof match == 'string'
          ? match
          : {
              close: match[1] === '/',
              self: match[4] === '/',
              name: match[2]!,
              attributes: match[3] ?? '',
              raw: match[0],
              block: standsAlone(source, at + match.index!, at + match.index! + match[0].length),
            },
      );
    }
  }
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

const attributes = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs)
    .filter(([key, value]) => value !== undefined && (value !== '' || key === 'alt'))
    .map(([key, value]) => ` ${key}="${escapeHtml(value!)}"`)
    .join('');

/** The attributes of the first `<tag …>` in `html`, values decoded once. */
function tagAttributes(tag: string): Record<string, string> {
  const { named } = parseShortcodeAttributes(tag.replace(/^<[a-z]+|\/?>$/gi, ''));
  return named;
}

const VIDEO_HOSTS: [RegExp, string][] = [
  [
    /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)([\w-]{6,})/i,
    'https://www.youtube.com/embed/',
  ],
  [/^https?:\/\/youtu\.be\/([\w-]{6,})/i, 'https://www.youtube.com/embed/'],
  [/^https?:\/\/(?:www\.)?vimeo\.com\/(?:video\/)?(\d+)/i, 'https://player.vimeo.com/video/'],
];

/** The embeddable player address for a video page URL (YouTube, Vimeo), if there is one. */
export function playerUrl(url: string): string | undefined {
  for (const [pattern, player] of VIDEO_HOSTS) {
    const id = pattern.exec(url.trim())?.[1];
    if (id) return player + id;
  }
  return undefined;
}

/** An [embed]: a player iframe (the sanitiser decides whether its host is allowed), else a link. */
function embed(url: string, size: Record<string, string>): string | undefined {
  url = url.trim();
  if (!/^https?:\/\/[^\s<>"]+$/i.test(url)) return undefined;
  const player = playerUrl(url);
  if (player)
    return `<iframe${attributes({ src: player, width: size['width'], height: size['height'] })}></iframe>`;
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}

function caption(named: Record<string, string>, inner: string): string {
  const image = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(inner);
  if (!image) return inner;
  const img = tagAttributes(image[0]);
  // The image is often wrapped in a link to its own file; the figure shows it, the link goes.
  const text = inner
    .replace(
      /<a\b[^>]*>\s*<img\b(?:[^>"']|"[^"]*"|'[^']*')*>\s*<\/a>|<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/i,
      '',
    )
    .trim();
  const captionHtml = named['caption'] !== undefined ? escapeHtml(named['caption']) : text;
  const rich = /</.test(captionHtml);
  const figure = attributes({
    src: img['src'],
    srcset: img['srcset'],
    sizes: img['sizes'],
    alt: img['alt'],
    width: img['width'] ?? named['width'],
    height: img['height'],
  });
  // Caption text stays HTML source here and is parsed once by the sanitiser: decoded once.
  const plain = rich || !captionHtml ? '' : ` caption="${captionHtml.replace(/"/g, '&quot;')}"`;
  const slotted = rich ? `<span slot="caption">${captionHtml}</span>` : '';
  return `<news-figure${figure}${plain}>${slotted}</news-figure>`;
}

function media(tag: 'video' | 'audio', named: Record<string, string>, sources: string[]): string | undefined {
  const src = [named['src'], ...sources.map((key) => named[key])].find(Boolean);
  if (!src) return undefined;
  const size =
    tag === 'video' ? { poster: named['poster'], width: named['width'], height: named['height'] } : {};
  return `<${tag} controls preload="metadata"${attributes({ src, ...size })}></${tag}>`;
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
          (decodeEntities(inner.replace(/<[^>]*>/g, '')) || positional[0] || ''),
        named,
      );
      break;
    case 'video':
      out = media('video', named, ['mp4', 'm4v', 'webm', 'ogv']);
      break;
    case 'audio':
      out = media('audio', named, ['mp3', 'm4a', 'ogg', 'wav']);
      break;
  }
  if (out !== undefined) return out;
  // Unknown, or known but impossible here ([gallery ids="…"] needs WordPress's media library).
  dropped.add(token.name);
  return token.name === 'embed' ? '' : inner;
}

function convert(
  items: Item[],
  closers: (number | undefined)[],
  from: number,
  to: number,
  dropped: Set<string>,
): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    if (item.close) {
      // A closer with no opener: shortcode debris, unless it is prose like "[/sic]" (never seen).
      dropped.add(item.name);
      continue;
    }
    // Inside another shortcode's content, only a closer in that content counts.
    const closer = closers[i];
    const close = closer !== undefined && closer < to ? closer : -1;
    if (!isShortcode(item, close >= 0)) {
      out += item.raw;
      continue;
    }
    const inner = close >= 0 ? convert(items, closers, i + 1, close, dropped) : '';
    out += render(item, inner, dropped);
    if (close >= 0) i = close;
  }
  return out;
}

// A paragraph that is nothing but a video page's address becomes its player, as WordPress does.
const URL = /https?:\/\/[^\s<>"[\]]+/gi;

/** Converts WordPress shortcodes in `source`; see {@link cmsToHtml}. */
export function convertShortcodes(source: string): CmsHtml {
  const dropped = new Set<string>();
  let embedded = '';
  for (const [text, markup, at] of segments(source)) {
    embedded +=
      text?.replace(URL, (url, offset: number) =>
        playerUrl(url) && standsAlone(source, at + offset, at + offset + url.length) ? embed(url, {})! : url,
      ) ?? markup;
  }
  const [items, closers] = tokenize(embedded);
  return { html: convert(items, closers, 0, items.length, dropped), dropped: [...dropped] };
}

const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|news-figure|video|audio|iframe)';
const OPEN_BLOCK = new RegExp(`(<${BLOCK}[\\s/>])`, 'gi');
const CLOSE_BLOCK = new RegExp(`(</${BLOCK}>)`, 'gi');
const P_AROUND_BLOCK = new RegExp(`<p>\\s*(</?${BLOCK}[^>]*>)\\s*</p>`, 'gi');
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?${BLOCK}[^>]*>)`, 'gi');
const P_AFTER_BLOCK = new RegExp(`(</?${BLOCK}[^>]*>)\\s*</p>`, 'gi');
const BR_AFTER_BLOCK = new RegExp(`(</?${BLOCK}[^>]*>)\\s*<br />`, 'gi');
const BR_BEFORE_BLOCK = /<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi;

/**
 * WordPress's `wpautop`: text separated by a blank line becomes paragraphs, block elements are left
 * unwrapped, and (in unstructured text only) single line breaks become `<br />`.
 */
export function autop(html: string): string {
  if (!html.trim()) return '';
  const saved: string[] = [];
  // Code samples keep their line breaks; newlines inside tags are just attribute spacing.
  let text = `${html.replace(/\r\n?/g, '\n')}\n`
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => `<pre news-autop="${saved.push(pre) - 1}"></pre>`)
    .replace(/<[^>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' '));
  const lineBreaks = !STRUCTURED.test(text);
  text = text
    .replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n')
    .replace(OPEN_BLOCK, '\n\n$1')
    .replace(CLOSE_BLOCK, '$1\n\n')
    .replace(/<hr\s*\/?>/gi, '<hr />\n\n')
    .replace(/\n\n+/g, '\n\n')
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim())
    .map((chunk) => `<p>${chunk.trim()}</p>\n`)
    .join('')
    .replace(/<p>\s*<\/p>/g, '')
    .replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>')
    .replace(P_AROUND_BLOCK, '$1')
    .replace(/<p>(<li.+?)<\/p>/gi, '$1')
    .replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
    .replace(/<\/blockquote><\/p>/gi, '</p></blockquote>')
    .replace(P_BEFORE_BLOCK, '$1')
    .replace(P_AFTER_BLOCK, '$1');
  if (lineBreaks) {
    text = text
      .replace(/(?<!<br \/>)\s*\n(?!$)/g, '<br />\n')
      .replace(BR_AFTER_BLOCK, '$1')
      .replace(BR_BEFORE_BLOCK, '$1')
      .replace(/<br \/>\n(?=<\/p>)/g, '\n');
  }
  return text.replace(/<pre news-autop="(\d+)"><\/pre>/g, (_m, i: string) => saved[Number(i)] ?? '').trim();
}

/**
 * CMS HTML, WordPress's above all, as HTML to sanitise: shortcodes converted (`[caption]` to
 * `<news-figure>`, `[embed]` of a video page to a player iframe, `[video]`/`[audio]` to players;
 * others removed with their inner text kept), then blank lines made into paragraphs.
 * Entities are never decoded here except in values it re-encodes: the HTML parser decodes once.
 */
export function cmsToHtml(source: string): CmsHtml {
  const { html, dropped } = convertShortcodes(source);
  return { html: autop(html), dropped };
}
