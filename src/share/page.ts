/**
 * What the element asks of the page and the browser: the page's address and title, the share
 * sheet, the clipboard. Only `absolute` runs on the server too; the rest only in the browser.
 */
import { text } from '../internal/values.js';

export const web = /^https?:/i;

/** `value` as an absolute http(s) URL; a relative one only where there is a page to resolve it. */
export function absolute(value: string, browser: boolean): string | undefined {
  try {
    const url = browser ? new URL(value, document.baseURI) : new URL(value);
    return web.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own address: its canonical link, else where the reader is, without the fragment. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  return (canonical && web.test(canonical) ? canonical : location.href).replace(/#.*$/s, '');
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

/**
 * Copies `value`: through the Clipboard API, else (missing, or refused: an older browser, an
 * insecure page, a frame without permission) by selecting it in a text field and `copy`.
 */
export async function copyText(value: string, root: ShadowRoot): Promise<boolean> {
  const focused = root.activeElement as HTMLElement | null;
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = value;
    field.readOnly = true;
    field.tabIndex = -1;
    field.className = 'visually-hidden';
    field.setAttribute('aria-hidden', 'true');
    root.append(field);
    field.focus({ preventScroll: true });
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      // The field had focus for a moment: the reader stays on the button.
      field.remove();
      focused?.focus({ preventScroll: true });
    }
  }
}
