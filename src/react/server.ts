// Generated from custom-elements.json by scripts/generate-react.mjs (npm run analyze): do not edit.
/**
 * `news-elements/react` on a Node server (the package's `node` export condition): the same
 * components, rendered with their shadow roots by React's own server renderer
 * (see server-component.ts).
 */
import * as React from 'react';
import { components } from './components.js';
import { createServerComponent } from './server-component.js';

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
} = components(React, createServerComponent);
