import { defineElement } from '../internal/define.js';
import { NewsArticle } from './article.js';

defineElement('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
