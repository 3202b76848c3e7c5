import { defineElement } from '../internal/define.js';
import '../dateline/define.js';
import { NewsTeaser } from './teaser.js';
import { NewsTeaserList, type TeaserListErrorDetail, type TeaserListLoadDetail } from './teaser-list.js';

defineElement('news-teaser', NewsTeaser);
defineElement('news-teaser-list', NewsTeaserList);

declare global {
  interface HTMLElementTagNameMap {
    'news-teaser': NewsTeaser;
    'news-teaser-list': NewsTeaserList;
  }
  interface GlobalEventHandlersEventMap {
    'news-teaser-list-load': CustomEvent<TeaserListLoadDetail>;
    'news-teaser-list-error': CustomEvent<TeaserListErrorDetail>;
  }
}
