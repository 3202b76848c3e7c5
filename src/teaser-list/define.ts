import { defineElement } from '../internal/define.js';
import '../teaser/define.js';
import { NewsTeaserList } from './teaser-list.js';

defineElement('news-teaser-list', NewsTeaserList);

declare global {
  interface HTMLElementTagNameMap {
    'news-teaser-list': NewsTeaserList;
  }
}
