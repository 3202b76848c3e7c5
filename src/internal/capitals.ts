import { html, type TemplateResult } from 'lit';

/**
 * Text an element draws in capitals (`text-transform: uppercase`), heard as written: Chromium gives
 * screen readers text as drawn ("LIVE", "SEOUL"), which they spell out or shout. What is drawn is
 * hidden from them, and they read a copy that is not drawn. The copy is `.visually-hidden`
 * (tokens.styles.ts), which the element must adopt and which keeps its case; a name or description
 * that refers to the text by id reads the copy alone. Only for text the element owns: slotted text
 * cannot be copied.
 */
export const inCapitals = (text: string): TemplateResult =>
  html`<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;
