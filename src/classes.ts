/**
 * Every element class, registering nothing: a site can define one under its own tag name.
 * `customElements.define('paper-dateline', class extends NewsDateline {})`
 * Not here: the classes of the elements few pages hold (`elementsOnSight` in elements.ts), which
 * come with their own entry (`import { NewsGallery } from 'news-elements/gallery'`).
 */
export { NewsArticle } from './article/article.js';
export { NewsArticleBody } from './article-body/article-body.js';
export { NewsByline } from './byline/byline.js';
export type { BylineAuthor } from './byline/byline.js';
export { NewsDateline } from './dateline/dateline.js';
export type { DatelineFormat } from './dateline/dateline.js';
export { NewsFigure } from './figure/figure.js';
export type { FigureLayout } from './figure/figure.js';
export { NewsLiveBlog } from './live-blog/live-blog.js';
export type { LiveBlogOrder } from './live-blog/live-blog.js';
export type { LivePostItem } from './live-blog/live-item.js';
export { NewsLivePost } from './live-post/live-post.js';
export { NewsNotice } from './notice/notice.js';
export type { NoticeType } from './notice/notice.js';
export { NewsPartnerBanner } from './partner-banner/partner-banner.js';
export type { PartnerBannerVariant } from './partner-banner/partner-banner.js';
export { NewsShare } from './share/share.js';
export type { ShareDetail, ShareMethod } from './share/share.js';
export { NewsTeaser } from './teaser/teaser.js';
export type { TeaserLayout } from './teaser/teaser.js';
export { NewsTeaserList } from './teaser-list/teaser-list.js';
export type {
  TeaserListErrorDetail,
  TeaserListLoadDetail,
  TeaserListStatus,
} from './teaser-list/teaser-list.js';
export type { TeaserItem } from './teaser-list/teaser-item.js';
export { NewsToc } from './toc/toc.js';
// Not a class, but every site needs it beside the classes: a page's own wording of the labels.
export { loadTranslations, registerTranslations, type Translations } from './internal/translate.js';
