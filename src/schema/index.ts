/**
 * `news-elements/schema`: schema.org NewsArticle JSON-LD from article data, covering what Google
 * reads for articles (headline, image, datePublished, dateModified, author with name and url,
 * publisher) and the story's corrections, and LiveBlogPosting JSON-LD for a live blog and its
 * posts; safe to embed in a `<script>` whatever the content says. Pure and DOM-free: it runs on
 * the server and in the browser.
 *
 * ```js
 * import { newsArticleScript, liveBlogScript } from 'news-elements/schema';
 * head += newsArticleScript({ headline, url, datetime, updated, image, authors, publisher });
 * head += liveBlogScript({ headline, url, datetime, ended, publisher, posts });
 * ```
 */
export {
  jsonForScript,
  newsArticleSchema,
  newsArticleScript,
  type ArticleAuthor,
  type ArticleCorrection,
  type ArticleData,
  type ArticleImage,
  type ArticleJsonLd,
  type ArticlePublisher,
  type JsonLdCorrection,
  type JsonLdImage,
  type JsonLdParty,
  type NewsArticleJsonLd,
} from './article.js';
export { type ArticleMedia, type JsonLdMedia } from './media.js';
export {
  liveBlogSchema,
  liveBlogScript,
  type BlogPostingJsonLd,
  type LiveBlogData,
  type LiveBlogPost,
  type LiveBlogPostingJsonLd,
} from './live-blog.js';
