import { text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';

/** One story in a teaser list: what `items` takes and what a feed is turned into. */
export interface TeaserItem {
  /** Plain-text headline. Items without one are skipped. */
  headline: string;
  /** Link to the story; only http(s), protocol-relative and relative URLs are linked. */
  href?: string;
  /** ISO 8601 date or date-time, shown through `<news-dateline>`. */
  datetime?: string;
  /** Excerpt; may be CMS HTML, it is cleaned before display. */
  excerpt?: string;
  /** Thumbnail URL. */
  image?: string;
  /** Thumbnail description; absent means decorative (the headline says what the story is). */
  imageAlt?: string;
  /** Section or topic shown above the headline. */
  kicker?: string;
  /** Short badge: "Live", "Updated", "Opinion". */
  label?: string;
  /** A paid or partner item, marked as such. */
  sponsored?: boolean;
}

/** The stories of `items` that can be shown (those with a headline), with one warning for the rest. */
export function validItems(list: Element, items: unknown): TeaserItem[] {
  if (items == null) return [];
  if (!Array.isArray(items)) {
    warnOnce(
      list,
      'items',
      `<${list.localName}> items must be an array of { headline, href, … }; it is ignored.`,
    );
    return [];
  }
  const valid = items.filter(
    (item): item is TeaserItem => !!item && typeof item === 'object' && !!text(item.headline),
  );
  if (valid.length < items.length) {
    warnOnce(
      list,
      'items',
      `<${list.localName}> ${items.length - valid.length} of the items have no headline and are not shown.`,
    );
  }
  return valid;
}

/**
 * A story's fields under the names `<news-teaser>` gives them: the one mapping from an item to a
 * teaser, used by the list and by the server's story page (each binds them its own way).
 */
export const teaserFields = ({ image, ...fields }: TeaserItem) => ({ ...fields, imageSrc: image });
