/**
 * The clipboard and the page's own address, for every element with a "Copy link" button
 * (`<news-share>`, `<news-live-post>`). Browser only.
 */

/** An http(s) address: the only kind a page shares or copies. */
export const web = /^https?:/i;

/** The page's own address: its canonical link, else where the reader is, without the fragment. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  return (canonical && web.test(canonical) ? canonical : location.href).replace(/#.*$/s, '');
}

/**
 * Copies `value`: through the Clipboard API, else (missing, or refused: an older browser, an
 * insecure page, a frame without permission) by selecting it in a text field and `copy`. `root`
 * must adopt the shared `visuallyHidden` styles: the field is there for a moment.
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
