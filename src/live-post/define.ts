import { defineElement } from '../internal/define.js';
import { NewsLivePost } from './live-post.js';

defineElement('news-live-post', NewsLivePost);

declare global {
  interface HTMLElementTagNameMap {
    'news-live-post': NewsLivePost;
  }
}
