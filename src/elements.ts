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
import { NewsLiveBlog } from './live-blog/live-blog.js';
import { NewsLivePost } from './live-post/live-post.js';
import { NewsNotice } from './notice/notice.js';
import { NewsPartnerBanner } from './partner-banner/partner-banner.js';
import { NewsShare } from './share/share.js';
import { NewsTeaser } from './teaser/teaser.js';
import { NewsTeaserList } from './teaser-list/teaser-list.js';
import { NewsToc } from './toc/toc.js';
import { defineElement } from './internal/define.js';

export const elements = {
  'news-article': NewsArticle,
  'news-article-body': NewsArticleBody,
  'news-byline': NewsByline,
  'news-dateline': NewsDateline,
  'news-figure': NewsFigure,
  'news-live-blog': NewsLiveBlog,
  'news-live-post': NewsLivePost,
  'news-notice': NewsNotice,
  'news-partner-banner': NewsPartnerBanner,
  'news-share': NewsShare,
  'news-teaser': NewsTeaser,
  'news-teaser-list': NewsTeaserList,
  'news-toc': NewsToc,
};

export type NewsTagName = keyof typeof elements;

/** Every tag news-elements defines. */
export const tagNames = Object.keys(elements) as NewsTagName[];

/** Registers every element (a tag already defined is left alone: see `defineElement`). */
export function defineElements(): void {
  for (const tag of tagNames) defineElement(tag, elements[tag]);
}

type ElementMap = { [Tag in NewsTagName]: InstanceType<(typeof elements)[Tag]> };
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementMap {}
}
