import { defineElement } from '../internal/define.js';
import { NewsFigure } from './figure.js';

defineElement('news-figure', NewsFigure);

declare global {
  interface HTMLElementTagNameMap {
    'news-figure': NewsFigure;
  }
}
