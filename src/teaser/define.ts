import { defineElement } from '../internal/define.js';
import { NewsTeaser } from './teaser.js';

defineElement('news-teaser', NewsTeaser);

declare global {
  interface HTMLElementTagNameMap {
    'news-teaser': NewsTeaser;
  }
}
