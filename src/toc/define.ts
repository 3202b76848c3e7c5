import { defineElement } from '../internal/define.js';
import { NewsToc } from './toc.js';

defineElement('news-toc', NewsToc);

declare global {
  interface HTMLElementTagNameMap {
    'news-toc': NewsToc;
  }
}
