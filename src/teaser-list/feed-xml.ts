import { htmlToText } from '../text/excerpt.js';
import { personName } from '../text/feed-fields.js';
import { isoDate } from '../text/iso-date.js';
import type { TeaserItem } from './teaser-item.js';

/** Teasers show thumbnails a few hundred pixels wide: the widest up to this, else the narrowest. */
const WIDEST = 1200;
const TIERS: Record<string, number> = { content: 0, thumbnail: 1 };

/**
 * The URL of an RSS or Atom entry's picture: an image `media:content`, else a `media:thumbnail`,
 * else an image enclosure (RSS `enclosure`, Atom `link rel="enclosure"`), else the same inside a
 * `media:group` or a video's `media:content`. Of several sizes, the widest up to 1200 pixels.
 * A video or audio file is never taken.
 */
export function thumbnail(entry: Element): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  // Atom's own <content> has no `url`, so it is passed over like any other element without one.
  for (const media of entry.querySelectorAll('content,thumbnail,enclosure,link[rel=enclosure]')) {
    const name = media.localName;
    const url = media.getAttribute(name === 'link' ? 'href' : 'url');
    const declared = media.getAttribute('medium') ?? media.getAttribute('type');
    // No width, an empty or a bad one all count as 0 (`+null` is 0 too, hence the `!`).
    const width = +media.getAttribute('width')! || 0;
    // By place first (an entry's own media before a group's), then by width: unknown widths
    // last, widths over WIDEST next (the narrower the better).
    const score =
      (width > WIDEST ? 1 / width : width) -
      1e4 * ((TIERS[name] ?? 2) + (media.parentNode === entry ? 0 : 3));
    if (
      url &&
      score > bestScore &&
      (name === 'thumbnail' ||
        // The Guardian's media:content says neither medium nor type: its URL's extension does.
        (declared
          ? declared.startsWith('image')
          : /\.(jpe?g|png|gif|webp|avif)$/i.test(url.split(/[?#]/)[0]!)))
    ) {
      [best, bestScore] = [url, score];
    }
  }
  return best;
}

/**
 * An entry's video or audio, from its first such enclosure (RSS `enclosure`, Atom
 * `link rel="enclosure"`) or Media RSS `media:content`, with the length it or `<itunes:duration>` gives.
 */
export function mediaOf(entry: Element, itunes?: Element): Pick<TeaserItem, 'media' | 'duration'> {
  for (const media of entry.querySelectorAll('enclosure,content,link[rel=enclosure]')) {
    const kind = /^(video|audio)\b/.exec(
      media.getAttribute('medium') ?? media.getAttribute('type') ?? '',
    )?.[1];
    if (kind)
      return {
        media: kind as 'video' | 'audio',
        duration: media.getAttribute('duration') ?? itunes?.textContent?.trim(),
      };
  }
  return {};
}

/**
 * The entries of a parsed RSS 2.0, RSS 1.0 or Atom document, and how to read one. Fields are
 * looked up among each entry's own children, so reading stays linear in the feed's size.
 */
export function xmlEntries(
  doc: Document,
  absolute: (url: unknown) => string | undefined,
): [Element[], (entry: Element) => TeaserItem] {
  const root = doc.documentElement;
  return [
    root.localName === 'feed'
      ? [...root.children].filter((el) => el.localName === 'entry')
      : [...doc.getElementsByTagName('item')],
    (entry) => {
      const fields: Record<string, Element | undefined> = {};
      for (const el of entry.children) fields[el.localName] ??= el;
      const { title, pubDate, date, published, updated, description, encoded, summary, content, category } =
        fields;
      // Dublin Core's creator (WordPress's RSS), RSS's author ("email (Name)"), Atom's author name.
      const author = fields['creator'] ?? fields['author'];
      const atomName = [...(author?.children ?? [])].find((el) => el.localName === 'name');
      // RSS's <link> holds the URL, Atom's links name it in `href`; an Atom entry may have several.
      const link = [...entry.children].find(
        (el) => el.localName === 'link' && (el.getAttribute('rel') ?? 'alternate') === 'alternate',
      );
      return {
        headline: htmlToText(title?.textContent),
        href: absolute(link?.getAttribute('href') ?? link?.textContent),
        datetime: isoDate((pubDate ?? date ?? published ?? updated)?.textContent, 'feed'),
        excerpt: (description ?? encoded ?? summary ?? content)?.textContent?.trim(),
        image: absolute(thumbnail(entry)),
        kicker:
          category?.getAttribute('label') ||
          category?.getAttribute('term') ||
          htmlToText(category?.textContent),
        author: htmlToText(atomName?.textContent ?? personName(author?.textContent)),
        ...mediaOf(entry, fields['duration']),
      };
    },
  ];
}
