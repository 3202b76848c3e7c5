import { defineElement } from '../internal/define.js';
import { NewsNotice } from './notice.js';

defineElement('news-notice', NewsNotice);

// Its class comes from here, not from the package entry (src/elements.ts, `elementsOnSight`).
export { NewsNotice };
export type { NoticeType } from './notice.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-notice': NewsNotice;
  }
}
