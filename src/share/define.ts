import { defineElement } from '../internal/define.js';
import { NewsShare } from './share.js';

defineElement('news-share', NewsShare);

// Its class comes from here, not from the package entry (src/elements.ts, `elementsOnSight`).
export { NewsShare };
export type { ShareDetail, ShareMethod } from './share.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-share': NewsShare;
  }
}
