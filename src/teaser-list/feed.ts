import { cleanExcerpt, htmlToText } from '../text/excerpt.js';
import { text } from '../internal/values.js';
import { isoDate } from '../text/iso-date.js';
import { absoluteUrl } from '../text/url.js';
import type { TeaserItem } from './teaser-item.js';

/** Why a feed could not be shown; `kind` lets a page react (e.g. retry on `network` only). */
export type FeedErrorKind = 'url' | 'http' | 'network' | 'timeout' | 'parse' | 'shape';

export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

const ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8';

/**
 * Fetches `src` and parses it; rejects with a FeedError, or with the signal's reason once aborted.
 * `fresh` revalidates with the server, so a retry never gets a cached failure back.
 */
export async function fetchFeed(src: string, signal: AbortSignal, fresh = false): Promise<TeaserItem[]> {
  const settle = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      throw signal.aborted
        ? signal.reason
        : new FeedError('network', `could not load ${src} (${String(error)}).`);
    });
  const response = await settle(
    fetch(src, { signal, headers: { accept: ACCEPT }, cache: fresh ? 'no-cache' : 'default' }),
  );
  if (!response.ok) throw new FeedError('http', `${src} answered HTTP ${response.status}.`);
  return parseFeed(await settle(response.text()), response.url || src);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Unset rather than empty, so that `str(a) ?? str(b)` falls through to the next field.
const str = (value: unknown): string | undefined => text(value) || undefined;

function absolute(url: unknown, base: string | undefined): string | undefined {
  const value = str(url);
  return value && base ? absoluteUrl(value, base) : value;
}

/** Drops unset fields so items stay small and compare cleanly. */
function item(fields: TeaserItem): TeaserItem | undefined {
  if (!fields.headline) return undefined;
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''),
  ) as unknown as TeaserItem;
}

function fromJsonFeed(feed: Json, base: string | undefined): (TeaserItem | undefined)[] {
  if (!Array.isArray(feed['items'])) throw new FeedError('shape', 'the JSON Feed has no "items" array.');
  return feed['items'].map((entry) => {
    if (!isObject(entry)) return undefined;
    const text = str(entry['summary']) ?? str(entry['content_text']) ?? str(entry['content_html']);
    const title = htmlToText(entry['title']);
    const tags = entry['tags'];
    return item({
      // Title-less items (microblog posts) are headlined by their first words instead.
      headline: title || cleanExcerpt(text, { words: 12 }),
      excerpt: title ? text : undefined,
      href: absolute(entry['url'] ?? entry['external_url'], base),
      datetime: isoDate(entry['date_published'] ?? entry['date_modified'], 'feed'),
      image: absolute(entry['image'] ?? entry['banner_image'], base),
      kicker: Array.isArray(tags) ? str(tags[0]) : undefined,
    });
  });
}

const rendered = (value: unknown) => (isObject(value) ? str(value['rendered']) : undefined);

function fromWordPress(posts: unknown[], base: string | undefined): (TeaserItem | undefined)[] {
  return posts.map((post) => {
    if (!isObject(post) || !isObject(post['title'])) return undefined;
    const embedded = isObject(post['_embedded']) ? post['_embedded'] : {};
    const media = (embedded['wp:featuredmedia'] as unknown[] | undefined)?.[0];
    const sizes =
      isObject(media) && isObject(media['media_details']) ? media['media_details']['sizes'] : undefined;
    const size = (name: string) =>
      isObject(sizes) && isObject(sizes[name]) ? sizes[name]['source_url'] : undefined;
    const terms = Array.isArray(embedded['wp:term']) ? (embedded['wp:term'] as unknown[]).flat() : [];
    const category = terms.find(
      (term) => isObject(term) && term['taxonomy'] === 'category' && term['slug'] !== 'uncategorized',
    ) as Json | undefined;
    // date_gmt is UTC written without an offset; `date` is the site's local time, zone unknown.
    const gmt = str(post['date_gmt']);
    return item({
      headline: htmlToText(rendered(post['title'])),
      href: absolute(post['link'], base),
      datetime: gmt ? (/[zZ]|[+-]\d\d:?\d\d$/.test(gmt) ? gmt : `${gmt}Z`) : isoDate(post['date'], 'feed'),
      excerpt: rendered(post['excerpt']),
      image: isObject(media)
        ? absolute(size('medium_large') ?? size('large') ?? media['source_url'] ?? size('medium'), base)
        : undefined,
      imageAlt: isObject(media) ? str(media['alt_text']) : undefined,
      kicker: category ? htmlToText(category['name']) : undefined,
    });
  });
}

