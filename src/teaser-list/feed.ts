import { cleanExcerpt, htmlToText } from '../text/excerpt.js';
import { quote, text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { decodeText } from '../text/charset.js';
import { isoDate } from '../text/iso-date.js';
import { absoluteUrl } from '../text/url.js';
import { authorNames as names, str, wordPressDate, type Json } from '../text/feed-fields.js';
import { xmlEntries } from './feed-xml.js';
import type { TeaserItem } from './teaser-item.js';

/** Why a feed could not be shown; `kind` lets a page react (e.g. retry on `network` only). */
export type FeedErrorKind = 'url' | 'http' | 'network' | 'timeout' | 'parse' | 'shape';

/** Rejects a load the way `loadFeed` reports it: `{ kind, message }`. */
function fail(kind: FeedErrorKind, message: string): never {
  throw { kind, message };
}
const unknownShape = () => fail('shape', 'the feed is not JSON Feed, WordPress posts, RSS or Atom.');

/**
 * The most stories a list keeps from one feed, whatever its size. A smaller `limit` still keeps
 * them all, so that raising it (a "more stories" button) shows more without fetching again.
 */
export const FEED_CAP = 500;

/**
 * Reads the first FEED_CAP stories from the answer to `request`, sent to `src`; rejects with
 * `{ kind, message }`, or with the signal's reason once aborted. `list` is the element warnings are
 * about: an unknown encoding, and stories dropped beyond FEED_CAP that its `limit` would have shown.
 */
export async function readFeed(
  request: Promise<Response>,
  src: string,
  signal: AbortSignal,
  limit: number,
  list: Element,
): Promise<FeedPage> {
  const settle = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      if (signal.aborted) throw signal.reason;
      return fail('network', `could not load ${src} (${String(error)}).`);
    });
  const response = await settle(request);
  if (!response.ok) fail('http', `${src} answered HTTP ${response.status}.`);
  const [text, unknown] = decodeText(
    new Uint8Array(await settle(response.arrayBuffer())),
    response.headers.get('content-type'),
  );
  const warn = (key: string, message: string) =>
    warnOnce(list, key + src, `<${list.localName}> the feed at ${src} ${message}`);
  if (unknown) warn('charset', `names the unknown encoding ${quote(unknown)}; it is read as UTF-8.`);
  const [entries, read, next] = feedEntries(
    text,
    response.url || src,
    Number(response.headers.get('x-wp-totalpages')),
  );
  const items: TeaserItem[] = [];
  let i = 0;
  // Only what is kept is read: a 10,000-story feed costs one parse and 500 items.
  for (; i < entries.length && items.length < FEED_CAP; i++) {
    // `read` is the reader of these very entries.
    const story = item(read(entries[i] as never));
    if (story) items.push(story);
  }
  if (i && !items.length) fail('shape', 'none of the feed’s items has a headline.');
  if (i < entries.length && limit > FEED_CAP) {
    warn(
      'cap',
      `has ${entries.length} stories: the first ${FEED_CAP} are shown, ${entries.length - i} dropped.`,
    );
  }
  return { items, next };
}

/** One page of a feed: its stories, and the address of the next page when the feed has one. */
export interface FeedPage {
  items: TeaserItem[];
  next?: string | undefined;
}

type Read = (entry: never) => TeaserItem | undefined;

function absolute(url: unknown, base: string): string | undefined {
  const value = str(url);
  return value && absoluteUrl(value, base);
}

/** Drops unset and empty fields (a feed sets strings, lists and numbers) so items stay small and compare cleanly. */
function item(fields: TeaserItem | undefined): TeaserItem | undefined {
  if (!fields?.headline) return undefined;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as unknown as TeaserItem;
}

function jsonFeedItem(entry: Json, base: string): TeaserItem {
  const text = str(entry?.['summary']) ?? str(entry?.['content_text']) ?? str(entry?.['content_html']);
  const title = htmlToText(entry?.['title']);
  const tags = entry?.['tags'];
  return {
    // Title-less items (microblog posts) are headlined by their first words instead.
    headline: title || cleanExcerpt(text, { words: 12 }).replace(/\n/g, ' '),
    excerpt: title ? text : undefined,
    href: absolute(entry?.['url'] ?? entry?.['external_url'], base),
    datetime: isoDate(entry?.['date_published'] ?? entry?.['date_modified'], 'feed'),
    image: absolute(entry?.['image'] ?? entry?.['banner_image'], base),
    kicker: Array.isArray(tags) ? str(tags[0]) : undefined,
    // JSON Feed 1.1's authors, or 1.0's author.
    author: names(entry?.['authors'] ?? entry?.['author']),
    ...attachedMedia(entry?.['attachments']),
  };
}

