import { defineElement } from '../internal/define.js';
import { NewsArticleBody } from './article-body.js';

defineElement('news-article-body', NewsArticleBody);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-body': NewsArticleBody;
  }
}
