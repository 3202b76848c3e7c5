/**
 * What WordPress's media shortcodes become: [caption] a <news-figure>, [embed] a player or a link,
 * [video] and [audio] players. Strings in, HTML strings out, for the sanitiser. Every pattern here
 * stops at the next "<", so a caption full of broken tags is read in one pass.
 */
import { decodeEntities } from './excerpt.js';
import { escapeHtml } from './escape-html.js';
import { playerUrl } from './video-url.js';
import { safeUrl } from '../internal/safe-url.js';

export interface ShortcodeAttributes {
  /** `key="value"` pairs, keys lower-cased, values decoded once. */
  named: Record<string, string>;
  /** Values given without a key (`[embed https://…]`). */
  positional: string[];
}

const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g;
// Attribute values may hold ">" but not "<": WordPress escapes it there, and a stray one ends the tag.
const IMG = String.raw`<img\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*>`;
const IMAGE = new RegExp(IMG, 'i');
const LINKED_IMAGE = new RegExp(String.raw`<a\b([^<>]*)>\s*${IMG}\s*<\/a>|${IMG}`, 'i');

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

const attributes = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs)
    .filter(([key, value]) => value !== undefined && (value !== '' || key === 'alt'))
    .map(([key, value]) => ` ${key}="${escapeHtml(value!)}"`)
    .join('');

/** An [embed]: a player iframe (the sanitiser decides whether its host is allowed), else a link. */
export function embed(url: string, size: Record<string, string>): string | undefined {
  url = url.trim();
  if (!/^https?:\/\/[^\s<>"]+$/i.test(url)) return undefined;
  const player = playerUrl(url);
  if (player)
    return `<iframe${attributes({ src: player, width: size['width'], height: size['height'] })}></iframe>`;
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}

const positive = (value: string | undefined) => (Number(value) > 0 ? Number(value) : undefined);

/**
 * A [caption] as a <news-figure>. Its `width` is the width the editor gave it (the shortcode's,
 * else the image's), its `height` the image's scaled to that width, and its class WordPress's
 * `alignleft`, `alignright`, `aligncenter` or `alignnone`: the article body's stylesheet sizes and
 * places it by these. A link round the image keeps its destination: a link to the image itself (its
 * `src` or a `srcset` copy) is the figure's zoom, whose lightbox shows the widest copy; any other
 * (a full-size file of unknown width, an article) stays round the image, which the figure shows as
 * its own, named by the caption when the image has no alt.
 */
export function caption(named: Record<string, string>, inner: string): string {
  const found = LINKED_IMAGE.exec(inner);
  if (!found) return inner;
  const { named: img } = parseShortcodeAttributes(IMAGE.exec(found[0])![0].replace(/^<img|\/?>$/gi, ''));
  const { named: anchor } = parseShortcodeAttributes(found[1] ?? '');
  const href = safeUrl(anchor['href'], 'body-link');
  const zoom = !!href && [img['src'], ...(img['srcset'] ?? '').split(/[\s,]+/)].includes(href);
  const link = !zoom && href;
  const text = inner.replace(found[0], '').trim();
  const captionHtml = named['caption'] !== undefined ? escapeHtml(named['caption']) : text;
  const rich = /</.test(captionHtml);
  const [imageWidth, imageHeight] = [positive(img['width']), positive(img['height'])];
  const width = positive(named['width']) ?? imageWidth;
  const picture = { src: img['src'], srcset: img['srcset'], sizes: img['sizes'], alt: img['alt'] };
  const figure = attributes({
    ...(!link && picture),
    width: width ? String(width) : undefined,
    height:
      width && imageWidth && imageHeight
        ? String(Math.round((imageHeight * width) / imageWidth))
        : img['height'],
    class: /^align(?:left|right|center|none)$/i.exec(named['align'] ?? '')?.[0].toLowerCase(),
  });
  // Caption text stays HTML source here and is parsed once by the sanitiser: decoded once.
  const quoted = (html: string) => `"${html.replace(/"/g, '&quot;')}"`;
  const plain = rich || !captionHtml ? '' : ` caption=${quoted(captionHtml)}`;
  const slotted = rich ? `<span slot="caption">${captionHtml}</span>` : '';
  const words = captionHtml.replace(/<[^<>]*>/g, '').trim();
  const name = img['alt']?.trim() || !words ? '' : ` aria-label=${quoted(words)}`;
  const image = `<img${attributes({ ...picture, width: img['width'], height: img['height'] })}>`;
  const linked = link
    ? `<a${attributes({ href: link, target: anchor['target'], rel: anchor['rel'] })}${name}>${image}</a>`
    : '';
  return `<news-figure${figure}${zoom ? ' zoomable' : ''}${plain}>${linked}${slotted}</news-figure>`;
}

/** A [video] or [audio] player from its first source, or nothing without one. */
export function media(
  tag: 'video' | 'audio',
  named: Record<string, string>,
  sources: string[],
): string | undefined {
  const src = [named['src'], ...sources.map((key) => named[key])].find(Boolean);
  if (!src) return undefined;
  // A YouTube or Vimeo page is no file <video> can play: an embed, with the embeds' consent step.
  if (playerUrl(src)) return embed(src, named);
  const size =
    tag === 'video' ? { poster: named['poster'], width: named['width'], height: named['height'] } : {};
  return `<${tag} controls preload="metadata"${attributes({ src, ...size })}></${tag}>`;
}

/**
 * A [gallery ids="12,13"] as a `<news-gallery ids>` that the article body fills from its `media`
 * (WordPress's media library is not here); Jetpack's `type="slideshow"` as a carousel. Without ids
 * (the post's attached images) there is nothing to resolve: undefined.
 */
export function gallery(named: Record<string, string>): string | undefined {
  const ids = named['ids']?.match(/\d+/g);
  const layout = named['type'] === 'slideshow' ? ' layout="carousel"' : '';
  return ids ? `<news-gallery ids="${ids}"${layout}></news-gallery>` : undefined;
}
