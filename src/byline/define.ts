import { defineElement } from '../internal/define.js';
import { NewsByline } from './byline.js';

defineElement('news-byline', NewsByline);

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
}
