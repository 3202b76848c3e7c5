/// <reference types="node" />
/** Rendering to HTML, and the inline styles that rendering emits. */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { LitElement } from 'lit';
import { checkNonce, elementRenderers, shadowStyleText, styleHash } from './csp.js';
import { markingRenderers } from './mark.js';
import { scopedRenderers } from './scope.js';
import { tagNames } from './register.js';
import { styles as bodyStyles } from '../article-body/article-body.styles.js';
import { lightStyles as articleLight } from '../article/article.styles.js';
import { lightStyles as noticeLight } from '../notice/notice.styles.js';

// What the elements adopt into the page when they connect: the body's typography, the article's
// header links, a notice's text. A page that has no script yet (or whose islands stay asleep) needs them too.
const pageStyles = [bodyStyles, articleLight, noticeLight].map((sheet) => sheet.cssText).join('\n');

export interface RenderOptions {
  /**
   * A fresh per-response CSP nonce (base64, ≥ 16 characters) added to every shadow-root `<style>`
   * the elements emit; send the same value in `style-src 'nonce-…'`. Not needed with `styleHashes()`.
   */
  nonce?: string;
  /**
   * Islands: every element waits (Lit's `defer-hydration`) until news-elements/islands wakes it by
   * its `hydrate` rule, instead of news-elements/hydrate waking them all at once.
   */
  islands?: boolean;
}

function renderInfo(options: RenderOptions) {
  // The render's own host stack, so that the marking renderers see whether an element is nested.
  const customElementHostStack: [] = [];
  return {
    elementRenderers: markingRenderers(
      scopedRenderers(elementRenderers(checkNonce(options.nonce)), new Map()),
      customElementHostStack,
      options.islands === true,
    ),
    customElementHostStack,
  };
}

/** Renders a Lit template (or any renderable value) to one HTML string. */
export function renderToString(value: unknown, options: RenderOptions = {}): Promise<string> {
  return collectResult(render(value, renderInfo(options)));
}

/** Renders to a Node readable stream, for responses that start before the whole page is ready. */
export function renderToStream(value: unknown, options: RenderOptions = {}): NodeJS.ReadableStream {
  return new RenderResultReadable(render(value, renderInfo(options)));
}

/**
 * `<news-article-body>` has no shadow root: its typography is a document stylesheet that the
 * element adopts when it connects, as the article and the notice adopt rules for their light DOM.
 * A server page writes them into `<head>` so the story is set for reading before (and without)
 * JavaScript.
 */
export function documentStyles(options: RenderOptions = {}): string {
  const nonce = checkNonce(options.nonce);
  return `<style${nonce ? ` nonce="${nonce}"` : ''}>${pageStyles}</style>`;
}

/**
 * The `'sha256-…'` sources that allow every inline `<style>` the library emits (each element's
 * shadow-root styles and `documentStyles()`), for a static header:
 * `style-src 'self' ${styleHashes().join(' ')}`. They change only with the library's version.
 */
export function styleHashes(): string[] {
  const texts = tagNames.map((tag) =>
    shadowStyleText(customElements.get(tag) as unknown as typeof LitElement),
  );
  return [...new Set([...texts, pageStyles].filter(Boolean).map(styleHash))];
}
