import { defineElement } from '../internal/define.js';
import { NewsShare } from './share.js';

defineElement('news-share', NewsShare);

declare global {
  interface HTMLElementTagNameMap {
    'news-share': NewsShare;
  }
}
