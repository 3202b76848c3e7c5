/**
 * A story page's related stories, drawn on the server as the `<news-teaser-list>` the browser
 * would draw: written teasers from the items, or a feed-driven list that carries them.
 */
import { html, nothing } from 'lit';
import { nameList } from '../internal/locale.js';
import { names } from '../internal/values.js';
import { teaserFields, type TeaserItem } from '../teaser-list/teaser-item.js';
import type { StoryPageData } from './story-page.js';

type Related = NonNullable<StoryPageData['related']>;
type Locale = string | typeof nothing;

/**
 * A related story's authors as one attribute: a teaser's properties do not travel to the browser,
 * and what it hydrates must be what the server printed. Several names are joined here, as the
 * teaser would join them in the page's language.
 */
function authorNames(author: TeaserItem['author'], locale: Locale): string {
  const authors = names(author);
  return authors.length ? nameList(typeof locale === 'string' ? locale : 'en').format(authors) : '';
}

const feedList = (related: Related, locale: Locale, timeZone?: string) =>
  html`<news-teaser-list
    slot="related"
    heading=${related.heading || nothing}
    locale=${locale}
    time-zone=${timeZone || nothing}
    src=${related.src!}
    .items=${related.items}
  ></news-teaser-list>`;

// The list cannot see its written teasers on the server: told that none has a picture, it sets
// them closer, as in the browser (and at hydration, which reads what the server drew). Nor can it
// hand them its language and zone there: each teaser is given them.
const teaserList = (related: Related, locale: Locale, timeZone?: string) =>
  html`<news-teaser-list
    slot="related"
    heading=${related.heading || nothing}
    locale=${locale}
    time-zone=${timeZone || nothing}
    .unpictured=${!related.items.some((item) => teaserFields(item).imageSrc)}
  >
    ${related.items
      .map(teaserFields)
      .map(
        (item) =>
          html`<news-teaser
            headline=${item.headline}
            href=${item.href || nothing}
            datetime=${item.datetime || nothing}
            excerpt=${item.excerpt || nothing}
            image-src=${item.imageSrc || nothing}
            image-alt=${item.imageAlt ?? nothing}
            focal-point=${item.focalPoint || nothing}
            kicker=${item.kicker || nothing}
            author=${authorNames(item.author, locale) || nothing}
            label=${item.label || nothing}
            ?sponsored=${item.sponsored === true}
            label-kind=${item.labelKind || nothing}
            media=${item.media || nothing}
            duration=${item.duration ?? nothing}
            count=${item.count ?? nothing}
            headshot=${item.headshot || nothing}
            .related=${item.related}
            locale=${locale}
            time-zone=${timeZone || nothing}
          ></news-teaser>`,
      )}
  </news-teaser-list>`;

/**
 * The `related` slot's list: feed-driven with `src`, else the items as written teasers; none
 * without items. Its dates are in `timeZone`, the story's dateline's, when given.
 */
export const relatedStories = (related: StoryPageData['related'], locale: Locale, timeZone?: string) =>
  related?.src
    ? feedList(related, locale, timeZone)
    : related?.items.length
      ? teaserList(related, locale, timeZone)
      : nothing;
