/**
 * The one list of elements: every tag news-elements defines, and its class. Registration
 * (index.ts, ssr/), the tag map below, the React wrappers (generated from custom-elements.json),
 * the package's exports and the size ceilings follow it; test/elements.test.ts proves they agree.
 * An element's folder is its tag without `news-` (src/dateline/ is `news-dateline`).
 */
import { NewsArticle } from './article/article.js';
import { NewsArticleBody } from './article-body/article-body.js';
import { NewsByline } from './byline/byline.js';
import { NewsDateline } from './dateline/dateline.js';
import { NewsFigure } from './figure/figure.js';
import { NewsPartnerBanner } from './partner-banner/partner-banner.js';
import { NewsTeaser } from './teaser/teaser.js';
import { NewsTeaserList } from './teaser-list/teaser-list.js';
import { defineElement } from './internal/define.js';
import { defineOnSight } from './internal/on-sight.js';

export const elements = {
  'news-article': NewsArticle,
  'news-article-body': NewsArticleBody,
  'news-byline': NewsByline,
  'news-dateline': NewsDateline,
  'news-figure': NewsFigure,
  'news-partner-banner': NewsPartnerBanner,
  'news-teaser': NewsTeaser,
  'news-teaser-list': NewsTeaserList,
};

/**
 * Elements not every page holds (a story page has no live blog, a front no contents): the import
 * of each one's own entry, which registers it and exports its class. `defineElements` fetches one
 * the first time the page holds it, so it adds nothing to the first load of pages without one; a
 * server loads them all before it renders. Until then the theme files keep the box of each one
 * whose size they can know (src/preload.ts).
 */
export const elementsOnSight = {
  'news-gallery': () => import('./gallery/define.js'),
  'news-live-blog': () => import('./live-blog/define.js'),
  'news-live-post': () => import('./live-post/define.js'),
  'news-notice': () => import('./notice/define.js'),
  'news-share': () => import('./share/define.js'),
  'news-toc': () => import('./toc/define.js'),
};

export type NewsTagName = keyof typeof elements | keyof typeof elementsOnSight;

/** Every tag news-elements defines. */
export const tagNames = [...Object.keys(elements), ...Object.keys(elementsOnSight)] as NewsTagName[];

/**
 * Registers every element (a tag already defined is left alone: see `defineElement`); those of
 * `elementsOnSight` once the page holds one.
 */
export function defineElements(): void {
  for (const tag of Object.keys(elements) as (keyof typeof elements)[]) defineElement(tag, elements[tag]);
  defineOnSight(elementsOnSight);
}

/** Registers every element now, those few pages hold included: for a server, which renders unseen. */
export async function defineAllElements(): Promise<void> {
  defineElements();
  await Promise.all(Object.values(elementsOnSight).map((load) => load()));
}

// The elements on sight declare theirs in their own entry.
type ElementMap = { [Tag in keyof typeof elements]: InstanceType<(typeof elements)[Tag]> };
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementMap {}
}
