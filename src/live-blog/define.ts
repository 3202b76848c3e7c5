import { defineElement } from '../internal/define.js';
import { NewsLiveBlog } from './live-blog.js';
// The posts the blog draws from items and feeds are <news-live-post>s.
import '../live-post/define.js';

defineElement('news-live-blog', NewsLiveBlog);

declare global {
  interface HTMLElementTagNameMap {
    'news-live-blog': NewsLiveBlog;
  }
}
