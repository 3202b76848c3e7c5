import { defineElement } from '../internal/define.js';
import { NewsLiveBlog } from './live-blog.js';
// The posts the blog draws from items and feeds are <news-live-post>s.
import '../live-post/define.js';

defineElement('news-live-blog', NewsLiveBlog);

// Its class comes from here, not from the package entry (src/elements.ts, `elementsOnSight`).
export { NewsLiveBlog };
export type { LiveBlogOrder, LiveBlogPostsDetail } from './live-blog.js';
export type { LivePostItem } from './live-item.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-live-blog': NewsLiveBlog;
  }
}
