import { defineElement } from '../internal/define.js';
import { NewsDateline } from './dateline.js';

defineElement('news-dateline', NewsDateline);

declare global {
  interface HTMLElementTagNameMap {
    'news-dateline': NewsDateline;
  }
}
