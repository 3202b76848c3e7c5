/**
 * news-elements: registers every element and exports their classes.
 * Import a single element's entry (`news-elements/dateline`) to register just that one, or
 * `news-elements/classes` for the classes alone.
 */
import { defineElements } from './elements.js';

defineElements();

export * from './classes.js';
export { cleanExcerpt } from './text/excerpt.js';