function fromXml(text: string, base: string | undefined): (TeaserItem | undefined)[] {
  if (typeof DOMParser === 'undefined')
    throw new FeedError('parse', 'RSS and Atom feeds are read in the browser only.');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length)
    throw new FeedError('parse', 'the feed is not well-formed XML.');
  const root = doc.documentElement.localName;
  if (root !== 'rss' && root !== 'feed' && root !== 'RDF') {
    throw new FeedError('shape', `the XML feed has an unknown root element <${root}>.`);
  }
  const children = (parent: Element, name: string) =>
    [...parent.children].filter((el) => el.localName === name);
  const child = (parent: Element, name: string) => children(parent, name)[0];
  const value = (parent: Element, name: string) => child(parent, name)?.textContent ?? undefined;
  const imageOf = (entry: Element) => {
    const media = [...entry.children].find(
      (el) =>
        (el.localName === 'thumbnail' ||
          ((el.localName === 'content' || el.localName === 'enclosure') &&
            /^image\//.test(
              el.getAttribute('type') ?? (el.getAttribute('medium') === 'image' ? 'image/' : ''),
            ))) &&
        el.hasAttribute('url'),
    );
    return absolute(media?.getAttribute('url'), base);
  };

  if (root === 'feed') {
    return children(doc.documentElement, 'entry').map((entry) => {
      const link = children(entry, 'link').find(
        (el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate',
      );
      const category = child(entry, 'category');
      const summary = child(entry, 'summary') ?? child(entry, 'content');
      const html = (el: Element | undefined) =>
        el?.getAttribute('type') === 'xhtml' ? el.textContent : (el?.textContent ?? undefined);
      return item({
        headline: htmlToText(html(child(entry, 'title'))),
        href: absolute(link?.getAttribute('href'), base),
        datetime: isoDate(value(entry, 'published') ?? value(entry, 'updated'), 'feed'),
        excerpt: str(html(summary)),
        image: imageOf(entry),
        kicker: str(category?.getAttribute('label') ?? category?.getAttribute('term')),
      });
    });
  }
  return [...doc.getElementsByTagName('item')].map((entry) =>
    item({
      headline: htmlToText(value(entry, 'title')),
      href: absolute(value(entry, 'link'), base),
      datetime: isoDate(value(entry, 'pubDate') ?? value(entry, 'date'), 'feed'),
      excerpt: str(value(entry, 'description') ?? value(entry, 'encoded')),
      image: imageOf(entry),
      kicker: htmlToText(value(entry, 'category')) || undefined,
    }),
  );
}

/**
 * Reads a feed body into teaser items. Recognises JSON Feed 1.x, the WordPress REST API posts
 * endpoint (titles and excerpts as HTML, featured media via `?_embed`), RSS 2.0 and Atom.
 * Relative links resolve against `base`. Throws a FeedError for malformed or unrecognised input.
 */
function parseFeed(body: string, base?: string): TeaserItem[] {
  const text = body.replace(/^\uFEFF/, '').trim();
  let entries: (TeaserItem | undefined)[];
  if (text.startsWith('<')) {
    entries = fromXml(text, base);
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new FeedError('parse', 'the feed is neither valid JSON nor XML.');
    }
    if (
      isObject(data) &&
      typeof data['version'] === 'string' &&
      data['version'].startsWith('https://jsonfeed.org/version/')
    ) {
      entries = fromJsonFeed(data, base);
    } else if (Array.isArray(data)) {
      entries = fromWordPress(data, base);
    } else {
      throw new FeedError('shape', 'the feed is not JSON Feed, WordPress posts, RSS or Atom.');
    }
  }
  const items = entries.filter((entry): entry is TeaserItem => !!entry);
  if (entries.length && !items.length)
    throw new FeedError('shape', 'none of the feed’s items has a headline.');
  return items;
}