/** A JSON Feed item's first video or audio attachment, and its length. */
function attachedMedia(attachments: Json): Pick<TeaserItem, 'media' | 'duration'> {
  for (const attachment of Array.isArray(attachments) ? (attachments as Json[]) : []) {
    const kind = /^(video|audio)\//.exec(text(attachment?.['mime_type']))?.[1] as
      'video' | 'audio' | undefined;
    const seconds = attachment?.['duration_in_seconds'] as unknown;
    if (kind) return { media: kind, duration: typeof seconds === 'number' ? seconds : undefined };
  }
  return {};
}

/** WordPress post formats and category slugs that say what a story is. */
const FORMATS = ['video', 'audio', 'gallery'];
const KINDS = ['live', 'opinion', 'analysis', 'breaking'];

function wordPressItem(post: Json, base: string): TeaserItem {
  const embedded = post?.['_embedded'];
  const media = embedded?.['wp:featuredmedia']?.[0];
  const size = (name: string) => media?.['media_details']?.['sizes']?.[name]?.['source_url'];
  const terms = embedded?.['wp:term'];
  const categories = (Array.isArray(terms) ? (terms as Json[]).flat() : []).filter(
    (term) => (term?.['taxonomy'] as unknown) === 'category',
  );
  const format = text(post?.['format']);
  const kind = categories.map((term) => text(term?.['slug'])).find((slug) => KINDS.includes(slug));
  // The "Opinion" category is the badge, not also the kicker.
  const category = categories.find((term) => !['uncategorized', kind].includes(text(term?.['slug'])));
  return {
    headline: htmlToText(post?.['title']?.['rendered']),
    href: absolute(post?.['link'], base),
    datetime: wordPressDate(post?.['date_gmt'], post?.['date']),
    excerpt: str(post?.['excerpt']?.['rendered']),
    image: absolute(size('medium_large') ?? size('large') ?? media?.['source_url'] ?? size('medium'), base),
    imageAlt: str(media?.['alt_text']),
    kicker: htmlToText(category?.['name']),
    author: names(embedded?.['author']),
    media: FORMATS.includes(format) ? (format as TeaserItem['media']) : undefined,
    labelKind: kind as TeaserItem['labelKind'],
    // An opinion's columnist, pictured beside their name: the 96-pixel avatar, sharp at the 4rem it is drawn.
    headshot:
      kind === 'opinion' ? absolute(embedded?.['author']?.[0]?.['avatar_urls']?.['96'], base) : undefined,
  };
}

/** The next page of WordPress posts at `url`, when `pages` (its X-WP-TotalPages) says there is one. */
function wordPressNext(url: string, pages: number): string | undefined {
  try {
    const next = new URL(url, document.baseURI);
    const page = Number(next.searchParams.get('page')) || 1;
    if (!(page < pages)) return undefined;
    next.searchParams.set('page', String(page + 1));
    return next.href;
  } catch {
    return undefined;
  }
}

/**
 * A feed body's entries and how to read one into a teaser item. Recognises JSON Feed 1.x, the
 * WordPress REST API posts endpoint (titles and excerpts as HTML, featured media via `?_embed`),
 * RSS 2.0, RSS 1.0 and Atom. Relative links resolve against `base`. Throws `{ kind, message }` for
 * malformed or unrecognised input. The third value is the next page's address: JSON Feed's
 * `next_url`, or WordPress's `?page=N+1` while N is below its `X-WP-TotalPages` (`pages`); RSS and
 * Atom have none.
 */
function feedEntries(body: string, base: string, pages: number): [unknown[], Read, string?] {
  // trim() also drops a byte order mark the decoder left.
  const trimmed = body.trim();
  if (trimmed.startsWith('<')) {
    const doc = new DOMParser().parseFromString(trimmed, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) fail('parse', 'the feed is not well-formed XML.');
    const root = doc.documentElement.localName;
    if (root !== 'rss' && root !== 'feed' && root !== 'RDF') unknownShape();
    return xmlEntries(doc, (url) => absolute(url, base));
  }
  let data: Json;
  try {
    data = JSON.parse(trimmed) as Json;
  } catch {
    return fail('parse', 'the feed is neither valid JSON nor XML.');
  }
  const items = data?.['items'];
  if (text(data?.['version']).startsWith('https://jsonfeed.org/version/') && Array.isArray(items)) {
    return [items, (entry: Json) => jsonFeedItem(entry, base), absolute(data?.['next_url'], base)];
  }
  if (Array.isArray(data))
    return [data, (post: Json) => wordPressItem(post, base), wordPressNext(base, pages)];
  return unknownShape();
}
