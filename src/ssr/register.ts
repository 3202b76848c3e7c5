/**
 * Registers every element with the server's custom element registry (the one @lit-labs/ssr's DOM
 * shim provides), so that rendering a template that mentions a tag renders its shadow root too.
 */
import { defineAllElements } from '../elements.js';

await defineAllElements();

export { tagNames, type NewsTagName } from '../elements.js';
