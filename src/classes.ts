/**
 * Every element class, registering nothing: a site can define one under its own tag name.
 * `customElements.define('paper-dateline', class extends NewsDateline {})`
 * Not here: the classes of the elements not every page holds (`elementsOnSight` in elements.ts),
 * which come with their own entry (`import { NewsLiveBlog } from 'news-elements/live-blog'`).
 */
export { NewsArticle } from './article/article.js';
export { NewsArticleBody } from './article-body/article-body.js';
export { NewsByline } from './byline/byline.js';
export type { BylineAuthor } from './byline/byline.js';
export { NewsDateline } from './dateline/dateline.js';
export type { DatelineFormat } from './dateline/dateline.js';
export { NewsFigure } from './figure/figure.js';
export type { FigureLayout } from './figure/figure.js';
export { NewsPartnerBanner } from './partner-banner/partner-banner.js';
export type { PartnerBannerVariant } from './partner-banner/partner-banner.js';
export { NewsTeaser } from './teaser/teaser.js';
export type { TeaserLayout } from './teaser/teaser.js';
export { NewsTeaserList } from './teaser-list/teaser-list.js';
export type {
  TeaserListErrorDetail,
  TeaserListLoadDetail,
  TeaserListStatus,
} from './teaser-list/teaser-list.js';
export type { TeaserItem } from './teaser-list/teaser-item.js';
// Not a class, but every site needs it beside the classes: a page's own wording of the labels.
export { loadTranslations, registerTranslations, type Translations } from './internal/translate.js';
