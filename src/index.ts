/**
 * news-elements: registers every element and exports their classes.
 * Import a single element's entry (`news-elements/dateline`) to register just that one, or
 * `news-elements/classes` for the classes alone, `news-elements/excerpt` for `cleanExcerpt` (left out
 * here: its markup cleaning is a chunk the elements fetch only for an excerpt that needs it).
 */
import { defineElements } from './elements.js';

defineElements();

export * from './classes.js';
