import { defineElement } from '../internal/define.js';
import { NewsNotice } from './notice.js';

defineElement('news-notice', NewsNotice);

declare global {
  interface HTMLElementTagNameMap {
    'news-notice': NewsNotice;
  }
}
