import { html, nothing } from 'lit';
import { text } from '../internal/values.js';
import type { LabelKind, MediaKind, RelatedLink, TeaserLayout } from '../teaser/teaser.js';
import { warnOnce } from '../internal/warn.js';

/** One story in a teaser list: what `items` takes and what a feed is turned into. */
export interface TeaserItem {
  /** Plain-text headline. Items without one are skipped. */
  headline: string;
  /** Link to the story; only http(s), protocol-relative and relative URLs are linked. */
  href?: string;
  /** ISO 8601 date or date-time, shown as `<news-dateline>` shows it. */
  datetime?: string;
  /** Excerpt; may be CMS HTML, it is cleaned before display. */
  excerpt?: string;
  /** Thumbnail URL. */
  image?: string;
  /** Thumbnail description; absent means decorative (the headline says what the story is). */
  imageAlt?: string;
  /** What stays in view when the thumbnail is cropped (`70% 40%`; see `<news-teaser focal-point>`). */
  focalPoint?: string;
  /** Section or topic shown above the headline. */
  kicker?: string;
  /** Who wrote the story: a name, or a list of names (printed "By …" under the excerpt). */
  author?: string | string[];
  /** Short badge: "Live", "Updated", "Opinion". */
  label?: string;
  /** A paid or partner item, marked as such. */
  sponsored?: boolean;
  /** What the story is: `live`, `opinion`, `analysis`, `breaking`, `sponsored` or `paid` (see `<news-teaser label-kind>`). */
  labelKind?: LabelKind;
  /** `video`, `audio` or `gallery`, marked with its `duration` or `count`. */
  media?: MediaKind;
  /** The video's or audio's length: seconds, or ISO 8601 (`PT3M20S`). */
  duration?: number | string;
  /** The gallery's number of pictures. */
  count?: number;
  /** The author's picture, round beside the author line (an opinion's columnist). */
  headshot?: string;
  /** Two to four links to other stories on the subject, listed under the excerpt. */
  related?: RelatedLink[];
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

/** What a list hands down to each teaser it renders from data. */
interface Shared {
  layout: TeaserLayout;
  /** The story's place in a ranked list, in the list's digits ("١"). */
  rank?: string | undefined;
  /** The widest number of the list's column of ranks ("٨٨"), which sizes that column. */
  rankWidest?: string | undefined;
  headingLevel: number;
  format: string;
  pattern: string;
  timeZone: string;
  locale: string;
}

/**
 * A story rendered from data as a list item holding a `<news-teaser>`, with the settings its list
 * hands down. The teaser's parts show through the list (`news-teaser-list::part(headline)`); they
 * are written into the template, not bound, so that a thousand teasers clone them for free.
 */
export function teaserTemplate(item: TeaserItem, shared: Shared) {
  const fields = teaserFields(item);
  return html`<li part="item">
    ${
      shared.rank
        ? html`<span class="rank" part="rank" aria-hidden="true" data-widest=${shared.rankWidest!}
            >${shared.rank}</span
          >`
        : nothing
    }
    <news-teaser
      exportparts="card, headline, link, excerpt, image-box, image, dateline, meta, kicker, label, sponsored, author, media, headshot, related"
      .headline=${fields.headline}
      .href=${fields.href ?? ''}
      .datetime=${fields.datetime ?? ''}
      .excerpt=${fields.excerpt ?? ''}
      .imageSrc=${fields.imageSrc ?? ''}
      .imageAlt=${fields.imageAlt ?? ''}
      .focalPoint=${fields.focalPoint ?? ''}
      .kicker=${fields.kicker ?? ''}
      .author=${fields.author ?? ''}
      .label=${fields.label ?? ''}
      .sponsored=${!!fields.sponsored}
      .labelKind=${fields.labelKind ?? ''}
      .media=${fields.media ?? ''}
      .duration=${fields.duration ?? ''}
      .count=${fields.count ?? ''}
      .headshot=${fields.headshot ?? ''}
      .related=${fields.related ?? null}
      .layout=${shared.layout}
      .headingLevel=${shared.headingLevel}
      .format=${shared.format}
      .pattern=${shared.pattern}
      .timeZone=${shared.timeZone}
      .locale=${shared.locale}
    ></news-teaser>
  </li>`;
}
