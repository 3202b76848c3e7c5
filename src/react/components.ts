// Generated from custom-elements.json by scripts/generate-react.mjs (npm run analyze): do not edit.
/**
 * One React component per element, built by a `createComponent` that is @lit/react's in the
 * browser (index.ts) and a server renderer in Node (server.ts), so both export the same, equally
 * typed components. Each custom event is an `onXxx` prop typed with the event's detail.
 */
import type * as ReactNamespace from 'react';
import type { EventName, createComponent } from '@lit/react';
import { defineElement } from '../internal/define.js';
import { NewsArticle } from '../article/article.js';
import { NewsArticleBody } from '../article-body/article-body.js';
import { NewsByline } from '../byline/byline.js';
import { NewsDateline } from '../dateline/dateline.js';
import { NewsFigure } from '../figure/figure.js';
import { NewsGallery } from '../gallery/gallery.js';
import { NewsLiveBlog } from '../live-blog/live-blog.js';
import { NewsLivePost } from '../live-post/live-post.js';
import { NewsNotice } from '../notice/notice.js';
import { NewsPartnerBanner } from '../partner-banner/partner-banner.js';
import { NewsShare } from '../share/share.js';
import { NewsTeaser } from '../teaser/teaser.js';
import { NewsTeaserList } from '../teaser-list/teaser-list.js';
import { NewsToc } from '../toc/toc.js';
// The tags' types (HTMLElementTagNameMap: `querySelector('news-figure')` is a NewsFigure), without
// running the modules that define the elements (components() does, below).
export type {} from '../article/define.js';
export type {} from '../article-body/define.js';
export type {} from '../byline/define.js';
export type {} from '../dateline/define.js';
export type {} from '../figure/define.js';
export type {} from '../gallery/define.js';
export type {} from '../live-blog/define.js';
export type {} from '../live-post/define.js';
export type {} from '../notice/define.js';
export type {} from '../partner-banner/define.js';
export type {} from '../share/define.js';
export type {} from '../teaser/define.js';
export type {} from '../teaser-list/define.js';
export type {} from '../toc/define.js';

type Events = GlobalEventHandlersEventMap;
const event = <K extends keyof Events>(name: K) => name as EventName<Events[K]>;

/** Builds every component with `create` (same signature as @lit/react's `createComponent`). */
export function components(react: typeof ReactNamespace, create: typeof createComponent) {
  // Each element is registered here, as the entry calls this, not by importing its define.js: a
  // bundler may run an imported module before the entry's first import (Lit's hydration support,
  // in index.ts), and an element the server drew, defined before it, draws its content twice.
  defineElement('news-article', NewsArticle);
  defineElement('news-article-body', NewsArticleBody);
  defineElement('news-byline', NewsByline);
  defineElement('news-dateline', NewsDateline);
  defineElement('news-figure', NewsFigure);
  defineElement('news-gallery', NewsGallery);
  defineElement('news-live-blog', NewsLiveBlog);
  defineElement('news-live-post', NewsLivePost);
  defineElement('news-notice', NewsNotice);
  defineElement('news-partner-banner', NewsPartnerBanner);
  defineElement('news-share', NewsShare);
  defineElement('news-teaser', NewsTeaser);
  defineElement('news-teaser-list', NewsTeaserList);
  defineElement('news-toc', NewsToc);
  return {
    NewsArticle: create({
      react,
      tagName: 'news-article',
      elementClass: NewsArticle,
      displayName: 'NewsArticle',
    }),
    NewsArticleBody: create({
      react,
      tagName: 'news-article-body',
      elementClass: NewsArticleBody,
      displayName: 'NewsArticleBody',
      events: { onNewsArticleBodyRendered: event('news-article-body-rendered') },
    }),
    NewsByline: create({
      react,
      tagName: 'news-byline',
      elementClass: NewsByline,
      displayName: 'NewsByline',
    }),
    NewsDateline: create({
      react,
      tagName: 'news-dateline',
      elementClass: NewsDateline,
      displayName: 'NewsDateline',
      events: { onNewsDatelineChange: event('news-dateline-change') },
    }),
    NewsFigure: create({
      react,
      tagName: 'news-figure',
      elementClass: NewsFigure,
      displayName: 'NewsFigure',
      events: { onNewsFigureLoad: event('news-figure-load'), onNewsFigureError: event('news-figure-error') },
    }),
    NewsGallery: create({
      react,
      tagName: 'news-gallery',
      elementClass: NewsGallery,
      displayName: 'NewsGallery',
    }),
    NewsLiveBlog: create({
      react,
      tagName: 'news-live-blog',
      elementClass: NewsLiveBlog,
      displayName: 'NewsLiveBlog',
      events: {
        onNewsLiveBlogPosts: event('news-live-blog-posts'),
        onNewsLiveBlogEnded: event('news-live-blog-ended'),
      },
    }),
    NewsLivePost: create({
      react,
      tagName: 'news-live-post',
      elementClass: NewsLivePost,
      displayName: 'NewsLivePost',
    }),
    NewsNotice: create({
      react,
      tagName: 'news-notice',
      elementClass: NewsNotice,
      displayName: 'NewsNotice',
    }),
    NewsPartnerBanner: create({
      react,
      tagName: 'news-partner-banner',
      elementClass: NewsPartnerBanner,
      displayName: 'NewsPartnerBanner',
    }),
    NewsShare: create({
      react,
      tagName: 'news-share',
      elementClass: NewsShare,
      displayName: 'NewsShare',
      events: { onNewsShareShared: event('news-share-shared') },
    }),
    NewsTeaser: create({
      react,
      tagName: 'news-teaser',
      elementClass: NewsTeaser,
      displayName: 'NewsTeaser',
    }),
    NewsTeaserList: create({
      react,
      tagName: 'news-teaser-list',
      elementClass: NewsTeaserList,
      displayName: 'NewsTeaserList',
      events: {
        onNewsTeaserListLoad: event('news-teaser-list-load'),
        onNewsTeaserListError: event('news-teaser-list-error'),
      },
    }),
    NewsToc: create({
      react,
      tagName: 'news-toc',
      elementClass: NewsToc,
      displayName: 'NewsToc',
    }),
  };
}
