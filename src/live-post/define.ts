import { defineElement } from '../internal/define.js';
import { NewsLivePost } from './live-post.js';

defineElement('news-live-post', NewsLivePost);

// Its class comes from here, not from the package entry (src/elements.ts, `elementsOnSight`).
export { NewsLivePost };

declare global {
  interface HTMLElementTagNameMap {
    'news-live-post': NewsLivePost;
  }
}
