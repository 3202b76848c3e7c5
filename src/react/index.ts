// Generated from custom-elements.json by scripts/generate-react.mjs (npm run analyze): do not edit.
/**
 * `news-elements/react`: every element as a React component (React 18 and 19), made with
 * @lit/react. Properties go to the element as properties (so `items` takes an array), custom
 * events are `onXxx` props, and `ref` gives the element. Importing this registers the elements.
 *
 * ```jsx
 * import { NewsFigure, NewsTeaserList } from 'news-elements/react';
 * <NewsFigure src="/lead.jpg" alt="…" caption="…" onNewsFigureError={(e) => log(e.detail.src)} />
 * <NewsTeaserList heading="More stories" items={stories} />
 * ```
 * On a Node server the same import resolves to server.js, which also renders each element's
 * shadow root (Declarative Shadow DOM) into React's HTML.
 */
// Lit's hydration support before any element class exists: an element rendered by the server
// (Next.js, renderToString) takes over its shadow root instead of drawing its content twice.
import '../ssr/lit-support.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { components } from './components.js';

export const {
  NewsArticle,
  NewsArticleBody,
  NewsByline,
  NewsDateline,
  NewsFigure,
  NewsGallery,
  NewsLiveBlog,
  NewsLivePost,
  NewsNotice,
  NewsPartnerBanner,
  NewsShare,
  NewsTeaser,
  NewsTeaserList,
  NewsToc,
} = components(React, createComponent);
