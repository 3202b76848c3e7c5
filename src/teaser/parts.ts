import { html, nothing } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { bylineNames, foreignWording } from '../internal/translate.js';
import { OnDemand } from '../internal/on-demand.js';
import { names, quote, text } from '../internal/values.js';
import type { NewsTeaser } from './teaser.js';
import { clearWarning, warnOnce } from '../internal/warn.js';

// Parts of the teaser's card drawn outside its main template.

/** A URL fit for `kind`, or undefined with one warning naming the teaser's attribute. */
export function teaserUrl(
  host: Element,
  attribute: string,
  value: string,
  kind: 'link' | 'image',
): string | undefined {
  const safe = safeUrl(value, kind);
  if (!value.trim() || safe) clearWarning(host, attribute);
  else
    warnOnce(
      host,
      attribute,
      `<news-teaser> ${attribute} ${quote(value)} is not an http(s) or relative URL; it is ignored.`,
    );
  return safe;
}

/**
 * The pictures of each teaser that did not load: it keeps the empty box instead. Per teaser, so that
 * a new teaser (a refresh, a page left open for hours) asks again once the host is back.
 */
const broken = new WeakMap<NewsTeaser, Set<string>>();
/** Whether to draw `src`: not if it failed, except over a server's HTML (hydration must match it). */
const drawn = (host: NewsTeaser, src: string | undefined, server: boolean): src is string =>
  !!src && (server || !broken.get(host)?.has(src));

/**
 * Drops a picture that did not load (Chromium and WebKit draw a broken-image icon for it even with
 * an empty alt). One warning a page for each attribute, not one per teaser or address: when a
 * picture host is down every teaser's picture fails, and the browser's network log names each.
 */
const failed = (host: NewsTeaser, attribute: string, src: string) => () => {
  if (!broken.has(host)) broken.set(host, new Set());
  broken.get(host)!.add(src);
  warnOnce(
    document,
    attribute,
    `<news-teaser> could not load ${attribute} ${quote(src)}; left empty (reported once a page).`,
  );
  host.requestUpdate();
};

/**
 * Over a server's HTML a picture may have failed before the script came, and fires no event again:
 * read once the render that adopts that HTML (and binds the handlers) is done.
 */
export function settlePictures(host: NewsTeaser) {
  for (const img of host.renderRoot.querySelectorAll('img'))
    if (img.complete && !img.naturalWidth) img.dispatchEvent(new Event('error'));
}

/**
 * "By" and the author's names in `lang`, with the author's headshot beside them; nothing without
 * an author, not even the headshot. The headshot's alt is empty: the name next to it says who it
 * is. Its box is drawn at its final size before the picture arrives, and kept, empty, if it fails.
 */
export function authorLine(
  host: NewsTeaser,
  lang: string,
  author: unknown,
  headshot: string | undefined,
  server: boolean,
) {
  const authors = names(author);
  // An empty list is no author, as an empty string is.
  const given = Array.isArray(author) ? author.length > 0 : !!author;
  if (given && !authors.length)
    warnOnce(host, 'author', `<news-teaser> author must be a name or a list of names; it is ignored.`);
  if (!authors.length) return nothing;
  const picture = drawn(host, headshot, server)
    ? html`<img
        class="headshot"
        part="headshot"
        src=${headshot}
        alt=""
        width="64"
        height="64"
        loading="lazy"
        decoding="async"
        @error=${failed(host, 'headshot', headshot)}
      />`
    : headshot
      ? html`<span class="headshot" part="headshot"></span>`
      : nothing;
  const words = foreignWording(lang, 'byline') ?? nothing;
  const line = html`<span lang=${words}>${bylineNames(lang, authors)}</span>`;
  return html`<p class="author" part="author">${picture}${line}</p>`;
}

/** The thumbnail, or nothing while there is no (safe, loadable) picture. A hero's is not lazy: it is the first thing seen. */
export const thumbnail = (host: NewsTeaser, src: string | undefined, eager: boolean, server: boolean) =>
  drawn(host, src, server)
    ? html`<img
        part="image"
        src=${src}
        alt=${typeof host.imageAlt === 'string' ? host.imageAlt : ''}
        loading=${eager ? 'eager' : 'lazy'}
        decoding="async"
        @error=${failed(host, 'image-src', src)}
      />`
    : nothing;

/** Related links' and a ranked list's number's code: fetched for a teaser with either (few are). */
export const extrasCode = new OnDemand('teaser extras', () =>
  import('./extras.js').then(({ extras }) =>
    extras({ html, nothing, warnOnce, quote, text, url: teaserUrl }),
  ),
);

/** What a teaser with related links or a rank waits for before it renders, so they never appear late. */
export const extrasReady = (related: unknown, anchors: boolean, rank: unknown) =>
  (Array.isArray(related) && related.length) || anchors || rank ? extrasCode.pending : undefined;

/**
 * What follows the excerpt: the related stories' links, then the author line. The server cannot
 * see children: its HTML shows the `related` slot's links as written, and the render over it keeps
 * that slot (hidden, unless the list's code failed to load), so hydration replaces no node.
 */
export const footer = (host: NewsTeaser, anchors: Element[], server: boolean, lang: string, name: string) => {
  const extras = extrasCode.module;
  return [
    extras?.relatedList(extras.relatedLinks(host, host.related, anchors), name),
    html`<slot name="related" ?hidden=${!server && !extrasCode.failed}></slot>`,
    authorLine(host, lang, host.author, teaserUrl(host, 'headshot', text(host.headshot), 'image'), server),
  ];
};
