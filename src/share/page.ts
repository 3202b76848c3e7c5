/**
 * What the element asks of the page and the browser: the page's address and title, the share
 * sheet, the clipboard. Only `absolute` runs on the server too; the rest only in the browser.
 */
import { text } from '../internal/values.js';

import { web } from '../internal/copy.js';

// Shared with <news-live-post>'s "Copy link".
export { copyText, pageUrl, web } from '../internal/copy.js';

/** `value` as an absolute http(s) URL; a relative one only where there is a page to resolve it. */
export function absolute(value: string, browser: boolean): string | undefined {
  try {
    const url = browser ? new URL(value, document.baseURI) : new URL(value);
    return web.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The story's headline when the element is in a `<news-article>`, else the document's title. */
export function pageTitle(host: Element): string {
  const headline = host.closest('news-article')?.querySelector(':scope > [slot="headline"]');
  return (text(headline?.textContent) || document.title).replace(/\s+/g, ' ').trim();
}

/** The browser has a share sheet, and it takes this data (`canShare`, where there is one). */
export function canShare(data: ShareData): boolean {
  try {
    return (
      typeof navigator.share == 'function' &&
      (typeof navigator.canShare != 'function' || navigator.canShare(data))
    );
  } catch {
    return false;
  }
}
