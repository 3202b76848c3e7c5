import { html, nothing } from 'lit';
import { excerptCleaning } from '../internal/excerpt.js';

// Where the CMS's markup breaks a line: paragraphs, headings, items, quotes, line breaks, blank lines.
const BREAK = /<\/(?:p|div|h[1-6]|li|blockquote|figcaption|pre)\s*>|<br\s*\/?>|\n\s*\n/i;

/**
 * A post's HTML as paragraphs of plain text, for the server, which has no DOM for the sanitiser:
 * a reader without JavaScript and a crawler still read the post. Text only (tags dropped, entities
 * decoded, shortcodes removed), so nothing the CMS wrote can run; the browser draws the sanitised
 * markup in its place. The text code is the excerpts' (a server has it before it renders).
 */
export function textParagraphs(markup: string) {
  const text = excerptCleaning.module;
  if (!text) return nothing;
  return markup
    .split(BREAK)
    .map((piece) => text.htmlToText(text.removeShortcodes(piece)))
    .filter(Boolean)
    .map((paragraph) => html`<p>${paragraph}</p>`);
}
