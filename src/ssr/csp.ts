/// <reference types="node" />
/**
 * Declarative Shadow DOM carries each shadow root's styles in an inline `<style>`, which a strict
 * `style-src` blocks. Two answers, both exact:
 * - hashes: every instance of an element emits the same `<style>`, so one `'sha256-…'` source per
 *   element class allows them all. The set only changes with the library version, so the header
 *   can be static and pages stay cacheable;
 * - a nonce: added to the shadow-root `<style>` elements this library emits, and nowhere else, so
 *   a `<style>` smuggled in through content never inherits it.
 */
import { createHash } from 'node:crypto';
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { FallbackRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultOrNative, LitElement } from 'lit';
import { excerptCleaning } from '../internal/excerpt.js';
import { listData } from '../teaser-list/teaser-list.js';
import { mediaCode } from '../teaser/indicators.js';
import { extrasCode } from '../teaser/parts.js';
import { mediaCode as figureMedia } from '../figure/figure.js';

// Rendering cannot wait for a chunk: every server entry (each uses this module) first loads the
// code that elements fetch on demand in a browser.
await Promise.all([
  excerptCleaning.load(),
  listData.load(),
  mediaCode.load(),
  extrasCode.load(),
  figureMedia.load(),
]);

// CSP nonces are base64 (or base64url) values; anything else could break out of the attribute.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Checks a nonce before it is written into HTML; a bad one is a server bug, so it throws. */
export function checkNonce(nonce: unknown): string | undefined {
  if (nonce === undefined) return undefined;
  if (typeof nonce !== 'string' || nonce.length < 16 || !NONCE.test(nonce)) {
    throw new TypeError(
      'news-elements/ssr: `nonce` must be a fresh base64 value of at least 16 characters (e.g. crypto.randomBytes(16).toString("base64")).',
    );
  }
  return nonce;
}

/** The text of the `<style>` that @lit-labs/ssr writes into an element's declarative shadow root. */
export function shadowStyleText(element: typeof LitElement | undefined): string {
  if (!element?._$litElement$) return '';
  // Reading observedAttributes finalizes the class, which computes elementStyles.
  void element.observedAttributes;
  const styles: CSSResultOrNative[] = element.elementStyles ?? [];
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
}

/** The CSP source expression (`'sha256-…'`) that allows exactly this inline style text. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * For custom elements that are not LitElements: `<news-article-body>` (it keeps the story in its
 * light DOM) and the page's own. @lit-labs/ssr 4.1 pushes every element onto its host stack before
 * asking for a shadow root and pops it only when one is rendered; left there, every later element
 * on the page would be marked `defer-hydration` and never start. This renderer takes itself off.
 * Such an element is not built on the server, so a property a template sets (`.html=${story}`)
 * would be dropped: a string is written as the attribute the element reads it from, if it has one.
 */
class LightDomRenderer extends FallbackRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return !(ctor as unknown as { _$litElement$?: boolean })._$litElement$;
  }

  override setProperty(name: string, value: unknown): void {
    const element = customElements.get(this.tagName) as unknown as ReactiveClass | undefined;
    // Reading observedAttributes finalizes the class, which reads its property declarations.
    void element?.observedAttributes;
    const declared = element?.elementProperties?.get(name);
    if (typeof value !== 'string' || !declared || declared.attribute === false) return;
    this.setAttribute(
      typeof declared.attribute === 'string' ? declared.attribute : name.toLowerCase(),
      value,
    );
  }

  override renderShadow(renderInfo: RenderInfo): undefined {
    const hosts = renderInfo.customElementHostStack;
    if (hosts.at(-1) === this) hosts.pop();
    return undefined;
  }
}

/** What a ReactiveElement class says of its properties' attributes (by default the name, lowercased). */
type ReactiveClass = {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, { attribute?: boolean | string }>;
};

/**
 * The element renderers for one render: the stock Lit renderer, or one whose shadow-root
 * `<style>` carries the nonce (nested elements use the same renderer, so they get it too).
 */
export function elementRenderers(nonce?: string): RenderInfo['elementRenderers'] {
  if (nonce === undefined) return [LitElementRenderer, LightDomRenderer];
  const open = `<style nonce="${nonce}">`;
  class NonceRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      const result = super.renderShadow(renderInfo);
      if (result?.[0] === '<style>') result[0] = open;
      return result;
    }
  }
  return [NonceRenderer, LightDomRenderer];
}
