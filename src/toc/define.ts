import { defineElement } from '../internal/define.js';
import { NewsToc } from './toc.js';

defineElement('news-toc', NewsToc);

// Its class comes from here, not from the package entry (src/elements.ts, `elementsOnSight`).
export { NewsToc };

declare global {
  interface HTMLElementTagNameMap {
    'news-toc': NewsToc;
  }
}
