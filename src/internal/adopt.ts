import { warnOnce } from './warn.js';
import type { CSSResult } from 'lit';

/**
 * Adds `styles`, rules for an element's light DOM, to the document or shadow root `host` lives in,
 * once per root. The rules are wrapped in `:where()`, so they have no specificity and a site's own
 * CSS wins. Adopted sheets work under a strict `style-src` policy.
 */
export function adoptLightStyles(host: Element, styles: CSSResult): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A sheet cannot be adopted into another window's document (the element was moved into an iframe).
    warnOnce(
      host,
      'styles',
      `<${host.localName}> was moved to another document; its typography stays behind.`,
    );
  }
}
