/**
 * Registers every element with the server's custom element registry (the one @lit-labs/ssr's DOM
 * shim provides), so that rendering a template that mentions a tag renders its shadow root too.
 */
import '../dateline/define.js';
import '../figure/define.js';
import '../partner-banner/define.js';
import '../article-body/define.js';
import '../article/define.js';
import '../teaser-list/define.js';

/** Every tag news-elements defines. */
export const tagNames = [
  'news-dateline',
  'news-figure',
  'news-partner-banner',
  'news-article-body',
  'news-article',
  'news-teaser',
  'news-teaser-list',
] as const;

export type NewsTagName = (typeof tagNames)[number];
